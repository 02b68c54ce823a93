import { eventStoreMigrations } from '@park-ledger/event-store';
import { stack } from '@park-ledger/test-support';
import type { Kafka } from 'kafkajs';
import { Client, type Pool } from 'pg';
import { DataSource } from 'typeorm';
import { consumerMigrations } from '../consumer/consumer-migrations';
import { poolOf } from '../database';
import { createKafka } from '../kafka/create-kafka';
import { ensureTopics } from '../kafka/ensure-topics';
import { randomName } from './probe-events';

export { stack };

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  readonly dataSource: DataSource;
  readonly pool: Pool;
  drop(): Promise<void>;
}

/** A fresh database with the event store and consumer schemas, dropped again by drop(). */
export async function freshDatabase(prefix: string): Promise<TestDatabase> {
  const name = randomName(prefix);
  const url = await stack.createDatabase(name);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: [...eventStoreMigrations, ...consumerMigrations],
    migrationsRun: true,
  });
  await dataSource.initialize();
  return {
    name,
    url,
    dataSource,
    pool: poolOf(dataSource),
    drop: async () => {
      await dataSource.destroy();
      const admin = new Client({ connectionString: stack.connection().databaseUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${name}" with (force)`).finally(() => admin.end());
    },
  };
}

export const testKafka = (clientId: string): Kafka =>
  createKafka({ brokers: stack.connection().kafkaBrokers, clientId, logger: quietLogger });

/** Kafka warnings during deliberate outages are expected; errors still show. */
export const quietLogger = {
  warn: () => undefined,
  error: (message: string) => process.stderr.write(`${message}\n`),
};

/** For tests that stop the broker on purpose: every connection error is expected there. */
export const silentLogger = { warn: () => undefined, error: () => undefined };

export async function freshTopic(kafka: Kafka, prefix: string, partitions = 3): Promise<string> {
  const topic = randomName(prefix);
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic], { partitions }).finally(() => admin.disconnect());
  return topic;
}

/** Messages ever written to the topic (no compaction, no transactions: high minus low watermark). */
export async function topicMessageCount(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
}

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
