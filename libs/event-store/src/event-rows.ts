import type { EventEnvelope, EventRegistry } from '@park-ledger/contracts';

export const EVENT_COLUMNS = `global_position, event_id, stream_id, stream_version, type, schema_version,
  occurred_at, recorded_at, department, actor, correlation_id, causation_id, payload`;

export interface EventRow {
  global_position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  occurred_at: Date;
  recorded_at: Date;
  department: string;
  actor: string;
  correlation_id: string;
  causation_id: string | null;
  payload: unknown;
}

/** The envelope exactly as a row stores it (snake_case columns of the events table). */
export type StoredEventColumns = Omit<EventRow, 'global_position'>;

export const storedEnvelope = (row: StoredEventColumns): EventEnvelope => ({
  eventId: row.event_id,
  type: row.type,
  schemaVersion: row.schema_version,
  streamId: row.stream_id,
  streamVersion: row.stream_version,
  occurredAt: row.occurred_at.toISOString(),
  recordedAt: row.recorded_at.toISOString(),
  department: row.department as EventEnvelope['department'],
  actor: row.actor,
  correlationId: row.correlation_id,
  causationId: row.causation_id,
  payload: row.payload,
});

/** Stored events may be older schema versions; the registry lifts them to the current shape. */
export const decodeStored = (envelope: EventEnvelope, registry: EventRegistry): EventEnvelope => {
  const decoded = registry.decode(envelope);
  if (!decoded.ok) {
    throw new Error(`Stored event ${envelope.eventId} (${envelope.streamId} v${envelope.streamVersion}) is unreadable: ${decoded.reason}`);
  }
  return decoded.event;
};
