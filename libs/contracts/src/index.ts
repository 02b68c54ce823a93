export * from './envelope';
export * from './payload-schema';
export * from './define-event';
export * from './event-registry';
