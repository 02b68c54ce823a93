import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { appendRoundRobin, outboxBacklog } from '../testing/outbox-sql';
import { probeStreams, randomName } from '../testing/probe-events';
import { distinctEvents, readTopicUntil, versionsByStream } from '../testing/read-topic';
import { freshDatabase, freshTopic, quietLogger, testKafka, topicMessageCount, waitFor, type TestDatabase } from '../testing/test-stack';
import { OutboxRelay } from './outbox-relay';

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('two relay instances on one database', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let topic: string;
  let relays: OutboxRelay[];

  beforeAll(async () => {
    db = await freshDatabase('msg_two');
    kafka = testKafka('two-relays-test');
    topic = await freshTopic(kafka, 'two', 6);
    relays = [1, 2].map(
      () =>
        new OutboxRelay({
          database: db.dataSource,
          kafka,
          batchSize: 50,
          pollIntervalMs: 100,
          leaderRetryMs: 100,
          registry: new Registry(),
          logger: quietLogger,
        }),
    );
    relays.forEach((relay) => relay.start());
  });

  afterAll(async () => {
    await Promise.all(relays.map((relay) => relay.stop()));
    await db?.drop();
  });

  it('publish every row exactly once, each stream in version order', async () => {
    const streams = probeStreams(randomName('two-stream'), 30, 10);
    await appendRoundRobin(db.pool, topic, streams);
    await waitFor(() => outboxBacklog(db.pool), (n) => n === 0, { what: 'an empty backlog' });

    expect(relays.filter((relay) => relay.isLeader)).toHaveLength(1);
    expect(await topicMessageCount(kafka, topic)).toBe(300);
    const messages = await readTopicUntil(kafka, topic, (m) => m.length >= 300);
    expect(distinctEvents(messages)).toBe(300);
    for (const versions of versionsByStream(messages).values()) expect(versions).toEqual(oneToTen);
  });

  it('hand over to the other instance when the leader stops', async () => {
    const [leader] = relays.filter((relay) => relay.isLeader);
    await leader.stop();
    const streams = probeStreams(randomName('handover-stream'), 10, 10);
    await appendRoundRobin(db.pool, topic, streams);
    await waitFor(() => outboxBacklog(db.pool), (n) => n === 0, { what: 'the follower to publish' });

    expect(relays.filter((relay) => relay.isLeader)).toHaveLength(1);
    expect(await topicMessageCount(kafka, topic)).toBe(400);
  });
});
