import { OccurredAt, Reason } from '../request-fields';
import type { VoidReminderBatch } from './void-reminder-batch';

export class VoidReminderBatchRequest implements Omit<VoidReminderBatch, 'type' | 'batchId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
