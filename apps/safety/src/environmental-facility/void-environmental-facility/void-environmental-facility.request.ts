import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidEnvironmentalFacility } from './void-environmental-facility';

export class VoidEnvironmentalFacilityRequest implements Omit<VoidEnvironmentalFacility, 'type' | 'facilityId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
