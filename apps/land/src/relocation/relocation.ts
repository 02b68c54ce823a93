import type { RelocationEvent } from '@park-ledger/contracts';
import { decideBy, type Decider } from '@park-ledger/decider';
import { completeRelocation, type CompleteRelocation } from './complete-relocation/complete-relocation';
import {
  completeRelocationStep,
  type CompleteRelocationStep,
} from './complete-relocation-step/complete-relocation-step';
import { correctRelocation, type CorrectRelocation } from './correct-relocation/correct-relocation';
import { initialRelocationState, type RelocationState } from './relocation.state';
import { startRelocation, type StartRelocation } from './start-relocation/start-relocation';
import { voidRelocation, type VoidRelocation } from './void-relocation/void-relocation';

export { relocationStreamId, type RelocationState } from './relocation.state';

export type RelocationCommand =
  | StartRelocation
  | CorrectRelocation
  | CompleteRelocationStep
  | CompleteRelocation
  | VoidRelocation;

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

const decide = decideBy<RelocationCommand, RelocationState, RelocationEvent>({
  StartRelocation: startRelocation,
  CorrectRelocation: correctRelocation,
  CompleteRelocationStep: completeRelocationStep,
  CompleteRelocation: completeRelocation,
  VoidRelocation: voidRelocation,
});

export const relocationDecider: Decider<RelocationState, RelocationCommand, RelocationEvent> = {
  decide,
  evolve,
  initialState: initialRelocationState,
};
