import { Counter, Gauge, type Registry } from 'prom-client';
import type { Pool } from 'pg';
import { backlogStats } from './outbox-rows';

export interface RelayMetrics {
  readonly published: Counter;
}

/** Backlog and age are read from the table at scrape time, so followers report them too. */
export function relayMetrics(registry: Registry, pool: Pool): RelayMetrics {
  let stats: Promise<{ backlog: number; oldestAgeSeconds: number } | undefined> | undefined;
  // One query per scrape feeds both gauges.
  const scrape = () => {
    stats ??= backlogStats(pool)
      .catch(() => undefined)
      .finally(() => setImmediate(() => (stats = undefined)));
    return stats;
  };
  new Gauge({
    name: 'outbox_backlog',
    help: 'Outbox rows not yet published to Kafka',
    registers: [registry],
    async collect() {
      const s = await scrape();
      if (s) this.set(s.backlog);
    },
  });
  new Gauge({
    name: 'outbox_oldest_age_seconds',
    help: 'Age of the oldest unpublished outbox row',
    registers: [registry],
    async collect() {
      const s = await scrape();
      if (s) this.set(s.oldestAgeSeconds);
    },
  });
  const published = new Counter({
    name: 'outbox_published_total',
    help: 'Outbox rows published to Kafka and marked',
    registers: [registry],
  });
  return { published };
}
