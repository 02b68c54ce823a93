import { NotFound } from '@park-ledger/decider';
import { eventOf, IdleParcelDetailsCorrected, IdleParcelReclaimed, IdleParcelVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { at, underBuiltParcelIdentified } from '../idle-parcel.examples';
import { idleParcelDecider } from '../idle-parcel';
import type { CorrectIdleParcel } from './correct-idle-parcel';

const correct: CorrectIdleParcel = {
  type: 'CorrectIdleParcel',
  parcelId: 'P-2014-02',
  occurredAt: at,
  category: 'under-built',
  zoneId: 'fucheng',
  enterpriseNameZh: '赣通塑胶',
  idleAreaCentiMu: 3_150,
  reason: '测绘复核 / resurveyed',
};
const reclaimed = eventOf(IdleParcelReclaimed, { parcelId: 'P-2014-02', reclaimedAreaCentiMu: 3_100 });

describe('an identified parcel', () => {
  it('restates its facts with the reason', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified])
      .when(correct)
      .then([
        eventOf(IdleParcelDetailsCorrected, {
          parcelId: 'P-2014-02',
          category: 'under-built',
          zoneId: 'fucheng',
          enterpriseNameZh: '赣通塑胶',
          idleAreaCentiMu: 3_150,
          reason: '测绘复核 / resurveyed',
        }),
      ]));
});

describe('a parcel with 31 mu reclaimed', () => {
  it('refuses an idle area below what was reclaimed', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified, reclaimed])
      .when({ ...correct, idleAreaCentiMu: 3_000 })
      .thenThrows('idle-area-below-reclaimed'));
});

describe('a parcel never identified, or voided', () => {
  it('is not found', () => given(idleParcelDecider).when(correct).thenThrows(NotFound));
  it('refuses corrections once voided', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified, eventOf(IdleParcelVoided, { parcelId: 'P-2014-02', reason: 'dup' })])
      .when(correct)
      .thenThrows('idle-parcel-voided'));
});
