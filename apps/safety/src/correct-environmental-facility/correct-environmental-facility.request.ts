import { EnvironmentalFacilityDetailsRequest } from '../register-environmental-facility/register-environmental-facility.request';
import { OccurredAt, Reason } from '../request-fields';
import type { CorrectEnvironmentalFacility } from './correct-environmental-facility';

export class CorrectEnvironmentalFacilityRequest
  extends EnvironmentalFacilityDetailsRequest
  implements Omit<CorrectEnvironmentalFacility, 'type' | 'facilityId'>
{
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
