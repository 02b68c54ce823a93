import type { Admin, Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { setTimeout as delay } from 'node:timers/promises';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { failpoint } from '../failpoint';
import { ensureTopics, type TopicOptions } from '../kafka/ensure-topics';
import type { VerifyMessage } from '../kafka/envelope-signature';
import { errorMessage, stderrLogger, type MessagingLogger } from '../logger';
import { applyChunkAtOnce, type BatchHandler } from './apply-chunk';
import {
  applyInOrder,
  applyMessage,
  type ApplyContext,
  type EventHandler,
} from './apply-in-order';
import type { ConsumerDecodeResult, Decode } from './version-fit';
import { ConsumerMetrics, emptyTally, type Tally } from './consumer-metrics';
import { DEFAULT_CONSUMER_SCHEMA } from './consumer-migrations';
import { ConsumerTables, type MessageSource } from './consumer-tables';

export interface ExactlyOnceConsumerOptions {
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly topics: readonly string[];
  /** The consumer's own database, migrated with consumerMigrations. */
  readonly dataSource: DataSource;
  /** Schema of the positions, held and parked events (default `consumer`); a second group over the
   *  same topics in the same database, e.g. a read-model rebuild, needs its own (see createConsumerTables). */
  readonly schema?: string;
  /** The contracts' EventRegistry: its decode validates, upcasts and explains rejections. */
  readonly eventRegistry?: { decode(raw: string): ConsumerDecodeResult };
  /** Overrides eventRegistry.decode. One of the two is required. */
  readonly decode?: Decode;
  readonly handler: EventHandler;
  /** Applies a chunk's events at once; when it fails, the chunk falls back to `handler`, event by event. */
  readonly handleBatch?: BatchHandler;
  /** Extra attempts after the handler first fails, before the event is parked. */
  readonly maxRetries?: number;
  /** Messages per Postgres transaction. */
  readonly chunkSize?: number;
  /** Partitions applied at the same time, each chunk in its own transaction (kafkajs partitionsConsumedConcurrently). */
  readonly partitionsConsumedConcurrently?: number;
  /** Topics missing at start are created with these options (false: never create). */
  readonly createTopics?: TopicOptions | false;
  readonly fromBeginning?: boolean;
  /** How soon the group notices a dead member (Kafka's default: 30 s). */
  readonly sessionTimeoutMs?: number;
  /** prom-client registry for the consumer_* metrics. */
  readonly registry?: Registry;
  /**
   * How often consumer_lag is measured from the broker (the group's committed offsets against each
   * partition's end), so the gauge moves while no batch arrives — a stuck handler, a stopped group's
   * backlog — and not only when one is applied. 0: only on batches.
   */
  readonly lagIntervalMs?: number;
  readonly logger?: MessagingLogger;
  /**
   * Checks each message came from its topic's department (its signature): one that does not is
   * parked as `untrusted` and never applied, nor re-driven. Without it every message is trusted.
   */
  readonly verify?: VerifyMessage;
  /** Called once a chunk that applied events has committed (e.g. to drop what this process cached of the tables). */
  readonly afterCommit?: () => void;
}

// Every chunk pays its round trips and a commit, so chunks are large (a 1 MB fetch of a partition is
// about 2000 events); applying several partitions at once keeps Postgres busy while Node decodes and
// plans another chunk, and a partition with a few new events need not wait behind the others.
// (5000, one transaction per Kafka batch, was tried: at 200,000 events the projection drained at
// 4454, 5002 and 6617 events/s (0.68, 0.79, 0.40× as the baselines moved with the load) against 4725
// (0.31×) at 1000 in the same half hour — no gain shown above the noise, so 1000 stays.)
const DEFAULT_CHUNK_SIZE = 1000;
const DEFAULT_CONCURRENCY = 3;

/** Thrown to roll back a chunk's transaction when the batch handler refused the chunk. */
const refused = new Error('batch handler refused the chunk');

export type RedriveResult =
  | { readonly status: 'applied' | 'duplicate' | 'held' }
  | { readonly status: 'not-found' | 'already-redriven' }
  | { readonly status: 'failed'; readonly reason: string };

/**
 * Applies each chunk of a batch and the per-stream progress in ONE Postgres transaction, and commits
 * the Kafka offsets only after it: a redelivery (crash, rebalance) finds the versions already applied
 * and changes nothing. Poison messages are parked in the same transaction and the partition moves on.
 */
export class ExactlyOnceConsumer {
  private readonly consumer: Consumer;
  private readonly metrics: ConsumerMetrics;
  private readonly logger: MessagingLogger;
  private readonly decode: Decode;
  private readonly tables: ConsumerTables;
  private lagTimer?: NodeJS.Timeout;
  private lagAdmin?: Admin;
  /** Partitions assigned to this member at its last group join, by topic; none until it joins. */
  private assigned: Record<string, number[]> = {};

  constructor(private readonly options: ExactlyOnceConsumerOptions) {
    const { eventRegistry } = options;
    const decode = options.decode ?? (eventRegistry && ((raw: string) => eventRegistry.decode(raw)));
    if (!decode) throw new Error('ExactlyOnceConsumer needs an eventRegistry or a decode function');
    this.decode = decode;
    this.tables = new ConsumerTables(options.schema ?? DEFAULT_CONSUMER_SCHEMA);
    const { sessionTimeoutMs = 30_000 } = options;
    this.consumer = options.kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: sessionTimeoutMs,
      heartbeatInterval: Math.min(3000, Math.floor(sessionTimeoutMs / 3)),
    });
    this.metrics = ConsumerMetrics.of(options.registry ?? new Registry());
    this.logger = options.logger ?? stderrLogger;
    // Lag is exported only for what this instance owns: several instances share the group.
    this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => {
      this.assigned = payload.memberAssignment;
      this.metrics.clearLag(this.options.topics);
    });
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) =>
      this.logger.error(`consumer ${options.groupId} crashed (restart: ${payload.restart}): ${errorMessage(payload.error)}`),
    );
  }

  async start(): Promise<void> {
    const { kafka, topics, createTopics = {}, fromBeginning = true } = this.options;
    if (createTopics) {
      const admin = kafka.admin();
      await admin.connect();
      await ensureTopics(admin, topics, createTopics).finally(() => admin.disconnect());
    }
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...topics], fromBeginning });
    const { partitionsConsumedConcurrently = DEFAULT_CONCURRENCY } = this.options;
    await this.consumer.run({
      partitionsConsumedConcurrently,
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.applyBatch(payload),
    });
    this.measureLagEvery(this.options.lagIntervalMs ?? 15_000);
  }

  /** Sets consumer_lag for every partition this instance owns, from the broker's offsets. */
  async measureLag(): Promise<void> {
    const { kafka, groupId, topics } = this.options;
    this.lagAdmin ??= kafka.admin();
    const admin = this.lagAdmin;
    await admin.connect();
    const [committed, ends] = await Promise.all([
      admin.fetchOffsets({ groupId, topics: [...topics] }),
      Promise.all(topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) }))),
    ]);
    for (const { topic, partitions } of ends) {
      const done = committed.find((c) => c.topic === topic)?.partitions ?? [];
      for (const { partition, high, low } of partitions) {
        if (!this.assigned[topic]?.includes(partition)) continue;
        const offset = done.find((p) => p.partition === partition)?.offset ?? '-1';
        // no commit yet: everything still on the partition is behind
        const next = BigInt(offset) < 0n ? BigInt(low) : BigInt(offset);
        this.metrics.setLag(topic, partition, Number(BigInt(high) - next));
      }
    }
  }

  private measureLagEvery(intervalMs: number): void {
    if (intervalMs <= 0 || this.lagTimer) return;
    let running = false;
    this.lagTimer = setInterval(() => {
      if (running) return;
      running = true;
      this.measureLag()
        .catch((e) => this.logger.warn(`consumer ${this.options.groupId} could not measure its lag: ${errorMessage(e)}`))
        .finally(() => (running = false));
    }, intervalMs);
    this.lagTimer.unref();
  }

  /**
   * Starts, retrying with a growing pause (1 s, 2 s, … 30 s) until it has started or `signal` aborts:
   * the service starts and answers while Kafka is down, and its consumer joins when the broker is back.
   */
  async startWithRetries(signal: AbortSignal): Promise<void> {
    for (let attempt = 1; !signal.aborted; attempt++) {
      try {
        await this.start();
        return;
      } catch (e) {
        this.logger.warn(`consumer ${this.options.groupId} could not start yet (attempt ${attempt}): ${errorMessage(e)}`);
        await this.stop().catch(() => undefined);
        await delay(Math.min(30_000, 1000 * attempt), undefined, { signal }).catch(() => undefined);
      }
    }
  }

  /** Finishes the chunk in progress (its transaction and offset commit), then leaves the group. */
  async stop(): Promise<void> {
    clearInterval(this.lagTimer);
    this.lagTimer = undefined;
    this.assigned = {};
    this.metrics.clearLag(this.options.topics);
    const admin = this.lagAdmin;
    this.lagAdmin = undefined;
    await Promise.all([this.consumer.disconnect(), admin?.disconnect().catch(() => undefined)]);
  }

  /** Re-applies a parked event through decode + handler, e.g. after a fix was deployed. */
  async redrive(parkedId: string | number): Promise<RedriveResult> {
    const tally = emptyTally();
    const result = await this.options.dataSource.transaction(async (tx): Promise<RedriveResult> => {
      const parked = await this.tables.lockParkedEvent(tx, String(parkedId));
      if (!parked) return { status: 'not-found' };
      if (parked.redrivenAt) return { status: 'already-redriven' };
      // its signature was not kept: what was untrusted once stays so (its department publishes it again)
      if (parked.reason.startsWith('untrusted:')) return { status: 'failed', reason: parked.reason };
      const decoded = this.decode(parked.raw?.toString('utf8') ?? '');
      if (!decoded.ok) return { status: 'failed', reason: decoded.reason };
      const outcome = await applyInOrder(this.context(tx, tally), decoded.event, parked);
      if (typeof outcome === 'object') return { status: 'failed', reason: outcome.failed };
      await this.tables.markRedriven(tx, parked.id);
      return { status: outcome };
    });
    this.metrics.record(tally);
    return result;
  }

  private async applyBatch({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }: EachBatchPayload) {
    const { topic, partition } = batch;
    const chunkSize = this.options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    for (let start = 0; start < batch.messages.length; start += chunkSize) {
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(start, start + chunkSize);
      const tally = await this.applyChunk(topic, partition, chunk);
      if (tally.applied > 0) this.options.afterCommit?.();
      failpoint('consumer-after-db-commit');
      this.metrics.record(tally);
      const lastOffset = chunk[chunk.length - 1].offset;
      resolveOffset(lastOffset);
      const next = (BigInt(lastOffset) + 1n).toString();
      await commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset: next }] }] });
      this.metrics.setLag(topic, partition, Number(BigInt(batch.highWatermark) - BigInt(next)));
      await heartbeat();
    }
  }

  /**
   * One transaction for the chunk; if the batch handler refuses it, that transaction is rolled back
   * and a second one applies the chunk message by message (no savepoint: two round trips fewer on
   * every chunk, and a refused batch is rare).
   */
  private async applyChunk(topic: string, partition: number, messages: KafkaMessage[]): Promise<Tally> {
    const { verify } = this.options;
    const sources = messages.map(({ offset, key, value, headers }): MessageSource => ({
      topic,
      partition,
      offset,
      key: key?.toString('utf8') ?? null,
      raw: value,
      untrusted: verify?.({ topic, value, headers }),
    }));
    const { dataSource, handleBatch } = this.options;
    if (handleBatch) {
      const tally = emptyTally();
      const applied = await dataSource
        .transaction(async (tx) => {
          if (!(await applyChunkAtOnce(this.context(tx, tally), handleBatch, sources))) throw refused;
        })
        .then(
          () => true,
          (e: unknown) => {
            if (e === refused) return false;
            throw e;
          },
        );
      if (applied) return tally;
    }
    const tally = emptyTally();
    await dataSource.transaction(async (tx) => {
      const ctx = this.context(tx, tally);
      for (const source of sources) await applyMessage(ctx, source);
    });
    return tally;
  }

  private context(tx: ApplyContext['tx'], tally: Tally): ApplyContext {
    const { handler, maxRetries = 2 } = this.options;
    return { tx, tables: this.tables, decode: this.decode, handler, maxRetries, tally };
  }
}
