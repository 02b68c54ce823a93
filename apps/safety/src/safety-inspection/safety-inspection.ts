import { type Decider, unknownCommand } from '@park-ledger/decider';
import type { SafetyInspectionEvent } from '@park-ledger/contracts';
import { conductInspection, type ConductInspection } from './conduct-inspection/conduct-inspection';
import { correctInspection, type CorrectInspection } from './correct-inspection/correct-inspection';
import { voidInspection, type VoidInspection } from './void-inspection/void-inspection';

/** One inspection round (勤排查) in one zone: `safety-inspection-<inspectionId>`. */
export const safetyInspectionStreamId = (inspectionId: string) => `safety-inspection-${inspectionId}`;

export type SafetyInspectionState =
  | { readonly status: 'None' }
  | { readonly status: 'Conducted' }
  | { readonly status: 'Voided' };

export type SafetyInspectionCommand = ConductInspection | CorrectInspection | VoidInspection;

const initialState = (): SafetyInspectionState => ({ status: 'None' });

const evolve = (state: SafetyInspectionState, event: SafetyInspectionEvent): SafetyInspectionState => {
  switch (event.type) {
    case 'SafetyInspectionConducted':
      return { status: 'Conducted' };
    case 'SafetyInspectionCorrected':
      return state;
    case 'SafetyInspectionVoided':
      return { status: 'Voided' };
  }
};

const decide = (command: SafetyInspectionCommand, state: SafetyInspectionState): SafetyInspectionEvent[] => {
  switch (command.type) {
    case 'ConductInspection':
      return conductInspection(command, state);
    case 'CorrectInspection':
      return correctInspection(command, state);
    case 'VoidInspection':
      return voidInspection(command, state);
    default:
      return unknownCommand(command);
  }
};

export const safetyInspection: Decider<SafetyInspectionState, SafetyInspectionCommand, SafetyInspectionEvent> = {
  decide,
  evolve,
  initialState,
};
