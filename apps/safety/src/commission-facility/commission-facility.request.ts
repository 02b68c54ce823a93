import { OccurredAt } from '../request-fields';
import type { CommissionFacility } from './commission-facility';

export class CommissionFacilityRequest implements Omit<CommissionFacility, 'type' | 'facilityId'> {
  @OccurredAt()
  readonly occurredAt!: string;
}
