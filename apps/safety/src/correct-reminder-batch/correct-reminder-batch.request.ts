import { OccurredAt, Reason } from '../request-fields';
import { ReminderBatchDetailsRequest } from '../send-reminder-batch/send-reminder-batch.request';
import type { CorrectReminderBatch } from './correct-reminder-batch';

export class CorrectReminderBatchRequest
  extends ReminderBatchDetailsRequest
  implements Omit<CorrectReminderBatch, 'type' | 'batchId'>
{
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
