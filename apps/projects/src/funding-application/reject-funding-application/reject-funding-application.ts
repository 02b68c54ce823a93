import { eventOf, FundingApplicationRejected } from '@park-ledger/contracts';
import type { FundingApplicationEvent, FundingApplicationState } from '../funding-application.state';
import { liveApplication, refuseIfDecided } from '../funding-application.rules';

export type RejectFundingApplication = {
  readonly type: 'RejectFundingApplication';
  readonly applicationId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const rejectFundingApplication = (
  { applicationId, reason }: RejectFundingApplication,
  state: FundingApplicationState,
): FundingApplicationEvent[] => {
  refuseIfDecided(liveApplication(state, applicationId));
  return [eventOf(FundingApplicationRejected, { applicationId, reason })];
};
