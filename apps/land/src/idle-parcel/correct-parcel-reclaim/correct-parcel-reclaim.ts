import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, IdleParcelReclaimCorrected, type IdleParcelEvent } from '@park-ledger/contracts';
import type { IdleParcelState } from '../idle-parcel.state';
import { assertWithinIdleArea } from '../reclaim-idle-parcel/reclaim-idle-parcel';

/** Restates the reclaimed area (not a delta). */
export type CorrectParcelReclaim = {
  readonly type: 'CorrectParcelReclaim';
  readonly parcelId: string;
  readonly occurredAt: string;
  readonly reclaimedAreaCentiMu: number;
  readonly reason: string;
};

export const correctParcelReclaim = (command: CorrectParcelReclaim, state: IdleParcelState): IdleParcelEvent[] => {
  const parcel = liveRecord(state, 'idle-parcel', command.parcelId);
  if (parcel.reclaimedAreaCentiMu === null) {
    throw new DomainRuleViolation('parcel-not-reclaimed', `Parcel ${command.parcelId} was never reclaimed`);
  }
  assertWithinIdleArea(command.parcelId, command.reclaimedAreaCentiMu, parcel.idleAreaCentiMu);
  const { parcelId, reclaimedAreaCentiMu, reason } = command;
  return [eventOf(IdleParcelReclaimCorrected, { parcelId, reclaimedAreaCentiMu, reason })];
};
