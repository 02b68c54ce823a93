import { NotFound } from '@park-ledger/decider';
import { eventOf, FundingApplicationCorrected, FundingApplicationGranted } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { fundingApplicationDecider } from '../funding-application';
import { applicationId, filed, history, occurredAt } from '../funding-application.examples';
import type { CorrectFundingApplication } from './correct-funding-application';

const restated = { ...filed.payload, outcome: 'granted', grantedAmountYuan: 8_500_000, reason: '到账850万元' } as const;
const correct = (overrides: Partial<CorrectFundingApplication> = {}): CorrectFundingApplication => ({
  type: 'CorrectFundingApplication',
  occurredAt,
  ...restated,
  ...overrides,
});

describe('a granted application', () => {
  it('records the restated amount', () =>
    given(fundingApplicationDecider, history.granted).when(correct()).then([eventOf(FundingApplicationCorrected, restated)]));

  it('refuses a granted outcome without an amount, or an amount without the grant', () => {
    given(fundingApplicationDecider, history.granted)
      .when(correct({ grantedAmountYuan: undefined }))
      .thenThrows('granted-amount-mismatch');
    given(fundingApplicationDecider, history.granted)
      .when(correct({ outcome: 'pending' }))
      .thenThrows('granted-amount-mismatch');
  });
});

describe('an application granted by mistake and corrected back to pending', () => {
  it('can be granted again', () => {
    const backToPending = eventOf(FundingApplicationCorrected, {
      ...filed.payload,
      outcome: 'pending',
      reason: '尚未批复',
    });
    given(fundingApplicationDecider, [...history.granted, backToPending])
      .when({ type: 'GrantFundingApplication', applicationId, occurredAt, amountYuan: 6_000_000 })
      .then([eventOf(FundingApplicationGranted, { applicationId, amountYuan: 6_000_000 })]);
  });
});

describe('no application under that id', () => {
  it('is not found', () => given(fundingApplicationDecider).when(correct()).thenThrows(NotFound));
});

describe('a voided application', () => {
  it('refuses corrections', () =>
    given(fundingApplicationDecider, history.voided).when(correct()).thenThrows('application-voided'));
});
