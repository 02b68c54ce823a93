import { Histogram, type Registry } from 'prom-client';
import type { EventEnvelope } from '@park-ledger/contracts';

/** Event-to-read-model lag: from the event's record time to its application. */
export class ProjectionMetrics {
  private readonly lag: Histogram<'department'>;

  constructor(registry: Registry) {
    this.lag = new Histogram({
      name: 'reporting_event_to_read_model_seconds',
      help: 'Seconds from an event being recorded to it being applied to the read models',
      labelNames: ['department'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    });
  }

  applied(event: EventEnvelope, now = Date.now()): void {
    this.lag.observe({ department: event.department }, Math.max(0, now - Date.parse(event.recordedAt)) / 1000);
  }
}
