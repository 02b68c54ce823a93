import { IsOccurredAt } from '@park-ledger/department';
import type { CommissionFacility } from './commission-facility';

export class CommissionFacilityRequest implements Omit<CommissionFacility, 'type' | 'facilityId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;
}
