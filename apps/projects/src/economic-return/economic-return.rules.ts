import { DomainRuleViolation, NotFound } from '@park-ledger/decider';
import type { EconomicReturnState } from './economic-return.state';

/** Corrections and voiding need a standing return for that enterprise and month. */
export const refuseUnlessSubmitted = (state: EconomicReturnState, enterpriseId: string, month: string) => {
  if (state.status === 'None') throw new NotFound(`No economic return of ${enterpriseId} for ${month}`);
  if (state.status === 'Voided') {
    throw new DomainRuleViolation(
      'economic-return-voided',
      `The economic return of ${enterpriseId} for ${month} was voided; submit a new one instead`,
    );
  }
};
