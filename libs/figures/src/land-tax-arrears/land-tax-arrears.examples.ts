import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const collection = { collectionId: 'T-1', enterpriseNameZh: '某企业', amountYuan: 7_390_000 };

/** 7,390,000 yuan collected on 31 Dec 2014 at 23:30 in the park (15:30 UTC). */
export const arrearsCollected = (): EventEnvelope[] => [
  streamOf('land-tax-arrears-T-1', 'land')('LandUseTaxArrearsCollected', collection, '2014-12-31T15:30:00Z'),
];

export const landTaxArrearsHistories = [arrearsCollected()];
