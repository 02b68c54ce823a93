import { IsOccurredAt, IsReason, Label } from '@park-ledger/department';
import { IsCentiArea } from '../../request-fields';
import type { CorrectParcelReclaim } from './correct-parcel-reclaim';

export class CorrectParcelReclaimRequest implements Omit<CorrectParcelReclaim, 'type' | 'parcelId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsCentiArea(2_000, 'mu')
  @Label('收回面积', 'Area reclaimed')
  readonly reclaimedAreaCentiMu!: number;

  @IsReason()
  readonly reason!: string;
}
