import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const smsBatch = { batchId: 'B-1', channel: 'sms', zoneId: 'salt-chemical-base', count: 120 };

/** 120 SMS reminders sent in the salt-chemical base in May 2014. */
export const smsSent = (): EventEnvelope[] => [
  streamOf('reminder-batch-B-1', 'safety')('ReminderBatchSent', smsBatch, '2014-05-12T09:00:00+08:00'),
];

export const reminderBatchHistories = [smsSent()];
