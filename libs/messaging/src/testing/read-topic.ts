import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@park-ledger/contracts';
import type { Kafka } from 'kafkajs';
import { waitFor } from './test-stack';

export interface ReadMessage {
  readonly partition: number;
  readonly offset: string;
  readonly key: string;
  readonly headers: Record<string, string>;
  readonly envelope: EventEnvelope;
}

/** Reads the topic from the beginning with a plain kafkajs consumer until `done(messages)`. */
export async function readTopicUntil(
  kafka: Kafka,
  topic: string,
  done: (messages: readonly ReadMessage[]) => boolean,
  timeoutMs = 60_000,
): Promise<ReadMessage[]> {
  const messages: ReadMessage[] = [];
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        messages.push({
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? '',
          headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
          envelope: JSON.parse(message.value?.toString() ?? 'null'),
        });
      },
    });
    await waitFor(async () => messages.length, () => done(messages), { timeoutMs, what: `messages on ${topic}` });
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

/** Per stream, the versions in the order they arrived, later repeats of a seen version dropped. */
export function versionsByStream(messages: readonly ReadMessage[]): Map<string, number[]> {
  const seen = new Set<string>();
  const byStream = new Map<string, number[]>();
  for (const { envelope } of messages) {
    if (seen.has(envelope.eventId)) continue;
    seen.add(envelope.eventId);
    byStream.set(envelope.streamId, [...(byStream.get(envelope.streamId) ?? []), envelope.streamVersion]);
  }
  return byStream;
}

export const distinctEvents = (messages: readonly ReadMessage[]) => new Set(messages.map((m) => m.envelope.eventId)).size;
