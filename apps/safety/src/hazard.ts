import type { HazardEvent } from '@park-ledger/contracts';
import type { Decider } from '@park-ledger/event-store';
import { unknownCommand } from '@park-ledger/department';
import { correctHazard, type CorrectHazard } from './correct-hazard/correct-hazard';
import { correctPenalty, type CorrectPenalty } from './correct-penalty/correct-penalty';
import {
  correctRectificationOrder,
  type CorrectRectificationOrder,
} from './correct-rectification-order/correct-rectification-order';
import { imposePenalty, type ImposePenalty } from './impose-penalty/impose-penalty';
import { orderRectification, type OrderRectification } from './order-rectification/order-rectification';
import { reportHazard, type ReportHazard } from './report-hazard/report-hazard';
import { verifyRectification, type VerifyRectification } from './verify-rectification/verify-rectification';
import { voidHazard, type VoidHazard } from './void-hazard/void-hazard';

/** A hazard found at an enterprise and its rectification (严整改): `hazard-<hazardId>`. */
export const hazardStreamId = (hazardId: string) => `hazard-${hazardId}`;

export type HazardState =
  | { readonly status: 'None' }
  | {
      readonly status: 'Found';
      readonly rectification: 'NotOrdered' | 'Ordered' | 'Verified';
      readonly penaltyImposed: boolean;
    }
  | { readonly status: 'Voided' };

export type HazardCommand =
  | ReportHazard
  | CorrectHazard
  | OrderRectification
  | CorrectRectificationOrder
  | VerifyRectification
  | ImposePenalty
  | CorrectPenalty
  | VoidHazard;

const initialState = (): HazardState => ({ status: 'None' });

const evolve = (state: HazardState, event: HazardEvent): HazardState => {
  if (event.type === 'HazardFound') return { status: 'Found', rectification: 'NotOrdered', penaltyImposed: false };
  if (state.status !== 'Found') return state;
  switch (event.type) {
    case 'HazardRectificationOrdered':
      return { ...state, rectification: 'Ordered' };
    case 'HazardRectificationVerified':
      return { ...state, rectification: 'Verified' };
    case 'HazardPenaltyImposed':
      return { ...state, penaltyImposed: true };
    case 'HazardDetailsCorrected':
    case 'HazardRectificationOrderCorrected':
    case 'HazardPenaltyCorrected':
      return state;
    case 'HazardVoided':
      return { status: 'Voided' };
  }
};

const decide = (command: HazardCommand, state: HazardState): HazardEvent[] => {
  switch (command.type) {
    case 'ReportHazard':
      return reportHazard(command, state);
    case 'CorrectHazard':
      return correctHazard(command, state);
    case 'OrderRectification':
      return orderRectification(command, state);
    case 'CorrectRectificationOrder':
      return correctRectificationOrder(command, state);
    case 'VerifyRectification':
      return verifyRectification(command, state);
    case 'ImposePenalty':
      return imposePenalty(command, state);
    case 'CorrectPenalty':
      return correctPenalty(command, state);
    case 'VoidHazard':
      return voidHazard(command, state);
    default:
      return unknownCommand(command);
  }
};

export const hazard: Decider<HazardState, HazardCommand, HazardEvent> = { decide, evolve, initialState };
