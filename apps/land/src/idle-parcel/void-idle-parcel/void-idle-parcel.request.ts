import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidIdleParcel } from './void-idle-parcel';

export class VoidIdleParcelRequest implements Omit<VoidIdleParcel, 'type' | 'parcelId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
