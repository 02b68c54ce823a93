import { NotFound } from '@park-ledger/decider';
import { eventOf, FundingApplicationGranted } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { fundingApplicationDecider } from '../funding-application';
import { applicationId, history, occurredAt } from '../funding-application.examples';
import type { GrantFundingApplication } from './grant-funding-application';

const grant: GrantFundingApplication = { type: 'GrantFundingApplication', applicationId, occurredAt, amountYuan: 7_500_000 };

describe('a pending application', () => {
  it('is granted with the amount', () =>
    given(fundingApplicationDecider, history.pending)
      .when(grant)
      .then([eventOf(FundingApplicationGranted, { applicationId, amountYuan: 7_500_000 })]));
});

describe.each([
  ['granted', 'funding-already-granted'],
  ['rejected', 'application-already-rejected'],
  ['voided', 'application-voided'],
] as const)('an application already %s', (status, code) => {
  it(`refuses granting with ${code}`, () =>
    given(fundingApplicationDecider, history[status]).when(grant).thenThrows(code));
});

describe('no application under that id', () => {
  it('is not found', () => given(fundingApplicationDecider).when(grant).thenThrows(NotFound));
});
