import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventStore } from '@park-ledger/event-store';
import { METRICS_REGISTRY, SERVICE_CONFIG, type ServiceConfig } from '@park-ledger/platform';
import { Counter, type Registry } from 'prom-client';

/**
 * Every RETENTION_PURGE_INTERVAL_SECONDS: forgets idempotency keys older than IDEMPOTENCY_KEY_TTL_SECONDS
 * (a key is remembered at least its TTL, at most its TTL plus one interval), and deletes outbox rows
 * an older version marked published instead of deleting them (during a rolling upgrade). Every instance
 * purges (deleting what another already deleted costs nothing); a failed purge is logged and tried
 * next time.
 */
@Injectable()
export class RetentionPurge implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('RetentionPurge');
  private readonly purged: Counter<'what'>;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(METRICS_REGISTRY) registry: Registry,
  ) {
    this.purged = new Counter({
      name: 'retention_purged_total',
      help: 'Rows deleted past their retention: idempotency keys (what="idempotency-key"), outbox rows marked published by an older version (what="outbox-row")',
      labelNames: ['what'],
      registers: [registry],
    });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.purge().finally(() => (this.running = undefined));
    }, this.config.RETENTION_PURGE_INTERVAL_SECONDS * 1000);
    this.timer.unref();
  }

  private async purge(): Promise<void> {
    try {
      const keys = await this.store.expireIdempotencyKeys(this.config.IDEMPOTENCY_KEY_TTL_SECONDS);
      const rows = await this.store.deleteMarkedOutboxRows();
      this.purged.inc({ what: 'idempotency-key' }, keys);
      this.purged.inc({ what: 'outbox-row' }, rows);
      if (keys + rows > 0) this.logger.log({ event: 'retention-purged', idempotencyKeys: keys, outboxRows: rows });
    } catch (error) {
      this.logger.warn(`retention purge failed (tried again in ${this.config.RETENTION_PURGE_INTERVAL_SECONDS} s): ${(error as Error).message}`);
    }
  }

  /** Before the database closes: no new purge, the one under way finishes. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
