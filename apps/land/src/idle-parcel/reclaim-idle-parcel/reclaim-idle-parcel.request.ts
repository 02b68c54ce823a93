import { IsOccurredAt, Label } from '@park-ledger/department';
import { IsCentiArea } from '../../request-fields';
import type { ReclaimIdleParcel } from './reclaim-idle-parcel';

export class ReclaimIdleParcelRequest implements Omit<ReclaimIdleParcel, 'type' | 'parcelId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsCentiArea(50_000, 'mu')
  @Label('收回面积', 'Area reclaimed')
  readonly reclaimedAreaCentiMu!: number;
}
