import { IsOccurredAt, IsReason } from '@park-ledger/department';
import { EnvironmentalFacilityDetailsRequest } from '../register-environmental-facility/register-environmental-facility.request';
import type { CorrectEnvironmentalFacility } from './correct-environmental-facility';

export class CorrectEnvironmentalFacilityRequest
  extends EnvironmentalFacilityDetailsRequest
  implements Omit<CorrectEnvironmentalFacility, 'type' | 'facilityId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
