// Reporting projection throughput vs a raw kafkajs consumer (no-op handler) and raw batched upserts of
// the same rows (and, for comparison, of the events and totals only); event-to-read-model lag at half
// the ingest maximum and at half the projection's; annual-summary query latency at a tenth of the
// events and at all of them.
// Run: node -r @swc-node/register bench/projection.bench.ts   (env: EVENTS or BENCH_SIZE, default 200000;
// LAG_SECONDS, default 20, 3 when BENCH_SIZE is set)
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type EventEnvelope } from '@park-ledger/contracts';
import { allProjections, figureCatalogue } from '@park-ledger/figures';
import { createKafka, ensureTopics, ExactlyOnceConsumer, toKafkaMessage } from '@park-ledger/messaging';
import { Partitioners, type Kafka } from 'kafkajs';
import { Client } from 'pg';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { eventRegistry } from '../apps/reporting/src/consumer/event-registry';
import { applyEvents } from '../apps/reporting/src/projection/apply-events';
import { ProjectionIndex } from '../apps/reporting/src/projection/projection-index';
import { sumFigures } from '../apps/reporting/src/figures/figure-sums';
import { periodOf, previousOf } from '../apps/reporting/src/figures/periods';
import { createReadModelTables } from '../apps/reporting/src/read-model/read-model-tables';
import { reportingMigrations } from '../apps/reporting/src/read-model/reporting-migrations';
import { stack } from '@park-ledger/test-support';
import { attempt, finish, maxOf, quantile, sizeFrom, small } from './support/report';
import { cpuMeter, type CpuUse } from './support/processes';

const EVENTS = sizeFrom('EVENTS', 200_000);
const LAG_SECONDS = Number(process.env['LAG_SECONDS'] ?? (small ? 3 : 20));
const ingestResultFile = path.resolve(__dirname, '../.local/bench/ingest.json');
const suffix = randomUUID().slice(0, 8);
const index = new ProjectionIndex(allProjections);
const zones = ['chengbei', 'fucheng', 'salt'];

/** Pollution incidents: reported, then compensated; two events per stream, spread over 2013-2014. */
function incidentEvents(from: number, count: number, recordedAt = () => new Date().toISOString()): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  for (let n = from; n < from + count; n++) {
    const i = Math.floor(n / 2);
    const id = `b${suffix}-${i}`;
    const month = String(1 + (i % 12)).padStart(2, '0');
    const base = { schemaVersion: 1, streamId: `pollution-incident-${id}`, department: 'safety' as const, actor: 'bench', causationId: null };
    events.push(
      n % 2 === 0
        ? { ...base, eventId: randomUUID(), type: 'PollutionIncidentReported', streamVersion: 1, occurredAt: `${2013 + (i % 2)}-${month}-10T02:00:00.000Z`, recordedAt: recordedAt(), correlationId: id, payload: { incidentId: id, zoneId: zones[i % 3], descriptionZh: '废水' } }
        : { ...base, eventId: randomUUID(), type: 'PollutionCompensationPaid', streamVersion: 2, occurredAt: `${2013 + (i % 2)}-${month}-20T02:00:00.000Z`, recordedAt: recordedAt(), correlationId: id, payload: { incidentId: id, amountYuan: 1000 + i } },
    );
  }
  return events;
}

async function produce(kafka: Kafka, topic: string, events: EventEnvelope[]) {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  for (let i = 0; i < events.length; i += 5000) {
    await producer.send({ topic, acks: -1, messages: events.slice(i, i + 5000).map(toKafkaMessage) });
  }
  await producer.disconnect();
}

async function timeRawConsumer(kafka: Kafka, topic: string, total: number): Promise<number> {
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const started = Date.now();
  let seen = 0;
  await new Promise<void>((resolve) => {
    void consumer.run({ eachBatch: async ({ batch }) => { seen += batch.messages.length; if (seen >= total) resolve(); } });
  });
  const ms = Date.now() - started;
  await consumer.disconnect();
  return ms;
}

/** The same event rows and figure-total upserts as the projection writes, in batches of 1000, no consumer. */
async function timeRawUpserts(db: DataSource, events: EventEnvelope[]): Promise<number> {
  await db.query('create table bench_events (like reporting_v1.events including all); create table bench_totals (like reporting_v1.figure_totals including all)');
  const started = Date.now();
  for (let i = 0; i < events.length; i += 1000) {
    const chunk = events.slice(i, i + 1000);
    await db.transaction(async (tx) => {
      await tx.query(
        `insert into bench_events (event_id, type, schema_version, stream_id, stream_version, department, occurred_at, recorded_at, actor, correlation_id, payload)
         select * from unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::text[], $10::text[], $11::jsonb[])
         on conflict do nothing`,
        [chunk.map((e) => e.eventId), chunk.map((e) => e.type), chunk.map((e) => e.schemaVersion), chunk.map((e) => e.streamId), chunk.map((e) => e.streamVersion), chunk.map((e) => e.department), chunk.map((e) => e.occurredAt), chunk.map((e) => e.recordedAt), chunk.map((e) => e.actor), chunk.map((e) => e.correlationId), chunk.map((e) => JSON.stringify(e.payload))],
      );
      const totals = new Map<string, number>();
      for (const e of chunk) { const key = `${e.type}|${e.occurredAt.slice(0, 7)}`; totals.set(key, (totals.get(key) ?? 0) + 1); }
      await tx.query(
        `insert into bench_totals (figure, period, dims, value) select f, p, '{}'::jsonb, v from unnest($1::text[], $2::text[], $3::bigint[]) as t(f, p, v)
         on conflict (figure, period, dims) do update set value = bench_totals.value + excluded.value`,
        [[...totals.keys()].map((k) => k.split('|')[0]), [...totals.keys()].map((k) => k.split('|')[1]), [...totals.values()]],
      );
    });
  }
  return Date.now() - started;
}

/**
 * Raw batched upserts of the same rows the projection wrote: every row of its five read-model tables
 * (events, record versions with their history, record-event links, contributions, totals), written
 * into an empty copy of those tables in hand-written multi-row statements, 1,000 events' worth of
 * each table per transaction. Only the writes are timed (each slice is read back before its write,
 * one at a time, so a million events fit in memory); no decoding, planning, dedupe or Kafka.
 */
async function timeSameRowsUpserts(db: DataSource, slices: number, cpu: ReturnType<typeof cpuMeter>): Promise<{ ms: number; rows: number; cpu: CpuUse }> {
  const from = 'reporting_v1';
  const sources = {
    events: `select json_build_array(event_id, type, schema_version, stream_id, stream_version, department, occurred_at, recorded_at,
                                     actor, correlation_id, causation_id, payload) as r, ntile(${slices}) over (order by recorded_at, event_id) as k
               from ${from}.events`,
    versions: `select json_build_array(kind, record_id, row, recorded_from, recorded_to) as r, ntile(${slices}) over (order by id) as k from ${from}.record_versions`,
    links: `select json_build_array(kind, record_id, event_id) as r, ntile(${slices}) over (order by kind, record_id, event_id) as k from ${from}.record_events`,
    contributions: `select json_build_array(kind, record_id, figure, period, dims, value, recorded_from, recorded_to) as r, ntile(${slices}) over (order by id) as k
                      from ${from}.contributions`,
    totals: `select json_build_array(figure, period, dims, value) as r, ntile(${slices}) over (order by figure, period, dims) as k from ${from}.figure_totals`,
  };
  let rows = 0;
  for (const [name, query] of Object.entries(sources)) {
    await db.query(`create table same_rows_${name} as ${query}`);
    await db.query(`create index on same_rows_${name} (k)`);
    rows += Number((await db.query(`select count(*) as n from same_rows_${name}`))[0].n);
  }
  const runner = db.createQueryRunner();
  await createReadModelTables(runner, 99).finally(() => runner.release());
  const to = 'reporting_v99';
  let ms = 0;
  let used: CpuUse = { node: 0, broker: 0, postgres: 0 };
  for (let k = 1; k <= slices; k++) {
    const values = [];
    for (const name of Object.keys(sources)) {
      values.push((await db.query(`select coalesce(json_agg(r), '[]')::text as j from same_rows_${name} where k = $1`, [k]))[0].j);
    }
    const started = Date.now();
    const cpuAt = cpu.read();
    await db.query(
      `with e as (
         insert into ${to}.events (event_id, type, schema_version, stream_id, stream_version, department, occurred_at, recorded_at,
                                   actor, correlation_id, causation_id, payload)
         select (e->>0)::uuid, e->>1, (e->>2)::int, e->>3, (e->>4)::int, e->>5, (e->>6)::timestamptz, (e->>7)::timestamptz,
                e->>8, e->>9, e->>10, e->11
           from jsonb_array_elements($1::jsonb) e
         on conflict do nothing returning 1),
       v as (
         insert into ${to}.record_versions (kind, record_id, row, recorded_from, recorded_to)
         select e->>0, e->>1, e->2, (e->>3)::timestamptz, (e->>4)::timestamptz from jsonb_array_elements($2::jsonb) e returning 1),
       l as (
         insert into ${to}.record_events (kind, record_id, event_id)
         select e->>0, e->>1, (e->>2)::uuid from jsonb_array_elements($3::jsonb) e on conflict do nothing returning 1),
       c as (
         insert into ${to}.contributions (kind, record_id, figure, period, dims, value, recorded_from, recorded_to)
         select e->>0, e->>1, e->>2, e->>3, e->4, (e->>5)::bigint, (e->>6)::timestamptz, (e->>7)::timestamptz
           from jsonb_array_elements($4::jsonb) e returning 1),
       t as (
         insert into ${to}.figure_totals as t (figure, period, dims, value)
         select e->>0, e->>1, e->2, (e->>3)::bigint from jsonb_array_elements($5::jsonb) e
         on conflict (figure, period, dims) do update set value = t.value + excluded.value returning 1)
       select 1`,
      values,
    );
    ms += Date.now() - started;
    const spent = cpu.since(cpuAt);
    used = { node: used.node + spent.node, broker: used.broker + spent.broker, postgres: used.postgres + spent.postgres };
  }
  await db.query(`drop schema ${to} cascade`);
  for (const name of Object.keys(sources)) await db.query(`drop table same_rows_${name}`);
  return { ms, rows, cpu: used };
}

function projectionConsumer(kafka: Kafka, db: DataSource, topic: string, onApplied: (e: EventEnvelope) => void, groupId = `bench-projection-${randomUUID()}`) {
  return new ExactlyOnceConsumer({
    kafka,
    groupId,
    topics: [topic],
    dataSource: db,
    eventRegistry,
    handler: async (event, tx) => {
      (await applyEvents(tx, 'reporting_v1', index, [event])).forEach(onApplied);
    },
    handleBatch: async (events, tx) => {
      (await applyEvents(tx, 'reporting_v1', index, events)).forEach(onApplied);
    },
    createTopics: false,
    registry: new Registry(),
  });
}

const target = (ratio: number, at: number) => `${ratio.toFixed(2)}× (${ratio >= at ? 'met' : 'NOT met'})`;

async function waitUntil(done: () => boolean) {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function queryLatency(db: DataSource): Promise<{ p50: number; p99: number }> {
  const period = periodOf(2014);
  const samples: number[] = [];
  for (let i = 0; i < 100; i++) {
    const started = process.hrtime.bigint();
    await sumFigures(db, 'reporting_v1', { figures: figureCatalogue, period, previous: previousOf(period), groupBy: ['zoneId'] });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { p50: quantile(samples, 0.5), p99: quantile(samples, 0.99) };
}

async function main() {
  const { kafkaBrokers, databaseUrl } = stack.connection();
  const dbName = `bench_projection_${suffix}`;
  const db = await new DataSource({ type: 'postgres', url: await stack.createDatabase(dbName), migrations: reportingMigrations, migrationsRun: true }).initialize();
  const kafka = createKafka({ brokers: kafkaBrokers, clientId: 'projection-bench', logger: { warn: () => undefined, error: (m) => process.stderr.write(`${m}\n`) } });
  const [topic, lagTopic, ingestLagTopic] = [`bench.projection.${suffix}`, `bench.lag.${suffix}`, `bench.lag-ingest.${suffix}`];
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic, lagTopic, ingestLagTopic], { partitions: 6 });
  const rows: [string, string][] = [];
  const loadAtStart = os.loadavg();
  const status = await stack.status();
  const cpu = cpuMeter(status.kafka.pid, status.postgres.pid);
  try {
    // the events are let go before the projection runs: a million envelopes kept in this process made
    // every garbage collection of the projection (which runs here too) mark them again
    let events: EventEnvelope[] | undefined = incidentEvents(0, EVENTS);
    await produce(kafka, topic, events);
    const rawMs = await timeRawConsumer(kafka, topic, EVENTS);
    const upsertMs = await timeRawUpserts(db, events);
    events = undefined;

    let applied = 0;
    const groupId = `bench-projection-${randomUUID()}`;
    const projection = projectionConsumer(kafka, db, topic, () => applied++, groupId);
    const cpuAtStart = cpu.read();
    const started = Date.now();
    await projection.start();
    await waitUntil(() => applied >= EVENTS / 10);
    await projection.stop();
    const pausedAt = Date.now();
    const firstCpu = cpu.since(cpuAtStart);
    const small = await queryLatency(db);
    const resumedAt = Date.now();
    // The same group, so it resumes from the offsets committed before the pause.
    const resumed = projectionConsumer(kafka, db, topic, () => applied++, groupId);
    const cpuAtResume = cpu.read();
    await resumed.start();
    await waitUntil(() => applied >= EVENTS);
    const secondCpu = cpu.since(cpuAtResume);
    const projectionCpu: CpuUse = { node: firstCpu.node + secondCpu.node, broker: firstCpu.broker + secondCpu.broker, postgres: firstCpu.postgres + secondCpu.postgres };
    // The pause for the query-latency samples is left out; both group joins are counted.
    const projectionMs = pausedAt - started + (Date.now() - resumedAt);
    if (process.env['BENCH_DEBUG']) {
      // the window in seconds since the process started, to read a --cpu-prof profile of the drain alone
      const since = (t: number) => ((t - performance.timeOrigin) / 1000).toFixed(1);
      console.error(`drain: first ${pausedAt - started} ms (${applied} at end), second ${Date.now() - resumedAt} ms; process seconds ${since(started)}-${since(pausedAt)}, ${since(resumedAt)}-${since(Date.now())}`);
    }
    await resumed.stop();
    const large = await queryLatency(db);
    const sameRows = await timeSameRowsUpserts(db, Math.ceil(EVENTS / 1000), cpu);
    const perThousand = (use: CpuUse) =>
      (['node', 'postgres', 'broker'] as const).map((side) => `${side === 'node' ? 'this process' : side} ${((use[side] * 1e6) / EVENTS).toFixed(1)}`).join(', ');
    const perSecond = (ms: number) => Math.round((EVENTS * 1000) / ms);

    // Lag at half the ingest maximum (what the department services can send, from the ingest
    // benchmark's last run or INGEST_RATE) and at half the projection's own maximum, 20 s each.
    const projectionRate = Math.max(10, Math.floor(perSecond(projectionMs) / 2));
    const ingest = ingestMaximum();
    const lagRuns: { label: string; rate: number; topic: string }[] = [
      ...(ingest ? [{ label: `half the ingest maximum (${ingest.source})`, rate: Math.max(10, Math.floor(ingest.rate / 2)), topic: ingestLagTopic }] : []),
      { label: 'half the projection maximum', rate: projectionRate, topic: lagTopic },
    ];
    const lagRows: [string, string][] = [];
    for (const [n, run] of lagRuns.entries()) {
      const lags = await attempt(`lag at ${run.rate} events/s`, () => measureLag(kafka, db, run.topic, run.rate, EVENTS + (n + 1) * 10_000_000));
      lagRows.push([
        `lag at ${run.rate} events/s for ${LAG_SECONDS} s, ${run.label}: p50 / p99 / max`,
        lags ? `${quantile(lags, 0.5)} / ${quantile(lags, 0.99)} / ${maxOf(lags)} ms` : 'failed (see below)',
      ]);
    }
    if (!ingest) lagRows.unshift(['lag at half the ingest maximum', 'not measured: run `npm run bench -- ingest` first, or set INGEST_RATE']);

    rows.push(
      ['raw kafkajs consumer, no-op handler', `${perSecond(rawMs)} events/s (${(rawMs / 1000).toFixed(1)} s)`],
      [`raw batched upserts of the same rows (${(sameRows.rows / EVENTS).toFixed(1)} rows per event, 1000 events' worth per tx)`, `${perSecond(sameRows.ms)} events/s (${(sameRows.ms / 1000).toFixed(1)} s)`],
      ['raw batched upserts of the events and totals only (1000/tx)', `${perSecond(upsertMs)} events/s (${(upsertMs / 1000).toFixed(1)} s)`],
      ['projection (exactly-once consumer + read models)', `${perSecond(projectionMs)} events/s (${(projectionMs / 1000).toFixed(1)} s)`],
      ['CPU ms per 1000 events: projection', perThousand(projectionCpu)],
      ['CPU ms per 1000 events: same-rows upserts (the writes alone)', perThousand(sameRows.cpu)],
      ['projection / lower of no-op consumer and same-rows upserts (target >= 0.75)', target(perSecond(projectionMs) / Math.min(perSecond(rawMs), perSecond(sameRows.ms)), 0.75)],
      ['projection / lower of no-op consumer and events-and-totals upserts', (perSecond(projectionMs) / Math.min(perSecond(rawMs), perSecond(upsertMs))).toFixed(2) + '×'],
      ...lagRows,
      [`annual summary (${figureCatalogue.length} figures by zone) at ${EVENTS / 10} events, p50 / p99`, `${small.p50.toFixed(1)} / ${small.p99.toFixed(1)} ms`],
      [`annual summary at ${EVENTS} events, p50 / p99`, `${large.p50.toFixed(1)} / ${large.p99.toFixed(1)} ms`],
    );
    const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
    console.log(`\nprojection benchmark, ${EVENTS} events (pollution incidents, 2 events per stream, 6 partitions)`);
    console.log(`machine: ${os.cpus().length} cores; load average (1/5/15 min) at start ${load(loadAtStart)}, at end ${load(os.loadavg())}\n`);
    console.log('| measure | result |\n|---|---|');
    for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  } finally {
    await admin.deleteTopics({ topics: [topic, lagTopic, ingestLagTopic] }).catch(() => undefined);
    await admin.disconnect();
    await db.destroy();
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`drop database if exists "${dbName}" with (force)`).finally(() => client.end());
  }
}

/** Sends `rate` events a second for LAG_SECONDS to a topic the projection follows; each event's lag from record time to applied. */
async function measureLag(kafka: Kafka, db: DataSource, topic: string, rate: number, firstEvent: number): Promise<number[]> {
  const lags: number[] = [];
  const lagConsumer = projectionConsumer(kafka, db, topic, (e) => lags.push(Date.now() - Date.parse(e.recordedAt)));
  await lagConsumer.start();
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const lagEvents = rate * LAG_SECONDS;
  for (let sent = 0, tick = Date.now(); sent < lagEvents; tick += 100) {
    const batch = incidentEvents(firstEvent + sent, Math.ceil(rate / 10));
    await producer.send({ topic, acks: -1, messages: batch.map(toKafkaMessage) });
    sent += batch.length;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, tick + 100 - Date.now())));
  }
  await producer.disconnect();
  await waitUntil(() => lags.length >= lagEvents - 10);
  await lagConsumer.stop();
  if (process.env['BENCH_DEBUG']) {
    const windows = Array.from({ length: 10 }, (_, w) => lags.slice((w * lags.length) / 10, ((w + 1) * lags.length) / 10));
    console.error(`lag at ${rate}/s by tenth of the run (p50/max): ${windows.map((w) => `${quantile(w, 0.5)}/${maxOf(w)}`).join(' ')}`);
  }
  return lags;
}

/** POST /projects requests/s at p99 <= 50 ms: INGEST_RATE, or what bench/ingest.bench.ts last wrote. */
function ingestMaximum(): { rate: number; source: string } | undefined {
  if (process.env['INGEST_RATE']) return { rate: Number(process.env['INGEST_RATE']), source: 'INGEST_RATE' };
  try {
    const last = JSON.parse(readFileSync(ingestResultFile, 'utf8')) as { rate: number; measuredAt: string };
    return { rate: last.rate, source: `ingest benchmark of ${last.measuredAt.slice(0, 16)}` };
  } catch {
    return undefined;
  }
}

finish(main);
