export * from './business-time';
export * from './command-context';
export * from './command-gateway';
export * from './department.module';
export * from './outbox-publishing';
export * from './endpoints';
export * from './record-id.pipe';
