export * from './envelope';
export * from './payload-schema';
export * from './define-event';
export * from './event-registry';
export * from './events/projects';
export * from './events/land';
export * from './events/safety';
export * from './text';
