import { liveRecord } from '@park-ledger/decider';
import { eventFrom, SafetyInspectionCorrected, type SafetyInspectionEvent } from '@park-ledger/contracts';
import { type InspectionDetails } from '../conduct-inspection/conduct-inspection';
import type { SafetyInspectionState } from '../safety-inspection.state';

/** Restates the inspection, its findings count included (not a delta). */
export type CorrectInspection = InspectionDetails & {
  readonly type: 'CorrectInspection';
  readonly inspectionId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const correctInspection = (command: CorrectInspection, state: SafetyInspectionState): SafetyInspectionEvent[] => {
  liveRecord(state, 'safety-inspection', command.inspectionId);
  return [eventFrom(SafetyInspectionCorrected, command)];
};
