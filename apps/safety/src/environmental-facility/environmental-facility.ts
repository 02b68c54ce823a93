import { type Decider, unknownCommand } from '@park-ledger/decider';
import type { EnvironmentalFacilityEvent } from '@park-ledger/contracts';
import { commissionFacility, type CommissionFacility } from './commission-facility/commission-facility';
import { completeFacilityWork, type CompleteFacilityWork } from './complete-facility-work/complete-facility-work';
import {
  correctEnvironmentalFacility,
  type CorrectEnvironmentalFacility,
} from './correct-environmental-facility/correct-environmental-facility';
import {
  registerEnvironmentalFacility,
  type RegisterEnvironmentalFacility,
} from './register-environmental-facility/register-environmental-facility';
import {
  voidEnvironmentalFacility,
  type VoidEnvironmentalFacility,
} from './void-environmental-facility/void-environmental-facility';

/** An environmental facility, its preparatory works and its commissioning: `environmental-facility-<facilityId>`. */
export const environmentalFacilityStreamId = (facilityId: string) => `environmental-facility-${facilityId}`;

export type EnvironmentalFacilityState =
  | { readonly status: 'None' }
  | {
      readonly status: 'Registered';
      readonly workIds: readonly string[];
      readonly completedWorkIds: readonly string[];
      readonly commissioned: boolean;
    }
  | { readonly status: 'Voided' };

export type EnvironmentalFacilityCommand =
  | RegisterEnvironmentalFacility
  | CorrectEnvironmentalFacility
  | CompleteFacilityWork
  | CommissionFacility
  | VoidEnvironmentalFacility;

const initialState = (): EnvironmentalFacilityState => ({ status: 'None' });

const evolve = (state: EnvironmentalFacilityState, event: EnvironmentalFacilityEvent): EnvironmentalFacilityState => {
  if (event.type === 'EnvironmentalFacilityRegistered') {
    const workIds = event.payload.works.map((work) => work.workId);
    return { status: 'Registered', workIds, completedWorkIds: [], commissioned: false };
  }
  if (state.status !== 'Registered') return state;
  switch (event.type) {
    case 'EnvironmentalFacilityDetailsCorrected':
      return { ...state, workIds: event.payload.works.map((work) => work.workId) };
    case 'EnvironmentalFacilityWorkCompleted':
      return { ...state, completedWorkIds: [...state.completedWorkIds, event.payload.workId] };
    case 'EnvironmentalFacilityCommissioned':
      return { ...state, commissioned: true };
    case 'EnvironmentalFacilityVoided':
      return { status: 'Voided' };
  }
};

const decide = (
  command: EnvironmentalFacilityCommand,
  state: EnvironmentalFacilityState,
): EnvironmentalFacilityEvent[] => {
  switch (command.type) {
    case 'RegisterEnvironmentalFacility':
      return registerEnvironmentalFacility(command, state);
    case 'CorrectEnvironmentalFacility':
      return correctEnvironmentalFacility(command, state);
    case 'CompleteFacilityWork':
      return completeFacilityWork(command, state);
    case 'CommissionFacility':
      return commissionFacility(command, state);
    case 'VoidEnvironmentalFacility':
      return voidEnvironmentalFacility(command, state);
    default:
      return unknownCommand(command);
  }
};

export const environmentalFacility: Decider<
  EnvironmentalFacilityState,
  EnvironmentalFacilityCommand,
  EnvironmentalFacilityEvent
> = { decide, evolve, initialState };
