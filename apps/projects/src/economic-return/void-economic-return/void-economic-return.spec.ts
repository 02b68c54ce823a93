import { NotFound } from '@park-ledger/decider';
import { EconomicReturnVoided, eventOf } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { economicReturnDecider } from '../economic-return';
import { enterpriseId, history, month, occurredAt } from '../economic-return.examples';
import type { VoidEconomicReturn } from './void-economic-return';

const voidIt: VoidEconomicReturn = { type: 'VoidEconomicReturn', enterpriseId, month, occurredAt, reason: '填错月份' };

describe('a submitted return', () => {
  it('is voided, with the reason', () =>
    given(economicReturnDecider, history.submitted)
      .when(voidIt)
      .then([eventOf(EconomicReturnVoided, { enterpriseId, month, reason: '填错月份' })]));
});

describe('no return for the enterprise and month', () => {
  it('is not found', () => given(economicReturnDecider).when(voidIt).thenThrows(NotFound));
});

describe('a voided return', () => {
  it('refuses voiding twice', () =>
    given(economicReturnDecider, history.voided).when(voidIt).thenThrows('economic-return-voided'));
});
