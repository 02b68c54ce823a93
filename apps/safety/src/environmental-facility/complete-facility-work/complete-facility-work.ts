import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import {
  EnvironmentalFacilityWorkCompleted,
  eventOf,
  type EnvironmentalFacilityEvent,
} from '@park-ledger/contracts';
import type { EnvironmentalFacilityState } from '../environmental-facility.state';

export type CompleteFacilityWork = {
  readonly type: 'CompleteFacilityWork';
  readonly facilityId: string;
  readonly occurredAt: string;
  readonly workId: string;
};

export const completeFacilityWork = (
  command: CompleteFacilityWork,
  state: EnvironmentalFacilityState,
): EnvironmentalFacilityEvent[] => {
  const facility = liveRecord(state, 'environmental-facility', command.facilityId);
  if (!facility.workIds.includes(command.workId)) {
    throw new DomainRuleViolation('unknown-facility-work', `Facility ${command.facilityId} has no work ${command.workId}`);
  }
  if (facility.completedWorkIds.includes(command.workId)) {
    throw new DomainRuleViolation('facility-work-already-completed', `Work ${command.workId} is already completed`);
  }
  return [eventOf(EnvironmentalFacilityWorkCompleted, { facilityId: command.facilityId, workId: command.workId })];
};
