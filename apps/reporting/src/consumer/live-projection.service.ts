import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ExactlyOnceConsumer, type RedriveResult } from '@park-ledger/messaging';
import { KAFKA_CLIENT, METRICS_REGISTRY } from '@park-ledger/platform';
import type { Kafka } from 'kafkajs';
import { setTimeout as delay } from 'node:timers/promises';
import type { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { liveHandlers } from '../projection/projection-handlers';
import { ProjectionMetrics } from '../projection/projection-metrics';
import { REPORTING_SETUP, type ReportingSetup } from '../reporting-setup';
import { eventRegistry } from './event-registry';

/**
 * The live consumer group over every department topic, applying to the active read-model version.
 * When Kafka is down at start-up the service still starts and answers queries; the consumer joins later.
 */
@Injectable()
export class LiveProjection implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('LiveProjection');
  private readonly consumer: ExactlyOnceConsumer;
  private readonly stopping = new AbortController();
  private started?: Promise<void>;

  constructor(
    @Inject(KAFKA_CLIENT) kafka: Kafka,
    @Inject(METRICS_REGISTRY) registry: Registry,
    @Inject(REPORTING_SETUP) setup: ReportingSetup,
    dataSource: DataSource,
  ) {
    const metrics = new ProjectionMetrics(registry);
    this.consumer = new ExactlyOnceConsumer({
      kafka,
      groupId: setup.groupId,
      topics: setup.topics.map((t) => t.topic),
      dataSource,
      eventRegistry,
      ...liveHandlers(setup.index, (event) => metrics.applied(event)),
      createTopics: { partitions: setup.partitions },
      sessionTimeoutMs: 10_000,
      registry,
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.started = this.startWithRetries();
  }

  private async startWithRetries(): Promise<void> {
    for (let attempt = 1; !this.stopping.signal.aborted; attempt++) {
      try {
        await this.consumer.start();
        return;
      } catch (e) {
        this.logger.warn(`consumer could not start yet (attempt ${attempt}): ${(e as Error).message}`);
        await this.consumer.stop().catch(() => undefined);
        await delay(Math.min(30_000, 1000 * attempt), undefined, { signal: this.stopping.signal }).catch(() => undefined);
      }
    }
  }

  redrive(parkedId: string): Promise<RedriveResult> {
    return this.consumer.redrive(parkedId);
  }

  /** Before the database closes: the chunk in flight commits, then the group is left. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.started;
    await this.consumer.stop();
  }
}
