// On the local 3-broker cluster (RF 3, min ISR 2): a partition leader hangs while the relay's batch
// is on the wire to it, then is kill -9ed. kafkajs 2.2.4's sendBatch used to resolve such a batch
// without the hung leader's partitions (their retry went to a broker that had already answered for
// its own partitions): the relay marked them published, and they were never on the topic. The relay
// now marks only what Kafka acknowledged (acknowledged-send.ts).
import type { Admin, Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { insertEvents, outboxBacklog } from '../testing/outbox-sql';
import { probeEnvelope, randomName } from '../testing/probe-events';
import { readTopicUntil, versionsByStream } from '../testing/read-topic';
import { freshDatabase, freshTopic, quietLogger, stack, testKafka, topicMessageCount, waitFor, type TestDatabase } from '../testing/test-stack';
import { OutboxRelay } from './outbox-relay';

const { cluster } = stack;

describe('the relay when a partition leader hangs and dies mid-send (3 brokers)', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let admin: Admin;
  let topic: string;
  let relay: OutboxRelay | undefined;
  let victim: number | undefined;

  beforeAll(async () => {
    expect(cluster.active()).toBe(true);
    db = await freshDatabase('msg_leader');
    kafka = testKafka('relay-leader-loss-test');
    topic = await freshTopic(kafka, 'leaderloss', 6);
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    await relay?.stop();
    if (victim !== undefined) {
      await cluster.killNode(victim); // a frozen node is ended; a killed one stays gone
      await cluster.restartNode(victim);
    }
    await admin?.disconnect();
    await db?.drop();
  });

  const leaders = async () => {
    const fresh = kafka.admin(); // a new client: no cached metadata
    await fresh.connect();
    try {
      return (await fresh.fetchTopicMetadata({ topics: [topic] })).topics[0].partitions;
    } finally {
      await fresh.disconnect();
    }
  };

  it('marks only what Kafka acknowledged: every row on the topic exactly once, in stream order', async () => {
    const partitions = await leaders();
    expect(partitions.map((p) => p.replicas.length)).toEqual([3, 3, 3, 3, 3, 3]);
    const configs = await admin.describeConfigs({ resources: [{ type: 2, name: topic }], includeSynonyms: false });
    const setting = (name: string) => configs.resources[0].configEntries.find((c) => c.configName === name)?.configValue;
    expect({ minIsr: setting('min.insync.replicas'), unclean: setting('unclean.leader.election.enable') }).toEqual({ minIsr: '2', unclean: 'false' });

    relay = new OutboxRelay({ database: db.pool, kafka, batchSize: 500, pollIntervalMs: 100, leaderRetryMs: 50, registry: new Registry(), logger: quietLogger });
    relay.start();
    const streams = Array.from({ length: 30 }, () => randomName('leaderloss'));
    // warm-up: the relay's producer knows every leader and is connected to all three brokers
    await insertEvents(db.pool, topic, streams.map((s) => probeEnvelope(s, 1)));
    await waitFor(() => outboxBacklog(db.pool), (n) => n === 0, { what: 'the warm-up batch published' });

    // the leader of partition 0 (and of others) hangs: its connections stay open, nothing answers
    victim = partitions[0].leader;
    expect(new Set(partitions.map((p) => p.leader)).size).toBeGreaterThan(1); // the batch spans brokers
    cluster.freezeNode(victim);
    await insertEvents(db.pool, topic, streams.flatMap((s) => [probeEnvelope(s, 2), probeEnvelope(s, 3)]));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the batch is on the wire to the hung leader
    await cluster.killNode(victim);

    await waitFor(() => outboxBacklog(db.pool), (n) => n === 0, { timeoutMs: 150_000, what: 'the outbox to drain after the leader died' });
    // everything written to the topic (duplicates included), once every partition has its new leader
    const written = await waitFor(
      async () => {
        const moved = await leaders().then((ps) => ps.every((p) => p.leader !== victim && p.leader >= 0), () => false);
        return moved ? topicMessageCount(kafka, topic).catch(() => -1) : -1;
      },
      (n) => n >= 0,
      { timeoutMs: 60_000, what: 'new leaders for the dead one\'s partitions' },
    );
    const messages = await readTopicUntil(kafka, topic, (m) => m.length >= written, 60_000);
    const count = new Map<string, number>();
    for (const m of messages) count.set(m.envelope.eventId, (count.get(m.envelope.eventId) ?? 0) + 1);
    expect(count.size).toBe(90);
    expect([...count.values()].filter((n) => n !== 1)).toEqual([]);
    for (const versions of versionsByStream(messages).values()) expect(versions).toEqual([1, 2, 3]);

    await cluster.restartNode(victim);
    victim = undefined;
  });
});
