import { liveRecord } from '@park-ledger/decider';
import { eventFrom, ReminderBatchCorrected, type ReminderBatchEvent } from '@park-ledger/contracts';
import type { ReminderBatchState } from '../reminder-batch.state';
import { type ReminderBatchDetails } from '../send-reminder-batch/send-reminder-batch';

/** Restates the batch, its count included (not a delta). */
export type CorrectReminderBatch = ReminderBatchDetails & {
  readonly type: 'CorrectReminderBatch';
  readonly batchId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const correctReminderBatch = (command: CorrectReminderBatch, state: ReminderBatchState): ReminderBatchEvent[] => {
  liveRecord(state, 'reminder-batch', command.batchId);
  return [eventFrom(ReminderBatchCorrected, command)];
};
