// Integration tests only: the projects service in-process on the shared stack, driven over HTTP.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { topicFor, type EventEnvelope } from '@park-ledger/contracts';
import { createService } from '@park-ledger/platform';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { Client } from 'pg';
import { projectsService } from '../service';

// The shared test support lives outside the projects (module boundaries): loaded by path.
const support = path.join(__dirname, '..', '..', '..', '..', 'tests', 'support');
export const { stack, randomSuffix }: typeof import('../../../../tests/support/stack') = require(path.join(support, 'stack'));
export const { waitFor }: typeof import('../../../../tests/support/wait-for') = require(path.join(support, 'wait-for'));

export const TOPIC = topicFor('projects');

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

export interface TopicMessage {
  readonly key: string;
  readonly type: string;
  readonly envelope: EventEnvelope;
}

export interface ProjectsHttp {
  readonly url: string;
  readonly tokens: { readonly submitter: string; readonly reader: string; readonly otherDepartment: string };
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Reply>;
  get(path: string, headers?: Record<string, string>): Promise<Reply>;
  send(path: string, init: RequestInit): Promise<Reply>;
  /** Rows of the service's own database. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Messages on park.projects.events published since the harness started. */
  readonly messages: readonly TopicMessage[];
  close(): Promise<void>;
}

/** Reads the topic from where it ends now, so earlier runs' messages are skipped without missing new ones. */
async function followTopic(kafka: Kafka, messages: TopicMessage[]): Promise<Consumer> {
  const admin = kafka.admin();
  await admin.connect();
  const existing = (await admin.listTopics()).includes(TOPIC) ? await admin.fetchTopicOffsets(TOPIC) : [];
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `projects-http-${randomUUID()}`, allowAutoTopicCreation: false });
  await consumer.connect();
  await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      messages.push({
        key: message.key?.toString() ?? '',
        type: message.headers?.['type']?.toString() ?? '',
        envelope: JSON.parse(message.value?.toString() ?? 'null'),
      });
    },
  });
  for (const { partition, offset } of existing) consumer.seek({ topic: TOPIC, partition, offset });
  return consumer;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

export async function startProjectsHttp(): Promise<ProjectsHttp> {
  const databaseUrl = await stack.createDatabase(`projects_http_${randomSuffix()}`);
  const port = await freePort();
  Object.assign(process.env, stack.serviceEnv('projects'), { DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'error' });
  const app = await createService(projectsService);
  await app.listen(port, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;

  const kafka = new Kafka({ clientId: 'projects-http-test', brokers: stack.connection().kafkaBrokers, logLevel: logLevel.NOTHING });
  const messages: TopicMessage[] = [];
  const consumer = await followTopic(kafka, messages);
  const database = new Client({ connectionString: databaseUrl });
  await database.connect();

  const tokens = {
    submitter: stack.token({ roles: ['submitter'], department: 'projects', sub: 'clerk-projects' }),
    reader: stack.token({ roles: ['reader'], sub: 'dashboard' }),
    otherDepartment: stack.token({ roles: ['submitter'], department: 'land', sub: 'clerk-land' }),
  };
  const send = async (path: string, init: RequestInit): Promise<Reply> => {
    const response = await fetch(`${url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${tokens.submitter}`, ...(init.headers as Record<string, string>) },
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined;
    return { status: response.status, headers: response.headers, text, body: json };
  };

  return {
    url,
    tokens,
    messages,
    send,
    post: (path, body, headers = {}) =>
      send(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } }),
    get: (path, headers = {}) => send(path, { headers }),
    query: async (sql, params = []) => (await database.query(sql, params)).rows,
    close: async () => {
      await consumer.disconnect();
      await database.end();
      await app.close();
    },
  };
}

/** Waits until the topic carries exactly the stream's stored events, in order, keyed and typed. */
export async function publishedEventsOf(http: ProjectsHttp, streamId: string, count: number): Promise<TopicMessage[]> {
  return waitFor(
    () => {
      const seen = new Map<string, TopicMessage>();
      for (const m of http.messages) if (m.key === streamId) seen.set(m.envelope.eventId, m);
      return seen.size >= count && [...seen.values()];
    },
    { timeoutMs: 30_000, what: `${count} events of ${streamId} on ${TOPIC}` },
  );
}
