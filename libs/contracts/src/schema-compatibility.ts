import type { EventDefinition } from './define-event';
import type { JsonSchema } from './payload-schema';

/**
 * Event payload schemas as committed: per event type, per schema version, what that version's payload
 * accepted. Events written at a version stay in the store and on the topics forever, so a version's
 * schema may only widen; anything else needs a new version and an upcaster.
 */
export type SchemaSnapshot = Readonly<Record<string, Readonly<Record<string, JsonSchema>>>>;

/** One difference between two versions of a schema, at a field path (`payload.amount.currency`). */
export interface SchemaChange {
  readonly path: string;
  readonly breaking: boolean;
  readonly what: string;
}

const nullableOf = (schema: JsonSchema) =>
  schema.anyOf && schema.anyOf.length === 2 && schema.anyOf[1].type === 'null' ? schema.anyOf[0] : undefined;

/**
 * What changed from `before` to `after`, each change marked breaking when a value `before` accepted
 * may be refused by `after` (a field removed or renamed, retyped, made required, a bound narrowed, an
 * allowed value dropped, a unit changed). Additions a reader can ignore (a new optional field, a wider
 * bound, a new allowed value) are changes too, not breaking.
 */
export function schemaChanges(before: JsonSchema, after: JsonSchema, path = 'payload'): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const breaking = (what: string) => changes.push({ path, breaking: true, what });
  const widening = (what: string) => changes.push({ path, breaking: false, what });

  const beforeInner = nullableOf(before);
  const afterInner = nullableOf(after);
  if (beforeInner && afterInner) return schemaChanges(beforeInner, afterInner, path);
  if (beforeInner) {
    breaking('no longer accepts null');
    return [...changes, ...schemaChanges(beforeInner, after, path)];
  }
  if (afterInner) {
    widening('now accepts null');
    return [...changes, ...schemaChanges(before, afterInner, path)];
  }

  if (before.type !== after.type) breaking(`retyped from ${before.type ?? 'any'} to ${after.type ?? 'any'}`);
  if (before.format !== after.format) {
    if (after.format === undefined) widening(`no longer requires format ${before.format}`);
    else breaking(`format ${before.format ?? 'none'} became ${after.format}`);
  }
  if (before.description !== after.description) {
    breaking(`unit or meaning changed from "${before.description ?? ''}" to "${after.description ?? ''}"`);
  }
  if (before.enum || after.enum) {
    const dropped = (before.enum ?? []).filter((value) => !(after.enum ?? []).includes(value));
    const added = (after.enum ?? []).filter((value) => !(before.enum ?? []).includes(value));
    if (!before.enum) breaking(`now restricted to ${after.enum?.join(', ')}`);
    else if (!after.enum) widening('no longer restricted to a list of values');
    else {
      if (dropped.length > 0) breaking(`no longer allows ${dropped.join(', ')}`);
      if (added.length > 0) widening(`now also allows ${added.join(', ')}`);
    }
  }
  const lower = (key: 'minLength' | 'minimum' | 'minItems', name: string) => {
    const [was, is] = [before[key], after[key]];
    if (was === is) return;
    if (is !== undefined && (was === undefined || is > was)) breaking(`${name} raised from ${was ?? 'none'} to ${is}`);
    else widening(`${name} lowered from ${was} to ${is ?? 'none'}`);
  };
  const upper = (key: 'maxLength' | 'maximum' | 'maxItems', name: string) => {
    const [was, is] = [before[key], after[key]];
    if (was === is) return;
    if (is !== undefined && (was === undefined || is < was)) breaking(`${name} lowered from ${was ?? 'none'} to ${is}`);
    else widening(`${name} raised from ${was} to ${is ?? 'none'}`);
  };
  lower('minLength', 'minimum length');
  upper('maxLength', 'maximum length');
  lower('minimum', 'minimum');
  upper('maximum', 'maximum');
  lower('minItems', 'minimum item count');
  upper('maxItems', 'maximum item count');
  if (before.pattern !== after.pattern) {
    if (after.pattern === undefined) widening(`no longer has to match ${before.pattern}`);
    else breaking(`pattern ${before.pattern ?? 'none'} became ${after.pattern}`);
  }

  if (before.items && after.items) changes.push(...schemaChanges(before.items, after.items, `${path}[]`));
  if (before.properties || after.properties) {
    const was = before.properties ?? {};
    const is = after.properties ?? {};
    const wasRequired = new Set(before.required ?? []);
    const isRequired = new Set(after.required ?? []);
    for (const key of Object.keys(was)) {
      const field = `${path}.${key}`;
      if (!(key in is)) changes.push({ path: field, breaking: true, what: 'removed (or renamed)' });
      else {
        if (isRequired.has(key) && !wasRequired.has(key)) changes.push({ path: field, breaking: true, what: 'made required' });
        if (!isRequired.has(key) && wasRequired.has(key)) changes.push({ path: field, breaking: false, what: 'made optional' });
        changes.push(...schemaChanges(was[key], is[key], field));
      }
    }
    for (const key of Object.keys(is)) {
      if (key in was) continue;
      const field = `${path}.${key}`;
      if (isRequired.has(key)) changes.push({ path: field, breaking: true, what: 'added as required (old events lack it)' });
      else changes.push({ path: field, breaking: false, what: 'added as optional' });
    }
  }
  return changes;
}

export interface SchemaCheck {
  /** Changes that break events already written: each needs a new schema version and an upcaster. */
  readonly breaking: string[];
  /** Compatible changes and new types or versions, not yet in the committed snapshot. */
  readonly unrecorded: string[];
  /** The snapshot that records the code as it is (write it when `breaking` is empty). */
  readonly snapshot: SchemaSnapshot;
}

/**
 * Compares every event definition with the committed snapshot. A version already recorded may only
 * widen; a new version is recorded beside the old ones (which stay, since events at them stay); a type
 * or version recorded but gone from the code is breaking (its events could no longer be read).
 */
export function checkEventSchemas(definitions: readonly EventDefinition[], committed: SchemaSnapshot): SchemaCheck {
  const breaking: string[] = [];
  const unrecorded: string[] = [];
  const snapshot: Record<string, Record<string, JsonSchema>> = {};
  const sameSchema = (a: JsonSchema, b: JsonSchema) => JSON.stringify(a) === JSON.stringify(b);

  for (const definition of definitions) {
    const { type, schemaVersion } = definition;
    const versions = committed[type] ?? {};
    const recorded = Object.keys(versions).map(Number);
    const current = definition.payload.json;
    snapshot[type] = { ...versions, [schemaVersion]: current };
    const newest = recorded.length > 0 ? Math.max(...recorded) : 0;
    if (newest > schemaVersion) {
      breaking.push(`${type}: schema version ${newest} is recorded but the code defines version ${schemaVersion}`);
      continue;
    }
    const before = versions[schemaVersion];
    if (!before) {
      unrecorded.push(newest === 0 ? `${type}: a new event type (v${schemaVersion})` : `${type}: v${schemaVersion} is new (v${newest} stays recorded)`);
      continue;
    }
    const changes = schemaChanges(before, current);
    for (const change of changes) {
      const line = `${type} v${schemaVersion}: ${change.path} ${change.what}`;
      if (change.breaking) breaking.push(`${line} — old events would not read; define v${schemaVersion + 1} with an upcaster instead`);
      else unrecorded.push(line);
    }
    if (changes.length === 0 && !sameSchema(before, current)) unrecorded.push(`${type} v${schemaVersion}: same schema, written differently`);
  }
  const known = new Set(definitions.map((definition) => definition.type));
  for (const type of Object.keys(committed)) {
    if (!known.has(type)) breaking.push(`${type}: recorded event type is gone from the code — its events could no longer be read`);
  }
  return { breaking, unrecorded, snapshot };
}
