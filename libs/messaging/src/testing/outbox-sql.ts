import type { EventEnvelope } from '@park-ledger/contracts';
import type { Pool, PoolClient } from 'pg';

/**
 * Writes events + outbox rows + NOTIFY the way the event store's append does, but to a topic of
 * the test's choosing (the event store always uses the department topic, shared by other tests).
 */
export async function insertEvents(db: Pool | PoolClient, topic: string, envelopes: readonly EventEnvelope[]) {
  await db.query(
    `with input as (
       select value as e, ordinality as n from jsonb_array_elements($1::jsonb) with ordinality
     ), appended as (
       insert into event_store.events (event_id, stream_id, stream_version, type, schema_version, occurred_at,
         recorded_at, department, actor, correlation_id, causation_id, payload)
       select (e->>'eventId')::uuid, e->>'streamId', (e->>'streamVersion')::int, e->>'type',
         (e->>'schemaVersion')::int, (e->>'occurredAt')::timestamptz, (e->>'recordedAt')::timestamptz,
         e->>'department', e->>'actor', e->>'correlationId', e->>'causationId', e->'payload'
       from input order by n
       returning 1
     ), outboxed as (
       insert into event_store.outbox (event_id, topic, message_key, envelope)
       select (e->>'eventId')::uuid, $2, e->>'streamId', e from input
       where exists (select 1 from appended)
       order by n
       returning 1
     )
     select pg_notify('event_store_outbox', ''), (select count(*) from outboxed)`,
    [JSON.stringify(envelopes), topic],
  );
}

/** One append per stream and round: stream s gets versions v in turn, interleaved across streams. */
export async function appendRoundRobin(db: Pool, topic: string, streams: readonly EventEnvelope[][]) {
  const rounds = Math.max(...streams.map((s) => s.length));
  for (let v = 0; v < rounds; v++) {
    for (const stream of streams) if (stream[v]) await insertEvents(db, topic, [stream[v]]);
  }
}

export async function outboxBacklog(db: Pool): Promise<number> {
  const { rows } = await db.query('select count(*)::int as n from event_store.outbox where published_at is null');
  return rows[0].n;
}
