export const departments = ['projects', 'land', 'safety', 'office'] as const;

export type Department = (typeof departments)[number];

export interface EventEnvelope<Type extends string = string, Payload = unknown> {
  readonly eventId: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamVersion: number;
  /** Business time: when it happened in the park. */
  readonly occurredAt: string;
  /** System time: when the system accepted it. */
  readonly recordedAt: string;
  readonly department: Department;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly payload: Payload;
}

/** What a decider emits and folds: the business part of an event, without metadata. */
export interface DomainEvent<Type extends string = string, Payload = unknown> {
  readonly type: Type;
  readonly payload: Payload;
}

/** A department's topic; a prefix keeps separate installations (or test runs) on one broker apart. */
export const topicFor = (d: Department, prefix = '') => `${prefix}park.${d}.events`;

export const isDepartment = (value: unknown): value is Department =>
  typeof value === 'string' && (departments as readonly string[]).includes(value);
