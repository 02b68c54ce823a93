import { NotFound } from '@park-ledger/decider';
import { eventOf, IdleParcelReclaimed, IdleParcelVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { at, underBuiltParcelIdentified, unusedParcelIdentified, unusedParcelReclaimed } from '../idle-parcel.examples';
import { idleParcelDecider } from '../idle-parcel';
import type { ReclaimIdleParcel } from './reclaim-idle-parcel';

const reclaim: ReclaimIdleParcel = {
  type: 'ReclaimIdleParcel',
  parcelId: 'P-2014-01',
  occurredAt: at,
  reclaimedAreaCentiMu: 50_000,
};

describe('an identified 500 mu parcel', () => {
  it('is reclaimed in full', () =>
    given(idleParcelDecider, [unusedParcelIdentified]).when(reclaim).then([unusedParcelReclaimed]));

  it('refuses reclaiming more mu than it has', () =>
    given(idleParcelDecider, [unusedParcelIdentified])
      .when({ ...reclaim, reclaimedAreaCentiMu: 50_001 })
      .thenThrows('reclaim-exceeds-idle-area'));
});

describe('an under-built parcel of 31 mu', () => {
  it('is reclaimed in part', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified])
      .when({ ...reclaim, parcelId: 'P-2014-02', reclaimedAreaCentiMu: 2_000 })
      .then([eventOf(IdleParcelReclaimed, { parcelId: 'P-2014-02', reclaimedAreaCentiMu: 2_000 })]));
});

describe('a parcel already reclaimed', () => {
  it('refuses a second reclaim', () =>
    given(idleParcelDecider, [unusedParcelIdentified, unusedParcelReclaimed])
      .when({ ...reclaim, reclaimedAreaCentiMu: 1 })
      .thenThrows('parcel-already-reclaimed'));
});

describe('a parcel never identified, or voided', () => {
  it('is not found', () => given(idleParcelDecider).when(reclaim).thenThrows(NotFound));
  it('cannot be reclaimed once voided', () =>
    given(idleParcelDecider, [unusedParcelIdentified, eventOf(IdleParcelVoided, { parcelId: 'P-2014-01', reason: 'dup' })])
      .when(reclaim)
      .thenThrows('idle-parcel-voided'));
});
