import type { Kafka, Producer } from 'kafkajs';
import { Registry } from 'prom-client';
import { metricValue } from '../testing/kafka-probes';
import { appendRoundRobin, outboxBacklog } from '../testing/outbox-sql';
import { probeStreams, randomName } from '../testing/probe-events';
import { distinctEvents, readTopicUntil, versionsByStream } from '../testing/read-topic';
import { freshDatabase, freshTopic, quietLogger, testKafka, topicMessageCount, waitFor, type TestDatabase } from '../testing/test-stack';
import { OutboxRelay } from './outbox-relay';

const LOCK_KEY = `hashtext('event_store.outbox relay')`;

/**
 * A Kafka whose producers hold every sendBatch's answer until the test opens the gate: the batch
 * is on the broker, the relay has not marked it yet — the moment a lost lock used to duplicate.
 */
function gatedKafka(kafka: Kafka) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let held = 0;
  const gated = new Proxy(kafka, {
    get(target, property, receiver) {
      if (property !== 'producer') return Reflect.get(target, property, receiver);
      return (...args: Parameters<Kafka['producer']>): Producer => {
        const producer = target.producer(...args);
        return new Proxy(producer, {
          get(p, name, r) {
            if (name !== 'sendBatch') return Reflect.get(p, name, r);
            return async (...batch: Parameters<Producer['sendBatch']>) => {
              const answer = await p.sendBatch(...batch);
              held++;
              await gate;
              return answer;
            };
          },
        });
      };
    },
  });
  return { kafka: gated, open: () => open(), held: () => held };
}

describe('a publisher whose lock session is cut mid-batch', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let topic: string;
  const relays: OutboxRelay[] = [];
  const registries = [new Registry(), new Registry()];

  beforeAll(async () => {
    db = await freshDatabase('msg_fence');
    kafka = testKafka('relay-fence-test');
    topic = await freshTopic(kafka, 'fence', 3);
  });

  afterAll(async () => {
    await Promise.all(relays.map((relay) => relay.stop()));
    await db?.drop();
  });

  const relay = (k: Kafka, registry: Registry) =>
    new OutboxRelay({ database: db.pool, kafka: k, batchSize: 40, pollIntervalMs: 100, leaderRetryMs: 50, registry, logger: quietLogger });

  /** Sessions holding (granted) or waiting for (not granted) a lock of this database, by mode. */
  const locks = async () =>
    (
      await db.pool.query<{ pid: number; mode: string; granted: boolean; leader: boolean }>(
        `select pid, mode, granted, (objid = (${LOCK_KEY}::bigint & 4294967295)::oid) as leader
           from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`,
      )
    ).rows;

  it('is not published twice: the new leader waits for the cut batch to be marked, and the old one stops', async () => {
    await appendRoundRobin(db.pool, topic, probeStreams(randomName('fence-stream'), 10, 10));
    const gated = gatedKafka(kafka);
    const first = relay(gated.kafka, registries[0]);
    relays.push(first);
    first.start();
    await waitFor(async () => gated.held(), (n) => n === 1, { what: 'the first batch on the broker, unmarked' });
    expect(first.isLeader).toBe(true);
    expect(await topicMessageCount(kafka, topic)).toBe(40);
    const second = relay(kafka, registries[1]);
    relays.push(second);
    second.start();

    // Cut the leader's lock session while its process (and its batch) lives on.
    const [leaderSession] = (await locks()).filter((l) => l.leader && l.granted);
    await db.pool.query('select pg_terminate_backend($1)', [leaderSession.pid]);

    // The second relay takes the lock; left unfenced it would now send the 40 unmarked rows again.
    // Wait until it either did (the topic grows) or is held at the fence (its exclusive lock waits).
    const state = await waitFor(
      async () => ({ locks: await locks(), onTopic: await topicMessageCount(kafka, topic) }),
      (s) => s.locks.some((l) => l.leader && l.granted && l.pid !== leaderSession.pid) && (s.onTopic > 40 || s.locks.some((l) => !l.granted)),
      { what: 'the second relay to take over' },
    );
    expect(state.onTopic).toBe(40);
    gated.open();

    await waitFor(() => outboxBacklog(db.pool), (n) => n === 0, { what: 'the outbox drained' });
    expect(await topicMessageCount(kafka, topic)).toBe(100);
    const messages = await readTopicUntil(kafka, topic, (m) => m.length >= 100);
    expect(distinctEvents(messages)).toBe(100);
    for (const versions of versionsByStream(messages).values()) expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    expect(second.isLeader).toBe(true);
    expect(first.isLeader).toBe(false);
    expect(await metricValue(registries[1], 'outbox_relay_publishing')).toBe(1);
    expect(await metricValue(registries[0], 'outbox_relay_publishing')).toBe(0);
    expect(await metricValue(registries[1], 'outbox_published_total')).toBe(60);
  });
});
