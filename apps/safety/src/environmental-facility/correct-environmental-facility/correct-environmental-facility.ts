import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import {
  EnvironmentalFacilityDetailsCorrected,
  eventOf,
  type EnvironmentalFacilityEvent,
} from '@park-ledger/contracts';
import type { EnvironmentalFacilityState } from '../environmental-facility.state';
import {
  facilityDetailsOf,
  type EnvironmentalFacilityDetails,
} from '../register-environmental-facility/register-environmental-facility';

/** Restates the facility: names, zone and the full list of its works. */
export type CorrectEnvironmentalFacility = EnvironmentalFacilityDetails & {
  readonly type: 'CorrectEnvironmentalFacility';
  readonly facilityId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const correctEnvironmentalFacility = (
  command: CorrectEnvironmentalFacility,
  state: EnvironmentalFacilityState,
): EnvironmentalFacilityEvent[] => {
  const facility = liveRecord(state, 'environmental-facility', command.facilityId);
  const details = facilityDetailsOf(command);
  const kept = new Set(details.works.map((work) => work.workId));
  const dropped = facility.completedWorkIds.find((workId) => !kept.has(workId));
  if (dropped !== undefined) {
    throw new DomainRuleViolation(
      'completed-work-removed',
      `Work ${dropped} was already completed and cannot be removed from the facility`,
    );
  }
  return [eventOf(EnvironmentalFacilityDetailsCorrected, { ...details, reason: command.reason })];
};
