import { eventOf, LandUseTaxArrearsCollected } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { landTaxArrearsDecider } from '../land-tax-arrears';
import type { CollectLandTaxArrears } from './collect-land-tax-arrears';

const collect: CollectLandTaxArrears = {
  type: 'CollectLandTaxArrears',
  collectionId: 'TAX-2014-01',
  occurredAt: '2014-11-20T10:00:00+08:00',
  enterpriseNameZh: '恒辉',
  amountYuan: 7_390_000,
};
const collected = eventOf(LandUseTaxArrearsCollected, {
  collectionId: 'TAX-2014-01',
  enterpriseNameZh: '恒辉',
  amountYuan: 7_390_000,
});

describe('no collection recorded under the id', () => {
  it('records the arrears collected from the enterprise', () => given(landTaxArrearsDecider).when(collect).then([collected]));
  it('links the parcel when given', () =>
    given(landTaxArrearsDecider)
      .when({ ...collect, parcelId: 'P-2014-02' })
      .then([eventOf(LandUseTaxArrearsCollected, { ...collected.payload, parcelId: 'P-2014-02' })]));
});

describe('a collection already recorded', () => {
  it('refuses the same id again', () =>
    given(landTaxArrearsDecider, [collected]).when(collect).thenThrows('land-tax-arrears-already-recorded'));
});
