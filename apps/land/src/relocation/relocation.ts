import { type Decider, unknownCommand } from '@park-ledger/decider';
import type { RelocationEvent, RelocationStep } from '@park-ledger/contracts';
import { completeRelocation, type CompleteRelocation } from './complete-relocation/complete-relocation';
import {
  completeRelocationStep,
  type CompleteRelocationStep,
} from './complete-relocation-step/complete-relocation-step';
import { correctRelocation, type CorrectRelocation } from './correct-relocation/correct-relocation';
import { startRelocation, type StartRelocation } from './start-relocation/start-relocation';
import { voidRelocation, type VoidRelocation } from './void-relocation/void-relocation';

/** An enterprise moving from the city into the park (退城进园): `relocation-<relocationId>`. */
export const relocationStreamId = (relocationId: string) => `relocation-${relocationId}`;

export type RelocationState =
  | { readonly status: 'None' }
  | { readonly status: 'InProgress'; readonly completedSteps: readonly RelocationStep[] }
  | { readonly status: 'Completed' }
  | { readonly status: 'Voided' };

export type RelocationCommand =
  | StartRelocation
  | CorrectRelocation
  | CompleteRelocationStep
  | CompleteRelocation
  | VoidRelocation;

const initialState = (): RelocationState => ({ status: 'None' });

const evolve = (state: RelocationState, event: RelocationEvent): RelocationState => {
  switch (event.type) {
    case 'RelocationStarted':
      return { status: 'InProgress', completedSteps: [] };
    case 'RelocationDetailsCorrected':
      return state;
    case 'RelocationStepCompleted':
      return state.status === 'InProgress'
        ? { ...state, completedSteps: [...state.completedSteps, event.payload.step] }
        : state;
    case 'RelocationCompleted':
      return { status: 'Completed' };
    case 'RelocationVoided':
      return { status: 'Voided' };
  }
};

const decide = (command: RelocationCommand, state: RelocationState): RelocationEvent[] => {
  switch (command.type) {
    case 'StartRelocation':
      return startRelocation(command, state);
    case 'CorrectRelocation':
      return correctRelocation(command, state);
    case 'CompleteRelocationStep':
      return completeRelocationStep(command, state);
    case 'CompleteRelocation':
      return completeRelocation(command, state);
    case 'VoidRelocation':
      return voidRelocation(command, state);
    default:
      return unknownCommand(command);
  }
};

export const relocation: Decider<RelocationState, RelocationCommand, RelocationEvent> = { decide, evolve, initialState };
