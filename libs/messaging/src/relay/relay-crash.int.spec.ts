import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { ExactlyOnceConsumer } from '../consumer/exactly-once-consumer';
import { runScript, type Child } from '../testing/child-process';
import { committedCount, metricValue } from '../testing/kafka-probes';
import { appendRoundRobin, outboxBacklog } from '../testing/outbox-sql';
import { probeRegistry, probeStreams, randomName } from '../testing/probe-events';
import { appliedCount, createProbeReadModel, probeHandler } from '../testing/probe-read-model';
import {
  freshDatabase,
  freshTopic,
  quietLogger,
  stack,
  testKafka,
  topicMessageCount,
  waitFor,
  type TestDatabase,
} from '../testing/test-stack';

describe('a relay process killed after Kafka acked a batch, before marking it', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let topic: string;
  let restarted: Child | undefined;
  let consumer: ExactlyOnceConsumer | undefined;
  const env = () => ({ DATABASE_URL: db.url, KAFKA_BROKERS: stack.connection().kafkaBrokers.join(','), RELAY_BATCH_SIZE: '40' });

  beforeAll(async () => {
    db = await freshDatabase('msg_relay_crash');
    await createProbeReadModel(db.pool);
    kafka = testKafka('relay-crash-test');
    topic = await freshTopic(kafka, 'relay_crash', 3);
    await appendRoundRobin(db.pool, topic, probeStreams(randomName('relay-crash-stream'), 10, 10));
  });

  afterAll(async () => {
    await consumer?.stop();
    await restarted?.stop();
    await db?.drop();
  });

  it('publishes that batch again after restart, and the consumer applies each event once', async () => {
    const crashing = runScript('run-relay.ts', { ...env(), PARK_FAILPOINTS: 'relay-after-send' });
    expect((await crashing.exited).signal).toBe('SIGKILL');
    expect(await outboxBacklog(db.pool)).toBe(100);
    expect(await topicMessageCount(kafka, topic)).toBe(40);

    restarted = runScript('run-relay.ts', env());
    await waitFor(() => outboxBacklog(db.pool), (n) => n === 0, { what: 'the restarted relay to drain the outbox' });
    expect(await topicMessageCount(kafka, topic)).toBe(140);

    const registry = new Registry();
    const groupId = randomName('relay-crash-reader');
    consumer = new ExactlyOnceConsumer({
      kafka,
      groupId,
      topics: [topic],
      dataSource: db.dataSource,
      eventRegistry: probeRegistry,
      handler: probeHandler,
      registry,
      logger: quietLogger,
    });
    await consumer.start();
    await waitFor(() => committedCount(kafka, groupId, topic), (n) => n === 140, { what: 'all 140 messages consumed' });
    expect(await appliedCount(db.pool)).toBe(100);
    expect(await metricValue(registry, 'consumer_duplicates_total')).toBe(40);
  });
});
