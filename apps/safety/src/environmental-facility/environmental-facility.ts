import { decideBy, type Decider } from '@park-ledger/decider';
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
import { initialEnvironmentalFacilityState, type EnvironmentalFacilityState } from './environmental-facility.state';

export { environmentalFacilityStreamId, type EnvironmentalFacilityState } from './environmental-facility.state';

export type EnvironmentalFacilityCommand =
  | RegisterEnvironmentalFacility
  | CorrectEnvironmentalFacility
  | CompleteFacilityWork
  | CommissionFacility
  | VoidEnvironmentalFacility;

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

const decide = decideBy<EnvironmentalFacilityCommand, EnvironmentalFacilityState, EnvironmentalFacilityEvent>({
  RegisterEnvironmentalFacility: registerEnvironmentalFacility,
  CorrectEnvironmentalFacility: correctEnvironmentalFacility,
  CompleteFacilityWork: completeFacilityWork,
  CommissionFacility: commissionFacility,
  VoidEnvironmentalFacility: voidEnvironmentalFacility,
});

export const environmentalFacilityDecider: Decider<EnvironmentalFacilityState, EnvironmentalFacilityCommand, EnvironmentalFacilityEvent> = { decide, evolve, initialState: initialEnvironmentalFacilityState };
