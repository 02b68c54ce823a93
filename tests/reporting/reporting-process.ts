// A built reporting service as a child process on its own database, topics and consumer group.
import { departments, topicFor } from '@park-ledger/contracts';
import { createKafka, ensureTopics } from '@park-ledger/messaging';
import type { Kafka } from 'kafkajs';
import { spawnService, waitForStatus, type RunningService } from '../support/service-process';
import { randomSuffix, stack } from '@park-ledger/test-support';

export interface ReportingSetup {
  readonly env: Record<string, string>;
  readonly topics: string[];
  readonly groupId: string;
  readonly kafka: Kafka;
}

/** A fresh database, consumer group and topics of its own (KAFKA_TOPIC_PREFIX), created here. */
export async function reportingSetup(topicPrefix = `rep-e2e-${randomSuffix()}.`): Promise<ReportingSetup> {
  const groupId = `rep-e2e-${randomSuffix()}`;
  const topics = departments.map((d) => topicFor(d, topicPrefix));
  const kafka = createKafka({ brokers: stack.connection().kafkaBrokers, clientId: groupId, logger: { warn: () => undefined, error: () => undefined } });
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, topics, { partitions: 3 }).finally(() => admin.disconnect());
  return {
    env: {
      ...stack.serviceEnv('reporting'),
      DATABASE_URL: await stack.createDatabase(`rep_e2e_${randomSuffix()}`),
      KAFKA_TOPIC_PREFIX: topicPrefix,
      REPORTING_CONSUMER_GROUP: groupId,
      KAFKA_TOPIC_PARTITIONS: '3',
    },
    topics,
    groupId,
    kafka,
  };
}

/**
 * Starts reporting; with the departments' running services it asks them for the keys of their
 * events' personal fields (SUBJECT_KEY_SOURCES), which otherwise read as "[sealed]".
 */
export async function startReportingProcess(setup: ReportingSetup, departments: readonly { name: string; url: string }[] = []): Promise<RunningService> {
  const sources = departments.map((d) => `${d.name}=${d.url}`).join(',');
  const service = spawnService('reporting', sources ? { ...setup.env, SUBJECT_KEY_SOURCES: sources } : setup.env);
  await waitForStatus(`${service.url}/health/ready`, 200, 120_000);
  return service;
}

/** Offsets the group has committed, summed over the topics' partitions. */
export async function committed(setup: ReportingSetup): Promise<number> {
  const admin = setup.kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchOffsets({ groupId: setup.groupId, topics: setup.topics });
    return offsets.flatMap((t) => t.partitions).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
  } finally {
    await admin.disconnect();
  }
}

/** The topics' end offsets, summed over partitions. */
export async function endOffsets(setup: ReportingSetup): Promise<number> {
  const admin = setup.kafka.admin();
  await admin.connect();
  try {
    let sum = 0;
    for (const topic of setup.topics) for (const p of await admin.fetchTopicOffsets(topic)) sum += Number(p.high);
    return sum;
  } finally {
    await admin.disconnect();
  }
}

export const readerToken = () => stack.token({ roles: ['reader'] });
