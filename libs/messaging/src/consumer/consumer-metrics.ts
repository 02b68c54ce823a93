import { Counter, Gauge, type Registry } from 'prom-client';

/** What one transaction did; counted only once it has committed. */
export interface Tally {
  applied: number;
  duplicates: number;
  held: number;
  parked: string[];
}

export const emptyTally = (): Tally => ({ applied: 0, duplicates: 0, held: 0, parked: [] });

const byRegistry = new WeakMap<Registry, ConsumerMetrics>();

export class ConsumerMetrics {
  /**
   * The consumer_* metrics of a registry: one set per registry, shared by every consumer of the process
   * (a department keeps the zones and the closes with two consumers; prom-client refuses a name twice).
   */
  static of(registry: Registry): ConsumerMetrics {
    const known = byRegistry.get(registry);
    if (known) return known;
    const metrics = new ConsumerMetrics(registry);
    byRegistry.set(registry, metrics);
    return metrics;
  }

  private readonly applied: Counter;
  private readonly duplicates: Counter;
  private readonly held: Counter;
  private readonly parked: Counter<'code'>;
  private readonly lag: Gauge<'topic' | 'partition'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.applied = new Counter({ name: 'consumer_applied_total', help: 'Events applied to read models', registers });
    this.duplicates = new Counter({
      name: 'consumer_duplicates_total',
      help: 'Redelivered events skipped because their stream version was already applied',
      registers,
    });
    this.held = new Counter({
      name: 'consumer_held_total',
      help: 'Events that arrived ahead of a gap in their stream and were held back',
      registers,
    });
    this.parked = new Counter({
      name: 'consumer_parked_total',
      help: 'Events parked because they could not be decoded or applied',
      labelNames: ['code'],
      registers,
    });
    this.lag = new Gauge({
      name: 'consumer_lag',
      help: 'Messages behind the partition high watermark, for the partitions this instance owns (since the last rebalance)',
      labelNames: ['topic', 'partition'],
      registers,
    });
  }

  record(tally: Tally): void {
    this.applied.inc(tally.applied);
    this.duplicates.inc(tally.duplicates);
    this.held.inc(tally.held);
    for (const code of tally.parked) this.parked.inc({ code });
  }

  private readonly lagged = new Map<string, Set<string>>();

  setLag(topic: string, partition: number, lag: number): void {
    this.lag.set({ topic, partition: String(partition) }, Math.max(0, lag));
    this.lagged.set(topic, (this.lagged.get(topic) ?? new Set()).add(String(partition)));
  }

  /**
   * On a rebalance: the partitions this instance no longer owns must not keep their last lag. Only the
   * topics given (the rebalanced consumer's): another consumer of the process keeps its own.
   */
  clearLag(topics: readonly string[]): void {
    for (const topic of topics) {
      for (const partition of this.lagged.get(topic) ?? []) this.lag.remove({ topic, partition });
      this.lagged.delete(topic);
    }
  }
}
