import { given } from '@park-ledger/decider/testing';
import { economicReturnDecider } from '../economic-return';
import { history, occurredAt, submitted } from '../economic-return.examples';
import type { SubmitEconomicReturn } from './submit-economic-return';

const submit: SubmitEconomicReturn = { type: 'SubmitEconomicReturn', occurredAt, ...submitted.payload };

describe('no return yet for the enterprise and month', () => {
  it('records the figures in whole yuan', () => given(economicReturnDecider).when(submit).then([submitted]));
});

describe('a return already submitted for the enterprise and month', () => {
  it('refuses a second one: a change is a correction', () =>
    given(economicReturnDecider, history.submitted).when(submit).thenThrows('economic-return-already-submitted'));
});

describe('a voided return for the enterprise and month', () => {
  it('accepts a fresh return', () => given(economicReturnDecider, history.voided).when(submit).then([submitted]));
});
