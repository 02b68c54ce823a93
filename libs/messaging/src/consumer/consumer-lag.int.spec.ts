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

describe('consumer_lag with two instances in one group', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let topic: string;
  const registries = [new Registry(), new Registry()];
  const consumers: ExactlyOnceConsumer[] = [];

  beforeAll(async () => {
    db = await freshDatabase('msg_lag_owned');
    await createProbeReadModel(db.pool);
    kafka = testKafka('lag-owned-test');
    topic = await freshTopic(kafka, 'lag_owned', 4);
    const groupId = randomName('lag-owned');
    for (const registry of registries) {
      const consumer = new ExactlyOnceConsumer({
        kafka,
        groupId,
        topics: [topic],
        dataSource: db.dataSource,
        eventRegistry: probeRegistry,
        handler: probeHandler,
        lagIntervalMs: 200,
        sessionTimeoutMs: 6000,
        registry,
        logger: quietLogger,
      });
      consumers.push(consumer);
      await consumer.start();
    }
  });

  afterAll(async () => {
    await Promise.all(consumers.map((c) => c.stop()));
    await db?.drop();
  });

  const partitionsIn = async (registry: Registry) => {
    const metric = registry.getSingleMetric('consumer_lag');
    return (await metric!.get()).values.filter((v) => v.labels['topic'] === topic).map((v) => Number(v.labels['partition'])).sort();
  };

  it('is exported by each instance for the partitions it owns only, and moves with them', async () => {
    const owned = await waitFor(
      () => Promise.all(registries.map(partitionsIn)),
      ([a, b]) => a.length > 0 && b.length > 0 && a.length + b.length === 4,
      { what: 'both instances exporting lag for their own partitions' },
    );
    expect([...owned[0], ...owned[1]].sort()).toEqual([0, 1, 2, 3]);
    expect(owned[0].filter((p) => owned[1].includes(p))).toEqual([]);

    // the second leaves: the first takes all four, the second exports none
    await consumers[1].stop();
    await waitFor(() => partitionsIn(registries[0]), (p) => p.length === 4, { what: 'the first instance owning all four' });
    expect(await partitionsIn(registries[1])).toEqual([]);
  });
});
