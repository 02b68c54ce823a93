import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, type HealthIndicatorFunction } from '@nestjs/terminus';
import { Public } from '../auth/access';
import { KafkaHealthIndicator } from './kafka.health';

/** Whether the service needs Kafka to do its work (reporting consumes; departments have the outbox). */
export const KAFKA_REQUIRED_FOR_READINESS = Symbol('KAFKA_REQUIRED_FOR_READINESS');
/** More details for readiness from the service's own modules, e.g. a department's outbox backlog. */
export const READINESS_DETAILS = Symbol('READINESS_DETAILS');

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly kafka: KafkaHealthIndicator,
    @Inject(KAFKA_REQUIRED_FOR_READINESS) private readonly kafkaRequired: boolean,
    @Optional() @Inject(READINESS_DETAILS) private readonly details: HealthIndicatorFunction[] = [],
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is running (no dependency checked)' })
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @ApiOperation({
    summary:
      'Ready to do its work: 200, else 503. The database must answer; Kafka too for reporting, while a department ' +
      'service stays ready without it (writes wait in the outbox) and says so, with its outbox backlog',
  })
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      () => this.kafka.isHealthy('kafka', { required: this.kafkaRequired }),
      ...this.details,
    ]);
  }
}
