import { IsOccurredAt } from '@park-ledger/department';
import { IsCentiArea } from '../../request-fields';
import type { ReclaimIdleParcel } from './reclaim-idle-parcel';

export class ReclaimIdleParcelRequest implements Omit<ReclaimIdleParcel, 'type' | 'parcelId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsCentiArea(50_000, 'mu')
  readonly reclaimedAreaCentiMu!: number;
}
