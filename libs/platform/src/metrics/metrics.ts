import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { Public } from '../auth/access';

export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

export function createRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return registry;
}

/**
 * Observes a finished request in the latency histogram. Labelled by the matched route pattern, not the
 * raw URL, which keeps label cardinality bounded. Called from the platform's onResponse hook.
 */
export function httpRequestObserver(registry: Registry): (method: string, route: string | undefined, status: number, ms: number) => void {
  const histogram = registry.getSingleMetric('http_request_duration_seconds') as Histogram;
  return (method, route, status, ms) => histogram.observe({ method, route: route ?? 'unmatched', status: String(status) }, ms / 1000);
}

@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
