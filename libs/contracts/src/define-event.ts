import type { Department, DomainEvent, EventEnvelope } from './envelope';
import type { Infer, Schema } from './payload-schema';

/** Lifts a payload written at schema version v to version v + 1. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Upcaster = (olderPayload: any) => unknown;

export interface EventDefinition<Type extends string = string, Payload extends Schema<unknown> = Schema<unknown>> {
  readonly type: Type;
  readonly department: Department;
  readonly schemaVersion: number;
  readonly payload: Payload;
  /** `upcasters[v]` lifts version v to v + 1, for every v below `schemaVersion`. */
  readonly upcasters: Readonly<Record<number, Upcaster>>;
}

export type PayloadOf<D> = D extends EventDefinition<string, infer S> ? Infer<S> : never;
export type DomainEventOf<D> = D extends EventDefinition<infer T, infer S> ? DomainEvent<T, Infer<S>> : never;
export type EnvelopeOf<D> = D extends EventDefinition<infer T, infer S> ? EventEnvelope<T, Infer<S>> : never;

const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;

export const defineEvent = <const Type extends string, Payload extends Schema<unknown>>(
  type: Type,
  department: Department,
  options: { schemaVersion: number; payload: Payload; upcasters?: Record<number, Upcaster> },
): EventDefinition<Type, Payload> => {
  const { schemaVersion, payload, upcasters = {} } = options;
  if (!PASCAL_CASE.test(type)) throw new Error(`Event type ${type} must be PascalCase`);
  if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    throw new Error(`${type}: schemaVersion must be an integer >= 1`);
  }
  for (let version = 1; version < schemaVersion; version++) {
    if (typeof upcasters[version] !== 'function') {
      throw new Error(`${type}: missing upcaster from schema version ${version} to ${version + 1}`);
    }
  }
  return { type, department, schemaVersion, payload, upcasters };
};

/** Builds a domain event with its payload type checked against the definition. */
export const eventOf = <D extends EventDefinition>(definition: D, payload: PayloadOf<D>): DomainEventOf<D> =>
  ({ type: definition.type, payload }) as DomainEventOf<D>;

/**
 * Builds a domain event whose payload is the definition's own fields, taken from a record that holds
 * them (typically the command): `eventFrom(HazardFound, command)` instead of copying field by field.
 * Fields the record lacks stay out; fields the payload does not declare (the command's type, its
 * business time) are not taken.
 */
export const eventFrom = <D extends EventDefinition>(definition: D, source: PayloadOf<D>): DomainEventOf<D> => {
  const keys = (definition.payload as { readonly keys?: readonly string[] }).keys;
  if (!keys) throw new Error(`${definition.type}: eventFrom needs a payload defined with object()`);
  const record = source as Readonly<Record<string, unknown>>;
  const payload: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) payload[key] = record[key];
  return { type: definition.type, payload } as DomainEventOf<D>;
};
