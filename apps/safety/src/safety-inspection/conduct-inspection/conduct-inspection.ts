import { assertNewRecord } from '@park-ledger/decider';
import { eventOf, SafetyInspectionConducted, type InspectionKind, type SafetyInspectionEvent } from '@park-ledger/contracts';
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

export const inspectionDetailsOf = (command: InspectionDetails & { readonly inspectionId: string }) => ({
  inspectionId: command.inspectionId,
  kind: command.kind,
  zoneId: command.zoneId,
  findingsCount: command.findingsCount,
  summaryZh: command.summaryZh,
});

export const conductInspection = (command: ConductInspection, state: SafetyInspectionState): SafetyInspectionEvent[] => {
  assertNewRecord(state, 'safety-inspection', command.inspectionId);
  return [eventOf(SafetyInspectionConducted, inspectionDetailsOf(command))];
};
