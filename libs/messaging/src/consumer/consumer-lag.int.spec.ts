import type { EventEnvelope } from '@park-ledger/contracts';
import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import type { EntityManager } from 'typeorm';
import { toKafkaMessage } from '../kafka/envelope-codec';
import { metricValue, produceRaw } from '../testing/kafka-probes';
import { probeEnvelope, probeRegistry, randomName } from '../testing/probe-events';
import { appliedCount, createProbeReadModel, probeHandler } from '../testing/probe-read-model';
import { freshDatabase, freshTopic, quietLogger, testKafka, waitFor, type TestDatabase } from '../testing/test-stack';
import { ExactlyOnceConsumer } from './exactly-once-consumer';

describe('consumer_lag while no batch completes', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let consumer: ExactlyOnceConsumer;
  let topic: string;
  const registry = new Registry();
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let entered = false;

  beforeAll(async () => {
    db = await freshDatabase('msg_lag');
    await createProbeReadModel(db.pool);
    kafka = testKafka('lag-test');
    topic = await freshTopic(kafka, 'lag', 1);
    await produceRaw(kafka, topic, [toKafkaMessage(probeEnvelope(randomName('first'), 1))]);
    consumer = new ExactlyOnceConsumer({
      kafka,
      groupId: randomName('lag'),
      topics: [topic],
      dataSource: db.dataSource,
      eventRegistry: probeRegistry,
      // the first event's handler waits at the gate: its batch, and every batch after it, stays open
      handler: async (event: EventEnvelope, manager: EntityManager) => {
        entered = true;
        await gate;
        await probeHandler(event, manager);
      },
      lagIntervalMs: 200,
      registry,
      logger: quietLogger,
    });
    await consumer.start();
  });

  afterAll(async () => {
    release();
    await consumer?.stop();
    await db?.drop();
  });

  it('is measured from the broker on a timer, so a stuck consumer shows its backlog', async () => {
    await waitFor(async () => entered, (yes) => yes, { what: 'the first event at the gate' });
    await produceRaw(
      kafka,
      topic,
      Array.from({ length: 5 }, () => toKafkaMessage(probeEnvelope(randomName('more'), 1))),
    );
    // nothing committed yet: all six messages are behind, though no batch has finished to say so
    await waitFor(() => metricValue(registry, 'consumer_lag', { topic }), (lag) => lag === 6, { what: 'consumer_lag 6' });
    expect(await appliedCount(db.pool)).toBe(0);
  });

  it('falls to zero once the consumer catches up', async () => {
    release();
    await waitFor(() => appliedCount(db.pool), (n) => n === 6, { what: 'all six applied' });
    await waitFor(() => metricValue(registry, 'consumer_lag', { topic }), (lag) => lag === 0, { what: 'consumer_lag 0' });
  });
});
