export * from './bootstrap';
export * from './config/service-config';
export * from './health/kafka.health';
export * from './http/http-errors';
export * from './http/validation';
export * from './logging/logging';
export * from './metrics/metrics';
export * from './platform.module';
