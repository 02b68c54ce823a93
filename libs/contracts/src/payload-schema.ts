/**
 * A small typed schema DSL for event payloads: each builder gives a runtime
 * validator, and `Infer<typeof schema>` gives the matching TypeScript type.
 */
import { codePointLength, textProblem } from './text';
/**
 * What a schema accepts, as a JSON Schema (draft 2020-12 keywords): the committed snapshots of every
 * event type's payload are written from it, and the compatibility check compares them.
 */
export interface JsonSchema {
  readonly type?: 'string' | 'integer' | 'boolean' | 'array' | 'object' | 'null';
  readonly format?: 'uuid' | 'date' | 'date-time';
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly enum?: readonly (string | number)[];
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly anyOf?: readonly JsonSchema[];
  /** Any value but undefined (the envelope's payload before its type is known). */
  readonly description?: string;
}

export interface Schema<T> {
  /** One message per problem, each starting with the field path. */
  validate(value: unknown, path: string): string[];
  readonly isOptional: boolean;
  /** What it accepts, for snapshots and the compatibility check. */
  readonly json: JsonSchema;
  /** Type-level only; never set at runtime. */
  readonly __type?: T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K]['isOptional'] extends true ? K : never;
}[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Flatten<
  { readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    readonly [K in OptionalKeys<S>]?: Infer<S[K]>;
  }
>;

const schema = <T>(json: JsonSchema, validate: Schema<T>['validate']): Schema<T> => ({ validate, isOptional: false, json });
/** Drops the keys whose value is undefined, so a description holds only what was set. */
const defined = (json: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(json).filter(([, value]) => value !== undefined)) as JsonSchema;
const problem = (path: string, message: string) => [`${path}: ${message}`];
/**
 * What every valid value answers: one shared empty list, since consumers validate every event they
 * read (nothing appends to a validator's answer; object and arrayOf copy problems into lists of their own).
 */
const VALID: string[] = [];

const bounds = (min?: number, max?: number) =>
  min !== undefined && max !== undefined
    ? ` between ${min} and ${max}`
    : min !== undefined
      ? ` >= ${min}`
      : max !== undefined
        ? ` <= ${max}`
        : '';

export const str = ({ min = 0, max, pattern }: { min?: number; max: number; pattern?: RegExp }) =>
  schema<string>(defined({ type: 'string', minLength: min, maxLength: max, pattern: pattern?.source }), (value, path) => {
    if (typeof value !== 'string') return problem(path, 'must be a string');
    const unstorable = textProblem(value);
    if (unstorable) return problem(path, unstorable);
    const length = codePointLength(value);
    if (length < min) return problem(path, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
    if (length > max) return problem(path, `must be at most ${max} characters`);
    if (pattern && !pattern.test(value)) return problem(path, `must match ${pattern}`);
    return VALID;
  });

export const int = ({ min, max }: { min?: number; max?: number } = {}) =>
  schema<number>(defined({ type: 'integer', minimum: min, maximum: max }), (value, path) =>
    typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    (min === undefined || value >= min) &&
    (max === undefined || value <= max)
      ? VALID
      : problem(path, `must be an integer${bounds(min, max)}`),
  );

/** Money is a whole number of yuan, never a float. */
export const money = () =>
  schema<number>({ type: 'integer', minimum: 0, description: 'yuan' }, (value, path) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
      ? VALID
      : problem(path, 'must be a whole number of yuan >= 0'),
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uuid = () =>
  schema<string>({ type: 'string', format: 'uuid' }, (value, path) =>
    typeof value === 'string' && UUID.test(value) ? VALID : problem(path, 'must be a UUID'),
  );

export const bool = () =>
  schema<boolean>({ type: 'boolean' }, (value, path) => (typeof value === 'boolean' ? VALID : problem(path, 'must be true or false')));

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An offset is at most 14 hours from UTC (as on Earth; PostgreSQL refuses more). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real day of the Gregorian calendar, years 0100-9999 (checked by arithmetic: it runs on every event read). */
export const isCalendarDate = (value: unknown): value is string => {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
};

/**
 * The date-times the API takes at its edge (RFC 3339): years 1000 to 9999, seconds and an offset
 * within ±14:00 required. Events already stored are read with the wider isIsoDateTime.
 */
export const DATE_TIME_PATTERN = '^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,6})?(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)$';

export const isIsoDateTime = (value: unknown): value is string =>
  typeof value === 'string' &&
  DATE_TIME.test(value) &&
  isCalendarDate(value.slice(0, 10)) &&
  !Number.isNaN(Date.parse(value));

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = () =>
  schema<string>({ type: 'string', format: 'date' }, (value, path) => (isCalendarDate(value) ? VALID : problem(path, 'must be a date (YYYY-MM-DD)')));

/** An instant with an explicit offset, e.g. `2014-05-01T09:30:00+08:00`. */
export const isoDateTime = () =>
  schema<string>({ type: 'string', format: 'date-time' }, (value, path) =>
    isIsoDateTime(value) ? VALID : problem(path, 'must be an ISO-8601 date-time with an offset'),
  );

export const oneOf = <const V extends readonly (string | number)[]>(values: V) =>
  schema<V[number]>({ enum: [...values] }, (value, path) =>
    values.includes(value as V[number]) ? VALID : problem(path, `must be one of ${values.join(', ')}`),
  );

export const optional = <T>(inner: Schema<T>): Schema<T | undefined> & { readonly isOptional: true } => ({
  validate: (value, path) => (value === undefined ? VALID : inner.validate(value, path)),
  isOptional: true,
  json: inner.json,
});

export const nullable = <T>(inner: Schema<T>) =>
  schema<T | null>({ anyOf: [inner.json, { type: 'null' }] }, (value, path) => (value === null ? VALID : inner.validate(value, path)));

export const arrayOf = <T>(item: Schema<T>, { min = 0, max }: { min?: number; max: number }) =>
  schema<readonly T[]>(defined({ type: 'array', items: item.json, minItems: min, maxItems: max }), (value, path) => {
    if (!Array.isArray(value)) return problem(path, 'must be an array');
    if (value.length < min) return problem(path, `must have at least ${min} items`);
    if (value.length > max) return problem(path, `must have at most ${max} items`);
    let problems = VALID;
    for (let i = 0; i < value.length; i++) {
      const found = item.validate(value[i], `${path}[${i}]`);
      if (found.length > 0) problems = [...problems, ...found];
    }
    return problems;
  });

/** Fields not in the shape are tolerated, so producers can add fields without breaking consumers. */
export const object = <S extends Shape>(shape: S): Schema<ObjectOf<S>> & { readonly keys: readonly string[] } => {
  const fields = Object.entries(shape);
  const json: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(fields.map(([key, field]) => [key, field.json])),
    required: fields.filter(([, field]) => !field.isOptional).map(([key]) => key),
  };
  const validator = schema<ObjectOf<S>>(json, (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem(path, 'must be an object');
    const record = value as Record<string, unknown>;
    let problems = VALID;
    for (const [key, field] of fields) {
      const found =
        !Object.prototype.hasOwnProperty.call(record, key) && !field.isOptional
          ? problem(`${path}.${key}`, 'is required')
          : field.validate(record[key], `${path}.${key}`);
      if (found.length > 0) problems = [...problems, ...found];
    }
    return problems;
  });
  return { ...validator, keys: Object.keys(shape) };
};
