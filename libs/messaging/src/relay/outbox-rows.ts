import type { Message } from 'kafkajs';
import type { Pool, PoolClient } from 'pg';
import { envelopeHeaders } from '../kafka/envelope-codec';

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
  const { rows } = await inTransaction(pool, 'set local enable_seqscan = off; set local enable_bitmapscan = off', (client) =>
    client.query<OutboxRow>(
      `select position, topic, message_key as "messageKey", event_id::text as "eventId",
              envelope->>'type' as type, (envelope->>'schemaVersion')::int as "schemaVersion", envelope::text as envelope
         from event_store.outbox
        where published_at is null and position <> all($2::bigint[])
        order by position
        limit $1`,
      [limit, excluding],
    ),
  );
  return rows;
}

/**
 * Marks exactly these positions: a range would also mark late rows that were never sent.
 * The commit does not wait for the WAL flush: a mark lost in a crash only means that batch is
 * published again, which at-least-once delivery allows.
 */
export async function markPublished(pool: Pool, positions: readonly string[]): Promise<void> {
  await inTransaction(pool, 'set local synchronous_commit = off', (client) =>
    client.query(
      'update event_store.outbox set published_at = now() where position = any($1::bigint[]) and published_at is null',
      [positions],
    ),
  );
}

async function inTransaction<T>(pool: Pool, settings: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`begin; ${settings}`);
    const result = await work(client);
    await client.query('commit');
    client.release();
    return result;
  } catch (e) {
    client.release(e as Error);
    throw e;
  }
}

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

/** Groups rows by topic for one sendBatch; within a topic the position order is kept. */
export function toTopicMessages(rows: readonly OutboxRow[]): TopicMessages[] {
  const byTopic = new Map<string, Message[]>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({
      key: row.messageKey,
      value: row.envelope,
      headers: envelopeHeaders(row),
    });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
