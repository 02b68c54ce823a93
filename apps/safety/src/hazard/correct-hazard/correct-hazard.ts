import { liveRecord } from '@park-ledger/decider';
import { eventFrom, HazardDetailsCorrected, type HazardEvent } from '@park-ledger/contracts';
import type { HazardState } from '../hazard.state';
import { type HazardDetails } from '../report-hazard/report-hazard';

export type CorrectHazard = HazardDetails & {
  readonly type: 'CorrectHazard';
  readonly hazardId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const correctHazard = (command: CorrectHazard, state: HazardState): HazardEvent[] => {
  liveRecord(state, 'hazard', command.hazardId);
  return [eventFrom(HazardDetailsCorrected, command)];
};
