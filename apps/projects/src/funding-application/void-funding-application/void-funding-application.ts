import { eventOf, FundingApplicationVoided } from '@park-ledger/contracts';
import type { FundingApplicationEvent, FundingApplicationState } from '../funding-application.state';
import { liveApplication } from '../funding-application.rules';

/** The whole record was entered in error; reports leave the application out. */
export type VoidFundingApplication = {
  readonly type: 'VoidFundingApplication';
  readonly applicationId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidFundingApplication = (
  { applicationId, reason }: VoidFundingApplication,
  state: FundingApplicationState,
): FundingApplicationEvent[] => {
  liveApplication(state, applicationId);
  return [eventOf(FundingApplicationVoided, { applicationId, reason })];
};
