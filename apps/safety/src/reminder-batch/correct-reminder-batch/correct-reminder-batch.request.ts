import { IsOccurredAt, IsReason } from '@park-ledger/department';
import { ReminderBatchDetailsRequest } from '../send-reminder-batch/send-reminder-batch.request';
import type { CorrectReminderBatch } from './correct-reminder-batch';

export class CorrectReminderBatchRequest
  extends ReminderBatchDetailsRequest
  implements Omit<CorrectReminderBatch, 'type' | 'batchId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
