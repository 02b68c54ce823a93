// Reporting throughput with 1, 2 and 3 instances in one consumer group, side by side in one run: for
// each N, fresh topics (3 departments × 3 partitions), database and group; N built reporting services
// (dist/, as `npm start --scale reporting=N` runs them) joined and the group stable; then EVENTS signed
// department events produced at once, and the clock runs until the group has committed them all.
// The CPU the instances used is read from /proc: on a machine with fewer cores than instances the
// ratio is bounded by the cores, so events per CPU-second is printed beside events/s.
// Run (after `npx nx run-many -t build -p reporting`, with the stack up; `npm run stack -- up --brokers 3`
// for the 3-broker figures): node -r @swc-node/register bench/reporting-scale.bench.ts
// (env: EVENTS or BENCH_SIZE, default 30000; INSTANCES, default "1,2,3")
import os from 'node:os';
import { Partitioners, type Message } from 'kafkajs';
import type { EventEnvelope } from '@park-ledger/contracts';
import { publishedAsDepartment } from '@park-ledger/messaging';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';
import { recordEvents } from '../tests/reporting/generated-events';
import { committed, reportingSetup, startReportingProcess, type ReportingSetup } from '../tests/reporting/reporting-process';
import type { RunningService } from '../tests/support/service-process';
import { cpuSeconds } from './support/processes';
import { attempt, finish, sizeFrom } from './support/report';

const EVENTS = sizeFrom('EVENTS', 30_000);
const COUNTS = (process.env['INSTANCES'] ?? '1,2,3').split(',').map(Number);
const published = publishedAsDepartment((department) => stack.eventSigningKey(department));

interface Row {
  readonly instances: number;
  readonly events: number;
  readonly produceSeconds: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/** At least `count` events of the generated record mix (projects, safety, land), grouped by topic. */
function eventsFor(setup: ReportingSetup, count: number): Map<string, Message[]> {
  const tag = `scale${randomSuffix()}`;
  const zones = [`${tag}-a`, `${tag}-b`, `${tag}-c`];
  const byTopic = new Map<string, Message[]>(setup.topics.map((t) => [t, []]));
  const topicOf = (e: EventEnvelope) => setup.topics.find((t) => t.includes(`.${e.department}.`))!;
  let n = 0;
  for (let i = 0; n < count; i++) {
    for (const e of recordEvents(i, zones, tag)) {
      byTopic.get(topicOf(e))!.push(published(e));
      n++;
    }
  }
  return byTopic;
}

async function groupStable(setup: ReportingSetup, members: number): Promise<void> {
  const admin = setup.kafka.admin();
  await admin.connect();
  try {
    await waitFor(
      async () => {
        const { groups } = await admin.describeGroups([setup.groupId]);
        return groups[0]?.state === 'Stable' && groups[0].members.length === members;
      },
      { timeoutMs: 120_000, intervalMs: 250, what: `the group stable with ${members} members` },
    );
  } finally {
    await admin.disconnect();
  }
}

async function measure(instances: number): Promise<Row> {
  const setup = await reportingSetup();
  const running: RunningService[] = [];
  try {
    running.push(...(await Promise.all(Array.from({ length: instances }, () => startReportingProcess(setup)))));
    await groupStable(setup, instances);
    const byTopic = eventsFor(setup, EVENTS);
    const total = [...byTopic.values()].reduce((sum, m) => sum + m.length, 0);
    const producer = setup.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true });
    await producer.connect();
    const pids = running.map((s) => s.child.pid!);
    const cpu = () => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
    const cpu0 = cpu();
    const t0 = performance.now();
    // as fast as the producer goes: the three topics in parallel, 2,000 messages a request (1 MB requests)
    await Promise.all(
      [...byTopic].map(async ([topic, messages]) => {
        for (let i = 0; i < messages.length; i += 2000) await producer.send({ topic, acks: -1, messages: messages.slice(i, i + 2000) });
      }),
    );
    const produced = performance.now();
    await producer.disconnect();
    await waitFor(async () => (await committed(setup)) >= total, { timeoutMs: 900_000, intervalMs: 100, what: `${total} events committed by ${instances}` });
    const t1 = performance.now();
    return { instances, events: total, produceSeconds: (produced - t0) / 1000, seconds: (t1 - t0) / 1000, cpuSeconds: cpu() - cpu0 };
  } finally {
    await Promise.all(running.map((s) => s.stop()));
  }
}

finish(async () => {
  const kafka = await stack.status().then((s) => s.kafka);
  const rows: Row[] = [];
  for (const n of COUNTS) {
    const row = await attempt(`${n} instance(s)`, () => measure(n));
    if (row) rows.push(row);
  }
  const base = rows.find((r) => r.instances === 1);
  const rate = (r: Row) => r.events / r.seconds;
  console.log(`\nreporting throughput by instances in one group (${EVENTS} events; Kafka ${kafka.brokers.length} broker(s); ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)})`);
  console.log('| instances | events | produce s | until all committed s | drain after produce s | events/s | ratio to 1 | CPU s (instances) | cores busy | events per CPU-s |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.instances} | ${r.events} | ${r.produceSeconds.toFixed(1)} | ${r.seconds.toFixed(1)} | ${(r.seconds - r.produceSeconds).toFixed(1)} | ${rate(r).toFixed(0)} | ${base ? (rate(r) / rate(base)).toFixed(2) : '-'} | ${r.cpuSeconds.toFixed(1)} | ${(r.cpuSeconds / r.seconds).toFixed(2)} | ${(r.events / r.cpuSeconds).toFixed(0)} |`,
    );
  }
  console.log('(events/s counts from the first produced event to the last committed one; "cores busy" = the instances\' CPU seconds / that time)');
});
