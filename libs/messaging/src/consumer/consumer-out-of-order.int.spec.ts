import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { toKafkaMessage } from '../kafka/envelope-codec';
import { committedCount, metricValue, produceRaw } from '../testing/kafka-probes';
import { probeRegistry, probeEnvelope, randomName } from '../testing/probe-events';
import { appliedVersions, createProbeReadModel, probeHandler } from '../testing/probe-read-model';
import { freshDatabase, freshTopic, quietLogger, testKafka, waitFor, type TestDatabase } from '../testing/test-stack';
import { createConsumerTables } from './consumer-migrations';
import { ExactlyOnceConsumer } from './exactly-once-consumer';

describe('a stream delivered out of order and with duplicates (v1, v3, v2, v2, v1)', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let topic: string;
  let consumer: ExactlyOnceConsumer;
  const registry = new Registry();
  const groupId = randomName('order');
  const stream = randomName('order-stream');
  const orphan = randomName('orphan-stream');

  beforeAll(async () => {
    db = await freshDatabase('msg_order');
    await createProbeReadModel(db.pool);
    kafka = testKafka('order-test');
    topic = await freshTopic(kafka, 'order', 1);
    const [v1, v2, v3] = [1, 2, 3].map((v) => probeEnvelope(stream, v));
    const orphanV2 = probeEnvelope(orphan, 2);
    await produceRaw(kafka, topic, [v1, v3, v2, v2, v1, orphanV2].map(toKafkaMessage));
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
    await waitFor(() => committedCount(kafka, groupId, topic), (n) => n === 6, { what: 'all 6 offsets committed' });
  });

  afterAll(async () => {
    await consumer?.stop();
    await db?.drop();
  });

  it('applies versions 1, 2, 3 in order, each exactly once', async () => {
    expect(await appliedVersions(db.pool, stream)).toEqual([1, 2, 3]);
    const { rows } = await db.pool.query('select version from consumer.stream_positions where stream_id = $1', [stream]);
    expect(rows).toEqual([{ version: 3 }]);
  });

  it('counts the two redeliveries as duplicates', async () => {
    expect(await metricValue(registry, 'consumer_duplicates_total')).toBe(2);
    expect(await metricValue(registry, 'consumer_applied_total')).toBe(3);
  });

  it('lets a second group with its own schema (a rebuild) apply the stream again, separately', async () => {
    await createConsumerTables(db.dataSource, 'rebuild_v2');
    const rebuildGroup = randomName('order-rebuild');
    const rebuild = new ExactlyOnceConsumer({
      kafka,
      groupId: rebuildGroup,
      topics: [topic],
      dataSource: db.dataSource,
      schema: 'rebuild_v2',
      eventRegistry: probeRegistry,
      handler: probeHandler,
      logger: quietLogger,
    });
    await rebuild.start();
    try {
      await waitFor(() => committedCount(kafka, rebuildGroup, topic), (n) => n === 6, { what: 'the rebuild to catch up' });
    } finally {
      await rebuild.stop();
    }
    expect(await appliedVersions(db.pool, stream)).toEqual([1, 2, 3, 1, 2, 3]);
    const { rows } = await db.pool.query('select version from rebuild_v2.stream_positions where stream_id = $1', [stream]);
    expect(rows).toEqual([{ version: 3 }]);
  });

  it('holds a version whose predecessor never arrived instead of applying it', async () => {
    expect(await appliedVersions(db.pool, orphan)).toEqual([]);
    const { rows } = await db.pool.query('select version from consumer.held_events where stream_id = $1', [orphan]);
    expect(rows).toEqual([{ version: 2 }]);
  });
});
