import { NotFound } from '@park-ledger/decider';
import { eventOf, ReminderBatchCorrected, ReminderBatchSent, ReminderBatchVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { reminderBatchDecider } from '../reminder-batch';
import type { CorrectReminderBatch } from './correct-reminder-batch';

const correct: CorrectReminderBatch = {
  type: 'CorrectReminderBatch',
  batchId: 'sms-2014-q1',
  occurredAt: '2014-04-02T09:00:00+08:00',
  channel: 'sms',
  zoneId: 'salt-chemical-base',
  count: 102,
  reason: '短信平台记录为102条 / the SMS platform log says 102',
};
const sent = eventOf(ReminderBatchSent, { batchId: 'sms-2014-q1', channel: 'sms', zoneId: 'salt-chemical-base', count: 120 });

describe('a recorded batch', () => {
  it('restates the count with the reason', () =>
    given(reminderBatchDecider, [sent])
      .when(correct)
      .then([
        eventOf(ReminderBatchCorrected, {
          batchId: 'sms-2014-q1',
          channel: 'sms',
          zoneId: 'salt-chemical-base',
          count: 102,
          reason: '短信平台记录为102条 / the SMS platform log says 102',
        }),
      ]));
});

describe('a voided batch', () => {
  it('refuses corrections', () =>
    given(reminderBatchDecider, [sent, eventOf(ReminderBatchVoided, { batchId: 'sms-2014-q1', reason: 'dup' })])
      .when(correct)
      .thenThrows('reminder-batch-voided'));
});

describe('no batch under the id', () => {
  it('is not found', () => given(reminderBatchDecider).when(correct).thenThrows(NotFound));
});
