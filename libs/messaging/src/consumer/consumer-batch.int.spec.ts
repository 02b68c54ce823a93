import type { EventEnvelope } from '@park-ledger/contracts';
import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import type { EntityManager } from 'typeorm';
import { toKafkaMessage } from '../kafka/envelope-codec';
import { committedCount, metricValue, produceRaw } from '../testing/kafka-probes';
import { probeEnvelope, probeRegistry, randomName } from '../testing/probe-events';
import { appliedVersions, createProbeReadModel, parkedReasons, probeHandler } from '../testing/probe-read-model';
import { freshDatabase, freshTopic, quietLogger, testKafka, waitFor, type TestDatabase } from '../testing/test-stack';
import { ExactlyOnceConsumer } from './exactly-once-consumer';

/** probeHandler for many events in one statement; refuses (after writing) a batch with a `failing-*` stream. */
async function probeBatchHandler(events: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
  await manager.query(
    'insert into probe_read.applied (event_id, stream_id, version) select * from unnest($1::uuid[], $2::text[], $3::int[])',
    [events.map((e) => e.eventId), events.map((e) => e.streamId), events.map((e) => e.streamVersion)],
  );
  const failing = events.find((e) => e.streamId.startsWith('failing-'));
  if (failing) throw new Error(`batch handler refuses ${failing.streamId}`);
}

describe('a partition with poison, gaps and redeliveries, consumed in chunks of 3 by a batch handler', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let consumer: ExactlyOnceConsumer;
  const registry = new Registry();
  const groupId = randomName('batch');
  const [good, failing, orphan, future] = ['good', 'failing-', 'orphan', 'future'].map((p) => `${p}${randomName('s')}`);

  beforeAll(async () => {
    db = await freshDatabase('msg_batch');
    await createProbeReadModel(db.pool);
    kafka = testKafka('batch-test');
    const topic = await freshTopic(kafka, 'batch', 1);
    await produceRaw(kafka, topic, [
      toKafkaMessage(probeEnvelope(good, 1)),
      { key: good, value: '{"this is": not json' },
      toKafkaMessage(probeEnvelope(good, 3)),
      toKafkaMessage(probeEnvelope(good, 2)),
      toKafkaMessage(probeEnvelope(failing, 1)),
      toKafkaMessage(probeEnvelope(good, 2)),
      toKafkaMessage(probeEnvelope(orphan, 2)),
      toKafkaMessage({ ...probeEnvelope(future, 1), schemaVersion: 2 }),
      toKafkaMessage(probeEnvelope(good, 4)),
    ]);
    consumer = new ExactlyOnceConsumer({
      kafka,
      groupId,
      topics: [topic],
      dataSource: db.dataSource,
      eventRegistry: probeRegistry,
      handler: probeHandler,
      handleBatch: probeBatchHandler,
      chunkSize: 3,
      registry,
      logger: quietLogger,
    });
    await consumer.start();
    await waitFor(() => committedCount(kafka, groupId, topic), (n) => n === 9, { what: 'all 9 offsets committed' });
  });

  afterAll(async () => {
    await consumer?.stop();
    await db?.drop();
  });

  it('applies each version of a stream once, in order, releasing one held back in an earlier chunk', async () => {
    expect(await appliedVersions(db.pool, good)).toEqual([1, 2, 3, 4]);
    const { rows } = await db.pool.query('select version from consumer.stream_positions where stream_id = $1', [good]);
    expect(rows).toEqual([{ version: 4 }]);
  });

  it('parks what cannot be decoded and, after falling back to one event at a time, what the handler refuses', async () => {
    expect((await parkedReasons(db.pool)).map((p) => [p.offset, p.reason.split(':')[0]])).toEqual([
      ['1', 'invalid-envelope'],
      ['4', 'handler-failed'],
      ['7', 'future-schema-version'],
    ]);
    expect(await appliedVersions(db.pool, failing)).toEqual([]);
  });

  it('holds a version whose predecessor never arrived, and nothing else', async () => {
    const { rows } = await db.pool.query('select stream_id, version from consumer.held_events');
    expect(rows).toEqual([{ stream_id: orphan, version: 2 }]);
  });

  it('counts as the per-event path does', async () => {
    expect(await metricValue(registry, 'consumer_applied_total')).toBe(4);
    expect(await metricValue(registry, 'consumer_duplicates_total')).toBe(1);
    expect(await metricValue(registry, 'consumer_parked_total')).toBe(3);
  });
});
