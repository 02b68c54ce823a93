import { assertNewRecord } from '@park-ledger/decider';
import { eventFrom, ReminderBatchSent, type ReminderBatchEvent, type ReminderChannel } from '@park-ledger/contracts';
import type { ReminderBatchState } from '../reminder-batch.state';

/** `count`: messages sent, enterprises visited (人次), or banners put up. */
export interface ReminderBatchDetails {
  readonly channel: ReminderChannel;
  readonly zoneId: string;
  readonly count: number;
}

export type SendReminderBatch = ReminderBatchDetails & {
  readonly type: 'SendReminderBatch';
  readonly batchId: string;
  readonly occurredAt: string;
};

export const sendReminderBatch = (command: SendReminderBatch, state: ReminderBatchState): ReminderBatchEvent[] => {
  assertNewRecord(state, 'reminder-batch', command.batchId);
  return [eventFrom(ReminderBatchSent, command)];
};
