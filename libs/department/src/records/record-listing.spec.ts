import type { DomainEvent, EventEnvelope } from '@park-ledger/contracts';
import type { Decider } from '@park-ledger/decider';
import { listingOf, parkDate, searchTextOf } from './record-listing';

type State = { readonly status: 'None' | 'Open' | 'Voided' };
const decider: Decider<State, never, DomainEvent> = {
  initialState: () => ({ status: 'None' }),
  decide: () => [],
  evolve: (_, event) => ({ status: event.type === 'ThingVoided' ? 'Voided' : 'Open' }),
};
const envelope = (streamVersion: number, type: string, payload: object): EventEnvelope => ({
  eventId: `e${streamVersion}`,
  type,
  schemaVersion: 1,
  streamId: 'thing-T1',
  streamVersion,
  occurredAt: '2014-12-31T17:00:00Z',
  recordedAt: `2026-01-0${streamVersion}T00:00:00.000Z`,
  department: 'land',
  actor: `clerk-${streamVersion}`,
  correlationId: 'c',
  causationId: null,
  payload,
});
const listing = listingOf(decider, ['thingId'], (thingId) => `thing-${thingId}`);
const rowAfter = (events: EventEnvelope[]) =>
  listing.row(
    events.reduce((listed, { type, payload }) => listing.decider.evolve(listed, { type, payload } as DomainEvent), listing.decider.initialState()),
    events,
  );

describe('a record kind listed from its decider', () => {
  it('is named after its streams', () => {
    expect(listing).toMatchObject({ kind: 'thing', streamPrefix: 'thing-' });
  });

  it('folds its details from the payloads, keeps the last reason, and is corrected once a correction came', () => {
    const events = [
      envelope(1, 'ThingFound', { thingId: 'T1', zoneId: 'fucheng', nameZh: '物', nameEn: 'Thing' }),
      envelope(2, 'ThingCorrected', { thingId: 'T1', zoneId: 'chengbei', nameZh: '物件', reason: 'typo' }),
      envelope(3, 'ThingMeasured', { thingId: 'T1', areaMu: 3 }),
    ];
    expect(rowAfter(events)).toEqual({
      kind: 'thing',
      recordId: 'T1',
      details: { thingId: 'T1', zoneId: 'chengbei', nameZh: '物件', nameEn: 'Thing', areaMu: 3 },
      state: { status: 'Open' },
      status: 'Open',
      zoneId: 'chengbei',
      platformId: null,
      businessDate: '2015-01-01',
      searchText: 'thing 物件',
      version: 3,
      changedBy: 'clerk-3',
      changedAt: '2026-01-03T00:00:00.000Z',
      reason: 'typo',
      corrected: true,
      voided: false,
    });
  });

  it('is voided when its state says so', () => {
    const row = rowAfter([envelope(1, 'ThingFound', { thingId: 'T1' }), envelope(2, 'ThingVoided', { thingId: 'T1', reason: 'twice' })]);
    expect(row).toMatchObject({ voided: true, status: 'Voided', reason: 'twice', corrected: false });
  });
});

describe('names and dates', () => {
  it('searches the names under any key naming one, nested too, lower-cased, in key order', () => {
    expect(searchTextOf({ nameZh: '福城', platforms: [{ nameEn: 'Startup PARK', siteZh: '东侧' }], amount: 'x' })).toEqual(['福城', 'startup park', '东侧']);
  });
  it('dates business times in the park’s calendar (UTC+8)', () => {
    expect(parkDate('2014-03-14T16:00:00Z')).toBe('2014-03-15');
    expect(parkDate('2014-03-15T23:59:00+08:00')).toBe('2014-03-15');
  });
});
