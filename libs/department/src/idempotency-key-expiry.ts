import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventStore } from '@park-ledger/event-store';
import { METRICS_REGISTRY, SERVICE_CONFIG, type ServiceConfig } from '@park-ledger/platform';
import { Counter, type Registry } from 'prom-client';

/**
 * Forgets idempotency keys older than IDEMPOTENCY_KEY_TTL_SECONDS, every IDEMPOTENCY_PURGE_INTERVAL_SECONDS:
 * a key is remembered at least its TTL and at most its TTL plus one interval. Every instance purges
 * (deleting what another already deleted costs nothing); a failed purge is logged and tried next time.
 */
@Injectable()
export class IdempotencyKeyExpiry implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('IdempotencyKeyExpiry');
  private readonly expired: Counter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(METRICS_REGISTRY) registry: Registry,
  ) {
    this.expired = new Counter({
      name: 'idempotency_keys_expired_total',
      help: 'Idempotency keys forgotten after IDEMPOTENCY_KEY_TTL_SECONDS',
      registers: [registry],
    });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.purge().finally(() => (this.running = undefined));
    }, this.config.IDEMPOTENCY_PURGE_INTERVAL_SECONDS * 1000);
    this.timer.unref();
  }

  private async purge(): Promise<void> {
    try {
      const forgotten = await this.store.expireIdempotencyKeys(this.config.IDEMPOTENCY_KEY_TTL_SECONDS);
      if (forgotten > 0) {
        this.expired.inc(forgotten);
        this.logger.log(`forgot ${forgotten} idempotency keys older than ${this.config.IDEMPOTENCY_KEY_TTL_SECONDS} s`);
      }
    } catch (error) {
      this.logger.warn(`could not expire idempotency keys: ${(error as Error).message}`);
    }
  }

  /** Before the database closes: no new purge, the one under way finishes. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
