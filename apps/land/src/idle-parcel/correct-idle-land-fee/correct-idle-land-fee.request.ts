import { IsOccurredAt, IsReason, IsRecordId, IsYuan, Label } from '@park-ledger/department';
import type { CorrectIdleLandFee } from './correct-idle-land-fee';

export class CorrectIdleLandFeeRequest implements Omit<CorrectIdleLandFee, 'type' | 'parcelId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsRecordId('FEE-2014-001')
  @Label('收据号', 'Receipt no.')
  readonly receiptNo!: string;

  @IsYuan(120_000)
  @Label('金额', 'Amount')
  readonly amountYuan!: number;

  @IsReason()
  readonly reason!: string;
}
