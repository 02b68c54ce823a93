import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, IdleParcelReclaimed, type IdleParcelEvent } from '@park-ledger/contracts';
import type { IdleParcelState } from '../idle-parcel.state';

/** 依法收回: all of a supplied-unused parcel, or the unbuilt part of an under-built one. */
export type ReclaimIdleParcel = {
  readonly type: 'ReclaimIdleParcel';
  readonly parcelId: string;
  readonly occurredAt: string;
  readonly reclaimedAreaCentiMu: number;
};

export const assertWithinIdleArea = (parcelId: string, reclaimed: number, idleArea: number) => {
  if (reclaimed > idleArea) {
    throw new DomainRuleViolation(
      'reclaim-exceeds-idle-area',
      `Parcel ${parcelId} has ${idleArea} centi-mu idle; ${reclaimed} cannot be reclaimed`,
    );
  }
};

export const reclaimIdleParcel = (command: ReclaimIdleParcel, state: IdleParcelState): IdleParcelEvent[] => {
  const parcel = liveRecord(state, 'idle-parcel', command.parcelId);
  if (parcel.reclaimedAreaCentiMu !== null) {
    throw new DomainRuleViolation('parcel-already-reclaimed', `Parcel ${command.parcelId} was already reclaimed`);
  }
  assertWithinIdleArea(command.parcelId, command.reclaimedAreaCentiMu, parcel.idleAreaCentiMu);
  return [
    eventOf(IdleParcelReclaimed, { parcelId: command.parcelId, reclaimedAreaCentiMu: command.reclaimedAreaCentiMu }),
  ];
};
