import { IdleParcelDetailsRequest } from '../identify-idle-parcel/identify-idle-parcel.request';
import { OccurredAt, Reason } from '../request-fields';
import type { CorrectIdleParcel } from './correct-idle-parcel';

export class CorrectIdleParcelRequest
  extends IdleParcelDetailsRequest
  implements Omit<CorrectIdleParcel, 'type' | 'parcelId'>
{
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
