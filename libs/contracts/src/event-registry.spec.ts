import { defineEvent, eventOf, type EnvelopeOf } from './define-event';
import { EventRegistry } from './event-registry';
import { int, money, object, optional, str } from './payload-schema';

// v1 carried the area as a string of mu; v2 made it an integer and added an optional price.
const ParcelMeasured = defineEvent('ParcelMeasured', 'land', {
  schemaVersion: 2,
  payload: object({ parcelId: str({ min: 1, max: 40 }), areaMu: int({ min: 0 }), price: optional(money()) }),
  upcasters: { 1: (v1: { parcelId: string; area: string }) => ({ parcelId: v1.parcelId, areaMu: Number(v1.area) }) },
});
const registry = new EventRegistry([ParcelMeasured]);

const envelope = (overrides: Record<string, unknown> = {}) => ({
  eventId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  type: 'ParcelMeasured',
  schemaVersion: 2,
  streamId: 'idle-parcel-P-7',
  streamVersion: 1,
  occurredAt: '2014-05-01T00:00:00.000Z',
  recordedAt: '2024-11-27T06:00:00.000Z',
  department: 'land',
  actor: 'clerk-1',
  correlationId: 'c-1',
  causationId: null,
  payload: { parcelId: 'P-7', areaMu: 12 },
  ...overrides,
});

describe('a registry with an event at schema version 2', () => {
  it('decodes a current-version envelope, from an object or JSON text', () => {
    const fromObject = registry.decode(envelope());
    const fromJson = registry.decode(JSON.stringify(envelope()));
    expect(fromObject).toEqual({ ok: true, event: envelope() });
    expect(fromJson).toEqual(fromObject);
  });

  it('lifts a version 1 payload to the current shape', () => {
    const decoded = registry.decode(envelope({ schemaVersion: 1, payload: { parcelId: 'P-7', area: '12' } }));
    expect(decoded).toEqual({ ok: true, event: envelope() });
  });

  it('rejects a future schema version, an unknown type and an invalid payload with reasons', () => {
    expect(registry.decode(envelope({ schemaVersion: 3 }))).toMatchObject({ ok: false, code: 'future-schema-version' });
    expect(registry.decode(envelope({ type: 'ParcelSold' }))).toEqual({
      ok: false,
      code: 'unknown-type',
      reason: 'unknown event type ParcelSold',
    });
    expect(registry.decode(envelope({ payload: { parcelId: 'P-7', areaMu: -3 } }))).toEqual({
      ok: false,
      code: 'invalid-payload',
      reason: 'payload.areaMu: must be an integer >= 0',
    });
  });

  it('rejects broken envelopes, naming the fields', () => {
    expect(registry.decode('{not json')).toMatchObject({ ok: false, code: 'invalid-envelope' });
    expect(registry.decode(envelope({ eventId: 'x', streamVersion: 0 }))).toEqual({
      ok: false,
      code: 'invalid-envelope',
      reason: 'envelope.eventId: must be a UUID; envelope.streamVersion: must be an integer >= 1',
    });
    expect(registry.decode(envelope({ department: 'safety' }))).toMatchObject({ ok: false, code: 'invalid-envelope' });
  });

  it('reports an upcaster failure instead of throwing', () => {
    const Broken = defineEvent('Broken', 'safety', {
      schemaVersion: 2,
      payload: object({}),
      upcasters: { 1: () => { throw new Error('no way'); } },
    });
    const decoded = new EventRegistry([Broken]).decode(envelope({ type: 'Broken', department: 'safety', schemaVersion: 1 }));
    expect(decoded).toEqual({ ok: false, code: 'upcast-failed', reason: 'Broken v1 -> v2: no way' });
  });

  it('knows the current schema version of each type', () => {
    expect(registry.schemaVersionOf('ParcelMeasured')).toBe(2);
    expect(registry.validatePayload('ParcelMeasured', { parcelId: 'P', areaMu: 1 })).toEqual([]);
  });
});

describe('defining events', () => {
  it('refuses a missing upcaster, a duplicate type and a non-PascalCase name', () => {
    expect(() => defineEvent('Measured', 'land', { schemaVersion: 2, payload: object({}) })).toThrow(
      'Measured: missing upcaster from schema version 1 to 2',
    );
    expect(() => new EventRegistry([ParcelMeasured, ParcelMeasured])).toThrow('defined twice');
    expect(() => defineEvent('parcel_measured', 'land', { schemaVersion: 1, payload: object({}) })).toThrow();
  });

  it('types a domain event and an envelope from the definition', () => {
    const event = eventOf(ParcelMeasured, { parcelId: 'P-7', areaMu: 12 });
    const typed: EnvelopeOf<typeof ParcelMeasured>['payload'] = event.payload;
    expect(typed.areaMu).toBe(12);
  });
});
