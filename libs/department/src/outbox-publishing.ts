import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import { topicFor, type Department } from '@park-ledger/contracts';
import { EventStore } from '@park-ledger/event-store';
import { ensureTopics, eventKeySettings, loadEventKeys, OutboxRelay } from '@park-ledger/messaging';
import { KAFKA_CLIENT, METRICS_REGISTRY, SERVICE_CONFIG, type ServiceConfig } from '@park-ledger/platform';
import type { Kafka } from 'kafkajs';
import type { Registry } from 'prom-client';
import { DataSource } from 'typeorm';

export const DEPARTMENT = Symbol('DEPARTMENT');

/**
 * Creates the department's topic and runs the outbox relay for the life of the process. When Kafka
 * is down at start-up, the service still starts and accepts commands; the relay publishes later.
 */
@Injectable()
export class OutboxPublishing implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxPublishing');
  private readonly relay: OutboxRelay;
  private readonly stopping = new AbortController();

  constructor(
    @Inject(DEPARTMENT) private readonly department: Department,
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(METRICS_REGISTRY) registry: Registry,
    private readonly store: EventStore,
    dataSource: DataSource,
  ) {
    const { sign } = loadEventKeys(eventKeySettings(config));
    if (!sign) this.logger.warn('EVENT_SIGNING_KEY_FILE is not set: events are published unsigned, and consumers that verify will park them');
    this.relay = new OutboxRelay({ database: dataSource, kafka, registry, logger: this.logger, sign });
    store.wakeRelayLocally(() => this.relay.wakeIfLeading());
  }

  onApplicationBootstrap(): void {
    void this.createTopic();
    this.relay.start();
  }

  private async createTopic(): Promise<void> {
    const admin = this.kafka.admin();
    for (let attempt = 1; !this.stopping.signal.aborted; attempt++) {
      try {
        await admin.connect();
        const topic = topicFor(this.department, this.config.KAFKA_TOPIC_PREFIX);
        await ensureTopics(admin, [topic], { partitions: this.config.KAFKA_TOPIC_PARTITIONS });
        await admin.disconnect();
        return;
      } catch (e) {
        this.logger.warn(`could not create topic yet (attempt ${attempt}): ${(e as Error).message}`);
        await admin.disconnect().catch(() => undefined);
        await delay(Math.min(30_000, 1000 * attempt), undefined, { signal: this.stopping.signal }).catch(() => undefined);
      }
    }
  }

  /** Before the database closes: the relay finishes its batch, pending wake-ups are sent. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.relay.stop();
    await this.store.flushNotifications();
  }
}
