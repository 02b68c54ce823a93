import { liveRecord } from '@park-ledger/decider';
import { eventOf, IdleParcelVoided, type IdleParcelEvent } from '@park-ledger/contracts';
import type { IdleParcelState } from '../idle-parcel.state';

/** The parcel was entered in error: it and everything recorded on it drop out of the reports. */
export type VoidIdleParcel = {
  readonly type: 'VoidIdleParcel';
  readonly parcelId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidIdleParcel = (command: VoidIdleParcel, state: IdleParcelState): IdleParcelEvent[] => {
  liveRecord(state, 'idle-parcel', command.parcelId);
  return [eventOf(IdleParcelVoided, { parcelId: command.parcelId, reason: command.reason })];
};
