import { decideBy, type Decider } from '@park-ledger/decider';
import type { SafetyInspectionEvent } from '@park-ledger/contracts';
import { conductInspection, type ConductInspection } from './conduct-inspection/conduct-inspection';
import { correctInspection, type CorrectInspection } from './correct-inspection/correct-inspection';
import { voidInspection, type VoidInspection } from './void-inspection/void-inspection';
import { initialSafetyInspectionState, type SafetyInspectionState } from './safety-inspection.state';

export { safetyInspectionStreamId, type SafetyInspectionState } from './safety-inspection.state';

export type SafetyInspectionCommand = ConductInspection | CorrectInspection | VoidInspection;

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

const decide = decideBy<SafetyInspectionCommand, SafetyInspectionState, SafetyInspectionEvent>({
  ConductInspection: conductInspection,
  CorrectInspection: correctInspection,
  VoidInspection: voidInspection,
});

export const safetyInspectionDecider: Decider<SafetyInspectionState, SafetyInspectionCommand, SafetyInspectionEvent> = { decide, evolve, initialState: initialSafetyInspectionState };
