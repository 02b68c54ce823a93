import { BeforeApplicationShutdown, ConflictException, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { createConsumerTables, ensureTopics, ExactlyOnceConsumer } from '@park-ledger/messaging';
import { KAFKA_CLIENT } from '@park-ledger/platform';
import type { Admin, Kafka } from 'kafkajs';
import { setTimeout as delay } from 'node:timers/promises';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { eventRegistry } from '../consumer/event-registry';
import { fixedVersionHandlers } from '../projection/projection-handlers';
import { createReadModelTables, schemaOf } from '../read-model/read-model-tables';
import { REPORTING_SETUP, type ReportingSetup } from '../reporting-setup';
import { pace } from './pace';
import { partitionKey, progressOf, type PartitionTarget, type Progress } from './rebuild-progress';
import { dropUnusedVersions } from './retention';
import { switchToVersion } from './switch-version';

const LOG_EVERY_MS = 5000;
/** How often every instance looks for a rebuild to take over and for versions to drop. */
const SUPERVISE_EVERY_MS = 2000;

/**
 * Builds a new version of the read models beside the live one, from the beginning of the topics,
 * with its own consumer group and positions; once it has read what was on the topics when it
 * started, switches to it (see switchToVersion).
 *
 * The rebuild's state lives in the database (reporting.rebuilds; its positions in its version's
 * schema), driven by one instance at a time (`driver`), which reports every second. When the driver
 * goes silent for REBUILD_TAKEOVER_SECONDS (killed, partitioned away) or stops gracefully (it hands
 * the rebuild back at once), another instance, or the same one restarted, takes it over and goes on
 * from the positions applied: nothing is applied twice (the consumer's effects and positions commit
 * together), nothing is read again that was applied.
 */
@Injectable()
export class RebuildService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Rebuild');
  private running?: { version: number; consumer: ExactlyOnceConsumer; stop: AbortController; done: Promise<void> };
  private supervisor?: NodeJS.Timeout;
  private supervising?: Promise<void>;
  private lastSweep = 0;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(REPORTING_SETUP) private readonly setup: ReportingSetup,
    private readonly dataSource: DataSource,
  ) {}

  private get me(): string {
    return this.setup.rebuild.instance;
  }

  onApplicationBootstrap(): void {
    this.supervisor = setInterval(() => {
      this.supervising ??= this.supervise().finally(() => (this.supervising = undefined));
    }, SUPERVISE_EVERY_MS);
    this.supervisor.unref();
  }

  async start(): Promise<{ version: number; status: string }> {
    const version = await this.claimVersion();
    try {
      const targets = await this.targets();
      await this.dataSource.query('update reporting.rebuilds set target = $2, total = $3, updated_at = now() where version = $1', [
        version,
        JSON.stringify(targets),
        progressOf(targets, new Map(), 0).total,
      ]);
      await this.drive(version, targets);
      this.logger.log({ event: 'rebuild-started', version, driver: this.me, total: progressOf(targets, new Map(), 0).total });
      return { version, status: 'building' };
    } catch (e) {
      await this.fail(version, e);
      throw e;
    }
  }

  private async targets(): Promise<PartitionTarget[]> {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      const topics = this.setup.topics.map((t) => t.topic);
      await ensureTopics(admin, topics, { partitions: this.setup.partitions });
      return await targetsOf(admin, topics);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  private groupOf(version: number): string {
    return `${this.setup.groupId}-rebuild-v${version}`;
  }

  /** Runs the rebuild's consumer here and follows it to the switch. */
  private async drive(version: number, targets: PartitionTarget[]): Promise<void> {
    const handlers = fixedVersionHandlers(this.setup.index, version);
    const wait = pace(this.setup.rebuild.maxEventsPerSecond);
    const consumer = new ExactlyOnceConsumer({
      kafka: this.kafka,
      groupId: this.groupOf(version),
      topics: this.setup.topics.map((t) => t.topic),
      dataSource: this.dataSource,
      schema: schemaOf(version),
      eventRegistry,
      handler: async (event, tx) => {
        await wait(1);
        await handlers.handler(event, tx);
      },
      handleBatch: async (events, tx) => {
        await wait(events.length);
        await handlers.handleBatch(events, tx);
      },
      fromBeginning: true,
      createTopics: false,
      // a member that died leaves its partitions to the next driver once the group notices
      sessionTimeoutMs: Math.min(30_000, Math.max(6_000, this.setup.rebuild.takeoverSeconds * 1000)),
      verify: this.setup.verify,
      registry: new Registry(),
      logger: this.logger,
    });
    await consumer.start();
    const stop = new AbortController();
    this.running = { version, consumer, stop, done: this.follow(version, consumer, targets, stop.signal) };
  }

  /** Version numbers only grow; one rebuild at a time (a unique index on the running ones). */
  private async claimVersion(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const [{ next }] = await tx.query(
        `select greatest((select max(version) from reporting.rebuilds), (select version from reporting.active_version)) + 1 as next`,
      );
      const claimed = await tx.query(
        `insert into reporting.rebuilds (version, status, driver) values ($1, 'building', $2) on conflict do nothing returning version`,
        [next, this.me],
      );
      if (claimed.length === 0) {
        throw new ConflictException({ statusCode: 409, error: 'RebuildRunning', message: 'a rebuild is already running' });
      }
      await createReadModelTables(tx, next);
      await createConsumerTables(tx, schemaOf(next));
      return next;
    });
  }

  /** Every instance: takes over a rebuild whose driver went silent, drops what retention lets go. */
  private async supervise(): Promise<void> {
    try {
      if (!this.running) await this.takeOver();
      const sweepEveryMs = Math.min(60_000, this.setup.rebuild.retentionSeconds * 1000);
      if (Date.now() - this.lastSweep >= sweepEveryMs) {
        this.lastSweep = Date.now();
        const dropped = await dropUnusedVersions(this.dataSource, this.kafka, {
          retentionSeconds: this.setup.rebuild.retentionSeconds,
          groupOf: (version) => this.groupOf(version),
        });
        for (const what of dropped) this.logger.log({ event: 'read-model-dropped', ...what });
      }
    } catch (e) {
      this.logger.warn(`rebuild supervision: ${(e as Error).message}`);
    }
  }

  private async takeOver(): Promise<void> {
    // (updates are wrapped in a select: TypeORM answers a bare UPDATE … RETURNING with [rows, count])
    const [taken] = await this.dataSource.query(
      `with silent as (
         select version, driver from reporting.rebuilds
          where status in ('building', 'switching') and updated_at < now() - make_interval(secs => $2)
          for update skip locked),
       taken as (
         update reporting.rebuilds r set driver = $1, updated_at = now(), takeovers = takeovers + 1
           from silent where r.version = silent.version
         returning r.version, r.status, r.target, silent.driver as previous)
       select * from taken`,
      [this.me, this.setup.rebuild.takeoverSeconds],
    );
    if (!taken) return;
    this.logger.log({ event: 'rebuild-taken-over', version: taken.version, status: taken.status, from: taken.previous, driver: this.me });
    try {
      if (taken.status === 'switching') await this.switchTo(taken.version, Date.now());
      else await this.drive(taken.version, taken.target as PartitionTarget[]);
    } catch (e) {
      await this.fail(taken.version, e);
    }
  }

  private async follow(version: number, consumer: ExactlyOnceConsumer, targets: PartitionTarget[], signal: AbortSignal) {
    const startedAt = Date.now();
    let lastLog = 0;
    try {
      // taken over: the rate counts what this driver reads, not what its predecessors did
      const appliedBefore = progressOf(targets, await this.committed(this.groupOf(version)), 0).applied;
      for (;;) {
        const progress = progressOf(targets, await this.committed(this.groupOf(version)), Date.now() - startedAt, appliedBefore);
        if (!(await this.record(version, progress))) {
          // another instance took it over (this one was silent too long): it goes on from the positions
          this.logger.warn({ event: 'rebuild-lost', version, driver: this.me });
          await consumer.stop();
          return;
        }
        if (Date.now() - lastLog >= LOG_EVERY_MS || progress.caughtUp) {
          lastLog = Date.now();
          this.logger.log({ event: 'rebuild-progress', version, ...progress });
        }
        if (progress.caughtUp) break;
        await delay(1000, undefined, { signal });
      }
      await consumer.stop();
      await this.dataSource.query(`update reporting.rebuilds set status = 'switching', updated_at = now() where version = $1 and driver = $2`, [
        version,
        this.me,
      ]);
      await this.switchTo(version, startedAt);
    } catch (e) {
      await consumer.stop().catch(() => undefined);
      if (signal.aborted) await this.handBack(version);
      else await this.fail(version, e);
    } finally {
      this.running = undefined;
    }
  }

  private async switchTo(version: number, startedAt: number): Promise<void> {
    const copied = await switchToVersion(this.dataSource, this.setup.index, version);
    this.logger.log({ event: 'rebuild-switched', version, copiedAtSwitch: copied, seconds: (Date.now() - startedAt) / 1000 });
  }

  private async committed(groupId: string): Promise<Map<string, number>> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchOffsets({ groupId, topics: this.setup.topics.map((t) => t.topic) });
      return new Map(offsets.flatMap(({ topic, partitions }) => partitions.map((p) => [partitionKey(topic, p.partition), Number(p.offset)])));
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  /** The driver's report: false when this instance no longer drives the rebuild. */
  private async record(version: number, p: Progress): Promise<boolean> {
    const [{ driving }] = await this.dataSource.query(
      `with reported as (
         update reporting.rebuilds set applied = $2, total = $3, events_per_second = $4, updated_at = now()
          where version = $1 and driver = $5 and status = 'building' returning 1)
       select count(*) > 0 as driving from reported`,
      [version, p.applied, p.total, p.eventsPerSecond, this.me],
    );
    return driving;
  }

  /** Stopping gracefully: the rebuild is left for the next instance to take over at once. */
  private async handBack(version: number): Promise<void> {
    this.logger.log({ event: 'rebuild-handed-back', version, driver: this.me });
    await this.dataSource
      .query(
        `update reporting.rebuilds set driver = null, updated_at = now() - interval '1 day'
          where version = $1 and driver = $2 and status in ('building', 'switching')`,
        [version, this.me],
      )
      .catch(() => undefined);
  }

  private async fail(version: number, e: unknown): Promise<void> {
    const message = e instanceof Error ? e.message : String(e);
    this.logger.error({ event: 'rebuild-failed', version, message });
    await this.dataSource
      .query(`update reporting.rebuilds set status = 'failed', finished_at = now(), updated_at = now(), message = $2 where version = $1`, [
        version,
        message,
      ])
      .catch(() => undefined);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.supervisor);
    await this.supervising;
    this.running?.stop.abort();
    await this.running?.done;
  }
}

async function targetsOf(admin: Admin, topics: readonly string[]): Promise<PartitionTarget[]> {
  const targets: PartitionTarget[] = [];
  for (const topic of topics) {
    for (const p of await admin.fetchTopicOffsets(topic)) {
      targets.push({ topic, partition: p.partition, low: Number(p.low), high: Number(p.high) });
    }
  }
  return targets;
}
