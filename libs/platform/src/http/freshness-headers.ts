import type { ApiResponseOptions } from '@nestjs/swagger';

type HeadersObject = NonNullable<ApiResponseOptions['headers']>;

/**
 * How current a read answer is, said in headers so every format (JSON, HTML, Markdown, PDF) carries it.
 * X-Data-As-Of: the newest record time the answer reflects; X-Pending-Messages: messages published but
 * not yet reflected in it.
 */
export const DATA_AS_OF = 'X-Data-As-Of';
export const PENDING_MESSAGES = 'X-Pending-Messages';

/** Documented on the read answers of a read model fed from Kafka (reporting). */
export const readModelFreshnessHeaders: HeadersObject = {
  [DATA_AS_OF]: {
    description:
      'record time (ISO-8601, UTC) of the newest event applied to the read models that answered, over all department ' +
      'topics; absent while none has been applied',
    schema: { type: 'string', format: 'date-time' },
  },
  [PENDING_MESSAGES]: {
    description: 'messages on the department topics not yet applied (the consumer lag, summed); absent when Kafka cannot be reached',
    schema: { type: 'integer', minimum: 0 },
  },
};

/** Documented on a department service's reads: its inline read model is written with the events. */
export const inlineFreshnessHeaders: HeadersObject = {
  [DATA_AS_OF]: {
    description:
      'the time of the answer: the service’s own records are read in the transaction that wrote them, so they are ' +
      'current by construction (every event recorded before the answer is in it)',
    schema: { type: 'string', format: 'date-time' },
  },
  [PENDING_MESSAGES]: { description: 'always 0: nothing is waiting to be applied to the records answered', schema: { type: 'integer', enum: [0] } },
};

/** Minimal shape of a response the headers are set on (Fastify's reply). */
interface HeaderTarget {
  header(name: string, value: string): unknown;
}

/** Sets the headers of a reporting answer: newest applied record time over the topics, messages pending. */
export function setReadModelFreshness(
  res: HeaderTarget,
  topics: readonly { readonly lastRecordedAt: string | null; readonly lag: number | null }[],
): void {
  const newest = topics.map((t) => t.lastRecordedAt).filter((at): at is string => at !== null).sort().at(-1);
  if (newest) res.header(DATA_AS_OF, newest);
  if (topics.every((t) => t.lag !== null)) res.header(PENDING_MESSAGES, String(topics.reduce((sum, t) => sum + (t.lag ?? 0), 0)));
}

/** Sets the headers of a department service's read: current at the time of the answer. */
export function setInlineFreshness(res: HeaderTarget, now = new Date()): void {
  res.header(DATA_AS_OF, now.toISOString());
  res.header(PENDING_MESSAGES, '0');
}
