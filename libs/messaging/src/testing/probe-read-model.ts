import type { EventEnvelope } from '@park-ledger/contracts';
import type { Pool } from 'pg';
import type { EntityManager } from 'typeorm';

/**
 * The read model of the consumer tests: one row per application, deliberately without a unique
 * key, so an event applied twice shows up as an extra row.
 */
export async function createProbeReadModel(pool: Pool): Promise<void> {
  await pool.query(`
    create schema if not exists probe_read;
    create table if not exists probe_read.applied (
      seq bigint generated always as identity primary key,
      event_id uuid not null,
      stream_id text not null,
      version integer not null
    )`);
}

/** Streams named `failing-*` make the handler throw after writing, to prove savepoints undo it. */
export async function probeHandler(event: EventEnvelope, manager: EntityManager): Promise<void> {
  await manager.query('insert into probe_read.applied (event_id, stream_id, version) values ($1, $2, $3)', [
    event.eventId,
    event.streamId,
    event.streamVersion,
  ]);
  if (event.streamId.startsWith('failing-')) throw new Error(`handler refuses ${event.streamId}`);
}

export async function appliedCount(pool: Pool): Promise<number> {
  const { rows } = await pool.query('select count(*)::int as n from probe_read.applied');
  return rows[0].n;
}

export async function appliedVersions(pool: Pool, streamId: string): Promise<number[]> {
  const { rows } = await pool.query('select version from probe_read.applied where stream_id = $1 order by seq', [
    streamId,
  ]);
  return rows.map((row) => row.version);
}

export async function parkedReasons(pool: Pool): Promise<{ offset: string; reason: string }[]> {
  const { rows } = await pool.query(
    `select "offset"::text as "offset", reason from consumer.parked_events order by id`,
  );
  return rows;
}
