import { DomainRuleViolation, assertNewRecord } from '@park-ledger/decider';
import {
  EnvironmentalFacilityRegistered,
  eventOf,
  type EnvironmentalFacilityEvent,
} from '@park-ledger/contracts';
import type { EnvironmentalFacilityState } from '../environmental-facility.state';

export interface FacilityWork {
  readonly workId: string;
  readonly nameZh: string;
  readonly nameEn?: string;
}

export interface EnvironmentalFacilityDetails {
  readonly nameZh: string;
  readonly nameEn?: string;
  readonly zoneId: string;
  /** The works to complete before the facility can be commissioned. */
  readonly works: readonly FacilityWork[];
}

export type RegisterEnvironmentalFacility = EnvironmentalFacilityDetails & {
  readonly type: 'RegisterEnvironmentalFacility';
  readonly facilityId: string;
  readonly occurredAt: string;
};

export const facilityDetailsOf = (command: EnvironmentalFacilityDetails & { readonly facilityId: string }) => {
  const workIds = command.works.map((work) => work.workId);
  const repeated = workIds.find((workId, i) => workIds.indexOf(workId) !== i);
  if (repeated !== undefined) {
    throw new DomainRuleViolation('duplicate-facility-work', `Work ${repeated} is listed twice`);
  }
  return {
    facilityId: command.facilityId,
    nameZh: command.nameZh,
    nameEn: command.nameEn,
    zoneId: command.zoneId,
    works: command.works.map(({ workId, nameZh, nameEn }) => ({ workId, nameZh, nameEn })),
  };
};

export const registerEnvironmentalFacility = (
  command: RegisterEnvironmentalFacility,
  state: EnvironmentalFacilityState,
): EnvironmentalFacilityEvent[] => {
  assertNewRecord(state, 'environmental-facility', command.facilityId);
  return [eventOf(EnvironmentalFacilityRegistered, facilityDetailsOf(command))];
};
