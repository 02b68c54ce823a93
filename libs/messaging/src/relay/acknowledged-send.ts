import { Partitioners, type Admin, type Kafka, type Message, type PartitionMetadata, type Producer } from 'kafkajs';
import type { SignMessage } from '../kafka/envelope-signature';
import { toMessage, type OutboxRow } from './outbox-rows';

/** What one batch's send achieved: the positions Kafka acknowledged (acks=all), and why the rest were not. */
export interface SendOutcome {
  readonly acknowledged: string[];
  /** Set when some rows were not acknowledged; those rows stay unmarked and are sent again. */
  readonly failure?: Error;
}

/** Thrown (as a SendOutcome's failure) when kafkajs resolved a send without an acknowledgement for a partition it was given. */
export class UnacknowledgedPartitions extends Error {
  constructor(readonly partitions: readonly string[]) {
    super(`Kafka acknowledged no write for ${partitions.join(', ')} although the send resolved; those rows were not marked and are sent again`);
  }
}

interface Group {
  readonly topicMessages: Map<string, Message[]>;
  /** "topic:partition" → the outbox positions sent to it */
  readonly positions: Map<string, string[]>;
}

/**
 * Sends a batch so that only what Kafka really acknowledged is reported as published.
 *
 * kafkajs 2.2.4's `sendBatch` can *resolve* without having sent some partitions (tulios/kafkajs
 * #1303, open; #1798): it keeps one response per broker across its retries, so when a partition's
 * request failed (its leader killed mid-request) and the retry finds the partition's new leader to
 * be a broker that already answered in the first attempt, that partition is skipped and the call
 * succeeds — the rows would be marked published and never reach the topic (reproduced here: a
 * leader frozen then `kill -9`ed during a send of 60 messages over 6 partitions: the call resolved
 * after 8.7 s with 4 partitions acknowledged, 20 messages absent). And a send that rejects tells
 * nothing of the partitions that were written, so re-sending the whole batch duplicates them.
 *
 * So the partition of every row is computed here (the producer's own DefaultPartitioner over the
 * topic's partition count, i.e. the partition kafkajs would pick), the batch is split into one
 * `sendBatch` per current partition leader (one request per broker, as before), the calls settle
 * independently, and a row counts as sent only if the answer of its call lists its partition with
 * no error. The caller marks exactly those and sends the others again.
 */
export class AcknowledgedSender {
  private admin?: Promise<Admin>;
  private readonly metadata = new Map<string, { readonly partitions: PartitionMetadata[]; readonly at: number }>();
  private readonly partitioner = Partitioners.DefaultPartitioner();

  constructor(
    private readonly kafka: Kafka,
    /** How long a topic's partition count and leaders are reused before being read again. */
    private readonly metadataMaxAgeMs = 30_000,
  ) {}

  async send(producer: Producer, rows: readonly OutboxRow[], sign?: SignMessage): Promise<SendOutcome> {
    const groups = await this.groupByLeader(rows, sign);
    const settled = await Promise.allSettled(
      groups.map((group) =>
        producer.sendBatch({
          acks: -1,
          topicMessages: [...group.topicMessages].map(([topic, messages]) => ({ topic, messages })),
        }),
      ),
    );
    const acknowledged: string[] = [];
    const unacknowledged: string[] = [];
    let rejected: unknown;
    settled.forEach((result, i) => {
      const { positions } = groups[i];
      if (result.status === 'rejected') {
        rejected ??= result.reason;
        return;
      }
      const acked = new Set(result.value.filter((r) => Number(r.errorCode) === 0).map((r) => `${r.topicName}:${r.partition}`));
      for (const [partition, sent] of positions) {
        if (acked.has(partition)) acknowledged.push(...sent);
        else unacknowledged.push(partition);
      }
    });
    if (rejected !== undefined || unacknowledged.length > 0) {
      // a failure invalidates what is known of the leaders
      this.metadata.clear();
      const failure = rejected instanceof Error ? rejected : unacknowledged.length ? new UnacknowledgedPartitions(unacknowledged) : new Error(String(rejected));
      return { acknowledged, failure };
    }
    return { acknowledged };
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    this.metadata.clear();
    await admin?.then((a) => a.disconnect()).catch(() => undefined);
  }

  private async groupByLeader(rows: readonly OutboxRow[], sign?: SignMessage): Promise<Group[]> {
    const partitionsOf = await this.partitionMetadata([...new Set(rows.map((r) => r.topic))]);
    const groups = new Map<number, Group>();
    // rows in position order: within a partition the messages keep that order
    for (const row of rows) {
      const partitionMetadata = partitionsOf.get(row.topic) ?? [];
      const message = toMessage(row, sign);
      const partition = this.partitioner({ topic: row.topic, partitionMetadata, message });
      const leader = partitionMetadata.find((p) => p.partitionId === partition)?.leader ?? -1;
      let group = groups.get(leader);
      if (!group) groups.set(leader, (group = { topicMessages: new Map(), positions: new Map() }));
      const messages = group.topicMessages.get(row.topic) ?? [];
      messages.push({ ...message, partition });
      group.topicMessages.set(row.topic, messages);
      const key = `${row.topic}:${partition}`;
      const positions = group.positions.get(key) ?? [];
      positions.push(row.position);
      group.positions.set(key, positions);
    }
    return [...groups.values()];
  }

  private async partitionMetadata(topics: readonly string[]): Promise<Map<string, PartitionMetadata[]>> {
    const now = Date.now();
    const stale = topics.filter((t) => (this.metadata.get(t)?.at ?? -Infinity) < now - this.metadataMaxAgeMs);
    if (stale.length > 0) {
      const admin = await this.connectedAdmin();
      const { topics: found } = await admin.fetchTopicMetadata({ topics: stale });
      for (const t of found) this.metadata.set(t.name, { partitions: t.partitions, at: now });
    }
    const result = new Map<string, PartitionMetadata[]>();
    for (const topic of topics) {
      const partitions = this.metadata.get(topic)?.partitions;
      if (!partitions?.length) throw new Error(`no partition metadata for topic ${topic}`);
      result.set(topic, partitions);
    }
    return result;
  }

  private connectedAdmin(): Promise<Admin> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })();
    this.admin.catch(() => (this.admin = undefined));
    return this.admin;
  }
}

