import { type Decider, unknownCommand } from '@park-ledger/decider';
import type { SafetyAccidentEvent } from '@park-ledger/contracts';
import {
  correctAccidentHandling,
  type CorrectAccidentHandling,
} from './correct-accident-handling/correct-accident-handling';
import { correctSafetyAccident, type CorrectSafetyAccident } from './correct-safety-accident/correct-safety-accident';
import { handleSafetyAccident, type HandleSafetyAccident } from './handle-safety-accident/handle-safety-accident';
import { reportSafetyAccident, type ReportSafetyAccident } from './report-safety-accident/report-safety-accident';
import { voidSafetyAccident, type VoidSafetyAccident } from './void-safety-accident/void-safety-accident';

/** A safety accident (安全事故) and how it was handled: `safety-accident-<accidentId>`. */
export const safetyAccidentStreamId = (accidentId: string) => `safety-accident-${accidentId}`;

export type SafetyAccidentState =
  | { readonly status: 'None' }
  | { readonly status: 'Reported'; readonly handled: boolean }
  | { readonly status: 'Voided' };

export type SafetyAccidentCommand =
  | ReportSafetyAccident
  | CorrectSafetyAccident
  | HandleSafetyAccident
  | CorrectAccidentHandling
  | VoidSafetyAccident;

const initialState = (): SafetyAccidentState => ({ status: 'None' });

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

const decide = (command: SafetyAccidentCommand, state: SafetyAccidentState): SafetyAccidentEvent[] => {
  switch (command.type) {
    case 'ReportSafetyAccident':
      return reportSafetyAccident(command, state);
    case 'CorrectSafetyAccident':
      return correctSafetyAccident(command, state);
    case 'HandleSafetyAccident':
      return handleSafetyAccident(command, state);
    case 'CorrectAccidentHandling':
      return correctAccidentHandling(command, state);
    case 'VoidSafetyAccident':
      return voidSafetyAccident(command, state);
    default:
      return unknownCommand(command);
  }
};

export const safetyAccident: Decider<SafetyAccidentState, SafetyAccidentCommand, SafetyAccidentEvent> = {
  decide,
  evolve,
  initialState,
};
