import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, IdleLandRectificationCommitmentSubmitted, type IdleParcelEvent } from '@park-ledger/contracts';
import type { IdleParcelState } from '../idle-parcel.state';

/** The parcel's enterprise hands in a rectification commitment (整改承诺书). */
export type SubmitRectificationCommitment = {
  readonly type: 'SubmitRectificationCommitment';
  readonly parcelId: string;
  readonly occurredAt: string;
  readonly rectifyBy?: string;
};

export const submitRectificationCommitment = (
  command: SubmitRectificationCommitment,
  state: IdleParcelState,
): IdleParcelEvent[] => {
  const parcel = liveRecord(state, 'idle-parcel', command.parcelId);
  if (parcel.commitmentSubmitted) {
    throw new DomainRuleViolation('commitment-already-submitted', `Parcel ${command.parcelId} already has a commitment`);
  }
  if (parcel.reclaimedAreaCentiMu === parcel.idleAreaCentiMu) {
    throw new DomainRuleViolation(
      'parcel-fully-reclaimed',
      `Parcel ${command.parcelId} was reclaimed in full; there is nothing left to rectify`,
    );
  }
  return [
    eventOf(IdleLandRectificationCommitmentSubmitted, { parcelId: command.parcelId, rectifyBy: command.rectifyBy }),
  ];
};
