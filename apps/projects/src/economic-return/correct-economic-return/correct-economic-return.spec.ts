import { NotFound } from '@park-ledger/decider';
import { EconomicReturnCorrected, eventOf } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { economicReturnDecider } from '../economic-return';
import { history, occurredAt, submitted } from '../economic-return.examples';
import type { CorrectEconomicReturn } from './correct-economic-return';

const restated = { ...submitted.payload, mainBusinessRevenueYuan: 168_000_000, reason: '按统计局核定数更正' };
const correct: CorrectEconomicReturn = { type: 'CorrectEconomicReturn', occurredAt, ...restated };

describe('a submitted return', () => {
  it('records all the figures as restated', () =>
    given(economicReturnDecider, history.submitted).when(correct).then([eventOf(EconomicReturnCorrected, restated)]));

  it('accepts a second correction', () =>
    given(economicReturnDecider, [...history.submitted, eventOf(EconomicReturnCorrected, restated)])
      .when({ ...correct, taxesYuan: 9_900_000 })
      .then([eventOf(EconomicReturnCorrected, { ...restated, taxesYuan: 9_900_000 })]));
});

describe('no return for the enterprise and month', () => {
  it('is not found', () => given(economicReturnDecider).when(correct).thenThrows(NotFound));
});

describe('a voided return', () => {
  it('refuses corrections', () =>
    given(economicReturnDecider, history.voided).when(correct).thenThrows('economic-return-voided'));
});
