/// <reference types="jest" />
// Test-only: the department service running in-process against the real stack, a fresh database
// and a plain Kafka consumer reading what the service publishes to the department's topic.
import { topicFor, type Department, type EventEnvelope } from '@park-ledger/contracts';
import { createService, type ServiceDescription } from '@park-ledger/platform';
import type { Type } from '@nestjs/common';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import path from 'node:path';
import { Client } from 'pg';

// tests/support lives outside the projects, so it is loaded at run time (as libs/messaging's test stack does).
const support = path.resolve(__dirname, '../../../../tests/support');
export const { stack, randomSuffix }: typeof import('../../../../tests/support/stack') = require(path.join(support, 'stack'));
export const { waitFor }: typeof import('../../../../tests/support/wait-for') = require(path.join(support, 'wait-for'));

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
  close(): Promise<void>;
}

/** Settings of the service as main.ts starts it that matter under test, e.g. a larger bodyLimit. */
export type ServiceSettings = Partial<Omit<ServiceDescription, 'service' | 'module'>>;

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
  return {
    url,
    token,
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
    close: async () => {
      await topic.consumer.disconnect();
      await database.end();
      await app.close();
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${databaseName}" with (force)`).finally(() => admin.end());
    },
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
