import { isIsoDateTime, type Department, type DomainEvent, type EventEnvelope, type EventRegistry } from '@park-ledger/contracts';

export interface EventMetadata {
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId?: string | null;
  /** Business time, ISO-8601 with an offset; stored and published normalised to UTC. */
  readonly occurredAt: string;
}

/** A domain event to append; `occurredAt` overrides the command's business time (e.g. imported history). */
export type NewEvent = DomainEvent & { readonly occurredAt?: string };

export interface NewEnvelopesInput {
  readonly streamId: string;
  readonly currentVersion: number;
  readonly events: readonly NewEvent[];
  readonly metadata: EventMetadata;
  readonly department: Department;
  readonly registry: EventRegistry;
  readonly recordedAt: string;
  readonly newEventId: () => string;
}

const utc = (value: string, what: string) => {
  if (!isIsoDateTime(value)) throw new Error(`${what} must be an ISO-8601 date-time with an offset, got ${value}`);
  return new Date(value).toISOString();
};

/**
 * Turns decided events into the envelopes to store and publish. An unknown type or an invalid
 * payload here is a bug in the decider, so it throws rather than storing what no consumer could read.
 */
export const newEnvelopes = (input: NewEnvelopesInput): EventEnvelope[] => {
  const { metadata, registry } = input;
  const occurredAt = utc(metadata.occurredAt, 'occurredAt');
  return input.events.map((event, i) => {
    const problems = registry.validatePayload(event.type, event.payload);
    if (problems.length > 0) throw new Error(`Refusing to append ${event.type}: ${problems.join('; ')}`);
    const definition = registry.definitionOf(event.type);
    if (definition?.department !== input.department) {
      throw new Error(`Refusing to append ${event.type}: it belongs to ${definition?.department}, not ${input.department}`);
    }
    return {
      eventId: input.newEventId(),
      type: event.type,
      schemaVersion: definition.schemaVersion,
      streamId: input.streamId,
      streamVersion: input.currentVersion + i + 1,
      occurredAt: event.occurredAt === undefined ? occurredAt : utc(event.occurredAt, 'occurredAt'),
      recordedAt: input.recordedAt,
      department: input.department,
      actor: metadata.actor,
      correlationId: metadata.correlationId,
      causationId: metadata.causationId ?? null,
      payload: event.payload,
    };
  });
};
