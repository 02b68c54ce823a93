import { type Decider, unknownCommand } from '@park-ledger/decider';
import type { IdleParcelEvent } from '@park-ledger/contracts';
import { collectIdleLandFee, type CollectIdleLandFee } from './collect-idle-land-fee/collect-idle-land-fee';
import { correctIdleLandFee, type CorrectIdleLandFee } from './correct-idle-land-fee/correct-idle-land-fee';
import { correctIdleParcel, type CorrectIdleParcel } from './correct-idle-parcel/correct-idle-parcel';
import { correctParcelReclaim, type CorrectParcelReclaim } from './correct-parcel-reclaim/correct-parcel-reclaim';
import { identifyIdleParcel, type IdentifyIdleParcel } from './identify-idle-parcel/identify-idle-parcel';
import { reclaimIdleParcel, type ReclaimIdleParcel } from './reclaim-idle-parcel/reclaim-idle-parcel';
import {
  submitRectificationCommitment,
  type SubmitRectificationCommitment,
} from './submit-rectification-commitment/submit-rectification-commitment';
import { voidIdleParcel, type VoidIdleParcel } from './void-idle-parcel/void-idle-parcel';

export const idleParcelStreamId = (parcelId: string) => `idle-parcel-${parcelId}`;

export type IdleParcelState =
  | { readonly status: 'None' }
  | {
      readonly status: 'Identified';
      readonly idleAreaCentiMu: number;
      readonly reclaimedAreaCentiMu: number | null;
      readonly commitmentSubmitted: boolean;
      readonly feeReceipts: readonly string[];
    }
  | { readonly status: 'Voided' };

export type IdleParcelCommand =
  | IdentifyIdleParcel
  | CorrectIdleParcel
  | ReclaimIdleParcel
  | CorrectParcelReclaim
  | SubmitRectificationCommitment
  | CollectIdleLandFee
  | CorrectIdleLandFee
  | VoidIdleParcel;

const initialState = (): IdleParcelState => ({ status: 'None' });

const evolve = (state: IdleParcelState, event: IdleParcelEvent): IdleParcelState => {
  if (event.type === 'IdleParcelIdentified') {
    const { idleAreaCentiMu } = event.payload;
    return { status: 'Identified', idleAreaCentiMu, reclaimedAreaCentiMu: null, commitmentSubmitted: false, feeReceipts: [] };
  }
  if (state.status !== 'Identified') return state;
  switch (event.type) {
    case 'IdleParcelDetailsCorrected':
      return { ...state, idleAreaCentiMu: event.payload.idleAreaCentiMu };
    case 'IdleParcelReclaimed':
    case 'IdleParcelReclaimCorrected':
      return { ...state, reclaimedAreaCentiMu: event.payload.reclaimedAreaCentiMu };
    case 'IdleLandRectificationCommitmentSubmitted':
      return { ...state, commitmentSubmitted: true };
    case 'IdleLandFeeCollected':
      return { ...state, feeReceipts: [...state.feeReceipts, event.payload.receiptNo] };
    case 'IdleLandFeeCorrected':
      return state;
    case 'IdleParcelVoided':
      return { status: 'Voided' };
  }
};

const decide = (command: IdleParcelCommand, state: IdleParcelState): IdleParcelEvent[] => {
  switch (command.type) {
    case 'IdentifyIdleParcel':
      return identifyIdleParcel(command, state);
    case 'CorrectIdleParcel':
      return correctIdleParcel(command, state);
    case 'ReclaimIdleParcel':
      return reclaimIdleParcel(command, state);
    case 'CorrectParcelReclaim':
      return correctParcelReclaim(command, state);
    case 'SubmitRectificationCommitment':
      return submitRectificationCommitment(command, state);
    case 'CollectIdleLandFee':
      return collectIdleLandFee(command, state);
    case 'CorrectIdleLandFee':
      return correctIdleLandFee(command, state);
    case 'VoidIdleParcel':
      return voidIdleParcel(command, state);
    default:
      return unknownCommand(command);
  }
};

export const idleParcel: Decider<IdleParcelState, IdleParcelCommand, IdleParcelEvent> = { decide, evolve, initialState };
