import { DomainRuleViolation } from '@park-ledger/decider';
import { EconomicReturnSubmitted, eventOf, type PayloadOf } from '@park-ledger/contracts';
import type { EconomicReturnEvent, EconomicReturnState } from '../economic-return.state';

/** An enterprise's monthly return; a voided month may be submitted afresh. */
export type SubmitEconomicReturn = PayloadOf<typeof EconomicReturnSubmitted> & {
  readonly type: 'SubmitEconomicReturn';
  readonly occurredAt: string;
};

export const submitEconomicReturn = (
  { type: _type, occurredAt: _occurredAt, ...figures }: SubmitEconomicReturn,
  state: EconomicReturnState,
): EconomicReturnEvent[] => {
  if (state.status === 'Submitted') {
    throw new DomainRuleViolation(
      'economic-return-already-submitted',
      `${figures.enterpriseId} already returned its figures for ${figures.month}; submit a correction with a reason`,
    );
  }
  return [eventOf(EconomicReturnSubmitted, figures)];
};
