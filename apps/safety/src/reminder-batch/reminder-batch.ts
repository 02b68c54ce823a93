import { type Decider, unknownCommand } from '@park-ledger/decider';
import type { ReminderBatchEvent } from '@park-ledger/contracts';
import { correctReminderBatch, type CorrectReminderBatch } from './correct-reminder-batch/correct-reminder-batch';
import { sendReminderBatch, type SendReminderBatch } from './send-reminder-batch/send-reminder-batch';
import { voidReminderBatch, type VoidReminderBatch } from './void-reminder-batch/void-reminder-batch';

/** A batch of safety reminders (常提醒) over one channel in one zone: `reminder-batch-<batchId>`. */
export const reminderBatchStreamId = (batchId: string) => `reminder-batch-${batchId}`;

export type ReminderBatchState =
  | { readonly status: 'None' }
  | { readonly status: 'Sent' }
  | { readonly status: 'Voided' };

export type ReminderBatchCommand = SendReminderBatch | CorrectReminderBatch | VoidReminderBatch;

const initialState = (): ReminderBatchState => ({ status: 'None' });

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

const decide = (command: ReminderBatchCommand, state: ReminderBatchState): ReminderBatchEvent[] => {
  switch (command.type) {
    case 'SendReminderBatch':
      return sendReminderBatch(command, state);
    case 'CorrectReminderBatch':
      return correctReminderBatch(command, state);
    case 'VoidReminderBatch':
      return voidReminderBatch(command, state);
    default:
      return unknownCommand(command);
  }
};

export const reminderBatch: Decider<ReminderBatchState, ReminderBatchCommand, ReminderBatchEvent> = {
  decide,
  evolve,
  initialState,
};
