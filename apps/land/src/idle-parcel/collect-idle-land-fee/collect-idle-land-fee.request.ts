import { IsOccurredAt, IsRecordId, IsYuan } from '@park-ledger/department';
import type { CollectIdleLandFee } from './collect-idle-land-fee';

export class CollectIdleLandFeeRequest implements Omit<CollectIdleLandFee, 'type' | 'parcelId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsRecordId('FEE-2014-001')
  readonly receiptNo!: string;

  @IsYuan(100_000, { min: 1 })
  readonly amountYuan!: number;
}
