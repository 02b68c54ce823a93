import { CentiArea, OccurredAt } from '../request-fields';
import type { ReclaimIdleParcel } from './reclaim-idle-parcel';

export class ReclaimIdleParcelRequest implements Omit<ReclaimIdleParcel, 'type' | 'parcelId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @CentiArea(50_000, 'mu')
  readonly reclaimedAreaCentiMu!: number;
}
