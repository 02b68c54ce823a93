/**
 * HTTP ingest: POST /projects (one command per request) against a no-op Nest route and a raw pg append,
 * side by side in one run on the local stack, plus the bulk endpoint's events/s. About 80 s.
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/ingest.bench.ts
 * (the tsconfig gives the path aliases and decorator metadata). The machine's load average is printed
 * with the results: on a shared 2-core machine, other work moves every column.
 */
import { Controller, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { topicFor } from '@park-ledger/contracts';
import { createService } from '@park-ledger/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { Pool } from 'pg';
import { projectsService } from '../apps/projects/src/service';

type Stack = {
  createDatabase(name: string): Promise<string>;
  serviceEnv(service: string): Record<string, string>;
  token(claims: { roles: string[]; department?: string; sub?: string }): string;
};
type CannonResult = { requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number };
type Cannon = (options: Record<string, unknown>) => Promise<CannonResult>;
const stack: Stack = require('../tools/stack.js');
const autocannon: Cannon = require('autocannon');

const CONNECTIONS = [1, 4, 16, 48];
const SECONDS = 4;
const P99_BUDGET_MS = 50;
const occurredAt = '2014-05-01T09:30:00+08:00';

interface Step {
  readonly connections: number;
  readonly rate: number;
  readonly p99: number;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

@Controller()
class NoopController {
  @Post('noop')
  @HttpCode(200)
  noop() {
    return {};
  }
}
@Module({ controllers: [NoopController] })
class NoopModule {}

const cannon = async (url: string, connections: number, request: Record<string, unknown>): Promise<Step> => {
  const result = await autocannon({ url, connections, duration: SECONDS, requests: [request] });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { connections, rate: result.requests.average, p99: result.latency.p99 };
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
          `insert into event_store.events (event_id, stream_id, stream_version, type, schema_version, occurred_at, recorded_at,
             department, actor, correlation_id, causation_id, payload) values ($1, $2, 1, $3, 1, $4, $5, 'projects', 'bench', 'bench', null, $6)`,
          [eventId, streamId, envelope.type, occurredAt, envelope.recordedAt, JSON.stringify(envelope.payload)],
        );
        await client.query(`insert into event_store.outbox (event_id, topic, message_key, envelope) values ($1, $2, $3, $4)`, [
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
  const port = await freePort();
  Object.assign(process.env, stack.serviceEnv('projects'), { DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn' });
  const service = await createService(projectsService);
  await service.listen(port, '127.0.0.1');
  const noop = await NestFactory.create(NoopModule, { logger: false });
  const noopPort = await freePort();
  await noop.listen(noopPort, '127.0.0.1');
  const pool = new Pool({ connectionString: databaseUrl, max: 20 });

  const token = stack.token({ roles: ['submitter'], department: 'projects', sub: 'bench-clerk' });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const run = randomBytes(3).toString('hex');
  let next = 0;
  const registerLead = {
    method: 'POST',
    path: '/projects',
    headers,
    setupRequest: (request: Record<string, unknown>) => ({
      ...request,
      body: JSON.stringify({
        projectId: `bench-${run}-${next++}`, occurredAt, nameZh: '年产3000吨中药饮片项目', zoneId: 'fucheng-pharma',
        platformId: 'pharma-startup-park', industry: 'pharma', investorNameZh: '江西仁和药业有限公司', plannedInvestmentYuan: 150_000_000,
      }),
    }),
  };
  await registerZone(`http://127.0.0.1:${port}`, headers);
  const noopRequest = { method: 'POST', path: '/noop', headers: { 'content-type': 'application/json' }, body: '{"a":1}' };

  await cannon(`http://127.0.0.1:${port}`, 4, registerLead); // warm-up
  const table: Record<string, Step[]> = { noop: [], raw: [], ours: [] };
  for (const connections of CONNECTIONS) {
    table.noop.push(await cannon(`http://127.0.0.1:${noopPort}`, connections, noopRequest));
    table.raw.push(await rawAppend(pool, connections));
    table.ours.push(await cannon(`http://127.0.0.1:${port}`, connections, registerLead));
    console.error(`done: ${connections} connection(s)`);
  }
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

  const bulkEvents = await bulkRate(`http://127.0.0.1:${port}`, headers, run);
  const [noopBest, rawBest, oursBest] = [best(table.noop), best(table.raw), best(table.ours)];
  const summary = { noop: noopBest, raw: rawBest, 'POST /projects': oursBest };
  console.table(Object.entries(summary).map(([name, s]) => ({ name, 'best rate with p99 <= 50 ms': s ? Math.round(s.rate) : 'none', connections: s?.connections ?? '-', 'p99 ms': s?.p99 ?? '-' })));
  const floor = Math.min(noopBest?.rate ?? Infinity, rawBest?.rate ?? Infinity);
  console.log(`ours / min(noop, raw) = ${oursBest ? (oursBest.rate / floor).toFixed(2) : 'n/a'}`);
  console.log(`bulk: ${Math.round(bulkEvents)} events/s (1,000 returns per request)`);
  console.log(`load average (1 min) at start ${startLoad.toFixed(2)}, at end ${loadavg()[0].toFixed(2)}`);

  await pool.end();
  await noop.close();
  await service.close();
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
