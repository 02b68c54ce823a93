import { EventRegistry } from '../event-registry';
import { PollutionCompensationPaid, ReminderBatchSent, safetyEvents } from './safety';

const envelope = (type: string, payload: unknown) => ({
  eventId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  type,
  schemaVersion: 1,
  streamId: 'stream-1',
  streamVersion: 1,
  occurredAt: '2014-06-30T02:00:00.000Z',
  recordedAt: '2014-07-01T02:00:00.000Z',
  department: 'safety',
  actor: 'safety-clerk',
  correlationId: 'c-1',
  causationId: null,
  payload,
});

describe('the safety department events', () => {
  const registry = new EventRegistry(safetyEvents);

  it('all belong to safety', () => {
    expect(safetyEvents.every((definition) => definition.department === 'safety')).toBe(true);
  });

  it('decode a reminder batch and a compensation payment', () => {
    const batch = { batchId: 'sms-2014', channel: 'sms', zoneId: 'chengbei', count: 300 };
    expect(registry.decode(envelope(ReminderBatchSent.type, batch))).toMatchObject({ ok: true });
    const paid = { incidentId: 'PI-2014-05', amountYuan: 330_000 };
    expect(registry.decode(envelope(PollutionCompensationPaid.type, paid))).toMatchObject({ ok: true });
  });

  it('refuse an empty batch, an unknown channel and money in fractions of a yuan', () => {
    expect(
      registry.decode(envelope('ReminderBatchSent', { batchId: 'b', channel: 'fax', zoneId: 'z', count: 0 })),
    ).toMatchObject({ ok: false, code: 'invalid-payload' });
    expect(
      registry.decode(envelope('PollutionCompensationPaid', { incidentId: 'i', amountYuan: 0.5 })),
    ).toEqual({
      ok: false,
      code: 'invalid-payload',
      reason: 'payload.amountYuan: must be a whole number of yuan >= 0',
    });
  });
});
