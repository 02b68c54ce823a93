import { NotFound } from '@park-ledger/decider';
import {
  eventOf,
  LandUseTaxArrearsCollected,
  LandUseTaxArrearsCollectionCorrected,
  LandUseTaxArrearsCollectionVoided,
} from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { landTaxArrearsDecider } from '../land-tax-arrears';
import type { CorrectLandTaxArrears } from './correct-land-tax-arrears';

const correct: CorrectLandTaxArrears = {
  type: 'CorrectLandTaxArrears',
  collectionId: 'TAX-2014-01',
  occurredAt: '2014-12-01T10:00:00+08:00',
  enterpriseNameZh: '恒辉',
  enterpriseNameEn: 'Henghui',
  amountYuan: 7_300_000,
  reason: '税务回单为730万元 / the tax receipt says 7.3 million',
};
const collected = eventOf(LandUseTaxArrearsCollected, {
  collectionId: 'TAX-2014-01',
  enterpriseNameZh: '恒辉',
  amountYuan: 7_390_000,
});

describe('a recorded collection', () => {
  it('restates its facts with the reason', () =>
    given(landTaxArrearsDecider, [collected])
      .when(correct)
      .then([
        eventOf(LandUseTaxArrearsCollectionCorrected, {
          collectionId: 'TAX-2014-01',
          enterpriseNameZh: '恒辉',
          enterpriseNameEn: 'Henghui',
          amountYuan: 7_300_000,
          reason: '税务回单为730万元 / the tax receipt says 7.3 million',
        }),
      ]));
});

describe('a voided collection', () => {
  it('refuses corrections', () =>
    given(landTaxArrearsDecider, [
      collected,
      eventOf(LandUseTaxArrearsCollectionVoided, { collectionId: 'TAX-2014-01', reason: 'dup' }),
    ])
      .when(correct)
      .thenThrows('land-tax-arrears-voided'));
});

describe('no collection under the id', () => {
  it('is not found', () => given(landTaxArrearsDecider).when(correct).thenThrows(NotFound));
});
