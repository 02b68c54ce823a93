import { NotFound } from '@park-ledger/decider';
import { eventOf, IdleParcelReclaimCorrected, IdleParcelReclaimed } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { at, underBuiltParcelIdentified } from '../idle-parcel.examples';
import { idleParcelDecider } from '../idle-parcel';
import type { CorrectParcelReclaim } from './correct-parcel-reclaim';

const correct: CorrectParcelReclaim = {
  type: 'CorrectParcelReclaim',
  parcelId: 'P-2014-02',
  occurredAt: at,
  reclaimedAreaCentiMu: 2_500,
  reason: '收回决定书为25亩 / the decision says 25 mu',
};
const reclaimed = eventOf(IdleParcelReclaimed, { parcelId: 'P-2014-02', reclaimedAreaCentiMu: 2_000 });

describe('a parcel with 20 of its 31 mu reclaimed', () => {
  it('restates the reclaimed area', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified, reclaimed])
      .when(correct)
      .then([
        eventOf(IdleParcelReclaimCorrected, {
          parcelId: 'P-2014-02',
          reclaimedAreaCentiMu: 2_500,
          reason: '收回决定书为25亩 / the decision says 25 mu',
        }),
      ]));

  it('refuses a reclaimed area beyond the idle area', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified, reclaimed])
      .when({ ...correct, reclaimedAreaCentiMu: 3_101 })
      .thenThrows('reclaim-exceeds-idle-area'));
});

describe('a parcel not reclaimed', () => {
  it('has no reclaim to correct', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified]).when(correct).thenThrows('parcel-not-reclaimed'));
  it('is not found when never identified', () => given(idleParcelDecider).when(correct).thenThrows(NotFound));
});
