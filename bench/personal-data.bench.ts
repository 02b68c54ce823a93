/**
 * What sealing personal data costs (crypto-shredding, issue 18), side by side in one run:
 * 1. the write path, open loop over HTTP: POST /idle-parcels on the land service as main.ts starts it,
 *    with PERSONAL_DATA_ENCRYPTION=on (the actor sealed with the clerk's key, AES-256-GCM, key cached)
 *    and =off, each swept to the highest rate whose p99 stays within 50 ms; the sides alternate
 *    (on, off, off, on), each on a fresh database, each side's best kept;
 * 2. the projection, events/s: the same pollution-incident events (reported, compensated, corrected
 *    with a reason; 20 clerks) published plain and sealed (actor and reason), each applied by
 *    reporting's exactly-once consumer into a fresh read model; alternating the same way, best kept.
 * Targets: sealed / plain >= 0.9 on both. BENCH_SIZE (npm test's small run): one short step each.
 *   npm run bench -- personal-data
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { Pool } from 'pg';
import { openEnvelope, sealEnvelope, type EventEnvelope, type SubjectKey } from '@park-ledger/contracts';
import { allProjections } from '@park-ledger/figures';
import { createKafka, ensureTopics, ExactlyOnceConsumer, toKafkaMessage } from '@park-ledger/messaging';
import { stack } from '@park-ledger/test-support';
import { Partitioners, type Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { eventRegistry } from '../apps/reporting/src/consumer/event-registry';
import { applyEvents } from '../apps/reporting/src/projection/apply-events';
import { ProjectionIndex } from '../apps/reporting/src/projection/projection-index';
import { reportingMigrations } from '../apps/reporting/src/read-model/reporting-migrations';
import { freePort, startProcess, stopProcess, untilAnswers } from './support/processes';
import { attempt, finish, sizeFrom, small } from './support/report';
import { holds, loadAt, sweep, type Step } from './support/sweep';

const START_RATE = Number(process.env.BENCH_START_RATE ?? 100);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 5);
const EVENTS = sizeFrom('EVENTS', 60_000);
const occurredAt = '2014-05-01T09:30:00+08:00';
const run = randomBytes(3).toString('hex');
type Side = 'sealed' | 'plain';
const ratio = (a?: number, b?: number) => (a && b ? a / b : NaN);
const verdict = (r: number) => `${r.toFixed(2)}× (target >= 0.9: ${r >= 0.9 ? 'met' : 'NOT met'})`;

async function writePath(): Promise<{ rounds: { side: Side; best?: Step; steps: Step[] }[] }> {
  const token = stack.token({ roles: ['submitter'], department: 'land', sub: 'bench-clerk' });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  let step = 0;
  const rounds: { side: Side; best?: Step; steps: Step[] }[] = [];
  const sides: Side[] = ['sealed', 'plain'];
  // ABBA: neither side always goes first (warm-up, drift on the shared machine)
  for (const side of small ? sides : [...sides, ...[...sides].reverse()]) {
    const databaseUrl = await stack.createDatabase(`bench_pd_${randomBytes(4).toString('hex')}`);
    const port = await freePort();
    const service = startProcess('apps/land/src/main.ts', {
      ...stack.serviceEnv('land'),
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      PERSONAL_DATA_ENCRYPTION: side === 'sealed' ? 'on' : 'off',
    });
    const url = `http://127.0.0.1:${port}`;
    try {
      await untilAnswers(`${url}/health/ready`, service);
      const pool = new Pool({ connectionString: databaseUrl, max: 2 });
      await pool.query(
        `insert into park_zones.zones (zone_id, registered, name_zh, name_en, changed_by_event, changed_at)
         values ('fucheng', true, '福城医药园', null, gen_random_uuid(), now()) on conflict do nothing`,
      );
      const identify = () => ({
        url,
        request: {
          method: 'POST',
          path: '/idle-parcels',
          headers,
          body: { occurredAt, category: 'under-built', zoneId: 'fucheng', enterpriseNameZh: '赣通塑胶', idleAreaCentiMu: 3_100 },
        },
        unique: { field: 'parcelId', prefix: `PD-${run}-${step++}` },
      });
      console.error(`write path, ${side}: service ready`);
      await loadAt(identify(), Math.round(START_RATE / 2), 2); // warm-up
      const result = small
        ? await loadAt(identify(), 20, 2).then((one) => ({ best: holds(one) ? one : undefined, steps: [one] }))
        : await sweep(side, START_RATE, (rate) => loadAt(identify(), rate, STEP_SECONDS));
      // the side is what it says: actors sealed in the store, or not
      const [{ sealed, all }] = (await pool.query(`select count(*) filter (where actor like 'sealed.%')::int as sealed, count(*)::int as all from event_store.events`)).rows;
      if ((side === 'sealed') !== (sealed === all) || all === 0) throw new Error(`${side}: ${sealed} of ${all} events sealed`);
      await pool.end();
      rounds.push({ side, ...result });
    } finally {
      await stopProcess(service);
    }
  }
  return { rounds };
}

/** Pollution incidents, three events each (reported, compensated, corrected with a reason), by 20 clerks. */
function incidentEvents(count: number): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  const zones = ['chengbei', 'fucheng', 'salt'];
  for (let n = 0; events.length < count; n++) {
    const id = `pd${run}-${n}`;
    const month = String(1 + (n % 12)).padStart(2, '0');
    const base = { schemaVersion: 1, streamId: `pollution-incident-${id}`, department: 'safety' as const, actor: `clerk-${n % 20}`, causationId: null, correlationId: id };
    const at = (day: string) => `${2013 + (n % 2)}-${month}-${day}T02:00:00.000Z`;
    const recordedAt = new Date().toISOString();
    events.push(
      { ...base, eventId: randomUUID(), type: 'PollutionIncidentReported', streamVersion: 1, occurredAt: at('10'), recordedAt, payload: { incidentId: id, zoneId: zones[n % 3], descriptionZh: '废水' } },
      { ...base, eventId: randomUUID(), type: 'PollutionCompensationPaid', streamVersion: 2, occurredAt: at('20'), recordedAt, payload: { incidentId: id, amountYuan: 1000 + n } },
      {
        ...base,
        eventId: randomUUID(),
        type: 'PollutionCompensationCorrected',
        streamVersion: 3,
        occurredAt: at('21'),
        recordedAt,
        payload: { incidentId: id, amountYuan: 1100 + n, reason: `张伟核对收据后更正，原录入金额有误（第${n}号）` },
      },
    );
  }
  return events.slice(0, count);
}

async function produce(kafka: Kafka, topic: string, events: EventEnvelope[]) {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  for (let i = 0; i < events.length; i += 5000) await producer.send({ topic, acks: -1, messages: events.slice(i, i + 5000).map(toKafkaMessage) });
  await producer.disconnect();
}

async function timeProjection(kafka: Kafka, topic: string, total: number): Promise<number> {
  const db = await new DataSource({
    type: 'postgres',
    url: await stack.createDatabase(`bench_pd_proj_${randomBytes(4).toString('hex')}`),
    migrations: reportingMigrations,
    migrationsRun: true,
  }).initialize();
  const index = new ProjectionIndex(allProjections);
  const consumer = new ExactlyOnceConsumer({
    kafka,
    groupId: `bench-pd-${randomUUID()}`,
    topics: [topic],
    dataSource: db,
    eventRegistry,
    handler: async (event, tx) => {
      await applyEvents(tx, 'reporting_v1', index, [event]);
    },
    handleBatch: async (events, tx) => {
      await applyEvents(tx, 'reporting_v1', index, events);
    },
    createTopics: false,
    registry: new Registry(),
  });
  // done when every event is committed in the read model (a handler's count would include rolled-back retries)
  const stored = async () => Number((await db.query(`select count(*)::int as n from reporting_v1.events`))[0].n);
  try {
    const started = Date.now();
    await consumer.start();
    const deadline = Date.now() + 600_000;
    while ((await stored()) < total) {
      if (Date.now() > deadline) throw new Error(`${await stored()} of ${total} events applied after 10 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return Date.now() - started;
  } finally {
    await consumer.stop();
    await db.destroy();
  }
}

async function projection(): Promise<{ side: Side; perSecond: number; bytes: number }[]> {
  const kafka = createKafka({ brokers: stack.connection().kafkaBrokers, clientId: 'personal-data-bench', logger: { warn: () => undefined, error: () => undefined } });
  const plain = incidentEvents(EVENTS);
  const keys = new Map<string, SubjectKey>();
  const keyOf = (subject: string) => keys.get(subject) ?? (keys.set(subject, { keyId: randomUUID(), key: randomBytes(32) }), keys.get(subject)!);
  const sealed = plain.map((e) => sealEnvelope(e, keyOf));
  const topics = { plain: `bench.pd.plain.${run}`, sealed: `bench.pd.sealed.${run}` };
  const admin = kafka.admin();
  await admin.connect();
  try {
    await ensureTopics(admin, Object.values(topics), { partitions: 6 });
    await produce(kafka, topics.plain, plain);
    await produce(kafka, topics.sealed, sealed);
    const bytes = (events: EventEnvelope[]) => events.reduce((sum, e) => sum + JSON.stringify(e).length, 0) / events.length;
    const results: { side: Side; perSecond: number; bytes: number }[] = [];
    const sides: Side[] = ['sealed', 'plain'];
    for (const side of small ? sides : [...sides, ...[...sides].reverse()]) {
      const ms = await timeProjection(kafka, topics[side], EVENTS);
      console.error(`projection, ${side}: ${ms} ms`);
      results.push({ side, perSecond: Math.round((EVENTS * 1000) / ms), bytes: Math.round(bytes(side === 'sealed' ? sealed : plain)) });
    }
    return results;
  } finally {
    await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => undefined);
    await admin.disconnect();
  }
}

/** CPU time of sealing and opening one event (actor and reason), in process: what the ratios above are made of. */
function cryptoCost(): { sealUs: number; openUs: number; stringifyUs: number } {
  const events = incidentEvents(30_000).filter((e) => e.type === 'PollutionCompensationCorrected');
  const key = { keyId: randomUUID(), key: randomBytes(32) };
  const time = (work: () => void) => {
    const started = process.hrtime.bigint();
    work();
    return Number(process.hrtime.bigint() - started) / 1e3 / events.length;
  };
  let sealed: EventEnvelope[] = [];
  time(() => (sealed = events.map((e) => sealEnvelope(e, () => key)))); // warm-up
  const sealUs = time(() => (sealed = events.map((e) => sealEnvelope(e, () => key))));
  const openUs = time(() => sealed.forEach((e) => openEnvelope(e, () => key)));
  const stringifyUs = time(() => events.forEach((e) => JSON.stringify(e)));
  return { sealUs, openUs, stringifyUs };
}

finish(async () => {
  const startLoad = loadavg()[0];
  const crypto = cryptoCost();
  const write = await attempt('write path', writePath);
  const project = await attempt('projection', projection);
  if (write) {
    console.table(
      write.rounds.flatMap(({ side, steps }, round) =>
        steps.map((s) => ({ round: round + 1, side, 'offered /s': s.offered, 'answered /s': Math.round(s.rate), 'p50 ms': s.p50, 'p99 ms': s.p99, unanswered: s.errors ?? 0, held: holds(s) })),
      ),
    );
  }
  const bestRate = (side: Side) => write?.rounds.filter((r) => r.side === side && r.best).map((r) => (r.best as Step).rate).sort((a, b) => b - a)[0];
  const bestProjection = (side: Side) => project?.filter((r) => r.side === side).map((r) => r.perSecond).sort((a, b) => b - a)[0];
  const bytes = (side: Side) => project?.find((r) => r.side === side)?.bytes;
  console.log(`\npersonal-data benchmark${small ? ' (small run: one short step each, not a measurement)' : ''}\n`);
  console.log('| measure | plain (PERSONAL_DATA_ENCRYPTION=off) | sealed (on) | sealed / plain |\n|---|---|---|---|');
  console.log(
    `| POST /idle-parcels, highest rate with p99 <= 50 ms, open loop | ${bestRate('plain')?.toFixed(0) ?? 'none'} /s | ${bestRate('sealed')?.toFixed(0) ?? 'none'} /s | ${verdict(ratio(bestRate('sealed'), bestRate('plain')))} |`,
  );
  console.log(
    `| projection, ${EVENTS} events (1 in 3 with a reason), events/s | ${bestProjection('plain') ?? '-'} | ${bestProjection('sealed') ?? '-'} | ${verdict(ratio(bestProjection('sealed'), bestProjection('plain')))} |`,
  );
  console.log(`| mean message size, bytes | ${bytes('plain') ?? '-'} | ${bytes('sealed') ?? '-'} | ${ratio(bytes('sealed'), bytes('plain')).toFixed(2)}× |`);
  console.log(
    `| sealing one event (actor + reason, AES-256-GCM), CPU µs | - | ${crypto.sealUs.toFixed(1)} (opening ${crypto.openUs.toFixed(1)}; JSON.stringify of it ${crypto.stringifyUs.toFixed(1)}) | - |`,
  );
  console.log(`\nload average (1 min) at start ${startLoad.toFixed(2)}, at end ${loadavg()[0].toFixed(2)}`);
});
