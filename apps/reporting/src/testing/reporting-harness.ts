import { randomUUID } from 'node:crypto';
import { Module, type Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { departments, topicFor, type Department, type EventEnvelope } from '@park-ledger/contracts';
import type { FigureDefinition } from '@park-ledger/figures';
import { createKafka, ensureTopics, eventKeyFrom, messageSigner, SIGNATURE_HEADER, toKafkaMessage } from '@park-ledger/messaging';
import { createService, PlatformModule } from '@park-ledger/platform';
import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import { Client } from 'pg';
import type { AnyProjection } from '../projection/projection-index';
import { reportingMigrations } from '../read-model/reporting-migrations';
import { ReportingConfig } from '../reporting-config';
import { ReportingModule } from '../reporting.module';
import { stack } from '@park-ledger/test-support';

export { stack };

const suffix = () => randomUUID().replace(/-/g, '').slice(0, 10);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Answer = { status: number; body: any; headers: Headers };

/** A reporting service in this process with its own database, topics and consumer group. */
export interface ReportingUnderTest {
  readonly url: string;
  readonly database: string;
  readonly topics: Readonly<Record<Department, string>>;
  readonly app: NestFastifyApplication;
  readonly kafka: Kafka;
  /** Publishes as the events' departments would: on their topics, signed with their keys. */
  produce(events: readonly EventEnvelope[]): Promise<void>;
  /** Messages exactly as given (poison, say), signed with the department's key as its relay would. */
  produceRaw(department: Department, messages: Message[]): Promise<void>;
  /** Messages written to the department's topic by someone else: as given, not signed by the department. */
  produceForged(department: Department, messages: Message[]): Promise<void>;
  get(pathAndQuery: string, role?: 'reader' | 'admin'): Promise<Answer>;
  post(pathAndQuery: string, role?: 'reader' | 'admin'): Promise<Answer>;
  sql(text: string, params?: unknown[]): Promise<any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

/** Either the service's own AppModule (the park's record projections and figure catalogue) or one around the given read models. */
export type ReportingModules = { readonly app: true } | { readonly projections: readonly AnyProjection[]; readonly catalogue: readonly FigureDefinition[] };

export async function startReporting(options: ReportingModules): Promise<ReportingUnderTest> {
  const id = suffix();
  const database = `rep_${id}`;
  const prefix = `rep-${id}.`;
  Object.assign(process.env, {
    ...stack.serviceEnv('reporting'),
    DATABASE_URL: await stack.createDatabase(database),
    PORT: '1',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'error',
    KAFKA_TOPIC_PARTITIONS: '3',
    KAFKA_TOPIC_PREFIX: prefix,
    REPORTING_CONSUMER_GROUP: `rep-${id}`,
  });
  const kafka = createKafka({ brokers: stack.connection().kafkaBrokers, clientId: `rep-test-${id}`, logger: quiet });
  const topics = Object.fromEntries(departments.map((d) => [d, topicFor(d, prefix)])) as Record<Department, string>;
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, Object.values(topics), { partitions: 3 }).finally(() => admin.disconnect());

  const module = 'app' in options ? (await import('../app.module')).AppModule : readModelsModule(options);

  const app = await createService({
    service: 'reporting',
    title: 'reporting under test',
    description: 'test',
    module: async () => module,
  });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const producer: Producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true });
  await producer.connect();
  const db = new Client({ connectionString: process.env['DATABASE_URL'] });
  await db.connect();

  const signers = new Map(departments.map((d) => [d, messageSigner(eventKeyFrom(stack.eventSigningKey(d)))]));
  const signed = (department: Department, message: Message): Message => ({
    ...message,
    headers: { ...message.headers, [SIGNATURE_HEADER]: signers.get(department)!(message.value ?? '') },
  });

  const call = async (method: string, pathAndQuery: string, role: 'reader' | 'admin'): Promise<Answer> => {
    const res = await fetch(`${url}${pathAndQuery}`, {
      method,
      headers: { authorization: `Bearer ${stack.token({ roles: [role] })}` },
    });
    const answer = { status: res.status, body: await res.json().catch(() => null) };
    // not enumerable: specs compare answers as { status, body }
    return Object.defineProperty(answer, 'headers', { value: res.headers, enumerable: false }) as Answer;
  };

  return {
    url,
    database,
    topics,
    app,
    kafka,
    produce: async (events) => {
      const byTopic = new Map<string, Message[]>();
      for (const e of events) byTopic.set(topics[e.department], [...(byTopic.get(topics[e.department]) ?? []), signed(e.department, toKafkaMessage(e))]);
      await producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
    },
    produceRaw: async (department, messages) => {
      await producer.send({ topic: topics[department], acks: -1, messages: messages.map((m) => signed(department, m)) });
    },
    produceForged: async (department, messages) => {
      await producer.send({ topic: topics[department], acks: -1, messages });
    },
    get: (p, role = 'reader') => call('GET', p, role),
    post: (p, role = 'admin') => call('POST', p, role),
    sql: async (text, params) => (await db.query(text, params)).rows,
    close: async () => {
      await producer.disconnect();
      await db.end();
      await app.close();
    },
  };
}

function readModelsModule(options: { projections: readonly AnyProjection[]; catalogue: readonly FigureDefinition[] }): Type<unknown> {
  @Module({
    imports: [
      PlatformModule.forRoot({ service: 'reporting', department: null, config: ReportingConfig, migrations: reportingMigrations }),
      ReportingModule.forRoot(options),
    ],
  })
  class TestReportingModule {}
  return TestReportingModule;
}

const quiet = { warn: () => undefined, error: (m: string) => process.stderr.write(`${m}\n`) };

export async function waitFor<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 60_000, intervalMs = 200, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
