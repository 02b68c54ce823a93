import { Kafka, Partitioners, logLevel, type Consumer, type Producer } from 'kafkajs';
import { captureKafkaLogs, mentionsUnsupportedVersion } from '../support/kafka-logs';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';

const PARTITIONS = 6;
const logs = captureKafkaLogs();
const kafka = new Kafka({
  clientId: 'stack-smoke',
  brokers: stack.connection().kafkaBrokers,
  logLevel: logs.logLevel,
  logCreator: logs.logCreator,
});

interface Received {
  readonly partition: number;
  readonly value: string;
}

/** One message per partition, values `${round}-${partition}`. */
async function produceRound(producer: Producer, topic: string, round: string): Promise<string[]> {
  const messages = Array.from({ length: PARTITIONS }, (_, partition) => ({ partition, key: `stream-${partition}`, value: `${round}-${partition}` }));
  await producer.send({ topic, acks: -1, messages });
  return messages.map((message) => message.value);
}

/** A group member that commits each message's offset explicitly after recording it. */
async function startCommittingConsumer(groupId: string, topic: string, received: Received[]): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId, heartbeatInterval: 1000 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ partition, message }) => {
      received.push({ partition, value: String(message.value) });
      await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
    },
  });
  return consumer;
}

async function startTrackedMember(groupId: string, topic: string) {
  const member = { consumer: kafka.consumer({ groupId, heartbeatInterval: 1000 }), assigned: [] as number[], received: [] as Received[] };
  member.consumer.on(member.consumer.events.GROUP_JOIN, ({ payload }) => {
    member.assigned = [...(payload.memberAssignment[topic] ?? [])].sort((a, b) => a - b);
  });
  await member.consumer.connect();
  await member.consumer.subscribe({ topic, fromBeginning: true });
  await member.consumer.run({
    eachMessage: async ({ partition, message }) => {
      member.received.push({ partition, value: String(message.value) });
    },
  });
  return member;
}

const values = (received: Received[]) => received.map((message) => message.value);

describe('a fresh 6-partition topic on the local broker', () => {
  const topic = `stack-smoke-${randomSuffix()}`;
  const admin = kafka.admin();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }], waitForLeaders: true });
    await producer.connect();
  });

  afterAll(async () => {
    await Promise.all(consumers.map((consumer) => consumer.disconnect()));
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('has the six partitions it was created with', async () => {
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    expect(metadata.partitions.map((partition) => partition.partitionId).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('resumes a restarted consumer at its committed offsets: committed messages are not re-read, new ones are', async () => {
    const groupId = `smoke-resume-${randomSuffix()}`;
    const first = await produceRound(producer, topic, 'first');
    const beforeRestart: Received[] = [];
    const consumer = await startCommittingConsumer(groupId, topic, beforeRestart);
    await waitFor(() => beforeRestart.length >= first.length, { what: 'the first round to be consumed' });
    await consumer.disconnect();

    const second = await produceRound(producer, topic, 'second');
    const afterRestart: Received[] = [];
    consumers.push(await startCommittingConsumer(groupId, topic, afterRestart));
    // Every partition got a second-round message, so a re-read of a committed one would arrive before it.
    await waitFor(() => afterRestart.length >= second.length, { what: 'the second round to be consumed' });

    expect(values(beforeRestart).sort()).toEqual([...first].sort());
    expect(values(afterRestart).sort()).toEqual([...second].sort());
    const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
    expect(committed[0].partitions.map((partition) => partition.offset)).toEqual(Array(PARTITIONS).fill('2'));
  });

  it('splits the partitions between two members of one group: disjoint, non-empty, all six covered', async () => {
    const groupId = `smoke-share-${randomSuffix()}`;
    const one = await startTrackedMember(groupId, topic);
    const two = await startTrackedMember(groupId, topic);
    consumers.push(one.consumer, two.consumer);
    await waitFor(
      () => one.assigned.length > 0 && two.assigned.length > 0 && one.assigned.length + two.assigned.length === PARTITIONS && new Set([...one.assigned, ...two.assigned]).size === PARTITIONS,
      { what: 'a stable assignment over both members' },
    );

    const third = await produceRound(producer, topic, 'third');
    const thirdOf = (member: typeof one) => member.received.filter((message) => message.value.startsWith('third-'));
    await waitFor(() => thirdOf(one).length + thirdOf(two).length >= third.length, { what: 'the third round to be consumed' });

    expect(new Set([...one.assigned, ...two.assigned])).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    expect(thirdOf(one).every((message) => one.assigned.includes(message.partition))).toBe(true);
    expect(thirdOf(two).every((message) => two.assigned.includes(message.partition))).toBe(true);
    expect([...values(thirdOf(one)), ...values(thirdOf(two))].sort()).toEqual([...third].sort());
  });

  it('logs no client error about an unsupported API version', () => {
    expect(logs.entries.filter(mentionsUnsupportedVersion)).toEqual([]);
    expect(logs.atLevel(logLevel.ERROR).filter(mentionsUnsupportedVersion)).toEqual([]);
  });
});
