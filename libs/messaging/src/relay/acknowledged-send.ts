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
  private readonly routing = new Map<string, TopicRouting>();
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
      this.routing.clear();
      const failure = rejected instanceof Error ? rejected : unacknowledged.length ? new UnacknowledgedPartitions(unacknowledged) : new Error(String(rejected));
      return { acknowledged, failure };
    }
    return { acknowledged };
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    this.routing.clear();
    await admin?.then((a) => a.disconnect()).catch(() => undefined);
  }

  private async groupByLeader(rows: readonly OutboxRow[], sign?: SignMessage): Promise<Group[]> {
    const topics = new Map<string, TopicRouting>();
    for (const row of rows) if (!topics.has(row.topic)) topics.set(row.topic, await this.refreshedRouting(row.topic));
    const groups = new Map<number, Group>();
    // rows in position order: within a partition the messages keep that order
    for (const row of rows) {
      const routing = topics.get(row.topic)!;
      const partition = routing.partitionOf(row.messageKey);
      const leader = routing.leaders[partition] ?? -1;
      let group = groups.get(leader);
      if (!group) groups.set(leader, (group = { topicMessages: new Map(), positions: new Map() }));
      const message: Message = toMessage(row, sign);
      message.partition = partition;
      let messages = group.topicMessages.get(row.topic);
      if (!messages) group.topicMessages.set(row.topic, (messages = []));
      messages.push(message);
      const key = routing.partitionNames[partition];
      let positions = group.positions.get(key);
      if (!positions) group.positions.set(key, (positions = []));
      positions.push(row.position);
    }
    return [...groups.values()];
  }

  /** The topic's routing, read again when older than metadataMaxAgeMs (or after a failure cleared it). */
  private async refreshedRouting(topic: string): Promise<TopicRouting> {
    const known = this.routing.get(topic);
    if (known && known.at >= Date.now() - this.metadataMaxAgeMs) return known;
    const partitions = await this.partitionMetadata(topic);
    // the partition of a key depends only on the partition count: keep the cache while it holds
    const routing = new TopicRouting(topic, partitions, this.partitioner, known?.partitionCount === partitions.length ? known : undefined);
    this.routing.set(topic, routing);
    return routing;
  }

  private async partitionMetadata(topic: string): Promise<PartitionMetadata[]> {
    const admin = await this.connectedAdmin();
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    const partitions = topics.find((t) => t.name === topic)?.partitions;
    if (!partitions?.length) throw new Error(`no partition metadata for topic ${topic}`);
    return partitions;
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


/** How many keys' partitions a topic remembers; past it the memory starts again (streams recur in bursts). */
const PARTITION_CACHE_KEYS = 50_000;

/**
 * A topic's partition leaders, and the partition of each key as the producer's DefaultPartitioner
 * computes it (murmur2 of the key over the partition count), remembered per key: a stream's events
 * come in bursts, and hashing each message again was a tenth of the relay's CPU.
 */
class TopicRouting {
  readonly at = Date.now();
  readonly partitionCount: number;
  /** partition id → leader broker id */
  readonly leaders: number[] = [];
  /** partition id → "topic:partition" */
  readonly partitionNames: string[] = [];
  private readonly partitions: Map<string, number>;

  constructor(
    readonly topic: string,
    private readonly metadata: PartitionMetadata[],
    private readonly partitioner: ReturnType<typeof Partitioners.DefaultPartitioner>,
    previous?: TopicRouting,
  ) {
    this.partitionCount = metadata.length;
    for (const p of metadata) {
      this.leaders[p.partitionId] = p.leader;
      this.partitionNames[p.partitionId] = `${topic}:${p.partitionId}`;
    }
    this.partitions = previous?.partitions ?? new Map();
  }

  partitionOf(key: string): number {
    let partition = this.partitions.get(key);
    if (partition === undefined) {
      partition = this.partitioner({ topic: this.topic, partitionMetadata: this.metadata, message: { key, value: null } });
      if (this.partitions.size >= PARTITION_CACHE_KEYS) this.partitions.clear();
      this.partitions.set(key, partition);
    }
    return partition;
  }
}
