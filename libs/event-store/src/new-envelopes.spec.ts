import { defineEvent, EventRegistry, int, object } from '@park-ledger/contracts';
import { newEnvelopes, type NewEnvelopesInput } from './new-envelopes';

const Counted = defineEvent('Counted', 'projects', {
  schemaVersion: 3,
  payload: object({ n: int({ min: 0 }) }),
  upcasters: { 1: (p) => p, 2: (p) => p },
});
const Fenced = defineEvent('Fenced', 'land', { schemaVersion: 1, payload: object({}) });

let ids = 0;
const input = (overrides: Partial<NewEnvelopesInput> = {}): NewEnvelopesInput => ({
  streamId: 'counter-1',
  currentVersion: 4,
  events: [
    { type: 'Counted', payload: { n: 1 } },
    { type: 'Counted', payload: { n: 2 }, occurredAt: '2014-01-01T08:00:00+08:00' },
  ],
  metadata: { actor: 'clerk', correlationId: 'corr', occurredAt: '2014-05-01T09:30:00+08:00' },
  department: 'projects',
  registry: new EventRegistry([Counted, Fenced]),
  recordedAt: '2024-11-27T00:00:00.000Z',
  newEventId: () => `id-${++ids}`,
  ...overrides,
});

describe('a stream at version 4 receiving two decided events', () => {
  it('numbers them 5 and 6 with current schema versions, UTC business time and the metadata', () => {
    ids = 0;
    expect(newEnvelopes(input())).toEqual([
      {
        eventId: 'id-1', type: 'Counted', schemaVersion: 3, streamId: 'counter-1', streamVersion: 5,
        occurredAt: '2014-05-01T01:30:00.000Z', recordedAt: '2024-11-27T00:00:00.000Z', department: 'projects',
        actor: 'clerk', correlationId: 'corr', causationId: null, payload: { n: 1 },
      },
      expect.objectContaining({ eventId: 'id-2', streamVersion: 6, occurredAt: '2014-01-01T00:00:00.000Z' }),
    ]);
  });

  it('refuses an invalid payload, an unknown type or another department\'s event', () => {
    expect(() => newEnvelopes(input({ events: [{ type: 'Counted', payload: { n: -1 } }] }))).toThrow(
      'Refusing to append Counted: payload.n: must be an integer >= 0',
    );
    expect(() => newEnvelopes(input({ events: [{ type: 'Nope', payload: {} }] }))).toThrow('unknown event type Nope');
    expect(() => newEnvelopes(input({ events: [{ type: 'Fenced', payload: {} }] }))).toThrow('belongs to land');
  });

  it('refuses a business time without an offset', () => {
    const metadata = { actor: 'a', correlationId: 'c', occurredAt: '2014-05-01' };
    expect(() => newEnvelopes(input({ metadata }))).toThrow('occurredAt must be an ISO-8601 date-time');
  });
});
