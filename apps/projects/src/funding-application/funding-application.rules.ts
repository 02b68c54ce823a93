import { DomainRuleViolation, NotFound } from '@park-ledger/decider';
import type { FundingApplicationState } from './funding-application.state';

export type LiveApplication = Extract<FundingApplicationState, { status: 'Pending' | 'Granted' | 'Rejected' }>;

/** The application the command is about: filed and not voided. */
export const liveApplication = (state: FundingApplicationState, applicationId: string): LiveApplication => {
  if (state.status === 'None') throw new NotFound(`Funding application ${applicationId} was not filed`);
  if (state.status === 'Voided') {
    throw new DomainRuleViolation('application-voided', `Funding application ${applicationId} was voided as entered in error`);
  }
  return state;
};

/** A decision is final: granting or rejecting an application that was already decided is refused. */
export const refuseIfDecided = (application: LiveApplication) => {
  if (application.status === 'Granted') {
    throw new DomainRuleViolation('funding-already-granted', `Funding application ${application.applicationId} was already granted`);
  }
  if (application.status === 'Rejected') {
    throw new DomainRuleViolation('application-already-rejected', `Funding application ${application.applicationId} was rejected`);
  }
};
