import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, FundingApplicationCorrected, type PayloadOf } from '@park-ledger/contracts';
import type { FundingApplicationEvent, FundingApplicationState } from '../funding-application.state';
import { liveApplication } from '../funding-application.rules';

/** Restates the application and its outcome as they should have been recorded; the granted amount is restated, not a delta. */
export type CorrectFundingApplication = PayloadOf<typeof FundingApplicationCorrected> & {
  readonly type: 'CorrectFundingApplication';
  readonly occurredAt: string;
};

export const correctFundingApplication = (
  { type: _type, occurredAt: _occurredAt, ...corrected }: CorrectFundingApplication,
  state: FundingApplicationState,
): FundingApplicationEvent[] => {
  liveApplication(state, corrected.applicationId);
  if ((corrected.outcome === 'granted') !== (corrected.grantedAmountYuan !== undefined)) {
    throw new DomainRuleViolation(
      'granted-amount-mismatch',
      'A granted amount is given exactly when the corrected outcome is granted',
    );
  }
  return [eventOf(FundingApplicationCorrected, corrected)];
};
