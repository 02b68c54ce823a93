import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidReminderBatch } from './void-reminder-batch';

export class VoidReminderBatchRequest implements Omit<VoidReminderBatch, 'type' | 'batchId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
