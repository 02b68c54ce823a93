// Outbox relay throughput vs raw kafkajs sendBatch of the same messages.
// Run: node -r @swc-node/register bench/relay.bench.ts   (env: BENCH_EVENTS or BENCH_SIZE, BENCH_BATCH, BENCH_ROUNDS)
// Both paths: no compression (kafkajs' default; on one host it costs CPU and saves nothing), acks=all,
// idempotent producer, one request in flight. The relay lingers 5 ms after a wake-up (not during a backlog).
import { randomUUID } from 'node:crypto';
import { eventStoreMigrations } from '@park-ledger/event-store';
import { createKafka, ensureTopics, OutboxRelay } from '@park-ledger/messaging';
import { Partitioners, type Kafka, type Message } from 'kafkajs';
import { Client } from 'pg';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { stack } from '@park-ledger/test-support';
import { attempt, finish, sizeFrom } from './support/report';
import { cpuMeter, type CpuUse } from './support/processes';

const EVENTS = sizeFrom('BENCH_EVENTS', 100_000);
const BATCH = Number(process.env['BENCH_BATCH'] ?? 1000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const suffix = randomUUID().slice(0, 8);

async function main() {
  const { kafkaBrokers, databaseUrl } = stack.connection();
  const dbName = `bench_relay_${suffix}`;
  const dataSource = await new DataSource({
    type: 'postgres',
    url: await stack.createDatabase(dbName),
    migrations: eventStoreMigrations,
    migrationsRun: true,
  }).initialize();
  const kafka = createKafka({ brokers: kafkaBrokers, clientId: 'relay-bench' });
  const [rawTopic, relayTopic] = [`bench.raw.${suffix}`, `bench.relay.${suffix}`];
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [rawTopic, relayTopic]);
  const status = await stack.status();
  const cpu = cpuMeter(status.kafka.pid, status.postgres.pid);
  try {
    // The machine is shared: alternate the two paths and compare medians.
    const raw: number[] = [];
    const relay: number[] = [];
    const batches: number[] = [];
    const rawCpu: CpuUse[] = [];
    const relayCpu: CpuUse[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      await fillOutbox(dataSource, relayTopic);
      const messages = await outboxMessages(dataSource);
      if (process.env['BENCH_DEBUG']) console.log(`debug: raw from ${process.uptime().toFixed(1)} s`);
      let started = cpu.read();
      const rawSeconds = await attempt(`raw sendBatch, round ${round}`, () => timeRawSendBatch(kafka, rawTopic, messages));
      if (rawSeconds !== undefined) {
        raw.push(rawSeconds);
        rawCpu.push(cpu.since(started));
      }
      if (process.env['BENCH_DEBUG']) console.log(`debug: relay from ${process.uptime().toFixed(1)} s`);
      started = cpu.read();
      const drained = await attempt(`relay drain, round ${round}`, () => timeRelayDrain(dataSource, kafka));
      if (drained) {
        relay.push(drained.seconds);
        batches.push(drained.sends);
        relayCpu.push(cpu.since(started));
      }
    }
    if (process.env['BENCH_DEBUG']) console.log(`debug: end at ${process.uptime().toFixed(1)} s`);
    printTable(raw, relay, batches);
    printCpu(rawCpu, relayCpu);
  } finally {
    await admin.deleteTopics({ topics: [rawTopic, relayTopic] }).catch(() => undefined);
    await admin.disconnect();
    await dataSource.destroy();
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`drop database if exists "${dbName}" with (force)`).finally(() => client.end());
  }
}

/** A fresh backlog: EVENTS events over EVENTS/20 streams with their outbox rows, as appends would leave them. */
async function fillOutbox(dataSource: DataSource, topic: string) {
  await dataSource.query('truncate event_store.outbox, event_store.events');
  await dataSource.query(
    `with e as (
       select gen_random_uuid() as id, 'bench-' || (i % ($1::int / 20)) as stream, i / ($1::int / 20) + 1 as version, i
       from generate_series(0, $1::int - 1) i
     ), envelopes as (
       select id, stream, version, i, jsonb_build_object(
         'eventId', id, 'type', 'BenchProbeRecorded', 'schemaVersion', 1, 'streamId', stream,
         'streamVersion', version, 'occurredAt', now(), 'recordedAt', now(), 'department', 'projects',
         'actor', 'bench', 'correlationId', gen_random_uuid(), 'causationId', null,
         'payload', jsonb_build_object('n', i, 'note', repeat('x', 120))) as envelope
       from e
     ), events as (
       insert into event_store.events (event_id, stream_id, stream_version, type, schema_version, occurred_at,
         recorded_at, department, actor, correlation_id, causation_id, payload)
       select id, stream, version, 'BenchProbeRecorded', 1, now(), now(), 'projects', 'bench',
         envelope->>'correlationId', null, envelope->'payload' from envelopes
       returning 1
     )
     insert into event_store.outbox (event_id, topic, message_key, envelope)
     select id, $2, stream, envelope from envelopes where (select count(*) from events) > 0 order by i`,
    [EVENTS, topic],
  );
}

async function outboxMessages(dataSource: DataSource): Promise<Message[]> {
  const rows: { key: string; value: string; type: string; eventId: string }[] = await dataSource.query(
    `select message_key as key, envelope::text as value, envelope->>'type' as type, event_id::text as "eventId"
       from event_store.outbox order by position`,
  );
  return rows.map((r) => ({ key: r.key, value: r.value, headers: { type: r.type, eventId: r.eventId, schemaVersion: '1' } }));
}

async function timeRawSendBatch(kafka: Kafka, topic: string, messages: Message[]): Promise<number> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  // Both timings start from a cold producer: the relay's include connecting it (and the leader lock).
  const started = process.hrtime.bigint();
  await producer.connect();
  for (let i = 0; i < messages.length; i += BATCH) {
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages: messages.slice(i, i + BATCH) }] });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await producer.disconnect();
  return seconds;
}

/** Seconds to drain the backlog, and how many sendBatch calls it took (the achieved batch size follows). */
async function timeRelayDrain(dataSource: DataSource, kafka: Kafka): Promise<{ seconds: number; sends: number }> {
  const registry = new Registry();
  const relay = new OutboxRelay({ database: dataSource, kafka, batchSize: BATCH, pollIntervalMs: 50, registry });
  const counter = registry.getSingleMetric('outbox_published_total');
  const published = async () => (await counter?.get())?.values[0]?.value ?? 0;
  const started = process.hrtime.bigint();
  relay.start();
  const deadline = Date.now() + 600_000;
  while ((await published()) < EVENTS) {
    if (Date.now() > deadline) throw new Error('relay did not drain the backlog within 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await relay.stop();
  const values = (await registry.getSingleMetric('outbox_batch_rows')?.get())?.values as { metricName?: string; value: number }[] | undefined;
  const sends = values?.find((v) => v.metricName === 'outbox_batch_rows_count')?.value ?? NaN;
  return { seconds, sends };
}

function printCpu(rawCpu: CpuUse[], relayCpu: CpuUse[]) {
  if (rawCpu.length === 0 || relayCpu.length === 0) return;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const perThousand = (uses: CpuUse[], side: keyof CpuUse) => (median(uses.map((u) => u[side])) * 1e6) / EVENTS;
  console.log('\nCPU ms per 1000 messages (median of the rounds; the broker and Postgres as whole process trees)\n');
  console.log('| path                            | this process | broker | postgres | total |');
  console.log('|---------------------------------|-------------:|-------:|---------:|------:|');
  for (const [name, uses] of [['raw kafkajs sendBatch', rawCpu], ['outbox relay (read, send, mark)', relayCpu]] as const) {
    const [node, broker, postgres] = (['node', 'broker', 'postgres'] as const).map((side) => perThousand(uses, side));
    const cell = (v: number) => (Number.isNaN(v) ? 'n/a' : v.toFixed(1));
    console.log(`| ${name.padEnd(31)} | ${cell(node).padStart(12)} | ${cell(broker).padStart(6)} | ${cell(postgres).padStart(8)} | ${cell(node + broker + postgres).padStart(5)} |`);
  }
}

function printTable(rawRounds: number[], relayRounds: number[], relaySends: number[]) {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  if (rawRounds.length === 0 || relayRounds.length === 0) {
    console.log(`\nno comparison: ${rawRounds.length} raw and ${relayRounds.length} relay rounds completed`);
    return;
  }
  const rate = (seconds: number) => Math.round(EVENTS / seconds);
  const rows = [
    ['raw kafkajs sendBatch', rawRounds],
    ['outbox relay (read, send, mark)', relayRounds],
  ] as const;
  console.log(`\n${EVENTS} messages, batch size ${BATCH}, idempotent producer, acks=all, timed from a cold producer`);
  console.log(`median of ${ROUNDS} alternating rounds\n`);
  console.log('| path                            | seconds | msgs/s  | rounds (s)           |');
  console.log('|---------------------------------|---------|---------|----------------------|');
  for (const [name, rounds] of rows) {
    const seconds = median(rounds);
    const all = rounds.map((r) => r.toFixed(1)).join(', ');
    console.log(`| ${name.padEnd(31)} | ${seconds.toFixed(2).padStart(7)} | ${String(rate(seconds)).padStart(7)} | ${all.padEnd(20)} |`);
  }
  const ratio = rate(median(relayRounds)) / rate(median(rawRounds));
  const sent = relaySends.map((n) => `${n} sends, ${Math.round(EVENTS / n)} rows each`).join('; ');
  console.log(`\nachieved batches: raw ${Math.ceil(EVENTS / BATCH)} sends of ${BATCH}; relay per round: ${sent}`);
  console.log(`relay / raw = ${ratio.toFixed(2)} (target >= 0.80: ${ratio >= 0.8 ? 'met' : 'NOT met'})`);
}

finish(main);
