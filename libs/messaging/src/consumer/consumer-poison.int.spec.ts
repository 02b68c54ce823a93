import { defineEvent, EventRegistry, int, object, optional, str } from '@park-ledger/contracts';
import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { toKafkaMessage } from '../kafka/envelope-codec';
import { committedCount, metricValue, produceRaw } from '../testing/kafka-probes';
import { probeRegistry, probeEnvelope, randomName } from '../testing/probe-events';
import { appliedVersions, createProbeReadModel, parkedReasons, probeHandler } from '../testing/probe-read-model';
import { freshDatabase, freshTopic, quietLogger, testKafka, waitFor, type TestDatabase } from '../testing/test-stack';
import { ExactlyOnceConsumer } from './exactly-once-consumer';

/** The same event type after a deploy that knows schema version 2. */
const upgradedRegistry = new EventRegistry([
  defineEvent('MessagingProbeRecorded', 'projects', {
    schemaVersion: 2,
    payload: object({ n: int({ min: 0 }), note: optional(str({ max: 100 })) }),
    upcasters: { 1: (payload) => payload },
  }),
]);

describe('a partition with poison messages between good events', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let topic: string;
  let consumer: ExactlyOnceConsumer;
  const registry = new Registry();
  const groupId = randomName('poison');
  const [good, other, future, failing] = ['good', 'other', 'future', 'failing-'].map((p) => `${p}${randomName('s')}`);

  beforeAll(async () => {
    db = await freshDatabase('msg_poison');
    await createProbeReadModel(db.pool);
    kafka = testKafka('poison-test');
    topic = await freshTopic(kafka, 'poison', 1);
    await produceRaw(kafka, topic, [
      toKafkaMessage(probeEnvelope(good, 1)),
      { key: good, value: '{"this is": not json' },
      toKafkaMessage(probeEnvelope(good, 2)),
      toKafkaMessage({ ...probeEnvelope(other, 1), type: 'NoSuchThingHappened' }),
      toKafkaMessage(probeEnvelope(other, 1)),
      toKafkaMessage({ ...probeEnvelope(other, 2), payload: { n: 'two' } }),
      toKafkaMessage(probeEnvelope(failing, 1)),
      toKafkaMessage({ ...probeEnvelope(future, 1), schemaVersion: 2, payload: { n: 1, note: 'v2' } }),
      toKafkaMessage(probeEnvelope(future, 2)),
      toKafkaMessage(probeEnvelope(good, 3)),
    ]);
    consumer = new ExactlyOnceConsumer({
      kafka,
      groupId,
      topics: [topic],
      dataSource: db.dataSource,
      eventRegistry: probeRegistry,
      handler: probeHandler,
      maxRetries: 2,
      registry,
      logger: quietLogger,
    });
    await consumer.start();
    await waitFor(() => committedCount(kafka, groupId, topic), (n) => n === 10, { what: 'all 10 offsets committed' });
  });

  afterAll(async () => {
    await consumer?.stop();
    await db?.drop();
  });

  it('parks each poison message with its reason', async () => {
    const parked = await parkedReasons(db.pool);
    expect(parked.map((p) => p.offset)).toEqual(['1', '3', '5', '6', '7']);
    expect(parked[0].reason).toMatch(/^invalid-envelope: not valid JSON/);
    expect(parked[1].reason).toMatch(/^unknown-type: unknown event type NoSuchThingHappened/);
    expect(parked[2].reason).toMatch(/^invalid-payload: payload\.n/);
    expect(parked[3].reason).toMatch(/^handler-failed: handler refuses/);
    expect(parked[4].reason).toMatch(/^future-schema-version:/);
    expect(await metricValue(registry, 'consumer_parked_total')).toBe(5);
    expect(await metricValue(registry, 'consumer_parked_total', { code: 'handler-failed' })).toBe(1);
  });

  it('applies the events behind them on the same partition', async () => {
    expect(await appliedVersions(db.pool, good)).toEqual([1, 2, 3]);
    expect(await appliedVersions(db.pool, other)).toEqual([1]);
  });

  it('leaves no partial writes of a handler that kept failing', async () => {
    expect(await appliedVersions(db.pool, failing)).toEqual([]);
  });

  it('holds the successor of a parked event rather than applying it out of order', async () => {
    expect(await appliedVersions(db.pool, future)).toEqual([]);
  });

  it('redrives a parked event once the schema is known, releasing its held successor', async () => {
    const upgraded = new ExactlyOnceConsumer({
      kafka,
      groupId,
      topics: [topic],
      dataSource: db.dataSource,
      eventRegistry: upgradedRegistry,
      handler: probeHandler,
      registry: new Registry(),
    });
    const [{ id }] = await db.pool.query(`select id::text as id from consumer.parked_events where "offset" = 7`).then((r) => r.rows);
    expect(await upgraded.redrive(id)).toEqual({ status: 'applied' });
    expect(await appliedVersions(db.pool, future)).toEqual([1, 2]);
    expect(await upgraded.redrive(id)).toEqual({ status: 'already-redriven' });
  });

  it('reports a redrive that still fails and leaves the event parked', async () => {
    const [{ id }] = await db.pool.query(`select id::text as id from consumer.parked_events where "offset" = 6`).then((r) => r.rows);
    expect(await consumer.redrive(id)).toEqual({ status: 'failed', reason: expect.stringMatching(/handler refuses/) });
    const { rows } = await db.pool.query('select redriven_at from consumer.parked_events where id = $1', [id]);
    expect(rows).toEqual([{ redriven_at: null }]);
  });
});
