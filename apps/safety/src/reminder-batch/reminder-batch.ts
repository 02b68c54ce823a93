import { decideBy, type Decider } from '@park-ledger/decider';
import type { ReminderBatchEvent } from '@park-ledger/contracts';
import { correctReminderBatch, type CorrectReminderBatch } from './correct-reminder-batch/correct-reminder-batch';
import { sendReminderBatch, type SendReminderBatch } from './send-reminder-batch/send-reminder-batch';
import { voidReminderBatch, type VoidReminderBatch } from './void-reminder-batch/void-reminder-batch';
import { initialReminderBatchState, type ReminderBatchState } from './reminder-batch.state';

export { reminderBatchStreamId, type ReminderBatchState } from './reminder-batch.state';

export type ReminderBatchCommand = SendReminderBatch | CorrectReminderBatch | VoidReminderBatch;

const evolve = (state: ReminderBatchState, event: ReminderBatchEvent): ReminderBatchState => {
  switch (event.type) {
    case 'ReminderBatchSent':
      return { status: 'Sent' };
    case 'ReminderBatchCorrected':
      return state;
    case 'ReminderBatchVoided':
      return { status: 'Voided' };
  }
};

const decide = decideBy<ReminderBatchCommand, ReminderBatchState, ReminderBatchEvent>({
  SendReminderBatch: sendReminderBatch,
  CorrectReminderBatch: correctReminderBatch,
  VoidReminderBatch: voidReminderBatch,
});

export const reminderBatchDecider: Decider<ReminderBatchState, ReminderBatchCommand, ReminderBatchEvent> = { decide, evolve, initialState: initialReminderBatchState };
