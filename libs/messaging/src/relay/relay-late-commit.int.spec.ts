import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { outboxBacklog, insertEvents } from '../testing/outbox-sql';
import { probeEnvelope, randomName } from '../testing/probe-events';
import { readTopicUntil } from '../testing/read-topic';
import { freshDatabase, freshTopic, quietLogger, testKafka, topicMessageCount, waitFor, type TestDatabase } from '../testing/test-stack';
import { OutboxRelay } from './outbox-relay';

describe('an outbox row committed after rows with higher positions were published', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let topic: string;
  let relay: OutboxRelay;

  beforeAll(async () => {
    db = await freshDatabase('msg_late');
    kafka = testKafka('late-test');
    topic = await freshTopic(kafka, 'late', 3);
    relay = new OutboxRelay({ database: db.dataSource, kafka, pollIntervalMs: 100, registry: new Registry(), logger: quietLogger });
    relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await db?.drop();
  });

  it('still publishes the late row once its transaction commits', async () => {
    const late = probeEnvelope(randomName('late-stream'), 1);
    const early = Array.from({ length: 20 }, () => probeEnvelope(randomName('early-stream'), 1));
    const slowWriter = await db.pool.connect();
    try {
      await slowWriter.query('begin');
      await insertEvents(slowWriter, topic, [late]);
      for (const envelope of early) await insertEvents(db.pool, topic, [envelope]);
      await waitFor(() => topicMessageCount(kafka, topic), (n) => n === 20, { what: 'the 20 committed rows published' });
      await slowWriter.query('commit');
    } finally {
      slowWriter.release();
    }

    await waitFor(() => outboxBacklog(db.pool), (n) => n === 0, { what: 'an empty backlog' });
    const messages = await readTopicUntil(kafka, topic, (m) => m.length >= 21);
    expect(messages.map((m) => m.envelope.eventId)).toContain(late.eventId);
    expect(await topicMessageCount(kafka, topic)).toBe(21);
  });
});
