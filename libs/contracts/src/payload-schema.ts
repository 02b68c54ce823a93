/**
 * A small typed schema DSL for event payloads: each builder gives a runtime
 * validator, and `Infer<typeof schema>` gives the matching TypeScript type.
 */
export interface Schema<T> {
  /** One message per problem, each starting with the field path. */
  validate(value: unknown, path: string): string[];
  readonly isOptional: boolean;
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

const schema = <T>(validate: Schema<T>['validate']): Schema<T> => ({ validate, isOptional: false });
const problem = (path: string, message: string) => [`${path}: ${message}`];

const bounds = (min?: number, max?: number) =>
  min !== undefined && max !== undefined
    ? ` between ${min} and ${max}`
    : min !== undefined
      ? ` >= ${min}`
      : max !== undefined
        ? ` <= ${max}`
        : '';

export const str = ({ min = 0, max, pattern }: { min?: number; max: number; pattern?: RegExp }) =>
  schema<string>((value, path) => {
    if (typeof value !== 'string') return problem(path, 'must be a string');
    if (value.length < min) return problem(path, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
    if (value.length > max) return problem(path, `must be at most ${max} characters`);
    if (pattern && !pattern.test(value)) return problem(path, `must match ${pattern}`);
    return [];
  });

export const int = ({ min, max }: { min?: number; max?: number } = {}) =>
  schema<number>((value, path) =>
    typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    (min === undefined || value >= min) &&
    (max === undefined || value <= max)
      ? []
      : problem(path, `must be an integer${bounds(min, max)}`),
  );

/** Money is a whole number of yuan, never a float. */
export const money = () =>
  schema<number>((value, path) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
      ? []
      : problem(path, 'must be a whole number of yuan >= 0'),
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uuid = () =>
  schema<string>((value, path) =>
    typeof value === 'string' && UUID.test(value) ? [] : problem(path, 'must be a UUID'),
  );

export const bool = () =>
  schema<boolean>((value, path) => (typeof value === 'boolean' ? [] : problem(path, 'must be true or false')));

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const isCalendarDate = (value: unknown): value is string => {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

export const isIsoDateTime = (value: unknown): value is string =>
  typeof value === 'string' &&
  DATE_TIME.test(value) &&
  isCalendarDate(value.slice(0, 10)) &&
  !Number.isNaN(Date.parse(value));

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = () =>
  schema<string>((value, path) => (isCalendarDate(value) ? [] : problem(path, 'must be a date (YYYY-MM-DD)')));

/** An instant with an explicit offset, e.g. `2014-05-01T09:30:00+08:00`. */
export const isoDateTime = () =>
  schema<string>((value, path) =>
    isIsoDateTime(value) ? [] : problem(path, 'must be an ISO-8601 date-time with an offset'),
  );

export const oneOf = <const V extends readonly (string | number)[]>(values: V) =>
  schema<V[number]>((value, path) =>
    values.includes(value as V[number]) ? [] : problem(path, `must be one of ${values.join(', ')}`),
  );

export const optional = <T>(inner: Schema<T>): Schema<T | undefined> & { readonly isOptional: true } => ({
  validate: (value, path) => (value === undefined ? [] : inner.validate(value, path)),
  isOptional: true,
});

export const nullable = <T>(inner: Schema<T>) =>
  schema<T | null>((value, path) => (value === null ? [] : inner.validate(value, path)));

export const arrayOf = <T>(item: Schema<T>, { min = 0, max }: { min?: number; max: number }) =>
  schema<readonly T[]>((value, path) => {
    if (!Array.isArray(value)) return problem(path, 'must be an array');
    if (value.length < min) return problem(path, `must have at least ${min} items`);
    if (value.length > max) return problem(path, `must have at most ${max} items`);
    return value.flatMap((element, i) => item.validate(element, `${path}[${i}]`));
  });

/** Fields not in the shape are tolerated, so producers can add fields without breaking consumers. */
export const object = <S extends Shape>(shape: S) =>
  schema<ObjectOf<S>>((value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem(path, 'must be an object');
    const record = value as Record<string, unknown>;
    return Object.entries(shape).flatMap(([key, field]) => {
      const present = Object.prototype.hasOwnProperty.call(record, key);
      if (!present && !field.isOptional) return problem(`${path}.${key}`, 'is required');
      return field.validate(record[key], `${path}.${key}`);
    });
  });
