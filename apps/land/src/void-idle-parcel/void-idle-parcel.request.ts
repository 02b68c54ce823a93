import { OccurredAt, Reason } from '../request-fields';
import type { VoidIdleParcel } from './void-idle-parcel';

export class VoidIdleParcelRequest implements Omit<VoidIdleParcel, 'type' | 'parcelId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
