export * from './service-under-test';
export * from './openapi-labels';
