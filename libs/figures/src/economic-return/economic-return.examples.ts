import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const march2014 = {
  enterpriseId: 'jinghao',
  month: '2014-03',
  enterpriseNameZh: '晶昊盐化',
  zoneId: 'salt-chemical-base',
  mainBusinessRevenueYuan: 120_000_000,
  industrialAddedValueYuan: 30_000_000,
  taxesYuan: 7_000_000,
};

/** The March 2014 return, submitted on 8 April. */
export const returnSubmitted = (): EventEnvelope[] => [
  streamOf('economic-return-jinghao-2014-03', 'projects')('EconomicReturnSubmitted', march2014, '2014-04-08T09:00:00+08:00'),
];

export const economicReturnHistories = [returnSubmitted()];
