import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import {
  EnvironmentalFacilityCommissioned,
  eventOf,
  type EnvironmentalFacilityEvent,
} from '@park-ledger/contracts';
import type { EnvironmentalFacilityState } from '../environmental-facility.state';

/** Put into formal operation (正式运行), once all its works are done. */
export type CommissionFacility = {
  readonly type: 'CommissionFacility';
  readonly facilityId: string;
  readonly occurredAt: string;
};

export const commissionFacility = (
  command: CommissionFacility,
  state: EnvironmentalFacilityState,
): EnvironmentalFacilityEvent[] => {
  const facility = liveRecord(state, 'environmental-facility', command.facilityId);
  if (facility.commissioned) {
    throw new DomainRuleViolation('facility-already-commissioned', `Facility ${command.facilityId} is already commissioned`);
  }
  const open = facility.workIds.filter((workId) => !facility.completedWorkIds.includes(workId));
  if (open.length > 0) {
    throw new DomainRuleViolation(
      'facility-works-incomplete',
      `Facility ${command.facilityId} still has works open: ${open.join(', ')}`,
    );
  }
  return [eventOf(EnvironmentalFacilityCommissioned, { facilityId: command.facilityId })];
};
