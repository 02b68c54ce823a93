import type { Message } from 'kafkajs';
import type { Pool, QueryResult } from 'pg';
import { envelopeHeaders } from '../kafka/envelope-codec';
import { SIGNATURE_HEADER, type SignMessage } from '../kafka/envelope-signature';

export interface OutboxRow {
  /** bigint, which pg returns as a string. */
  readonly position: string;
  readonly topic: string;
  readonly messageKey: string;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** The envelope as JSON text, sent as is. */
  readonly envelope: string;
}

/**
 * Always every unpublished row (except those sent and being marked right now), oldest first: a row whose transaction commits late (lower position
 * than rows already published) is simply picked up next time, so no checkpoint can skip it.
 */
export async function readUnpublished(pool: Pool, limit: number, excluding: readonly string[] = []): Promise<OutboxRow[]> {
  // Walk the partial index in position order. With stale statistics (a backlog after an outage)
  // the planner would otherwise bitmap-scan and sort every unpublished row for each batch.
  const results = await oneRoundTrip(pool, [
    'set local enable_seqscan = off',
    'set local enable_bitmapscan = off',
    `select position, topic, message_key as "messageKey", event_id::text as "eventId",
            envelope->>'type' as type, (envelope->>'schemaVersion')::int as "schemaVersion", envelope::text as envelope
       from event_store.outbox
      where published_at is null and not ${positionsIn(excluding)}
      order by position
      limit ${wholeNumber(limit)}`,
  ]);
  return results[2].rows as OutboxRow[];
}

/**
 * The statements as one simple-protocol message: Postgres runs them as one implicit transaction
 * (so `set local` holds for the rest) in a single round trip, which is most of a small batch's cost.
 * The simple protocol takes no parameters, hence the values are checked numbers written inline.
 */
async function oneRoundTrip(pool: Pool, statements: readonly string[]): Promise<QueryResult[]> {
  const results = (await pool.query(statements.join(';\n'))) as unknown as QueryResult[] | QueryResult;
  return Array.isArray(results) ? results : [results];
}

const wholeNumber = (value: number): string => {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a whole number: ${value}`);
  return String(value);
};

/** Runs of consecutive positions at least this long are written as one range. */
const RUN = 32;

/**
 * "position is one of these" as SQL: each run of at least RUN consecutive positions as a range, the
 * rest as one bigint[] literal (hashed by Postgres). A batch of a backlog is one run or a few, so the
 * statement is planned in constant time: the planner estimates a literal array element by element,
 * about 5 ms for the 2,000 positions the relay's read leaves out.
 */
export const positionsIn = (positions: readonly string[]): string => {
  if (positions.length === 0) return 'false';
  const numbers: number[] = [];
  const singles: string[] = [];
  for (const position of positions) {
    const n = Number(position);
    // beyond 2^53 a number no longer tells neighbours apart: listed one by one
    if (Number.isSafeInteger(n) && n >= 0 && String(n) === position) numbers.push(n);
    else singles.push(position);
  }
  const sorted = Float64Array.from(numbers).sort();
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] - sorted[j] <= 1) j++;
    if (sorted[j] - sorted[i] + 1 >= RUN) ranges.push(`position between ${sorted[i]} and ${sorted[j]}`);
    else for (let k = i; k <= j; k++) singles.push(String(sorted[k]));
    i = j + 1;
  }
  if (singles.length > 0) ranges.push(`position = any(${positionArray(singles)})`);
  return `(${ranges.join(' or ')})`;
};

/** A bigint[] literal of outbox positions, which pg hands over as decimal strings. */
export const positionArray = (positions: readonly string[]): string => {
  for (const position of positions) {
    if (!/^\d{1,19}$/.test(position)) throw new Error(`not an outbox position: ${position}`);
  }
  return `'{${positions.join(',')}}'::bigint[]`;
};

export interface BacklogStats {
  readonly backlog: number;
  readonly oldestAgeSeconds: number;
}

export async function backlogStats(pool: Pool): Promise<BacklogStats> {
  const { rows } = await pool.query<{ backlog: number; age: number }>(
    `select count(*)::int as backlog,
            coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as age
       from event_store.outbox
      where published_at is null`,
  );
  return { backlog: rows[0].backlog, oldestAgeSeconds: rows[0].age };
}

export interface TopicMessages {
  readonly topic: string;
  readonly messages: Message[];
}

/** Groups rows by topic for one sendBatch; within a topic the position order is kept. Signed when `sign` is given. */
export function toTopicMessages(rows: readonly OutboxRow[], sign?: SignMessage): TopicMessages[] {
  const byTopic = new Map<string, Message[]>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push(toMessage(row, sign));
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}

/** One row as a Kafka message: keyed by its stream, the envelope as value, signed when `sign` is given. */
export function toMessage(row: OutboxRow, sign?: SignMessage): Message {
  return {
    key: row.messageKey,
    value: row.envelope,
    headers: sign ? { ...envelopeHeaders(row), [SIGNATURE_HEADER]: sign(row.envelope) } : envelopeHeaders(row),
  };
}
