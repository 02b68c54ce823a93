import { liveRecord } from '@park-ledger/decider';
import { eventOf, ReminderBatchVoided, type ReminderBatchEvent } from '@park-ledger/contracts';
import type { ReminderBatchState } from '../reminder-batch.state';

export type VoidReminderBatch = {
  readonly type: 'VoidReminderBatch';
  readonly batchId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidReminderBatch = (command: VoidReminderBatch, state: ReminderBatchState): ReminderBatchEvent[] => {
  liveRecord(state, 'reminder-batch', command.batchId);
  return [eventOf(ReminderBatchVoided, { batchId: command.batchId, reason: command.reason })];
};
