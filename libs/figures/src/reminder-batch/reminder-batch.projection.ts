import {
  reminderBatchEvents,
  ReminderBatchSent,
  type PayloadOf,
  type ReminderBatchEvent,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, netted, withoutReason } from '../contributions';

export type ReminderBatchRow = PayloadOf<typeof ReminderBatchSent> & { readonly sentIn: string };

const evolve = (row: ReminderBatchRow | null, event: ReminderBatchEvent, month: string): ReminderBatchRow | null => {
  switch (event.type) {
    case 'ReminderBatchSent':
      return { ...event.payload, sentIn: month };
    case 'ReminderBatchCorrected':
      return row === null ? null : { ...withoutReason(event.payload), sentIn: row.sentIn };
    case 'ReminderBatchVoided':
      return null;
  }
};

const contributions = (row: ReminderBatchRow) => {
  const dims = { channel: row.channel, zoneId: row.zoneId };
  return netted([fact('safety.reminder-batches', row.sentIn, dims), fact('safety.reminders', row.sentIn, dims, row.count)]);
};

/** A batch of safety reminders (常提醒): SMS, door-to-door visits or banners in one zone. */
export const reminderBatchProjection = streamProjection<ReminderBatchRow, ReminderBatchEvent>(
  'reminder-batch',
  reminderBatchEvents,
  evolve,
  contributions,
);
