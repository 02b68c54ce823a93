import { NotFound } from '@park-ledger/decider';
import { eventOf, LandUseTaxArrearsCollected, LandUseTaxArrearsCollectionVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { landTaxArrearsDecider } from '../land-tax-arrears';
import type { VoidLandTaxArrears } from './void-land-tax-arrears';

const voidCollection: VoidLandTaxArrears = {
  type: 'VoidLandTaxArrears',
  collectionId: 'TAX-2014-01',
  occurredAt: '2014-12-01T10:00:00+08:00',
  reason: '重复录入 / entered twice',
};
const collected = eventOf(LandUseTaxArrearsCollected, {
  collectionId: 'TAX-2014-01',
  enterpriseNameZh: '恒辉',
  amountYuan: 7_390_000,
});
const voided = eventOf(LandUseTaxArrearsCollectionVoided, {
  collectionId: 'TAX-2014-01',
  reason: '重复录入 / entered twice',
});

describe('a recorded collection', () => {
  it('is voided with the reason', () => given(landTaxArrearsDecider, [collected]).when(voidCollection).then([voided]));
});

describe('a voided collection', () => {
  it('refuses to be voided twice', () =>
    given(landTaxArrearsDecider, [collected, voided]).when(voidCollection).thenThrows('land-tax-arrears-voided'));
});

describe('no collection under the id', () => {
  it('is not found', () => given(landTaxArrearsDecider).when(voidCollection).thenThrows(NotFound));
});
