import type { Kafka } from 'kafkajs';
import { toKafkaMessage } from '../kafka/envelope-codec';
import { runScript, type Child } from '../testing/child-process';
import { committedCount, produceRaw } from '../testing/kafka-probes';
import { probeStreams, randomName } from '../testing/probe-events';
import { appliedCount, appliedVersions, createProbeReadModel } from '../testing/probe-read-model';
import { freshDatabase, freshTopic, stack, testKafka, waitFor, type TestDatabase } from '../testing/test-stack';

describe('a consumer killed after its Postgres commit, before committing the Kafka offsets', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let topic: string;
  let restarted: Child | undefined;
  const groupId = randomName('crash');
  const streams = probeStreams(randomName('crash-stream'), 20, 10);
  const env = () => ({ DATABASE_URL: db.url, KAFKA_BROKERS: stack.connection().kafkaBrokers.join(','), GROUP_ID: groupId, TOPICS: topic });

  beforeAll(async () => {
    db = await freshDatabase('msg_crash');
    await createProbeReadModel(db.pool);
    kafka = testKafka('crash-test');
    topic = await freshTopic(kafka, 'crash', 3);
    await produceRaw(kafka, topic, streams.flat().map(toKafkaMessage));
  });

  afterAll(async () => {
    await restarted?.stop();
    await db?.drop();
  });

  it('leaves the read model unchanged by the redelivery after restart', async () => {
    const crashing = runScript('run-consumer.ts', { ...env(), PARK_FAILPOINTS: 'consumer-after-db-commit', CHUNK_SIZE: '25' });
    const { signal } = await crashing.exited;
    expect({ signal, output: crashing.output() }).toEqual({ signal: 'SIGKILL', output: expect.any(String) });
    const appliedBeforeCrash = await appliedCount(db.pool);
    expect(appliedBeforeCrash).toBeGreaterThan(0);
    expect(await committedCount(kafka, groupId, topic)).toBe(0);

    restarted = runScript('run-consumer.ts', { ...env(), CHUNK_SIZE: '25' });
    await waitFor(() => committedCount(kafka, groupId, topic), (n) => n === 200, { what: 'all 200 offsets committed' });

    expect(await appliedCount(db.pool)).toBe(200);
    for (const stream of streams) {
      expect(await appliedVersions(db.pool, stream[0].streamId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
  });
});
