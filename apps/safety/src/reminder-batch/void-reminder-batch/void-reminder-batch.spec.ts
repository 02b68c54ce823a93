import { NotFound } from '@park-ledger/decider';
import { eventOf, ReminderBatchSent, ReminderBatchVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { reminderBatchDecider } from '../reminder-batch';
import type { VoidReminderBatch } from './void-reminder-batch';

const voidBatch: VoidReminderBatch = {
  type: 'VoidReminderBatch',
  batchId: 'visits-2014-05',
  occurredAt: '2014-06-01T09:00:00+08:00',
  reason: '重复录入 / entered twice',
};
const sent = eventOf(ReminderBatchSent, { batchId: 'visits-2014-05', channel: 'door-to-door', zoneId: 'fucheng', count: 40 });
const voided = eventOf(ReminderBatchVoided, { batchId: 'visits-2014-05', reason: '重复录入 / entered twice' });

describe('a recorded batch', () => {
  it('is voided with the reason', () => given(reminderBatchDecider, [sent]).when(voidBatch).then([voided]));
});

describe('a voided batch', () => {
  it('refuses to be voided twice', () =>
    given(reminderBatchDecider, [sent, voided]).when(voidBatch).thenThrows('reminder-batch-voided'));
});

describe('no batch under the id', () => {
  it('is not found', () => given(reminderBatchDecider).when(voidBatch).thenThrows(NotFound));
});
