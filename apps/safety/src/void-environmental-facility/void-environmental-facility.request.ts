import { OccurredAt, Reason } from '../request-fields';
import type { VoidEnvironmentalFacility } from './void-environmental-facility';

export class VoidEnvironmentalFacilityRequest implements Omit<VoidEnvironmentalFacility, 'type' | 'facilityId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
