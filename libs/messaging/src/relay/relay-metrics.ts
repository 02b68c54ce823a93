import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Pool } from 'pg';
import { backlogStats } from './outbox-rows';

export interface RelayMetrics {
  readonly published: Counter;
  /** rows per sendBatch: how well batching works (a backlog should fill the batch size) */
  readonly batchRows: Histogram;
  readonly fenced: Counter;
}

/** Backlog and age are read from the table at scrape time, so followers report them too. */
export function relayMetrics(registry: Registry, pool: Pool, isLeader: () => boolean = () => false): RelayMetrics {
  new Gauge({
    name: 'outbox_relay_publishing',
    help: '1 while this instance holds the publisher lock (the one instance per database that publishes the outbox), else 0',
    registers: [registry],
    collect() {
      this.set(isLeader() ? 1 : 0);
    },
  });
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
  const batchRows = new Histogram({
    name: 'outbox_batch_rows',
    help: 'Outbox rows sent per Kafka sendBatch',
    buckets: [1, 10, 50, 100, 250, 500, 1000, 2000, 5000],
    registers: [registry],
  });
  const fenced = new Counter({
    name: 'outbox_fenced_batches_total',
    help: 'Batches not sent because this instance found it had lost the publisher lock (another instance took over)',
    registers: [registry],
  });
  return { published, batchRows, fenced };
}
