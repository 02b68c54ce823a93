import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { toKafkaMessage } from '../kafka/envelope-codec';
import { messageSigner, messageVerifier, SIGNATURE_HEADER } from '../kafka/envelope-signature';
import { OutboxRelay } from '../relay/outbox-relay';
import { committedCount, metricValue, produceRaw } from '../testing/kafka-probes';
import { insertEvents } from '../testing/outbox-sql';
import { probeEnvelope, probeRegistry, randomName } from '../testing/probe-events';
import { appliedVersions, createProbeReadModel, parkedReasons, probeHandler } from '../testing/probe-read-model';
import { freshDatabase, freshTopic, quietLogger, testKafka, waitFor, type TestDatabase } from '../testing/test-stack';
import { ExactlyOnceConsumer } from './exactly-once-consumer';

describe('a topic that trusts only its service: messages the relay signed, beside forged ones', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let relay: OutboxRelay;
  let consumer: ExactlyOnceConsumer;
  const registry = new Registry();
  const groupId = randomName('untrusted');
  const department = randomBytes(32);
  const intruder = randomBytes(32);
  const [published, forged, reSigned, tampered] = ['published', 'forged', 'resigned', 'tampered'].map((p) => randomName(p));

  beforeAll(async () => {
    db = await freshDatabase('msg_untrusted');
    await createProbeReadModel(db.pool);
    kafka = testKafka('untrusted-test');
    const topic = await freshTopic(kafka, 'signed', 1);
    // the department's service: its outbox, published and signed by its relay
    relay = new OutboxRelay({
      database: db.dataSource,
      kafka,
      pollIntervalMs: 100,
      sign: messageSigner(department),
      registry: new Registry(),
      logger: quietLogger,
    });
    relay.start();
    await insertEvents(db.pool, topic, [probeEnvelope(published, 1), probeEnvelope(published, 2)]);
    await waitFor(async () => (await db.pool.query('select count(*)::int as n from event_store.outbox where published_at is null')).rows[0].n, (n) => n === 0, {
      what: 'the outbox published',
    });
    // anyone else who can write to the topic: well-formed events with no signature, another key's, or a changed value
    const signedCopy = toKafkaMessage(probeEnvelope(tampered, 1));
    const signature = messageSigner(department)(signedCopy.value as string);
    await produceRaw(kafka, topic, [
      toKafkaMessage(probeEnvelope(forged, 1)),
      { ...toKafkaMessage(probeEnvelope(reSigned, 1)), headers: { [SIGNATURE_HEADER]: messageSigner(intruder)(toKafkaMessage(probeEnvelope(reSigned, 1)).value as string) } },
      { ...signedCopy, value: (signedCopy.value as string).replace('"streamVersion":1', '"streamVersion":1 '), headers: { [SIGNATURE_HEADER]: signature } },
    ]);
    consumer = new ExactlyOnceConsumer({
      kafka,
      groupId,
      topics: [topic],
      dataSource: db.dataSource,
      eventRegistry: probeRegistry,
      handler: probeHandler,
      verify: messageVerifier(new Map([[topic, department]])),
      registry,
      logger: quietLogger,
    });
    await consumer.start();
    await waitFor(() => committedCount(kafka, groupId, topic), (n) => n === 5, { what: 'all 5 offsets committed' });
  });

  afterAll(async () => {
    await consumer?.stop();
    await relay?.stop();
    await db?.drop();
  });

  it('applies what the relay signed', async () => {
    expect(await appliedVersions(db.pool, published)).toEqual([1, 2]);
  });

  it('parks the rest as untrusted and applies none of it', async () => {
    for (const stream of [forged, reSigned, tampered]) expect(await appliedVersions(db.pool, stream)).toEqual([]);
    const parked = await parkedReasons(db.pool);
    expect(parked.map((p) => p.reason.split(':')[0])).toEqual(['untrusted', 'untrusted', 'untrusted']);
    expect(parked[0].reason).toMatch(/no park-signature header/);
    expect(parked[1].reason).toMatch(/does not verify/);
    expect(parked[2].reason).toMatch(/does not verify/);
    expect(await metricValue(registry, 'consumer_parked_total', { code: 'untrusted' })).toBe(3);
  });

  it('never re-drives an untrusted event', async () => {
    const { rows } = await db.pool.query(`select id::text from consumer.parked_events order by id limit 1`);
    expect(await consumer.redrive(rows[0].id)).toEqual({ status: 'failed', reason: expect.stringMatching(/^untrusted: /) });
    expect(await appliedVersions(db.pool, forged)).toEqual([]);
  });
});
