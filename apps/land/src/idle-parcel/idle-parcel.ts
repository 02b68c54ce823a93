import type { IdleParcelEvent } from '@park-ledger/contracts';
import { decideBy, type Decider } from '@park-ledger/decider';
import { collectIdleLandFee, type CollectIdleLandFee } from './collect-idle-land-fee/collect-idle-land-fee';
import { correctIdleLandFee, type CorrectIdleLandFee } from './correct-idle-land-fee/correct-idle-land-fee';
import { correctIdleParcel, type CorrectIdleParcel } from './correct-idle-parcel/correct-idle-parcel';
import { correctParcelReclaim, type CorrectParcelReclaim } from './correct-parcel-reclaim/correct-parcel-reclaim';
import { identifyIdleParcel, type IdentifyIdleParcel } from './identify-idle-parcel/identify-idle-parcel';
import { initialIdleParcelState, type IdleParcelState } from './idle-parcel.state';
import { reclaimIdleParcel, type ReclaimIdleParcel } from './reclaim-idle-parcel/reclaim-idle-parcel';
import {
  submitRectificationCommitment,
  type SubmitRectificationCommitment,
} from './submit-rectification-commitment/submit-rectification-commitment';
import { voidIdleParcel, type VoidIdleParcel } from './void-idle-parcel/void-idle-parcel';

export { idleParcelStreamId, type IdleParcelState } from './idle-parcel.state';

export type IdleParcelCommand =
  | IdentifyIdleParcel
  | CorrectIdleParcel
  | ReclaimIdleParcel
  | CorrectParcelReclaim
  | SubmitRectificationCommitment
  | CollectIdleLandFee
  | CorrectIdleLandFee
  | VoidIdleParcel;

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

const decide = decideBy<IdleParcelCommand, IdleParcelState, IdleParcelEvent>({
  IdentifyIdleParcel: identifyIdleParcel,
  CorrectIdleParcel: correctIdleParcel,
  ReclaimIdleParcel: reclaimIdleParcel,
  CorrectParcelReclaim: correctParcelReclaim,
  SubmitRectificationCommitment: submitRectificationCommitment,
  CollectIdleLandFee: collectIdleLandFee,
  CorrectIdleLandFee: correctIdleLandFee,
  VoidIdleParcel: voidIdleParcel,
});

export const idleParcelDecider: Decider<IdleParcelState, IdleParcelCommand, IdleParcelEvent> = {
  decide,
  evolve,
  initialState: initialIdleParcelState,
};
