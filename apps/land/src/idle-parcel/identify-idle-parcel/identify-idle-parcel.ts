import { assertNewRecord } from '@park-ledger/decider';
import { eventFrom, IdleParcelIdentified, type IdleLandCategory, type IdleParcelEvent } from '@park-ledger/contracts';
import type { IdleParcelState } from '../idle-parcel.state';

export interface IdleParcelDetails {
  readonly category: IdleLandCategory;
  readonly zoneId: string;
  readonly enterpriseNameZh: string;
  readonly enterpriseNameEn?: string;
  readonly idleAreaCentiMu: number;
}

export type IdentifyIdleParcel = IdleParcelDetails & {
  readonly type: 'IdentifyIdleParcel';
  readonly parcelId: string;
  readonly occurredAt: string;
};

export const identifyIdleParcel = (command: IdentifyIdleParcel, state: IdleParcelState): IdleParcelEvent[] => {
  assertNewRecord(state, 'idle-parcel', command.parcelId);
  return [eventFrom(IdleParcelIdentified, command)];
};
