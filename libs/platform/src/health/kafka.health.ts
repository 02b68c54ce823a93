import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Kafka } from 'kafkajs';

export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');

/** Kafka's state: reachable when a broker answers a metadata request within the timeout. */
@Injectable()
export class KafkaHealthIndicator {
  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    private readonly health: HealthIndicatorService,
  ) {}

  /**
   * `required`: not ready without Kafka (reporting, which consumes). A department service is ready
   * without it (its writes go to the outbox and are published when Kafka is back): Kafka's state is
   * then a detail of an indicator that stays up.
   */
  async isHealthy(key: string, { required = true, timeoutMs = 2500 }: { required?: boolean; timeoutMs?: number } = {}) {
    const indicator = this.health.check(key);
    const admin = this.kafka.admin({ retry: { retries: 0 } });
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      const cluster = await Promise.race([
        admin.connect().then(() => admin.describeCluster()),
        timeout,
      ]);
      return indicator.up({ reachable: true, brokers: cluster.brokers.length });
    } catch (e) {
      const message = (e as Error).message;
      if (!required) {
        return indicator.up({ reachable: false, message, writes: 'kept in the outbox, published when Kafka is back' });
      }
      return indicator.down({ reachable: false, message });
    } finally {
      clearTimeout(timer);
      void admin.disconnect().catch(() => undefined);
    }
  }
}
