import { setTimeout as delay } from 'node:timers/promises';
import { Partitioners, type ICustomPartitioner, type Kafka, type Producer } from 'kafkajs';
import type { Pool } from 'pg';
import { Registry } from 'prom-client';
import { poolOf, type Database } from '../database';
import { failpoint } from '../failpoint';
import { errorMessage, stderrLogger, type MessagingLogger } from '../logger';
import { LeaderConnection } from './leader-connection';
import type { SignMessage } from '../kafka/envelope-signature';
import { AcknowledgedSender } from './acknowledged-send';
import { readUnpublished, type OutboxRow } from './outbox-rows';
import { enterFence, PublisherFenced, type FencedBatch } from './publish-fence';
import { relayMetrics, type RelayMetrics } from './relay-metrics';
import { Wakeup } from './wakeup';

export interface OutboxRelayOptions {
  readonly database: Database;
  readonly kafka: Kafka;
  readonly batchSize?: number;
  /**
   * After a wake-up, how long to let more commits gather before reading: a few milliseconds of
   * publish latency buy batches of several events instead of one read, send and mark per event.
   */
  readonly lingerMs?: number;
  /** Fallback poll when no NOTIFY arrives. */
  readonly pollIntervalMs?: number;
  /** How often a follower tries to become the leader. */
  readonly leaderRetryMs?: number;
  /** Ceiling of the back-off after a failed batch (Kafka or database down). */
  readonly maxBackoffMs?: number;
  /** prom-client registry for the outbox_* metrics; one relay per registry. */
  readonly registry?: Registry;
  readonly logger?: MessagingLogger;
  /** Signs each message value (the department's key), so consumers can tell its messages from anyone else's. */
  readonly sign?: SignMessage;
}

/**
 * Publishes the outbox to Kafka in position order: read unpublished rows, sendBatch, mark them.
 * At-least-once: a crash between the ack and the mark re-sends that batch (consumers dedupe).
 * Only the instance holding the advisory lock publishes, so instances never interleave, and a
 * batch is sent only inside the publish fence (publish-fence.ts): an instance that lost its lock
 * mid-batch either finishes marking that batch before the new leader reads, or does not send it.
 */
/** Failed sends in a row after which the relay gives up on its producer's sequence numbers and starts afresh. */
const MAX_RETRIES_SAME_PRODUCER = 10;
const IDEMPOTENCE_ERRORS = new Set(['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH', 'INVALID_PRODUCER_ID_MAPPING']);

/** Whether the broker refused the producer's idempotence state (kafkajs wraps the protocol error, hence the walk). */
function idempotenceBroken(e: unknown): boolean {
  for (let error = e as { type?: string; cause?: unknown; originalError?: unknown } | undefined, depth = 0; error && depth < 5; depth++) {
    if (error.type && IDEMPOTENCE_ERRORS.has(error.type)) return true;
    error = (error.originalError ?? error.cause) as typeof error;
  }
  return false;
}

/** The partitioner of the relay's producer: the partition set on the message, else the default one's choice. */
const givenPartition: ICustomPartitioner = () => {
  const fallback = Partitioners.DefaultPartitioner();
  return (args) => args.message.partition ?? fallback(args);
};

/** Leaves a fence entered ahead for a batch that is not sent; one that failed to enter needs nothing. */
const abandon = async (fence: Promise<FencedBatch> | undefined): Promise<void> => {
  const entered = await fence?.catch(() => undefined);
  await entered?.abandon();
};

export class OutboxRelay {
  private readonly pool: Pool;
  private readonly wakeup = new Wakeup();
  private readonly leaderConnection: LeaderConnection;
  private readonly metrics: RelayMetrics;
  private readonly logger: MessagingLogger;
  private readonly stopping = new AbortController();
  private producer?: Producer;
  private readonly sender: AcknowledgedSender;
  /** The last sent batch, marked while the next one is read and sent. */
  private marking?: { readonly positions: string[]; readonly failure: Promise<unknown> };
  /** The batch after the one just sent, read while it was being sent; dropped when a send fails. */
  private prefetched?: Promise<OutboxRow[]>;
  /** The fence for that batch, entered (lock and leadership check) while the last one was being sent. */
  private nextFence?: Promise<FencedBatch>;
  /**
   * The rows of a failed send that Kafka did not acknowledge, sent again exactly as they were (the
   * same rows per partition) by the same idempotent producer: a write that reached the brokers
   * although its answer was lost (a leader killed between its append and its reply) then carries
   * the same producer id and sequence numbers, and the broker drops it as a duplicate instead of
   * appending it twice. A fresh producer would duplicate it.
   */
  private pending?: OutboxRow[];
  private failuresInARow = 0;
  private loop?: Promise<void>;

  constructor(private readonly options: OutboxRelayOptions) {
    this.pool = poolOf(options.database);
    this.logger = options.logger ?? stderrLogger;
    this.leaderConnection = new LeaderConnection(this.pool, () => this.wakeup.notify(), this.logger);
    this.sender = new AcknowledgedSender(options.kafka);
    this.metrics = relayMetrics(options.registry ?? new Registry(), this.pool, () => this.isLeader);
  }

  get isLeader(): boolean {
    return this.leaderConnection.isLeader;
  }

  /** Wakes the loop when this instance is the publishing one; answers whether it is. */
  wakeIfLeading(): boolean {
    if (!this.isLeader) return false;
    this.wakeup.notify();
    return true;
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Lets the in-flight batch finish (sent and marked), then disconnects and releases leadership. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.wakeup.notify();
    await this.loop;
    await this.resetProducer();
    await this.sender.close();
    await this.leaderConnection.close();
  }

  private async run(): Promise<void> {
    const { batchSize = 500, lingerMs = 5, pollIntervalMs = 1000, leaderRetryMs = 2000, maxBackoffMs = 10_000 } = this.options;
    let backoffMs = 250;
    while (!this.stopping.signal.aborted) {
      try {
        if (!(await this.leaderConnection.tryLead())) {
          this.prefetched = undefined;
          void this.dropNextFence();
          this.pending = undefined;
          await this.wakeup.wait(leaderRetryMs);
          continue;
        }
        const published = await this.publishBatch(batchSize);
        backoffMs = 250;
        this.failuresInARow = 0;
        if (published < batchSize) {
          await this.wakeup.wait(pollIntervalMs);
          if (lingerMs > 0) await delay(lingerMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
        }
      } catch (e) {
        if (e instanceof PublisherFenced) {
          this.metrics.fenced.inc();
          this.logger.warn('outbox relay lost the publisher lock; its next batch was not sent, another instance publishes');
          this.prefetched = undefined;
          void this.dropNextFence();
          this.pending = undefined;
          continue;
        }
        this.failuresInARow++;
        // Keep the producer (and its sequence numbers) while the same rows are retried, unless the
        // broker rejected its idempotence state or it keeps failing: then a fresh one, rows read again.
        const keep = this.pending !== undefined && !idempotenceBroken(e) && this.failuresInARow < MAX_RETRIES_SAME_PRODUCER;
        this.logger.error(
          `outbox relay batch failed, retrying in ${backoffMs} ms${keep ? ` (${this.pending?.length} unacknowledged rows, same producer)` : ''}: ${errorMessage(e)}`,
        );
        if (!keep) {
          this.pending = undefined;
          await this.resetProducer();
        }
        await delay(backoffMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
        backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
      }
    }
    await this.prefetched?.catch(() => undefined);
    this.prefetched = undefined;
    await this.dropNextFence();
    await this.finishMarking().catch((e) => this.logger.error(`outbox relay could not mark its last batch: ${errorMessage(e)}`));
  }

  private async publishBatch(batchSize: number): Promise<number> {
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    const enteredFence = this.nextFence;
    this.nextFence = undefined;
    const retry = this.pending;
    this.pending = undefined;
    if (retry) prefetched?.catch(() => undefined);
    let rows: OutboxRow[];
    try {
      rows = retry ?? (await prefetched) ?? (await readUnpublished(this.pool, batchSize, this.marking?.positions));
    } catch (e) {
      void abandon(enteredFence);
      throw e;
    }
    if (rows.length === 0) {
      void abandon(enteredFence);
      await this.finishMarking();
      return 0;
    }
    const producer = await this.connectedProducer().catch((e: unknown) => {
      void abandon(enteredFence);
      throw e;
    });
    const positions = rows.map((row) => row.position);
    const fence = await (enteredFence ?? this.enterFence());
    // A full batch suggests a backlog: read the next one, and enter its fence, while this one is on the
    // wire. Their queries go out before the send starts (one turn of the event loop: the pool hands
    // out its connection on the next tick, and encoding the batch would hold this thread ~10 ms), so
    // Postgres works on them while this process encodes: 0.75× raw sendBatch without that, 0.83× with.
    const backlog = rows.length === batchSize;
    const next = backlog ? readUnpublished(this.pool, batchSize, [...positions, ...(this.marking?.positions ?? [])]) : undefined;
    next?.catch(() => undefined);
    const nextFence = backlog ? this.enterFence() : undefined;
    nextFence?.catch(() => undefined);
    if (backlog) await new Promise((resolve) => setImmediate(resolve));
    // only what Kafka acknowledged is marked (acknowledged-send.ts: kafkajs can resolve a send it did not complete)
    const sending = this.sender.send(producer, rows, this.options.sign);
    this.metrics.batchRows.observe(rows.length);
    let outcome;
    try {
      outcome = await sending;
    } catch (e) {
      this.pending = rows;
      void abandon(nextFence);
      await fence.abandon();
      throw e;
    }
    if (outcome.failure) {
      void abandon(nextFence);
      const acknowledged = new Set(outcome.acknowledged);
      this.pending = rows.filter((row) => !acknowledged.has(row.position));
      // a partial send: mark the acknowledged rows (sending them again would duplicate them), retry the rest
      if (outcome.acknowledged.length > 0) {
        await fence.mark(outcome.acknowledged);
        this.metrics.published.inc(outcome.acknowledged.length);
      } else await fence.abandon();
      throw outcome.failure;
    }
    failpoint('relay-after-send');
    await this.finishMarking().catch(async (e: unknown) => {
      void abandon(nextFence);
      await fence.abandon();
      throw e;
    });
    // During a backlog, marking overlaps the next send; a failure surfaces on the next finishMarking.
    const failure = fence.mark(positions).then(
      () => {
        this.metrics.published.inc(positions.length);
        return undefined;
      },
      (e: unknown) => e ?? new Error('marking failed'),
    );
    this.marking = { positions, failure };
    this.prefetched = next;
    this.nextFence = nextFence;
    if (!next) await this.finishMarking();
    return rows.length;
  }

  private enterFence(): Promise<FencedBatch> {
    return enterFence(this.pool, () => this.leaderConnection.stillLeading());
  }

  /** Leaves the fence entered for a batch that will not be sent (the read failed, leadership lost, stopping). */
  private dropNextFence(): Promise<void> {
    const fence = this.nextFence;
    this.nextFence = undefined;
    return abandon(fence);
  }

  private async finishMarking(): Promise<void> {
    const marking = this.marking;
    this.marking = undefined;
    const failure = await marking?.failure;
    if (failure) throw failure;
  }

  private async connectedProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    const producer = this.options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      // every message carries the partition AcknowledgedSender computed; the default partitioner
      // would still copy the partition list per message before returning it
      createPartitioner: givenPartition,
      // Bounded, so an outage surfaces here (logged, backed off) instead of hanging stop().
      retry: { retries: 5 },
    });
    this.producer = producer;
    await producer.connect();
    return producer;
  }

  /** A fresh producer after any failure: no half-broken idempotence state is carried over. */
  private async resetProducer(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }
}
