import type { HazardEvent } from '@park-ledger/contracts';
import { decideBy, type Decider } from '@park-ledger/decider';
import { correctHazard, type CorrectHazard } from './correct-hazard/correct-hazard';
import { correctPenalty, type CorrectPenalty } from './correct-penalty/correct-penalty';
import {
  correctRectificationOrder,
  type CorrectRectificationOrder,
} from './correct-rectification-order/correct-rectification-order';
import { initialHazardState, type HazardState } from './hazard.state';
import { imposePenalty, type ImposePenalty } from './impose-penalty/impose-penalty';
import { orderRectification, type OrderRectification } from './order-rectification/order-rectification';
import { reportHazard, type ReportHazard } from './report-hazard/report-hazard';
import { verifyRectification, type VerifyRectification } from './verify-rectification/verify-rectification';
import { voidHazard, type VoidHazard } from './void-hazard/void-hazard';

export { hazardStreamId, type HazardState } from './hazard.state';

export type HazardCommand =
  | ReportHazard
  | CorrectHazard
  | OrderRectification
  | CorrectRectificationOrder
  | VerifyRectification
  | ImposePenalty
  | CorrectPenalty
  | VoidHazard;

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

const decide = decideBy<HazardCommand, HazardState, HazardEvent>({
  ReportHazard: reportHazard,
  CorrectHazard: correctHazard,
  OrderRectification: orderRectification,
  CorrectRectificationOrder: correctRectificationOrder,
  VerifyRectification: verifyRectification,
  ImposePenalty: imposePenalty,
  CorrectPenalty: correctPenalty,
  VoidHazard: voidHazard,
});

export const hazardDecider: Decider<HazardState, HazardCommand, HazardEvent> = { decide, evolve, initialState: initialHazardState };
