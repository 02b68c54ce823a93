import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { createKafka } from '../kafka/create-kafka';
import { metricValue } from '../testing/kafka-probes';
import { appendRoundRobin, outboxBacklog } from '../testing/outbox-sql';
import { probeStreams, randomName } from '../testing/probe-events';
import { distinctEvents, readTopicUntil, versionsByStream } from '../testing/read-topic';
import { freshDatabase, freshTopic, silentLogger, stack, waitFor, type TestDatabase } from '../testing/test-stack';
import { OutboxRelay } from './outbox-relay';

const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);

describe('a running relay while the broker is down', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let topic: string;
  let relay: OutboxRelay;
  const registry = new Registry();

  beforeAll(async () => {
    db = await freshDatabase('msg_outage');
    kafka = createKafka({ brokers: stack.connection().kafkaBrokers, clientId: 'outage-test', logger: silentLogger });
    topic = await freshTopic(kafka, 'outage', 6);
    relay = new OutboxRelay({
      database: db.dataSource,
      kafka,
      batchSize: 200,
      pollIntervalMs: 200,
      maxBackoffMs: 2000,
      registry,
      logger: silentLogger,
    });
    relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await db?.drop();
  });

  it('keeps accepting appends and publishes all 1,000 in stream order once the broker is back', async () => {
    const streams = probeStreams(randomName('outage-stream'), 50, 20);
    try {
      await stack.stopKafka();
      await appendRoundRobin(db.pool, topic, streams);
      expect(await outboxBacklog(db.pool)).toBe(1000);
      expect(await metricValue(registry, 'outbox_backlog')).toBe(1000);
      expect(await metricValue(registry, 'outbox_oldest_age_seconds')).toBeGreaterThan(0);
    } finally {
      await stack.startKafka();
    }

    await waitFor(() => outboxBacklog(db.pool), (n) => n === 0, { timeoutMs: 120_000, what: 'the backlog to drain' });
    const messages = await readTopicUntil(kafka, topic, (m) => distinctEvents(m) >= 1000);
    const byStream = versionsByStream(messages);
    expect(byStream.size).toBe(50);
    for (const versions of byStream.values()) expect(versions).toEqual(oneToTwenty);
    expect(await metricValue(registry, 'outbox_published_total')).toBe(1000);
    expect(await metricValue(registry, 'outbox_backlog')).toBe(0);
  });
});
