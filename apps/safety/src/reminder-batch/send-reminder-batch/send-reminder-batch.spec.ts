import { eventOf, ReminderBatchSent } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { reminderBatchDecider } from '../reminder-batch';
import type { SendReminderBatch } from './send-reminder-batch';

const send: SendReminderBatch = {
  type: 'SendReminderBatch',
  batchId: 'sms-2014-q1',
  occurredAt: '2014-03-31T17:00:00+08:00',
  channel: 'sms',
  zoneId: 'salt-chemical-base',
  count: 120,
};
const sent = eventOf(ReminderBatchSent, { batchId: 'sms-2014-q1', channel: 'sms', zoneId: 'salt-chemical-base', count: 120 });

describe('no batch under the id', () => {
  it('records the batch with its channel, zone and count', () => given(reminderBatchDecider).when(send).then([sent]));
});

describe('a recorded batch', () => {
  it('refuses the same id again', () =>
    given(reminderBatchDecider, [sent]).when(send).thenThrows('reminder-batch-already-recorded'));
});
