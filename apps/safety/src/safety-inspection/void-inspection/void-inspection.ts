import { liveRecord } from '@park-ledger/decider';
import { eventOf, SafetyInspectionVoided, type SafetyInspectionEvent } from '@park-ledger/contracts';
import type { SafetyInspectionState } from '../safety-inspection.state';

export type VoidInspection = {
  readonly type: 'VoidInspection';
  readonly inspectionId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidInspection = (command: VoidInspection, state: SafetyInspectionState): SafetyInspectionEvent[] => {
  liveRecord(state, 'safety-inspection', command.inspectionId);
  return [eventOf(SafetyInspectionVoided, { inspectionId: command.inspectionId, reason: command.reason })];
};
