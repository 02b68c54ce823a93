/// <reference types="jest" />
// Test-only: the department service running in-process against the real stack, a fresh database
// and a plain Kafka consumer reading what the service publishes to the department's topic.
import { topicFor, type Department, type EventEnvelope } from '@park-ledger/contracts';
import { ensureTopics, publishedAsDepartment } from '@park-ledger/messaging';
import { createService, type ServiceDescription } from '@park-ledger/platform';
import type { Type } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, type Consumer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';

export { randomSuffix, stack, waitFor };

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

export interface Published {
  readonly key: string;
  readonly type: string | undefined;
  readonly envelope: EventEnvelope;
}

export interface ServiceUnderTest {
  readonly url: string;
  readonly token: string;
  /** The prefix of this start's topics (its own: no other test's messages). */
  readonly topicPrefix: string;
  readonly database: Client;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Reply>;
  get(path: string, headers?: Record<string, string>): Promise<Reply>;
  send(path: string, init: RequestInit): Promise<Reply>;
  /** Messages on the department's topic since the service started, in offset order. */
  readonly messages: readonly Published[];
  /** Messages on the department's topic with this key, in offset order. */
  published(streamId: string): Published[];
  /** Sends each command in order; each must be accepted as the next version of the record. */
  walk(streamId: string, commands: [path: string, body: object][]): Promise<void>;
  /** The record's history as stored (GET <record>/events) and as published (key = streamId, header type). */
  expectStoredAndPublished(record: string, streamId: string, types: string[]): Promise<void>;
  /** Resolves once every stored event has been published (the outbox is drained). */
  outboxDrained(): Promise<void>;
  /**
   * Land and safety: publishes a zone's registration (or its voiding) on the projects topic of this
   * start, as the projects service would, and waits until the service's zone directory shows it.
   */
  registerZone(zoneId: string): Promise<void>;
  voidZone(zoneId: string): Promise<void>;
  close(): Promise<void>;
}

/** Settings of the service as main.ts starts it that matter under test, e.g. a larger bodyLimit. */
export type ServiceSettings = Partial<Omit<ServiceDescription, 'service' | 'module'>>;

/** The zones the land and safety specs name; registered for them before each start. */
export const TEST_ZONES = ['chengbei', 'fucheng', 'salt-chemical-base'] as const;

export async function startServiceUnderTest(
  department: Department,
  loadModule: () => Promise<Type<unknown>>,
  settings: ServiceSettings = {},
): Promise<ServiceUnderTest> {
  const adminUrl = stack.connection().databaseUrl; // read before DATABASE_URL below points at the fresh one
  const databaseName = `${department}_http_${randomSuffix()}`;
  const databaseUrl = await stack.createDatabase(databaseName);
  const topicPrefix = `http-${randomSuffix()}.`; // this service's topic alone: no other test's messages
  Object.assign(process.env, stack.serviceEnv(department), {
    DATABASE_URL: databaseUrl,
    KAFKA_TOPIC_PREFIX: topicPrefix,
    PORT: '1',
    LOG_LEVEL: 'error',
  });
  const app = await createService({
    service: department,
    title: department,
    description: 'under test',
    ...settings,
    module: loadModule,
  });
  const database = new Client({ connectionString: databaseUrl });
  let consumer: Awaited<ReturnType<typeof followTopic>> | undefined;
  let url: string;
  try {
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    await database.connect();
    consumer = await followTopic(topicFor(department, topicPrefix));
  } catch (error) {
    // a half-started service would keep jest from exiting after the run: stop what did start
    await database.end().catch(() => undefined);
    await app.close().catch(() => undefined);
    throw error;
  }
  const token = stack.token({ roles: ['submitter'], department, sub: `clerk-${department}` });
  const topic = consumer;
  const zones = department === 'projects' ? undefined : await zoneRegistry(topicPrefix).catch(async (error) => {
    await Promise.all([topic.consumer.disconnect(), database.end(), app.close()].map((p) => p.catch(() => undefined)));
    throw error;
  });

  const send = async (path: string, init: RequestInit): Promise<Reply> => {
    const res = await fetch(url + path, { ...init, signal: AbortSignal.timeout(30_000) });
    const text = await res.text();
    const json = res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined;
    return { status: res.status, headers: res.headers, text, body: json };
  };
  const auth = { authorization: `Bearer ${token}` };
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    send(path, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const get = (path: string, headers: Record<string, string> = {}) => send(path, { headers: { ...auth, ...headers } });
  const published = (streamId: string) => topic.messages.filter((message) => message.key === streamId);
  const underTest: ServiceUnderTest = {
    url,
    token,
    topicPrefix,
    database,
    messages: topic.messages,
    send,
    post,
    get,
    published,
    walk: async (streamId, commands) => {
      for (const [index, [path, body]] of commands.entries()) {
        const res = await post(path, body);
        const version = index + 1;
        expect({ path, status: res.status, body: res.body }).toMatchObject({ path, status: 200, body: { streamId, version } });
        expect(res.headers.get('etag')).toBe(`"${version}"`);
      }
    },
    expectStoredAndPublished: async (record, streamId, types) => {
      const history = await get(`${record}/events`);
      expect(history.status).toBe(200);
      const stored = history.body as EventEnvelope[];
      expect(stored.map((e) => [e.type, e.streamVersion, e.streamId, e.department])).toEqual(
        types.map((type, i) => [type, i + 1, streamId, department]),
      );
      const arrived = await waitFor(() => published(streamId).length >= types.length && published(streamId), {
        what: `${streamId} on the topic`,
      });
      expect(arrived.map((message) => message.type)).toEqual(types);
      expect(arrived.map((message) => message.envelope.eventId)).toEqual(stored.map((e) => e.eventId));
    },
    outboxDrained: async () => {
      const unpublished = 'select 1 from event_store.outbox where published_at is null limit 1';
      await waitFor(async () => (await database.query(unpublished)).rowCount === 0, { what: 'the outbox to drain' });
    },
    registerZone: async (zoneId) => {
      if (!zones) throw new Error('the projects service keeps the registry itself');
      await zones.publish(zoneId, 'ZoneRegistered');
      await waitFor(async () => (await get('/park-zones')).body?.some((z: { zoneId: string; registered: boolean }) => z.zoneId === zoneId && z.registered), {
        what: `zone ${zoneId} in the zone directory`,
      });
    },
    voidZone: async (zoneId) => {
      if (!zones) throw new Error('the projects service keeps the registry itself');
      await zones.publish(zoneId, 'ParkRegistryEntryVoided');
      await waitFor(async () => (await get('/park-zones')).body?.some((z: { zoneId: string; registered: boolean }) => z.zoneId === zoneId && !z.registered), {
        what: `zone ${zoneId} voided in the zone directory`,
      });
    },
    close: async () => {
      await zones?.close();
      await topic.consumer.disconnect();
      await database.end();
      await app.close();
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${databaseName}" with (force)`).finally(() => admin.end());
    },
  };
  try {
    if (zones) for (const zoneId of TEST_ZONES) await underTest.registerZone(zoneId);
  } catch (error) {
    await underTest.close().catch(() => undefined);
    throw error;
  }
  return underTest;
}

/** The projects topic of this start, written as the projects service would write its zone streams. */
async function zoneRegistry(topicPrefix: string) {
  const kafka = new Kafka({ clientId: `zones-${randomSuffix()}`, brokers: stack.connection().kafkaBrokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const topic = topicFor('projects', topicPrefix);
  await ensureTopics(admin, [topic], { partitions: 2 }).finally(() => admin.disconnect());
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const versions = new Map<string, number>();
  const published = publishedAsDepartment((department) => stack.eventSigningKey(department));
  return {
    publish: async (zoneId: string, type: 'ZoneRegistered' | 'ParkRegistryEntryVoided') => {
      const streamVersion = (versions.get(zoneId) ?? 0) + 1;
      versions.set(zoneId, streamVersion);
      const payload = type === 'ZoneRegistered' ? { zoneId, nameZh: `${zoneId}园区`, nameEn: zoneId } : { zoneId, reason: 'under test' };
      const now = new Date().toISOString();
      const envelope: EventEnvelope = {
        eventId: randomUUID(), type, schemaVersion: 1, streamId: `zone-${zoneId}`, streamVersion, occurredAt: '2013-01-01T00:00:00.000Z',
        recordedAt: now, department: 'projects', actor: 'registry-clerk', correlationId: randomUUID(), causationId: null, payload,
      };
      await producer.send({ topic, acks: -1, messages: [published(envelope)] });
    },
    close: () => producer.disconnect(),
  };
}

/** Reads the service's topic (its own, by the unique prefix) from the beginning. */
async function followTopic(topic: string): Promise<{ consumer: Consumer; messages: Published[] }> {
  const brokers = stack.connection().kafkaBrokers;
  const kafka = new Kafka({ clientId: `http-test-${randomSuffix()}`, brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  // the service creates its topic at start-up; subscribing earlier would auto-create it wrongly, and
  // a topic is listed a moment before its partitions have leaders that answer for offsets
  await waitFor(() => admin.fetchTopicOffsets(topic).catch(() => undefined), { what: `topic ${topic}` });
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `http-test-${randomSuffix()}`, heartbeatInterval: 1000 });
  const messages: Published[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      messages.push({
        key: String(message.key),
        type: message.headers?.['type']?.toString(),
        envelope: JSON.parse(String(message.value)) as EventEnvelope,
      });
    },
  });
  return { consumer, messages };
}

/** Error bodies are plain JSON: no stack frames, no SQL, no driver messages. */
export const leaksInternals = (text: string): boolean =>
  /\bat \S+ \(|\.(ts|js):\d+|\b(select|insert|update)\b .*\b(from|into|set)\b|event_store\.|QueryFailedError|duplicate key/i.test(text);
