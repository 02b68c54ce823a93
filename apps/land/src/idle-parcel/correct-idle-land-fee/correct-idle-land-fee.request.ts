import { IsOccurredAt, IsReason, IsRecordId, IsYuan } from '@park-ledger/department';
import type { CorrectIdleLandFee } from './correct-idle-land-fee';

export class CorrectIdleLandFeeRequest implements Omit<CorrectIdleLandFee, 'type' | 'parcelId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsRecordId('FEE-2014-001')
  readonly receiptNo!: string;

  @IsYuan(120_000)
  readonly amountYuan!: number;

  @IsReason()
  readonly reason!: string;
}
