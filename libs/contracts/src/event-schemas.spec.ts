/**
 * The committed event schemas (libs/contracts/event-schemas/<department>.json) against the code.
 * `npm run schemas:record` writes them anew, and only when no change is breaking.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { defineEvent, type EventDefinition } from './define-event';
import { departments, type Department } from './envelope';
import { EventRegistry } from './event-registry';
import { landEvents } from './events/land';
import { officeEvents } from './events/office';
import { ProjectLeadRegistered, projectsEvents } from './events/projects';
import { safetyEvents } from './events/safety';
import { money, object, oneOf, optional, str, type JsonSchema } from './payload-schema';
import { checkEventSchemas, schemaChanges, type SchemaSnapshot } from './schema-compatibility';

const definitions: readonly EventDefinition[] = [...projectsEvents, ...landEvents, ...safetyEvents, ...officeEvents];
const snapshotDir = path.join(__dirname, '..', 'event-schemas');
const snapshotFile = (department: Department) => path.join(snapshotDir, `${department}.json`);

const committed: SchemaSnapshot = Object.assign(
  {},
  ...departments.map((department) =>
    existsSync(snapshotFile(department)) ? JSON.parse(readFileSync(snapshotFile(department), 'utf8')) : {},
  ),
);

describe('the committed event schemas', () => {
  const check = checkEventSchemas(definitions, committed);

  const recording = process.env.UPDATE_EVENT_SCHEMAS === '1' && check.breaking.length === 0;
  if (recording) {
    for (const department of departments) {
      const types = definitions.filter((definition) => definition.department === department).map((d) => d.type);
      const file = Object.fromEntries(types.sort().map((type) => [type, check.snapshot[type]]));
      writeFileSync(snapshotFile(department), JSON.stringify(file, null, 2) + '\n');
    }
  }

  it('has no change that breaks events already written (each needs a new version and an upcaster)', () => {
    expect(check.breaking).toEqual([]);
  });

  it('records every type and version the code defines (run `npm run schemas:record` after a compatible change)', () => {
    expect(recording ? [] : check.unrecorded).toEqual([]);
  });

  it('covers every department', () => {
    for (const department of departments) expect(existsSync(snapshotFile(department))).toBe(true);
  });
});

describe('schema changes', () => {
  const lead = ProjectLeadRegistered.payload.json;
  const withoutField = (schema: JsonSchema, key: string): JsonSchema => ({
    ...schema,
    properties: Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([k]) => k !== key)),
    required: (schema.required ?? []).filter((k) => k !== key),
  });
  const withField = (schema: JsonSchema, key: string, field: JsonSchema, required: boolean): JsonSchema => ({
    ...schema,
    properties: { ...schema.properties, [key]: field },
    required: required ? [...(schema.required ?? []), key] : schema.required,
  });
  const breakingOf = (before: JsonSchema, after: JsonSchema) =>
    schemaChanges(before, after).filter((change) => change.breaking).map((change) => `${change.path} ${change.what}`);

  it('a removed field is breaking, named by its path', () => {
    expect(breakingOf(lead, withoutField(lead, 'plannedInvestmentYuan'))).toEqual([
      'payload.plannedInvestmentYuan removed (or renamed)',
    ]);
  });

  it('a renamed field is the old one removed', () => {
    const renamed = withField(withoutField(lead, 'industry'), 'industryCode', { type: 'string', minLength: 1, maxLength: 64 }, true);
    expect(breakingOf(lead, renamed)).toEqual([
      'payload.industry removed (or renamed)',
      'payload.industryCode added as required (old events lack it)',
    ]);
  });

  it('a field made required, retyped, narrowed or given another unit is breaking', () => {
    const required = { ...lead, required: [...(lead.required ?? []), 'nameEn'] };
    expect(breakingOf(lead, required)).toEqual(['payload.nameEn made required']);
    const retyped = withField(lead, 'plannedInvestmentYuan', { type: 'string' }, true);
    expect(breakingOf(lead, retyped)).toContain('payload.plannedInvestmentYuan retyped from integer to string');
    expect(breakingOf(lead, retyped)).toContain(
      'payload.plannedInvestmentYuan unit or meaning changed from "yuan" to ""',
    );
    const shorter = withField(lead, 'nameZh', { type: 'string', minLength: 1, maxLength: 100 }, true);
    expect(breakingOf(lead, shorter)).toEqual(['payload.nameZh maximum length lowered from 200 to 100']);
    const fewer = schemaChanges({ enum: ['a', 'b'] }, { enum: ['a'] });
    expect(fewer).toEqual([{ path: 'payload', breaking: true, what: 'no longer allows b' }]);
  });

  it('an added optional field, a wider bound or a new allowed value is compatible', () => {
    const added = withField(lead, 'contactPhone', { type: 'string', maxLength: 40 }, false);
    expect(breakingOf(lead, added)).toEqual([]);
    expect(schemaChanges(lead, added)).toEqual([
      { path: 'payload.contactPhone', breaking: false, what: 'added as optional' },
    ]);
    const longer = withField(lead, 'nameZh', { type: 'string', minLength: 1, maxLength: 400 }, true);
    expect(breakingOf(lead, longer)).toEqual([]);
    expect(breakingOf({ enum: ['a'] }, { enum: ['a', 'b'] })).toEqual([]);
    expect(breakingOf({ type: 'string' }, { anyOf: [{ type: 'string' }, { type: 'null' }] })).toEqual([]);
    expect(breakingOf({ anyOf: [{ type: 'string' }, { type: 'null' }] }, { type: 'string' })).toEqual([
      'payload no longer accepts null',
    ]);
  });
});

describe('the check over definitions', () => {
  const v1 = defineEvent('ScratchPenaltyImposed', 'safety', {
    schemaVersion: 1,
    payload: object({ hazardId: str({ min: 1, max: 64 }), amountYuan: money() }),
  });
  const recorded: SchemaSnapshot = { ScratchPenaltyImposed: { 1: v1.payload.json } };

  it('fails a field removed without a new version, naming the type and field', () => {
    const scratch = defineEvent('ScratchPenaltyImposed', 'safety', {
      schemaVersion: 1,
      payload: object({ hazardId: str({ min: 1, max: 64 }) }),
    });
    const { breaking } = checkEventSchemas([scratch], recorded);
    expect(breaking).toHaveLength(1);
    expect(breaking[0]).toMatch(/^ScratchPenaltyImposed v1: payload\.amountYuan removed \(or renamed\) — .*define v2 with an upcaster/);
  });

  it('passes an additive change (asking for it to be recorded)', () => {
    const scratch = defineEvent('ScratchPenaltyImposed', 'safety', {
      schemaVersion: 1,
      payload: object({ hazardId: str({ min: 1, max: 64 }), amountYuan: money(), basisZh: optional(str({ max: 500 })) }),
    });
    const check = checkEventSchemas([scratch], recorded);
    expect(check.breaking).toEqual([]);
    expect(check.unrecorded).toEqual(['ScratchPenaltyImposed v1: payload.basisZh added as optional']);
  });

  it('takes the same change as a new version with an upcaster, keeping the old version recorded', () => {
    const v2 = defineEvent('ScratchPenaltyImposed', 'safety', {
      schemaVersion: 2,
      payload: object({ hazardId: str({ min: 1, max: 64 }), amount: object({ value: money(), currency: oneOf(['CNY']) }) }),
      upcasters: { 1: ({ amountYuan, ...rest }) => ({ ...rest, amount: { value: amountYuan, currency: 'CNY' } }) },
    });
    const check = checkEventSchemas([v2], recorded);
    expect(check.breaking).toEqual([]);
    expect(check.unrecorded).toEqual(['ScratchPenaltyImposed: v2 is new (v1 stays recorded)']);
    expect(Object.keys(check.snapshot.ScratchPenaltyImposed)).toEqual(['1', '2']);
  });

  it('fails a recorded type that is gone, and a code version older than the record', () => {
    expect(checkEventSchemas([], recorded).breaking).toEqual([
      'ScratchPenaltyImposed: recorded event type is gone from the code — its events could no longer be read',
    ]);
    const ahead: SchemaSnapshot = { ScratchPenaltyImposed: { 1: v1.payload.json, 2: v1.payload.json } };
    expect(checkEventSchemas([v1], ahead).breaking).toEqual([
      'ScratchPenaltyImposed: schema version 2 is recorded but the code defines version 1',
    ]);
  });
});

/** Characters of plain text as clerks type it (the store refuses control characters). */
const TEXT = fc.constantFrom(...'园区工业项目 ABCxyz0129-_，。');

/** Payloads a recorded schema accepts, for checking that upcasters lift every old event. */
const arbitraryOf = (schema: JsonSchema): fc.Arbitrary<unknown> => {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map(arbitraryOf));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000_000, max: schema.maximum ?? 1_000_000_000 });
    case 'string':
      if (schema.format === 'date') return fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      if (schema.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({ minLength: Math.max(1, schema.minLength ?? 0), maxLength: Math.min(schema.maxLength ?? 20, 20), unit: TEXT });
    case 'array':
      return fc.array(arbitraryOf(schema.items ?? {}), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case 'object': {
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(schema.properties ?? {});
      return fc.record(
        Object.fromEntries(entries.map(([key, field]) => [key, arbitraryOf(field)])),
        { requiredKeys: entries.map(([key]) => key).filter((key) => required.has(key)) },
      );
    }
    default:
      return fc.anything();
  }
};

describe('every recorded older version', () => {
  const registry = new EventRegistry(definitions);
  const older = definitions.flatMap((definition) =>
    Object.entries(committed[definition.type] ?? {})
      .map(([version, json]) => ({ definition, version: Number(version), json }))
      .filter(({ version }) => version < definition.schemaVersion),
  );

  it('is known (at least one event type has moved on from v1)', () => {
    expect(older.length).toBeGreaterThan(0);
  });

  it.each(older.map((o) => [`${o.definition.type} v${o.version}`, o] as const))(
    '%s: every payload it accepted reads as the current version',
    (_name, { definition, version, json }) => {
      const envelope = (payload: unknown) => ({
        eventId: '00000000-0000-4000-8000-000000000001',
        type: definition.type,
        schemaVersion: version,
        streamId: 'scratch-1',
        streamVersion: 1,
        occurredAt: '2014-05-01T09:30:00+08:00',
        recordedAt: '2014-05-01T09:30:00+08:00',
        department: definition.department,
        actor: 'clerk',
        correlationId: 'c',
        causationId: null,
        payload,
      });
      fc.assert(
        fc.property(arbitraryOf(json), (payload) => {
          const decoded = registry.decode(envelope(payload));
          if (!decoded.ok) throw new Error(`${decoded.code}: ${decoded.reason}`);
          expect(decoded.event.schemaVersion).toBe(definition.schemaVersion);
        }),
        { numRuns: 200 },
      );
    },
  );
});
