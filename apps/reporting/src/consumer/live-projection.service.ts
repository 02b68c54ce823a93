import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ExactlyOnceConsumer, type RedriveResult } from '@park-ledger/messaging';
import { KAFKA_CLIENT, METRICS_REGISTRY } from '@park-ledger/platform';
import type { Kafka } from 'kafkajs';
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
    if (!setup.verify) {
      this.logger.warn('EVENT_VERIFY_KEYS_DIR is not set: events on the topics are applied without checking which service published them');
    }
    this.consumer = new ExactlyOnceConsumer({
      kafka,
      groupId: setup.groupId,
      topics: setup.topics.map((t) => t.topic),
      dataSource,
      eventRegistry,
      ...liveHandlers(setup.index, (event) => metrics.applied(event)),
      createTopics: { partitions: setup.partitions },
      verify: setup.verify,
      // The broker's minimum (group.min.session.timeout.ms): a killed instance's partitions move to
      // the others after at most 6 s (was 10 s). The price: an instance that cannot heartbeat for
      // 6 s (a long GC pause, a stalled event loop) is taken out of the group and its partitions
      // rebalanced, which only redelivers work (applied once by stream position), never loses it.
      sessionTimeoutMs: 6_000,
      registry,
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.started = this.consumer.startWithRetries(this.stopping.signal);
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
