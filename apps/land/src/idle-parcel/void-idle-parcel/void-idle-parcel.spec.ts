import { NotFound } from '@park-ledger/decider';
import { eventOf, IdleParcelVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { at, unusedParcelIdentified, unusedParcelReclaimed } from '../idle-parcel.examples';
import { idleParcelDecider } from '../idle-parcel';
import type { VoidIdleParcel } from './void-idle-parcel';

const voidParcel: VoidIdleParcel = {
  type: 'VoidIdleParcel',
  parcelId: 'P-2014-01',
  occurredAt: at,
  reason: '重复录入 / entered twice',
};
const voided = eventOf(IdleParcelVoided, { parcelId: 'P-2014-01', reason: '重复录入 / entered twice' });

describe('a reclaimed parcel', () => {
  it('is voided with the reason', () =>
    given(idleParcelDecider, [unusedParcelIdentified, unusedParcelReclaimed]).when(voidParcel).then([voided]));
});

describe('a voided parcel', () => {
  it('refuses to be voided twice', () =>
    given(idleParcelDecider, [unusedParcelIdentified, voided]).when(voidParcel).thenThrows('idle-parcel-voided'));
  it('keeps its id taken', () =>
    given(idleParcelDecider, [unusedParcelIdentified, voided])
      .when({
        type: 'IdentifyIdleParcel',
        parcelId: 'P-2014-01',
        occurredAt: at,
        category: 'supplied-unused',
        zoneId: 'chengbei',
        enterpriseNameZh: '新瑭虹',
        idleAreaCentiMu: 50_000,
      })
      .thenThrows('idle-parcel-already-recorded'));
});

describe('a parcel never identified', () => {
  it('is not found', () => given(idleParcelDecider).when(voidParcel).thenThrows(NotFound));
});
