import type { Admin } from 'kafkajs';

export interface TopicOptions {
  /** Partitions for topics that do not exist yet; existing topics are never changed. */
  readonly partitions?: number;
  /**
   * Left out: the broker's `default.replication.factor` (1 on the local single broker, 3 on the
   * local 3-broker cluster and in production, with the broker's `min.insync.replicas`).
   */
  readonly replicationFactor?: number;
}

/**
 * Creates the topics that are missing (the broker has auto-create off). Safe to call from every
 * instance at start-up: existing topics, and topics a concurrent instance just created, are left alone.
 */
export async function ensureTopics(
  admin: Admin,
  topics: readonly string[],
  { partitions = 6, replicationFactor }: TopicOptions = {},
): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
  if (missing.length === 0) return [];
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: partitions, ...(replicationFactor ? { replicationFactor } : {}) })),
    });
  } catch (e) {
    if (!onlyAlreadyExists(e)) throw e;
  }
  return missing;
}

function onlyAlreadyExists(e: unknown): boolean {
  const { type, errors } = e as { type?: string; errors?: { type?: string }[] };
  if (type === 'TOPIC_ALREADY_EXISTS') return true;
  return Array.isArray(errors) && errors.length > 0 && errors.every((err) => err.type === 'TOPIC_ALREADY_EXISTS');
}
