import type { EnvelopeOf, EventDefinition } from './define-event';
import { departments, type EventEnvelope } from './envelope';
import { ERASED, mapSealed } from './personal-data';
import { int, isoDateTime, nullable, object, oneOf, str, uuid, type Schema } from './payload-schema';

export type DecodeFailureCode =
  | 'invalid-envelope'
  | 'unknown-type'
  | 'future-schema-version'
  | 'upcast-failed'
  | 'invalid-payload';

export type DecodeResult<E> =
  | { readonly ok: true; readonly event: E }
  | { readonly ok: false; readonly code: DecodeFailureCode; readonly reason: string };

const present: Schema<unknown> = {
  validate: (value, path) => (value === undefined ? [`${path}: is required`] : []),
  isOptional: false,
  json: { description: 'any value' },
};

const envelopeSchema = object({
  eventId: uuid(),
  type: str({ min: 1, max: 200 }),
  schemaVersion: int({ min: 1 }),
  streamId: str({ min: 1, max: 500 }),
  streamVersion: int({ min: 1 }),
  occurredAt: isoDateTime(),
  recordedAt: isoDateTime(),
  department: oneOf(departments),
  actor: str({ min: 1, max: 500 }),
  correlationId: str({ min: 1, max: 500 }),
  causationId: nullable(str({ min: 1, max: 500 })),
  payload: present,
});

const failure = (code: DecodeFailureCode, reason: string) => ({ ok: false, code, reason }) as const;

/** All event types a service knows, and the one place that turns raw messages into current-shape events. */
export class EventRegistry<D extends EventDefinition = EventDefinition> {
  private readonly byType = new Map<string, D>();

  constructor(definitions: readonly D[]) {
    for (const definition of definitions) {
      if (this.byType.has(definition.type)) throw new Error(`Event type ${definition.type} is defined twice`);
      this.byType.set(definition.type, definition);
    }
  }

  get types(): string[] {
    return [...this.byType.keys()];
  }

  definitionOf(type: string): D | undefined {
    return this.byType.get(type);
  }

  schemaVersionOf(type: string): number {
    const definition = this.byType.get(type);
    if (!definition) throw new Error(`Unknown event type ${type}`);
    return definition.schemaVersion;
  }

  /** Validates a payload already in the current schema version. */
  validatePayload(type: string, payload: unknown): string[] {
    const definition = this.byType.get(type);
    if (!definition) return [`type: unknown event type ${type}`];
    return definition.payload.validate(payload, 'payload');
  }

  decode(raw: unknown): DecodeResult<EnvelopeOf<D>> {
    let value = raw;
    if (typeof raw === 'string') {
      try {
        value = JSON.parse(raw);
      } catch {
        return failure('invalid-envelope', 'not valid JSON');
      }
    }
    const envelopeErrors = envelopeSchema.validate(value, 'envelope');
    if (envelopeErrors.length > 0) return failure('invalid-envelope', envelopeErrors.join('; '));
    const envelope = value as EventEnvelope;

    const definition = this.byType.get(envelope.type);
    if (!definition) return failure('unknown-type', `unknown event type ${envelope.type}`);
    if (definition.department !== envelope.department) {
      return failure(
        'invalid-envelope',
        `${envelope.type} belongs to department ${definition.department}, not ${envelope.department}`,
      );
    }
    if (envelope.schemaVersion > definition.schemaVersion) {
      return failure(
        'future-schema-version',
        `${envelope.type} schema version ${envelope.schemaVersion} is newer than the known ${definition.schemaVersion}`,
      );
    }

    let payload = envelope.payload;
    for (let version = envelope.schemaVersion; version < definition.schemaVersion; version++) {
      try {
        payload = definition.upcasters[version](payload);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return failure('upcast-failed', `${envelope.type} v${version} -> v${version + 1}: ${message}`);
      }
    }
    const payloadErrors = validateAllowingErased(definition.payload, payload);
    if (payloadErrors.length > 0) return failure('invalid-payload', payloadErrors.join('; '));

    return { ok: true, event: copyEnvelope(envelope, definition.schemaVersion, payload) as EnvelopeOf<D> };
  }
}

/**
 * A sealed value stands for the field it replaces, and an erased one ("[erased]") is what that field
 * reads as once its key is forgotten: both validate as the field (a phone number's pattern does not
 * refuse "[erased]"); everything else is checked as the schema says.
 */
const validateAllowingErased = (schema: Schema<unknown>, payload: unknown): string[] => {
  const standIn = mapSealed(payload, () => ERASED);
  const errors = schema.validate(standIn, 'payload');
  if (errors.length === 0) return errors;
  return errors.filter((error) => valueAt(standIn, error.slice(0, error.indexOf(':'))) !== ERASED);
};

/** The value at an error's path (`payload.a.b[2].c`), or undefined. */
const valueAt = (root: unknown, path: string): unknown => {
  let value: unknown = root;
  for (const part of path.split(/\.|\[(\d+)\]/).filter(Boolean).slice(1)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
};

const copyEnvelope = (envelope: EventEnvelope, schemaVersion: number, payload: unknown): EventEnvelope => ({
  eventId: envelope.eventId,
  type: envelope.type,
  schemaVersion,
  streamId: envelope.streamId,
  streamVersion: envelope.streamVersion,
  occurredAt: envelope.occurredAt,
  recordedAt: envelope.recordedAt,
  department: envelope.department,
  actor: envelope.actor,
  correlationId: envelope.correlationId,
  causationId: envelope.causationId,
  payload,
});
