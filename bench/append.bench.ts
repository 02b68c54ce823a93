/**
 * Append throughput: our EventStore against plain pg doing the same writes, and against
 * emmett-postgresql, side by side on one fresh database of the local stack.
 *   node -r @swc-node/register bench/append.bench.ts   (env: APPEND_OPS or BENCH_SIZE, default 2000)
 */
import { type Decider } from '@park-ledger/decider';
import { randomBytes, randomUUID } from 'node:crypto';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { defineEvent, EventRegistry, int, object, topicFor, type DomainEventOf, type EventEnvelope } from '@park-ledger/contracts';
import { eventStoreMigrations, EventStore } from '@park-ledger/event-store';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { stack } from '@park-ledger/test-support';
import { attempt, finish, sizeFrom } from './support/report';

/**
 * One-event appends per case and side (APPEND_OPS, 2,000 by default); the 100-event cases make a tenth as
 * many. With BENCH_SIZE=n (the CI run) OPS is n/10: 500 one-event appends, and 50 of 100 events (n events).
 */
const OPS = process.env['APPEND_OPS'] ? sizeFrom('APPEND_OPS', 2000) : process.env['BENCH_SIZE'] ? Math.max(80, Math.round(sizeFrom('APPEND_OPS', 2000) / 10)) : 2000;


const BenchCounted = defineEvent('BenchCounted', 'projects', { schemaVersion: 1, payload: object({ n: int({ min: 0 }) }) });
type BenchEvent = DomainEventOf<typeof BenchCounted>;
const counter: Decider<number, { count: number }, BenchEvent> = {
  initialState: () => 0,
  evolve: (total) => total + 1,
  decide: ({ count }) => Array.from({ length: count }, (_, n) => ({ type: 'BenchCounted', payload: { n } })),
};
const metadata = { actor: 'bench', correlationId: 'bench', occurredAt: '2014-05-01T09:30:00+08:00' };

const envelopesFor = (streamId: string, count: number): EventEnvelope[] =>
  Array.from({ length: count }, (_, n) => ({
    eventId: randomUUID(), type: 'BenchCounted', schemaVersion: 1, streamId, streamVersion: n + 1,
    occurredAt: '2014-05-01T01:30:00.000Z', recordedAt: new Date().toISOString(), department: 'projects',
    actor: 'bench', correlationId: 'bench', causationId: null, payload: { n },
  }));

const placeholders = (rows: number, columns: number) =>
  Array.from({ length: rows }, (_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`).join(', ');

/** The baseline: what a hand-written transaction with the same rows costs. */
const rawAppend = async (pool: Pool, streamId: string, count: number) => {
  const envelopes = envelopesFor(streamId, count);
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(
      `insert into event_store.events (event_id, stream_id, stream_version, type, schema_version, occurred_at,
         recorded_at, department, actor, correlation_id, causation_id, payload) values ${placeholders(count, 12)}`,
      envelopes.flatMap((e) => [e.eventId, e.streamId, e.streamVersion, e.type, e.schemaVersion, e.occurredAt,
        e.recordedAt, e.department, e.actor, e.correlationId, e.causationId, JSON.stringify(e.payload)]),
    );
    await client.query(
      `insert into event_store.outbox (event_id, topic, message_key, envelope) values ${placeholders(count, 4)}`,
      envelopes.flatMap((e) => [e.eventId, topicFor('projects'), streamId, JSON.stringify(e)]),
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
};

type Op = (streamId: string) => Promise<unknown>;

/** Runs `total` ops over `writers` concurrent loops, each op on a fresh stream; returns ops/s. */
const run = async (op: Op, total: number, writers: number) => {
  const prefix = randomBytes(4).toString('hex');
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < total) await op(`bench-${prefix}-${next++}`);
    }),
  );
  return total / (Number(process.hrtime.bigint() - started) / 1e9);
};

/** Alternates the two sides in rounds so drift on a shared machine hits both alike. */
const compare = async (ours: Op, theirs: Op, total: number, writers: number, rounds = 4) => {
  await run(ours, Math.ceil(total / 10), writers);
  await run(theirs, Math.ceil(total / 10), writers);
  let oursSeconds = 0;
  let theirsSeconds = 0;
  for (let round = 0; round < rounds; round++) {
    oursSeconds += total / rounds / (await run(ours, total / rounds, writers));
    theirsSeconds += total / rounds / (await run(theirs, total / rounds, writers));
  }
  return { ours: total / oursSeconds, theirs: total / theirsSeconds };
};

const main = async () => {
  const url = await stack.createDatabase(`bench_append_${randomBytes(4).toString('hex')}`);
  const dataSource = await new DataSource({
    type: 'postgres', url, migrations: eventStoreMigrations, migrationsRun: true, extra: { max: 10 },
  }).initialize();
  const pool = new Pool({ connectionString: url, max: 10 });
  const emmett = getPostgreSQLEventStore(url);
  await emmett.schema.migrate();
  const store = new EventStore(dataSource, 'projects', new EventRegistry([BenchCounted]));

  const handle = (count: number): Op => (streamId) => store.handle(counter, streamId, { count }, { metadata });
  const raw = (count: number): Op => (streamId) => rawAppend(pool, streamId, count);
  const ourAppend: Op = (streamId) =>
    store.appendToStream(streamId, [{ type: 'BenchCounted', payload: { n: 1 } }], { expectedVersion: 0, metadata });
  const emmettAppend: Op = (streamId) =>
    emmett.appendToStream(streamId, [{ type: 'BenchCounted', data: { n: 1 } }], { expectedStreamVersion: STREAM_DOES_NOT_EXIST });

  const cases = [
    { name: 'handle() 1 event vs raw pg tx', events: 1, writers: 1, total: OPS, target: 0.7, ours: handle(1), theirs: raw(1) },
    { name: 'handle() 1 event vs raw pg tx', events: 1, writers: 8, total: OPS, target: 0.7, ours: handle(1), theirs: raw(1) },
    { name: 'handle() 100 events vs raw 100-row', events: 100, writers: 1, total: Math.max(8, Math.round(OPS / 10)), target: 0.5, ours: handle(100), theirs: raw(100) },
    { name: 'handle() 100 events vs raw 100-row', events: 100, writers: 8, total: Math.max(8, Math.round(OPS / 10)), target: 0.5, ours: handle(100), theirs: raw(100) },
    { name: 'appendToStream 1 event vs emmett', events: 1, writers: 1, total: OPS, target: undefined, ours: ourAppend, theirs: emmettAppend },
    { name: 'appendToStream 1 event vs emmett', events: 1, writers: 8, total: OPS, target: undefined, ours: ourAppend, theirs: emmettAppend },
  ];

  const rows = [];
  for (const c of cases) {
    const result = await attempt(`${c.name}, ${c.writers} writer(s)`, () => compare(c.ours, c.theirs, c.total, c.writers));
    if (!result) {
      rows.push({ case: c.name, writers: c.writers, 'ours/other': 'failed' });
      continue;
    }
    const { ours, theirs } = result;
    const ratio = ours / theirs;
    rows.push({
      case: c.name,
      writers: c.writers,
      'ours ops/s': Math.round(ours),
      'ours events/s': Math.round(ours * c.events),
      'other ops/s': Math.round(theirs),
      'other events/s': Math.round(theirs * c.events),
      'ours/other': ratio.toFixed(2),
      target: c.target === undefined ? '-' : `>= ${c.target} ${ratio >= c.target ? 'ok' : 'MISSED'}`,
    });
    console.error(`done: ${c.name}, ${c.writers} writer(s)`);
  }
  console.table(rows);

  await Promise.all([dataSource.destroy(), pool.end(), emmett.close()]);
};

finish(main);
