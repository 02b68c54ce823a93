import { BeforeApplicationShutdown, ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
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
import { partitionKey, progressOf, type PartitionTarget, type Progress } from './rebuild-progress';
import { switchToVersion } from './switch-version';

const LOG_EVERY_MS = 5000;

/**
 * Builds a new version of the read models beside the live one, from the beginning of the topics,
 * with its own consumer group and positions; once it has read what was on the topics when it
 * started, switches to it (see switchToVersion). Runs in the instance that was asked to.
 */
@Injectable()
export class RebuildService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Rebuild');
  private running?: { version: number; consumer: ExactlyOnceConsumer; stop: AbortController; done: Promise<void> };

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(REPORTING_SETUP) private readonly setup: ReportingSetup,
    private readonly dataSource: DataSource,
  ) {}

  async start(): Promise<{ version: number; status: string }> {
    const version = await this.claimVersion();
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      const topics = this.setup.topics.map((t) => t.topic);
      await ensureTopics(admin, topics, { partitions: this.setup.partitions });
      const targets = await targetsOf(admin, topics);
      await this.dataSource.query('update reporting.rebuilds set target = $2, total = $3, updated_at = now() where version = $1', [
        version,
        JSON.stringify(targets),
        progressOf(targets, new Map(), 0).total,
      ]);
      const consumer = new ExactlyOnceConsumer({
        kafka: this.kafka,
        groupId: `${this.setup.groupId}-rebuild-v${version}`,
        topics,
        dataSource: this.dataSource,
        schema: schemaOf(version),
        eventRegistry,
        ...fixedVersionHandlers(this.setup.index, version),
        fromBeginning: true,
        createTopics: false,
        verify: this.setup.verify,
        registry: new Registry(),
        logger: this.logger,
      });
      await consumer.start();
      const stop = new AbortController();
      this.running = { version, consumer, stop, done: this.follow(version, consumer, targets, stop.signal) };
      this.logger.log({ event: 'rebuild-started', version, total: progressOf(targets, new Map(), 0).total });
      return { version, status: 'building' };
    } catch (e) {
      await this.fail(version, e);
      throw e;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  /** A rebuild left 'building' by an instance that went away (no progress for a minute) is abandoned. */
  private async claimVersion(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(
        `update reporting.rebuilds set status = 'abandoned', finished_at = now(), message = 'no progress for 60 s'
          where status in ('building', 'switching') and updated_at < now() - interval '60 seconds'`,
      );
      const [{ next }] = await tx.query(
        `select greatest((select max(version) from reporting.rebuilds), (select version from reporting.active_version)) + 1 as next`,
      );
      const claimed = await tx.query(
        `insert into reporting.rebuilds (version, status) values ($1, 'building') on conflict do nothing returning version`,
        [next],
      );
      if (claimed.length === 0) {
        throw new ConflictException({ statusCode: 409, error: 'RebuildRunning', message: 'a rebuild is already running' });
      }
      await createReadModelTables(tx, next);
      await createConsumerTables(tx, schemaOf(next));
      return next;
    });
  }

  private async follow(version: number, consumer: ExactlyOnceConsumer, targets: PartitionTarget[], signal: AbortSignal) {
    const startedAt = Date.now();
    const groupId = `${this.setup.groupId}-rebuild-v${version}`;
    let lastLog = 0;
    try {
      for (;;) {
        const progress = progressOf(targets, await this.committed(groupId), Date.now() - startedAt);
        await this.record(version, progress);
        if (Date.now() - lastLog >= LOG_EVERY_MS || progress.caughtUp) {
          lastLog = Date.now();
          this.logger.log({ event: 'rebuild-progress', version, ...progress });
        }
        if (progress.caughtUp) break;
        await delay(1000, undefined, { signal });
      }
      await consumer.stop();
      await this.dataSource.query(`update reporting.rebuilds set status = 'switching', updated_at = now() where version = $1`, [version]);
      const copied = await switchToVersion(this.dataSource, this.setup.index, version);
      this.logger.log({ event: 'rebuild-switched', version, copiedAtSwitch: copied, seconds: (Date.now() - startedAt) / 1000 });
    } catch (e) {
      await consumer.stop().catch(() => undefined);
      await this.fail(version, signal.aborted ? new Error('the instance running it stopped') : e);
    } finally {
      this.running = undefined;
    }
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

  private async record(version: number, p: Progress): Promise<void> {
    await this.dataSource.query(
      `update reporting.rebuilds set applied = $2, total = $3, events_per_second = $4, updated_at = now() where version = $1`,
      [version, p.applied, p.total, p.eventsPerSecond],
    );
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
