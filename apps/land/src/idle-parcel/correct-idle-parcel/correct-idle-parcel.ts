import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventFrom, IdleParcelDetailsCorrected, type IdleParcelEvent } from '@park-ledger/contracts';
import { type IdleParcelDetails } from '../identify-idle-parcel/identify-idle-parcel';
import type { IdleParcelState } from '../idle-parcel.state';

/** Restates the parcel's identified facts; who corrected is the envelope's actor. */
export type CorrectIdleParcel = IdleParcelDetails & {
  readonly type: 'CorrectIdleParcel';
  readonly parcelId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const correctIdleParcel = (command: CorrectIdleParcel, state: IdleParcelState): IdleParcelEvent[] => {
  const parcel = liveRecord(state, 'idle-parcel', command.parcelId);
  if (parcel.reclaimedAreaCentiMu !== null && command.idleAreaCentiMu < parcel.reclaimedAreaCentiMu) {
    throw new DomainRuleViolation(
      'idle-area-below-reclaimed',
      `Parcel ${command.parcelId} has ${parcel.reclaimedAreaCentiMu} centi-mu reclaimed; its idle area cannot be less`,
    );
  }
  return [eventFrom(IdleParcelDetailsCorrected, command)];
};
