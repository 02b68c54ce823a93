import { contributionsAfter, flow, replay, streamOf } from '../testing/projection-testing';
import { smsBatch, smsSent } from './reminder-batch.examples';
import { reminderBatchProjection as projection } from './reminder-batch.projection';

const later = streamOf('reminder-batch-B-1', 'safety');

describe('a batch of SMS reminders', () => {
  it('counts its reminders and itself by channel and zone', () => {
    const c = contributionsAfter(projection, smsSent());
    expect(flow(c, 'safety.reminders', '2014', { channel: 'sms', zoneId: 'salt-chemical-base' })).toBe(120);
    expect(flow(c, 'safety.reminders', '2014', { channel: 'door-to-door' })).toBe(0);
    expect(flow(c, 'safety.reminder-batches', '2014-05')).toBe(1);
  });
});

describe('a batch whose channel was entered wrongly', () => {
  it('moves to the corrected channel in the month it was sent', () => {
    const corrected = later('ReminderBatchCorrected', { ...smsBatch, channel: 'door-to-door', count: 26, reason: 'x' }, '2014-06-01T09:00:00+08:00');
    const c = contributionsAfter(projection, [...smsSent(), corrected]);
    expect(flow(c, 'safety.reminders', '2014-05', { channel: 'door-to-door' })).toBe(26);
    expect(flow(c, 'safety.reminders', '2014', { channel: 'sms' })).toBe(0);
    expect(flow(c, 'safety.reminder-batches', '2014')).toBe(1);
  });
});

describe('a batch voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('ReminderBatchVoided', { batchId: 'B-1', reason: 'x' }, '2014-06-01T09:00:00+08:00');
    expect(replay(projection, [...smsSent(), voided])).toBeNull();
  });
});
