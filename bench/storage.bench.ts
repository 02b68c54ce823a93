/**
 * Storage per million events, measured: the park's own event mix (signed projects, pollution incidents
 * with compensation, idle parcels with fees, as the reporting e2e tests write them) appended through
 * the EventStore to a fresh database (personal fields sealed, as shipped) and published as the relay
 * publishes the outbox's envelopes (signed, uncompressed)
 * to a fresh one-partition topic; the table gives what Postgres and the broker's log hold, scaled to
 * a million events. Size: BENCH_STORAGE_EVENTS, else BENCH_SIZE (default 100,000).
 *   npm run bench -- storage
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { departments, EventRegistry, landEvents, projectsEvents, safetyEvents, topicFor, type EventEnvelope } from '@park-ledger/contracts';
import { eventStoreMigrations, EventStore, SubjectKeys } from '@park-ledger/event-store';
import { createKafka, ensureTopics, publishedAsDepartment } from '@park-ledger/messaging';
import { randomSuffix, stack } from '@park-ledger/test-support';
import { DataSource } from 'typeorm';
import { recordEvents } from '../tests/reporting/generated-events';

const EVENTS = Number(process.env.BENCH_STORAGE_EVENTS ?? process.env.BENCH_SIZE ?? 100_000);
const MiB = 1024 * 1024;

async function main() {
  const events: EventEnvelope[] = [];
  for (let i = 0; events.length < EVENTS; i++) events.push(...recordEvents(i, ['zone-a', 'zone-b', 'zone-c'], 'storage'));
  events.length = EVENTS;
  const byStream = new Map<string, EventEnvelope[]>();
  for (const e of events) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e]);

  // Postgres: every stream appended as its commands would, one idempotency key per append
  const database = await stack.createDatabase(`bench_storage_${randomSuffix()}`);
  const dataSource = new DataSource({ type: 'postgres', url: database, migrations: [...eventStoreMigrations], migrationsRun: true });
  await dataSource.initialize();
  const registry = new EventRegistry([...projectsEvents, ...landEvents, ...safetyEvents]);
  // as shipped: personal fields (actors, reasons) sealed per subject (PERSONAL_DATA_ENCRYPTION=on)
  const subjectKeys = new SubjectKeys(dataSource, { cacheSeconds: 60 });
  const stores = new Map(departments.map((d) => [d, new EventStore(dataSource, d, registry, { subjectKeys })]));
  const streams = [...byStream.values()];
  for (let i = 0; i < streams.length; i += 200) {
    await Promise.all(
      streams.slice(i, i + 200).map(async (stream) => {
        for (const [n, e] of stream.entries()) {
          await stores.get(e.department)!.appendToStream(e.streamId, [{ type: e.type, payload: e.payload } as never], {
            expectedVersion: n,
            idempotencyKey: `clerk:${e.eventId}`,
            metadata: { actor: e.actor, correlationId: e.correlationId, occurredAt: e.occurredAt },
          });
        }
      }),
    );
  }
  for (const store of stores.values()) await store.flushNotifications();
  await dataSource.query('vacuum analyze');
  const sizes: { relation: string; bytes: string; rows: string }[] = await dataSource.query(
    `select c.relname as relation, pg_total_relation_size(c.oid) as bytes, c.reltuples::bigint as rows
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'event_store' and c.relkind = 'r' order by 1`,
  );
  const [{ count }] = await dataSource.query('select count(*)::int as count from event_store.events');
  // what the relay publishes: the outbox's envelopes, sealed as stored
  const outbox: { envelope: EventEnvelope }[] = await dataSource.query('select envelope from event_store.outbox order by position');
  await dataSource.destroy();

  // Kafka: the same events as the relay sends them, to a topic of their own
  const brokers = stack.connection().kafkaBrokers;
  const topic = topicFor('projects', `bench-storage-${randomSuffix()}.`);
  const kafka = createKafka({ brokers, clientId: 'bench-storage', logger: { warn: () => undefined, error: () => undefined } });
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic], { partitions: 1 });
  const producer = kafka.producer();
  await producer.connect();
  const published = publishedAsDepartment((department) => stack.eventSigningKey(department));
  for (let i = 0; i < events.length; i += 1000) {
    await producer.send({ topic, acks: -1, messages: outbox.slice(i, i + 1000).map((row) => published(row.envelope)) });
  }
  await producer.disconnect();
  const home = path.resolve(process.env.PARK_LEDGER_HOME || path.join(__dirname, '..', '.local'));
  const logDir = path.join(home, 'kafka', 'data', `${topic}-0`);
  const kafkaBytes = process.env.KAFKA_BROKERS
    ? null // an external broker's disk is not ours to read
    : existsSync(logDir)
      ? readdirSync(logDir).filter((f) => f.endsWith('.log')).reduce((sum, f) => sum + statSync(path.join(logDir, f)).size, 0)
      : null;
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();

  const perMillion = (bytes: number) => ((bytes / EVENTS) * 1_000_000) / MiB;
  const rows = sizes.map((s) => ({
    where: `Postgres event_store.${s.relation}`,
    rows: Number(s.rows),
    'MiB measured': (Number(s.bytes) / MiB).toFixed(1),
    'MiB per million events': perMillion(Number(s.bytes)).toFixed(0),
  }));
  const postgres = sizes.reduce((sum, s) => sum + Number(s.bytes), 0);
  rows.push({ where: 'Postgres, all (heap, TOAST, indexes)', rows: count, 'MiB measured': (postgres / MiB).toFixed(1), 'MiB per million events': perMillion(postgres).toFixed(0) });
  rows.push({
    where: 'Kafka log, one replica (uncompressed, signed)',
    rows: events.length,
    'MiB measured': kafkaBytes === null ? 'n/a' : (kafkaBytes / MiB).toFixed(1),
    'MiB per million events': kafkaBytes === null ? 'n/a' : perMillion(kafkaBytes).toFixed(0),
  });
  console.log(`${EVENTS.toLocaleString('en')} events of the park's mix (${byStream.size.toLocaleString('en')} streams, one idempotency key each)`);
  console.table(rows);
  if (count !== EVENTS) throw new Error(`appended ${count} events, expected ${EVENTS}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
