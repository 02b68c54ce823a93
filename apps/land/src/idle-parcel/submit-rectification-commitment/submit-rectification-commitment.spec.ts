import { NotFound } from '@park-ledger/decider';
import { eventOf, IdleLandRectificationCommitmentSubmitted, IdleParcelReclaimed } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { at, underBuiltParcelIdentified, unusedParcelIdentified, unusedParcelReclaimed } from '../idle-parcel.examples';
import { idleParcelDecider } from '../idle-parcel';
import type { SubmitRectificationCommitment } from './submit-rectification-commitment';

const submit: SubmitRectificationCommitment = {
  type: 'SubmitRectificationCommitment',
  parcelId: 'P-2014-02',
  occurredAt: at,
  rectifyBy: '2015-06-30',
};
const submitted = eventOf(IdleLandRectificationCommitmentSubmitted, { parcelId: 'P-2014-02', rectifyBy: '2015-06-30' });

describe('an identified parcel', () => {
  it('records the commitment and its deadline', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified]).when(submit).then([submitted]));
  it('records a commitment without a deadline', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified])
      .when({ ...submit, rectifyBy: undefined })
      .then([eventOf(IdleLandRectificationCommitmentSubmitted, { parcelId: 'P-2014-02' })]));
});

describe('a partly reclaimed parcel', () => {
  it('still takes a commitment for the rest', () =>
    given(idleParcelDecider, [
      underBuiltParcelIdentified,
      eventOf(IdleParcelReclaimed, { parcelId: 'P-2014-02', reclaimedAreaCentiMu: 1_000 }),
    ])
      .when(submit)
      .then([submitted]));
});

describe('a parcel with a commitment', () => {
  it('refuses a second one', () =>
    given(idleParcelDecider, [underBuiltParcelIdentified, submitted]).when(submit).thenThrows('commitment-already-submitted'));
});

describe('a parcel reclaimed in full', () => {
  it('refuses a commitment', () =>
    given(idleParcelDecider, [unusedParcelIdentified, unusedParcelReclaimed])
      .when({ ...submit, parcelId: 'P-2014-01' })
      .thenThrows('parcel-fully-reclaimed'));
});

describe('a parcel never identified', () => {
  it('is not found', () => given(idleParcelDecider).when(submit).thenThrows(NotFound));
});
