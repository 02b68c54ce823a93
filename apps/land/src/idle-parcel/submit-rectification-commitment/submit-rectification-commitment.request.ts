import { IsCalendarDate, IsOccurredAt } from '@park-ledger/department';
import type { SubmitRectificationCommitment } from './submit-rectification-commitment';

export class SubmitRectificationCommitmentRequest implements Omit<SubmitRectificationCommitment, 'type' | 'parcelId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsCalendarDate('2015-06-30', { optional: true })
  readonly rectifyBy?: string;
}
