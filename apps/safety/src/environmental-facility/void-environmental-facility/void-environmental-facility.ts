import { liveRecord } from '@park-ledger/decider';
import { EnvironmentalFacilityVoided, eventOf, type EnvironmentalFacilityEvent } from '@park-ledger/contracts';
import type { EnvironmentalFacilityState } from '../environmental-facility.state';

export type VoidEnvironmentalFacility = {
  readonly type: 'VoidEnvironmentalFacility';
  readonly facilityId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidEnvironmentalFacility = (
  command: VoidEnvironmentalFacility,
  state: EnvironmentalFacilityState,
): EnvironmentalFacilityEvent[] => {
  liveRecord(state, 'environmental-facility', command.facilityId);
  return [eventOf(EnvironmentalFacilityVoided, { facilityId: command.facilityId, reason: command.reason })];
};
