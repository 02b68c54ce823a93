import { assertNewRecord } from '@park-ledger/decider';
import { eventFrom, HazardFound, type HazardEvent } from '@park-ledger/contracts';
import type { HazardState } from '../hazard.state';

export interface HazardDetails {
  readonly zoneId: string;
  readonly enterpriseNameZh: string;
  readonly enterpriseNameEn?: string;
  readonly descriptionZh: string;
  /** The inspection that found it, if one did. */
  readonly inspectionId?: string;
}

export type ReportHazard = HazardDetails & {
  readonly type: 'ReportHazard';
  readonly hazardId: string;
  readonly occurredAt: string;
};

export const reportHazard = (command: ReportHazard, state: HazardState): HazardEvent[] => {
  assertNewRecord(state, 'hazard', command.hazardId);
  return [eventFrom(HazardFound, command)];
};
