import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigModule } from '@nestjs/config';
import type { Department } from '@park-ledger/contracts';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { AccessGuard, BearerAuthentication, SERVICE_DEPARTMENT, TOKEN_VERIFICATION } from './auth/access';
import { keyResolver } from './auth/jwt';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Kafka, logLevel } from 'kafkajs';
import type { DataSourceOptions } from 'typeorm';
import { kafkaSecurity, ServiceConfig, validateConfig } from './config/service-config';
import { HealthController, KAFKA_REQUIRED_FOR_READINESS } from './health/health.controller';
import { KAFKA_CLIENT, KafkaHealthIndicator } from './health/kafka.health';
import { createServiceLogger } from './logging/logging';
import { createRegistry, METRICS_REGISTRY, MetricsController } from './metrics/metrics';
import { runMigrationsExclusively } from './migrations';

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const SERVICE_NAME = Symbol('SERVICE_NAME');
/** The service's pino logger (one per process; see logging.ts). */
export const SERVICE_LOGGER = Symbol('SERVICE_LOGGER');

export interface PlatformOptions {
  /** short name: projects, land, safety, reporting */
  readonly service: string;
  /** the department a department service speaks for; null for reporting */
  readonly department: Department | null;
  readonly config?: new () => ServiceConfig;
  // TypeORM takes migration and entity classes as plain constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations?: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities?: Function[];
}

/**
 * One client id per instance, so the broker and the consumer group tell instances apart (who holds
 * which partition, whose connection is whose): the pod's name in Kubernetes (POD_NAME, from the
 * downward API), else host name and process id.
 */
export function kafkaClientId(service: string, env: NodeJS.ProcessEnv = process.env): string {
  const instance = env['POD_NAME'] || `${hostname()}-${process.pid}`;
  return `park-ledger-${service}-${instance}`.replace(/[^A-Za-z0-9._-]/g, '-');
}

/**
 * What every service has: validated configuration, JSON logs with correlation ids, its own
 * Postgres database (migrations run at start-up, one instance at a time), a Kafka client,
 * health checks and Prometheus metrics.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const config = validateConfig(options.config ?? ServiceConfig, process.env);
    const registry = createRegistry(options.service);
    const kafka = new Kafka({
      clientId: kafkaClientId(options.service),
      brokers: config.KAFKA_BROKERS.split(','),
      logLevel: logLevel.NOTHING,
      retry: { retries: 5, initialRetryTime: 300 },
      ...kafkaSecurity(config),
    });
    return {
      module: PlatformModule,
      global: true,
      imports: [
        ConfigModule.forRoot({ ignoreEnvFile: true, isGlobal: true }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            type: 'postgres',
            url: config.DATABASE_URL,
            entities: options.entities ?? [],
            migrations: options.migrations ?? [],
            migrationsRun: false,
            synchronize: false,
            extra: { max: 20, application_name: `park-ledger-${options.service}` },
          }),
          dataSourceFactory: async (dsOptions) => runMigrationsExclusively(dsOptions as DataSourceOptions),
        }),
        TerminusModule.forRoot({ logger: false, errorLogStyle: 'json' }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: SERVICE_NAME, useValue: options.service },
        { provide: SERVICE_LOGGER, useValue: createServiceLogger(options.service, config.LOG_LEVEL) },
        { provide: METRICS_REGISTRY, useValue: registry },
        { provide: KAFKA_CLIENT, useValue: kafka },
        { provide: SERVICE_DEPARTMENT, useValue: options.department },
        {
          provide: TOKEN_VERIFICATION,
          useFactory: () => ({
            issuer: config.JWT_ISSUER,
            audience: config.JWT_AUDIENCE,
            key: keyResolver({
              pem: config.JWT_PUBLIC_KEY_FILE ? readFileSync(config.JWT_PUBLIC_KEY_FILE, 'utf8') : undefined,
              jwksUrl: config.JWT_JWKS_URL,
              localKeyId: config.JWT_PUBLIC_KEY_ID,
            }),
          }),
        },
        BearerAuthentication,
        { provide: KAFKA_REQUIRED_FOR_READINESS, useValue: options.department === null },
        { provide: APP_GUARD, useClass: AccessGuard },
        KafkaHealthIndicator,
      ],
      exports: [SERVICE_CONFIG, SERVICE_NAME, SERVICE_LOGGER, METRICS_REGISTRY, KAFKA_CLIENT, BearerAuthentication],
    };
  }
}
