import { NotFound } from '@park-ledger/decider';
import { eventOf, FundingApplicationVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { fundingApplicationDecider } from '../funding-application';
import { applicationId, history, occurredAt } from '../funding-application.examples';
import type { VoidFundingApplication } from './void-funding-application';

const voidIt: VoidFundingApplication = { type: 'VoidFundingApplication', applicationId, occurredAt, reason: '重复录入' };

describe.each(['pending', 'granted', 'rejected'] as const)('an application that is %s', (status) => {
  it('is voided, with the reason', () =>
    given(fundingApplicationDecider, history[status])
      .when(voidIt)
      .then([eventOf(FundingApplicationVoided, { applicationId, reason: '重复录入' })]));
});

describe('no application under that id', () => {
  it('is not found', () => given(fundingApplicationDecider).when(voidIt).thenThrows(NotFound));
});

describe('a voided application', () => {
  it('refuses voiding twice', () =>
    given(fundingApplicationDecider, history.voided).when(voidIt).thenThrows('application-voided'));
});
