import { OccurredAt, Reason, RecordId, Yuan } from '../request-fields';
import type { CorrectIdleLandFee } from './correct-idle-land-fee';

export class CorrectIdleLandFeeRequest implements Omit<CorrectIdleLandFee, 'type' | 'parcelId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @RecordId('FEE-2014-001')
  readonly receiptNo!: string;

  @Yuan(120_000, 0)
  readonly amountYuan!: number;

  @Reason()
  readonly reason!: string;
}
