import { CentiArea, OccurredAt, Reason } from '../request-fields';
import type { CorrectParcelReclaim } from './correct-parcel-reclaim';

export class CorrectParcelReclaimRequest implements Omit<CorrectParcelReclaim, 'type' | 'parcelId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @CentiArea(2_000, 'mu')
  readonly reclaimedAreaCentiMu!: number;

  @Reason()
  readonly reason!: string;
}
