import { decideBy, type Decider } from '@park-ledger/decider';
import type { SafetyAccidentEvent } from '@park-ledger/contracts';
import {
  correctAccidentHandling,
  type CorrectAccidentHandling,
} from './correct-accident-handling/correct-accident-handling';
import { correctSafetyAccident, type CorrectSafetyAccident } from './correct-safety-accident/correct-safety-accident';
import { handleSafetyAccident, type HandleSafetyAccident } from './handle-safety-accident/handle-safety-accident';
import { reportSafetyAccident, type ReportSafetyAccident } from './report-safety-accident/report-safety-accident';
import { voidSafetyAccident, type VoidSafetyAccident } from './void-safety-accident/void-safety-accident';
import { initialSafetyAccidentState, type SafetyAccidentState } from './safety-accident.state';

export { safetyAccidentStreamId, type SafetyAccidentState } from './safety-accident.state';

export type SafetyAccidentCommand =
  | ReportSafetyAccident
  | CorrectSafetyAccident
  | HandleSafetyAccident
  | CorrectAccidentHandling
  | VoidSafetyAccident;

const evolve = (state: SafetyAccidentState, event: SafetyAccidentEvent): SafetyAccidentState => {
  switch (event.type) {
    case 'SafetyAccidentReported':
      return { status: 'Reported', handled: false };
    case 'SafetyAccidentHandled':
      return state.status === 'Reported' ? { ...state, handled: true } : state;
    case 'SafetyAccidentDetailsCorrected':
    case 'SafetyAccidentHandlingCorrected':
      return state;
    case 'SafetyAccidentVoided':
      return { status: 'Voided' };
  }
};

const decide = decideBy<SafetyAccidentCommand, SafetyAccidentState, SafetyAccidentEvent>({
  ReportSafetyAccident: reportSafetyAccident,
  CorrectSafetyAccident: correctSafetyAccident,
  HandleSafetyAccident: handleSafetyAccident,
  CorrectAccidentHandling: correctAccidentHandling,
  VoidSafetyAccident: voidSafetyAccident,
});

export const safetyAccidentDecider: Decider<SafetyAccidentState, SafetyAccidentCommand, SafetyAccidentEvent> = { decide, evolve, initialState: initialSafetyAccidentState };
