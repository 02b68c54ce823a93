// On the local 3-broker KRaft cluster (RF 3, min.insync.replicas 2), under a steady load of
// commands through the projects service: kill -9 one broker and start it again, then kill -9 the
// controller quorum's leader and start it again. Every accepted command's event is on the topic
// exactly once, reporting's figure equals the client's own count, and nothing is parked.
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EventEnvelope } from '@park-ledger/contracts';
import { topicFor } from '@park-ledger/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';
import { repoRoot, spawnService, waitForStatus, type RunningService } from '../support/service-process';

jest.setTimeout(300_000);

const { cluster } = stack;
const occurredAt = '2014-05-01T09:00:00+08:00';

describe('the projects topic on a 3-broker cluster while brokers die', () => {
  const prefix = `cluster-${randomSuffix()}.`;
  const topic = topicFor('projects', prefix);
  let projects: RunningService;
  let reporting: RunningService;
  let projectsDb: string;
  let reportingDb: string;
  const kafka = new Kafka({ clientId: `cluster-test-${randomSuffix()}`, brokers: stack.connection().kafkaBrokers, logLevel: logLevel.NOTHING });
  const token = stack.token({ roles: ['submitter'], department: 'projects' });
  const reader = stack.token({ roles: ['reader'] });

  beforeAll(async () => {
    expect(cluster.active()).toBe(true);
    projectsDb = await stack.createDatabase(`cluster_projects_${randomSuffix()}`);
    reportingDb = await stack.createDatabase(`cluster_reporting_${randomSuffix()}`);
    projects = spawnService('projects', { ...stack.serviceEnv('projects'), DATABASE_URL: projectsDb, KAFKA_TOPIC_PREFIX: prefix });
    reporting = spawnService('reporting', {
      ...stack.serviceEnv('reporting'),
      DATABASE_URL: reportingDb,
      KAFKA_TOPIC_PREFIX: prefix,
      REPORTING_CONSUMER_GROUP: `cluster-${randomSuffix()}`,
      KAFKA_TOPIC_PARTITIONS: '3',
    });
    await Promise.all([projects, reporting].map((s) => waitForStatus(`${s.url}/health/ready`, 200, 180_000)));
  });

  let passed = false;
  afterAll(async () => {
    await Promise.all([projects, reporting].map((s) => s?.stop()));
    if (!passed) {
      // what the services said (the relay logs each failed batch), for whoever reads a red run
      const dir = path.join(repoRoot, '.local', 'test-results');
      mkdirSync(dir, { recursive: true });
      for (const s of [projects, reporting]) if (s) writeFileSync(path.join(dir, `cluster-${s.name}.log`), s.output());
      // and the brokers' own logs (leader epochs, ISR changes, truncation)
      for (const id of [1, 2, 3]) {
        const log = path.join(repoRoot, '.local', 'kafka-cluster', `node-${id}`, 'server.log');
        if (existsSync(log)) copyFileSync(log, path.join(dir, `cluster-node-${id}.log`));
      }
      process.stdout.write(`cluster test: the services' and brokers' output is in ${dir}/cluster-*.log\n`);
    }
  });

  const sql = async <T extends Record<string, unknown>>(url: string, text: string) => {
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      return (await db.query<T>(text)).rows;
    } finally {
      await db.end();
    }
  };

  it('keeps every accepted command once through a broker kill and a controller-leader kill', async () => {
    const admin = kafka.admin();
    await admin.connect();
    const meta = await admin.fetchTopicMetadata({ topics: [topic] }).catch(() => undefined);
    const configs = await admin.describeConfigs({ resources: [{ type: 2, name: topic }], includeSynonyms: false });
    await admin.disconnect();
    // the services created their topic leaving the factor to the brokers: RF 3 on this cluster
    expect(meta?.topics[0].partitions.every((p) => p.replicas.length === 3)).toBe(true);
    // and the durability settings in force on it (the brokers' defaults): min ISR 2, no unclean election
    const setting = (name: string) => configs.resources[0].configEntries.find((c) => c.configName === name)?.configValue;
    expect({ minIsr: setting('min.insync.replicas'), unclean: setting('unclean.leader.election.enable') }).toEqual({ minIsr: '2', unclean: 'false' });

    const accepted = new Set<string>();
    let refused = 0;
    let producing = true;
    const tag = `c${randomUUID().slice(0, 8)}`;
    const load = (async () => {
      for (let n = 0; producing; n++) {
        const id = `${tag}-${n}`;
        const res = await fetch(`${projects.url}/milestones`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': id },
          body: JSON.stringify({ milestoneId: id, occurredAt, kind: 'exhibition', titleZh: '参加药交会', date: '2014-04-20' }),
        }).catch(() => undefined);
        if (res?.status === 200) accepted.add(`milestone-${id}`);
        else refused++;
        await res?.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    await pause(5000);
    const leader = cluster.controllerLeader();
    const follower = [1, 2, 3].find((id) => id !== leader)!;
    await cluster.killNode(follower);
    await pause(8000);
    await cluster.restartNode(follower);
    await pause(5000);
    const newLeader = cluster.controllerLeader();
    expect(newLeader).toBeGreaterThan(0);
    await cluster.killNode(newLeader);
    await waitFor(async () => cluster.controllerLeader() !== newLeader && cluster.controllerLeader() > 0, { timeoutMs: 60_000, what: 'a new controller leader' });
    await pause(5000);
    await cluster.restartNode(newLeader);
    await pause(3000);
    producing = false;
    await load;
    process.stdout.write(`cluster test: ${accepted.size} commands accepted, ${refused} not (HTTP errors are allowed; nothing accepted may be lost)\n`);
    expect(accepted.size).toBeGreaterThan(100);

    // the outbox drains and reporting catches up
    await waitFor(async () => (await sql<{ n: number }>(projectsDb, 'select count(*)::int as n from event_store.outbox where published_at is null'))[0].n === 0, {
      timeoutMs: 120_000,
      what: 'the outbox to drain',
    });
    const stored = await sql<{ stream_id: string }>(projectsDb, `select stream_id from event_store.events where stream_id like 'milestone-${tag}-%'`);
    expect(new Set(stored.map((r) => r.stream_id))).toEqual(accepted);

    // the topic: every stored event exactly once
    const onTopic = new Map<string, number>();
    const admin2 = kafka.admin();
    await admin2.connect();
    const ends = await admin2.fetchTopicOffsets(topic);
    await admin2.disconnect();
    const total = ends.reduce((sum, p) => sum + Number(p.high), 0);
    const consumer = kafka.consumer({ groupId: `cluster-reader-${randomSuffix()}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let read = 0;
    await consumer.run({
      eachMessage: async ({ message }) => {
        read++;
        const e = JSON.parse(message.value!.toString()) as EventEnvelope;
        if (e.streamId.startsWith(`milestone-${tag}-`)) onTopic.set(e.eventId, (onTopic.get(e.eventId) ?? 0) + 1);
      },
    });
    await waitFor(async () => read >= total, { timeoutMs: 60_000, what: `all ${total} messages read` });
    await consumer.disconnect();
    expect(read).toBe(total);
    expect(onTopic.size).toBe(accepted.size);
    expect([...onTopic.values()].filter((count) => count !== 1)).toEqual([]);

    // reporting: its figure equals the client's own count, nothing parked
    const figure = async () => {
      const res = await fetch(`${reporting.url}/figures?year=2014`, { headers: { authorization: `Bearer ${reader}` } });
      const body = (await res.json()) as { figures: { figure: string; value: number | null }[] };
      return body.figures.find((f) => f.figure === 'milestones.recorded')?.value ?? 0;
    };
    await waitFor(async () => (await figure()) === accepted.size, { timeoutMs: 120_000, intervalMs: 500, what: `milestones.recorded = ${accepted.size}` });
    expect(await sql<{ n: number }>(reportingDb, 'select count(*)::int as n from consumer.parked_events')).toEqual([{ n: 0 }]);
    passed = true;
  });
});
