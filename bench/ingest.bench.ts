/**
 * HTTP ingest: POST /projects (one command per request) against a no-op Nest route and a raw pg append,
 * side by side in one run on the local stack, plus the bulk endpoint's events/s. About 2 minutes.
 * The projects service runs as its own process, started as main.ts starts it (relay included); the
 * no-op app and autocannon run in processes of their own too; the raw append runs here.
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/ingest.bench.ts
 * (the tsconfig gives the path aliases and decorator metadata). The machine's load average is printed
 * with the results: on a shared 2-core machine, other work moves every column.
 */
import { topicFor } from '@park-ledger/contracts';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { cannon as runCannon, freePort, startProcess, stopProcess, untilAnswers, type CannonSpec } from './support/processes';

type Stack = {
  createDatabase(name: string): Promise<string>;
  serviceEnv(service: string): Record<string, string>;
  token(claims: { roles: string[]; department?: string; sub?: string }): string;
};
const stack: Stack = require('../tools/stack.js');
const resultFile = path.resolve(__dirname, '../.local/bench/ingest.json');

const CONNECTIONS = [1, 4, 8, 16, 48];
const SECONDS = 5;
const P99_BUDGET_MS = 50;
const occurredAt = '2014-05-01T09:30:00+08:00';

interface Step {
  readonly connections: number;
  readonly rate: number;
  readonly p99: number;
}

const cannon = async (spec: Omit<CannonSpec, 'duration'>): Promise<Step> => {
  const result = await runCannon({ ...spec, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${spec.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { connections: spec.connections, rate: result.requests.average, p99: result.latency.p99 };
};

/** The baseline: one hand-written transaction per event, `connections` writers for the same time. */
const rawAppend = async (pool: Pool, connections: number): Promise<Step> => {
  const latencies: number[] = [];
  const until = Date.now() + SECONDS * 1000;
  const writer = async () => {
    while (Date.now() < until) {
      const started = process.hrtime.bigint();
      const eventId = randomUUID();
      const streamId = `project-raw-${randomBytes(6).toString('hex')}`;
      const envelope = { eventId, type: 'ProjectLeadRegistered', schemaVersion: 1, streamId, streamVersion: 1, occurredAt,
        recordedAt: new Date().toISOString(), department: 'projects', actor: 'bench', correlationId: 'bench', causationId: null,
        payload: { projectId: streamId } };
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(
          `insert into raw_baseline.events (event_id, stream_id, stream_version, type, schema_version, occurred_at, recorded_at,
             department, actor, correlation_id, causation_id, payload) values ($1, $2, 1, $3, 1, $4, $5, 'projects', 'bench', 'bench', null, $6)`,
          [eventId, streamId, envelope.type, occurredAt, envelope.recordedAt, JSON.stringify(envelope.payload)],
        );
        await client.query(`insert into raw_baseline.outbox (event_id, topic, message_key, envelope) values ($1, $2, $3, $4)`, [
          eventId, topicFor('projects'), streamId, JSON.stringify(envelope),
        ]);
        await client.query('commit');
      } finally {
        client.release();
      }
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: connections }, writer));
  latencies.sort((a, b) => a - b);
  return { connections, rate: latencies.length / SECONDS, p99: latencies[Math.floor(latencies.length * 0.99)] };
};

const best = (steps: Step[]) => steps.filter((s) => s.p99 <= P99_BUDGET_MS).sort((a, b) => b.rate - a.rate)[0];

const main = async () => {
  const startLoad = loadavg()[0];
  const databaseUrl = await stack.createDatabase(`bench_ingest_${randomBytes(4).toString('hex')}`);
  const [port, noopPort] = [await freePort(), await freePort()];
  const service = startProcess('apps/projects/src/main.ts', {
    ...stack.serviceEnv('projects'),
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    LOG_LEVEL: 'warn',
  });
  const noop = startProcess('bench/support/noop-service.ts', { PORT: String(noopPort) });
  const url = `http://127.0.0.1:${port}`;
  const noopUrl = `http://127.0.0.1:${noopPort}`;
  await untilAnswers(`${url}/health/ready`, service);
  const pool = new Pool({ connectionString: databaseUrl, max: 60 });
  // The raw baseline writes to copies of the store's tables, which the service's relay does not read.
  await pool.query(`create schema raw_baseline;
    create table raw_baseline.events (like event_store.events including all);
    create table raw_baseline.outbox (like event_store.outbox including all);`);

  const token = stack.token({ roles: ['submitter'], department: 'projects', sub: 'bench-clerk' });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const run = randomBytes(3).toString('hex');
  const registerLead = (connections: number) => ({
    url,
    connections,
    request: {
      method: 'POST',
      path: '/projects',
      headers,
      body: {
        occurredAt, nameZh: '年产3000吨中药饮片项目', zoneId: 'fucheng-pharma', platformId: 'pharma-startup-park', industry: 'pharma',
        investorNameZh: '江西仁和药业有限公司', plannedInvestmentYuan: 150_000_000,
      },
    },
    unique: { field: 'projectId', prefix: `bench-${run}-${connections}` },
  });
  await registerZone(url, headers);
  await untilAnswers(`${noopUrl}/ready`, noop);
  const noopRequest = (connections: number) => ({
    url: noopUrl,
    connections,
    request: { method: 'POST', path: '/noop', headers: { 'content-type': 'application/json' }, body: { a: 1 } },
  });

  await cannon({ ...registerLead(4), unique: { field: 'projectId', prefix: `bench-${run}-warm-up` } });
  const table: Record<string, Step[]> = { noop: [], raw: [], ours: [] };
  for (const connections of CONNECTIONS) {
    table.noop.push(await cannon(noopRequest(connections)));
    table.raw.push(await rawAppend(pool, connections));
    table.ours.push(await cannon(registerLead(connections)));
    console.error(`done: ${connections} connection(s)`);
  }
  const loadEnded = Date.now();
  const drainedAfterMs = (await outboxDrained(pool)) - loadEnded;
  console.table(
    CONNECTIONS.map((connections, i) => ({
      connections,
      'no-op Nest req/s': Math.round(table.noop[i].rate),
      'no-op p99 ms': table.noop[i].p99,
      'raw pg tx/s': Math.round(table.raw[i].rate),
      'raw p99 ms': +table.raw[i].p99.toFixed(1),
      'POST /projects req/s': Math.round(table.ours[i].rate),
      'ours p99 ms': table.ours[i].p99,
    })),
  );

  const bulkEvents = await bulkRate(url, headers, run);
  const [noopBest, rawBest, oursBest] = [best(table.noop), best(table.raw), best(table.ours)];
  const summary = { noop: noopBest, raw: rawBest, 'POST /projects': oursBest };
  console.table(Object.entries(summary).map(([name, s]) => ({ name, 'best rate with p99 <= 50 ms': s ? Math.round(s.rate) : 'none', connections: s?.connections ?? '-', 'p99 ms': s?.p99 ?? '-' })));
  const floor = Math.min(noopBest?.rate ?? Infinity, rawBest?.rate ?? Infinity);
  console.log(`ours / min(noop, raw) = ${oursBest ? (oursBest.rate / floor).toFixed(2) : 'n/a'}`);
  if (oursBest) {
    // the projection benchmark measures reporting's lag at half of this rate
    mkdirSync(path.dirname(resultFile), { recursive: true });
    writeFileSync(resultFile, JSON.stringify({ rate: Math.round(oursBest.rate), measuredAt: new Date().toISOString() }));
  }
  console.log(`bulk: ${Math.round(bulkEvents)} events/s (1,000 returns per request)`);
  console.log(`every accepted command was on Kafka ${drainedAfterMs} ms after the last load step ended (outbox drained)`);
  console.log(`load average (1 min) at start ${startLoad.toFixed(2)}, at end ${loadavg()[0].toFixed(2)}`);

  await pool.end();
  await stopProcess(noop);
  await stopProcess(service);
};

/** When the service's relay has published every outbox row. */
const outboxDrained = async (pool: Pool): Promise<number> => {
  for (;;) {
    const { rows } = await pool.query(
      'select count(*)::int as left from event_store.outbox where published_at is null',
    );
    if (rows[0].left === 0) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** The zone and platform the benchmark's projects and returns are in. */
const registerZone = async (url: string, headers: Record<string, string>) => {
  for (const [path, body] of [
    ['/zones', { zoneId: 'fucheng-pharma', occurredAt, nameZh: '福城医药园' }],
    ['/zones/fucheng-pharma/add-platform', { platformId: 'pharma-startup-park', occurredAt, nameZh: '医药创业园' }],
  ] as const) {
    const reply = await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (reply.status !== 200) throw new Error(`${path}: ${reply.status} ${await reply.text()}`);
  }
};

/** Three requests of 1,000 monthly returns each, one after another. */
const bulkRate = async (url: string, headers: Record<string, string>, run: string) => {
  const zoneId = 'fucheng-pharma';
  const started = process.hrtime.bigint();
  const requests = 3;
  for (let r = 0; r < requests; r++) {
    const returns = Array.from({ length: 1000 }, (_, n) => ({
      enterpriseId: `bench-${run}-${r}-${n}`, month: '2014-03', occurredAt, enterpriseNameZh: `第${n}号企业`, zoneId,
      mainBusinessRevenueYuan: 1_000_000 + n, industrialAddedValueYuan: 200_000, taxesYuan: 50_000,
    }));
    const reply = await fetch(`${url}/economic-returns/bulk`, { method: 'POST', headers, body: JSON.stringify({ returns }) });
    const body = (await reply.json()) as { accepted: number };
    if (body.accepted !== 1000) throw new Error(`bulk accepted ${body.accepted} of 1000`);
  }
  return (requests * 1000) / (Number(process.hrtime.bigint() - started) / 1e9);
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
