/** A batch of safety reminders (常提醒) over one channel in one zone: `reminder-batch-<batchId>`. */
export const reminderBatchStreamId = (batchId: string) => `reminder-batch-${batchId}`;

export type ReminderBatchState =
  | { readonly status: 'None' }
  | { readonly status: 'Sent' }
  | { readonly status: 'Voided' };

export const initialReminderBatchState = (): ReminderBatchState => ({ status: 'None' });
