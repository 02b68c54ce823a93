import { EconomicReturnCorrected, eventOf, type PayloadOf } from '@park-ledger/contracts';
import type { EconomicReturnEvent, EconomicReturnState } from '../economic-return.state';
import { refuseUnlessSubmitted } from '../economic-return.rules';

/** Restates all the month's figures (never a delta), with the reason. */
export type CorrectEconomicReturn = PayloadOf<typeof EconomicReturnCorrected> & {
  readonly type: 'CorrectEconomicReturn';
  readonly occurredAt: string;
};

export const correctEconomicReturn = (
  { type: _type, occurredAt: _occurredAt, ...corrected }: CorrectEconomicReturn,
  state: EconomicReturnState,
): EconomicReturnEvent[] => {
  refuseUnlessSubmitted(state, corrected.enterpriseId, corrected.month);
  return [eventOf(EconomicReturnCorrected, corrected)];
};
