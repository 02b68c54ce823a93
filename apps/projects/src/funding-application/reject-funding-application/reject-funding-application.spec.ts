import { NotFound } from '@park-ledger/decider';
import { eventOf, FundingApplicationRejected } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { fundingApplicationDecider } from '../funding-application';
import { applicationId, history, occurredAt } from '../funding-application.examples';
import type { RejectFundingApplication } from './reject-funding-application';

const reject: RejectFundingApplication = { type: 'RejectFundingApplication', applicationId, occurredAt, reason: '指标已满' };

describe('a pending application', () => {
  it('is rejected, with the reason', () =>
    given(fundingApplicationDecider, history.pending)
      .when(reject)
      .then([eventOf(FundingApplicationRejected, { applicationId, reason: '指标已满' })]));
});

describe.each([
  ['granted', 'funding-already-granted'],
  ['rejected', 'application-already-rejected'],
  ['voided', 'application-voided'],
] as const)('an application already %s', (status, code) => {
  it(`refuses rejecting with ${code}`, () =>
    given(fundingApplicationDecider, history[status]).when(reject).thenThrows(code));
});

describe('no application under that id', () => {
  it('is not found', () => given(fundingApplicationDecider).when(reject).thenThrows(NotFound));
});
