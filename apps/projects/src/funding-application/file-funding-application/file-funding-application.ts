import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, FundingApplicationFiled, type PayloadOf } from '@park-ledger/contracts';
import type { FundingApplicationEvent, FundingApplicationState } from '../funding-application.state';

/** 跑项争资: the park applies to a higher government for a project's funding. */
export type FileFundingApplication = PayloadOf<typeof FundingApplicationFiled> & {
  readonly type: 'FileFundingApplication';
  readonly occurredAt: string;
};

export const fileFundingApplication = (
  { type: _type, occurredAt: _occurredAt, ...application }: FileFundingApplication,
  state: FundingApplicationState,
): FundingApplicationEvent[] => {
  if (state.status !== 'None') {
    throw new DomainRuleViolation(
      'application-already-filed',
      `Funding application ${application.applicationId} was already filed`,
    );
  }
  return [eventOf(FundingApplicationFiled, application)];
};
