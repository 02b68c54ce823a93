import { EventRegistry } from '../event-registry';
import { IdleParcelIdentified, landEvents } from './land';
import { projectsEvents } from './projects';
import { safetyEvents } from './safety';

const envelope = (type: string, payload: unknown) => ({
  eventId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  type,
  schemaVersion: 1,
  streamId: 'idle-parcel-P-2014-01',
  streamVersion: 1,
  occurredAt: '2014-06-30T02:00:00.000Z',
  recordedAt: '2014-07-01T02:00:00.000Z',
  department: 'land',
  actor: 'land-clerk',
  correlationId: 'c-1',
  causationId: null,
  payload,
});

const parcel = {
  parcelId: 'P-2014-01',
  category: 'supplied-unused',
  zoneId: 'chengbei',
  enterpriseNameZh: '新瑭虹',
  idleAreaCentiMu: 50_000,
};

describe('the land department events', () => {
  it('all belong to land, and no type name clashes with another department', () => {
    expect(landEvents.every((definition) => definition.department === 'land')).toBe(true);
    expect(() => new EventRegistry([...projectsEvents, ...landEvents, ...safetyEvents])).not.toThrow();
  });

  it('decode a parcel identified as idle', () => {
    const registry = new EventRegistry(landEvents);
    expect(registry.decode(envelope(IdleParcelIdentified.type, parcel))).toMatchObject({ ok: true });
  });

  it('refuse a fractional area, an unknown category and a malformed id, naming the fields', () => {
    const registry = new EventRegistry(landEvents);
    const decoded = registry.decode(
      envelope('IdleParcelIdentified', { ...parcel, parcelId: '-P', category: 'vacant', idleAreaCentiMu: 12.5 }),
    );
    expect(decoded).toMatchObject({ ok: false, code: 'invalid-payload' });
    expect(decoded.ok ? '' : decoded.reason.split('; ').map((problem) => problem.split(':')[0])).toEqual([
      'payload.parcelId',
      'payload.category',
      'payload.idleAreaCentiMu',
    ]);
  });
});
