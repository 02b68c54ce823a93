import { eventOf, FundingApplicationGranted } from '@park-ledger/contracts';
import type { FundingApplicationEvent, FundingApplicationState } from '../funding-application.state';
import { liveApplication, refuseIfDecided } from '../funding-application.rules';

export type GrantFundingApplication = {
  readonly type: 'GrantFundingApplication';
  readonly applicationId: string;
  readonly occurredAt: string;
  readonly amountYuan: number;
};

export const grantFundingApplication = (
  { applicationId, amountYuan }: GrantFundingApplication,
  state: FundingApplicationState,
): FundingApplicationEvent[] => {
  refuseIfDecided(liveApplication(state, applicationId));
  return [eventOf(FundingApplicationGranted, { applicationId, amountYuan })];
};
