import { IsCalendarDate, IsOccurredAt, Label } from '@park-ledger/department';
import type { SubmitRectificationCommitment } from './submit-rectification-commitment';

export class SubmitRectificationCommitmentRequest implements Omit<SubmitRectificationCommitment, 'type' | 'parcelId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsCalendarDate('2015-06-30', { optional: true })
  @Label('整改期限', 'Rectify by', { help: '须在此日期前完成整改（园区日历）', helpEn: 'The date rectification is due (park calendar)' })
  readonly rectifyBy?: string;
}
