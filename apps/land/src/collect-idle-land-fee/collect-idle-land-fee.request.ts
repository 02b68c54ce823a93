import { OccurredAt, RecordId, Yuan } from '../request-fields';
import type { CollectIdleLandFee } from './collect-idle-land-fee';

export class CollectIdleLandFeeRequest implements Omit<CollectIdleLandFee, 'type' | 'parcelId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @RecordId('FEE-2014-001')
  readonly receiptNo!: string;

  @Yuan(100_000)
  readonly amountYuan!: number;
}
