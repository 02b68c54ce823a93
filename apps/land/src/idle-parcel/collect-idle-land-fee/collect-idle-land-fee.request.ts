import { IsOccurredAt, IsRecordId, IsYuan, Label } from '@park-ledger/department';
import type { CollectIdleLandFee } from './collect-idle-land-fee';

export class CollectIdleLandFeeRequest implements Omit<CollectIdleLandFee, 'type' | 'parcelId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsRecordId('FEE-2014-001')
  @Label('收据号', 'Receipt no.')
  readonly receiptNo!: string;

  @IsYuan(100_000, { min: 1 })
  @Label('金额', 'Amount')
  readonly amountYuan!: number;
}
