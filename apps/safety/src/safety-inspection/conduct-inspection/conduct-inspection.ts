import { assertNewRecord } from '@park-ledger/decider';
import { eventFrom, SafetyInspectionConducted, type InspectionKind, type SafetyInspectionEvent } from '@park-ledger/contracts';
import type { SafetyInspectionState } from '../safety-inspection.state';

export interface InspectionDetails {
  readonly kind: InspectionKind;
  readonly zoneId: string;
  readonly findingsCount: number;
  readonly summaryZh?: string;
}

export type ConductInspection = InspectionDetails & {
  readonly type: 'ConductInspection';
  readonly inspectionId: string;
  readonly occurredAt: string;
};

export const conductInspection = (command: ConductInspection, state: SafetyInspectionState): SafetyInspectionEvent[] => {
  assertNewRecord(state, 'safety-inspection', command.inspectionId);
  return [eventFrom(SafetyInspectionConducted, command)];
};
