export { ConcurrencyConflict, IdempotencyConflict } from './errors';
export {
  EventStore,
  type AppendOptions,
  type AppendResult,
  type HandleOptions,
  type InlineProjection,
  type PositionedEvent,
  type Precondition,
  type ReadStream,
} from './event-store';
export { type EventMetadata, type NewEvent } from './new-envelopes';
export { eventStoreMigrations, CreateEventStore1732690000000 } from './migrations/1732690000000-create-event-store';
export { EVENT_COLUMNS, storedEnvelope, type StoredEventColumns } from './event-rows';
export { upsertRecords, type InlineRecord } from './append-statement';
export { InlineRecords1765000000000 } from './migrations/1765000000000-inline-records';
export { SubjectKeys, TtlCache, type ForgetOutcome, type SubjectKeysOptions } from './subject-keys';
export { SubjectKeys1765300000000 } from './migrations/1765300000000-subject-keys';
