import { IsOccurredAt, IsReason } from '@park-ledger/department';
import { IdleParcelDetailsRequest } from '../identify-idle-parcel/identify-idle-parcel.request';
import type { CorrectIdleParcel } from './correct-idle-parcel';

export class CorrectIdleParcelRequest
  extends IdleParcelDetailsRequest
  implements Omit<CorrectIdleParcel, 'type' | 'parcelId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
