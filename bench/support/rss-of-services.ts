// RSS of the five services as production runs them (from dist/, `npx nx run-many -t build` first):
// each idle once ready, then every one's peak while POST /projects is offered at INGEST_RSS_RATE
// (default 200/s) for INGEST_RSS_SECONDS (default 15) — the projects service takes the commands, its
// relay publishes them and reporting projects them; land, safety and office stay idle.
// Run: node -r @swc-node/register bench/support/rss-of-services.ts   (not part of `npm test`'s bench step)
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import path from 'node:path';
import { stack } from '@park-ledger/test-support';
import { freePort, memoryOf, openLoop, stopProcess, untilAnswers } from './processes';

const root = path.resolve(__dirname, '../..');
const apps = ['projects', 'land', 'safety', 'reporting', 'office'] as const;
const RATE = Number(process.env['INGEST_RSS_RATE'] ?? 200);
const SECONDS = Number(process.env['INGEST_RSS_SECONDS'] ?? 15);
const occurredAt = '2024-03-01T00:00:00.000Z';

async function start(app: (typeof apps)[number]) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'dist/apps', app, 'apps', app, 'src/main.js')], {
    env: {
      ...process.env,
      ...stack.serviceEnv(app),
      DATABASE_URL: await stack.createDatabase(`bench_rss_${app}_${randomBytes(4).toString('hex')}`),
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await untilAnswers(`${url}/health/ready`, child, 120_000);
  return { app, child, url };
}

async function main() {
  const loadAtStart = loadavg()[0];
  const services: { app: string; child: ChildProcess; url: string }[] = [];
  try {
    for (const app of apps) services.push(await start(app));
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const idle = services.map((s) => memoryOf(s.child.pid!).rssMb);
    const projects = services[0];
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${stack.token({ roles: ['submitter'], department: 'projects', sub: 'bench-clerk' })}` };
    for (const [p, body] of [
      ['/zones', { zoneId: 'fucheng-pharma', occurredAt, nameZh: '福城医药园' }],
      ['/zones/fucheng-pharma/add-platform', { platformId: 'pharma-startup-park', occurredAt, nameZh: '医药创业园' }],
    ] as const) {
      const res = await fetch(`${projects.url}${p}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`POST ${p}: ${res.status} ${await res.text()}`);
    }
    const peak = services.map(() => 0);
    const sample = setInterval(() => services.forEach((s, i) => (peak[i] = Math.max(peak[i], memoryOf(s.child.pid!).rssMb))), 250);
    const result = await openLoop({
      url: projects.url,
      rate: RATE,
      duration: SECONDS,
      connections: 32,
      request: {
        method: 'POST', path: '/projects', headers,
        body: { occurredAt, nameZh: '年产3000吨中药饮片项目', zoneId: 'fucheng-pharma', platformId: 'pharma-startup-park', industry: 'pharma', investorNameZh: '江西仁和药业有限公司', plannedInvestmentYuan: 150_000_000 },
      },
      unique: { field: 'projectId', prefix: `rss-${randomBytes(3).toString('hex')}` },
    });
    await new Promise((resolve) => setTimeout(resolve, 3000)); // the relay and the projection catch up
    clearInterval(sample);
    services.forEach((s, i) => (peak[i] = Math.max(peak[i], memoryOf(s.child.pid!).peakMb)));
    console.log(`\nPOST /projects offered ${RATE}/s for ${SECONDS} s: answered ${Math.round(result.rate)}/s, p50 ${result.p50} ms, p99 ${result.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`);
    console.log('\n| service | RSS idle MB | RSS peak under ingest MB (VmHWM) |\n|---|---:|---:|');
    services.forEach((s, i) => console.log(`| ${s.app} | ${idle[i]} | ${peak[i]} |`));
    console.log(`\nload average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${loadavg()[0].toFixed(2)}`);
  } finally {
    for (const s of services) await stopProcess(s.child);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
