import { Counter, Gauge, type Registry } from 'prom-client';

/** What one transaction did; counted only once it has committed. */
export interface Tally {
  applied: number;
  duplicates: number;
  held: number;
  parked: string[];
}

export const emptyTally = (): Tally => ({ applied: 0, duplicates: 0, held: 0, parked: [] });

export class ConsumerMetrics {
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

  setLag(topic: string, partition: number, lag: number): void {
    this.lag.set({ topic, partition: String(partition) }, Math.max(0, lag));
  }

  /** On a rebalance: the partitions this instance no longer owns must not keep their last lag. */
  clearLag(): void {
    this.lag.reset();
  }
}
