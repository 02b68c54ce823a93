import { EconomicReturnVoided, eventOf } from '@park-ledger/contracts';
import type { EconomicReturnEvent, EconomicReturnState } from '../economic-return.state';
import { refuseUnlessSubmitted } from '../economic-return.rules';

/** The return was entered in error (wrong enterprise or month); the month counts as not returned. */
export type VoidEconomicReturn = {
  readonly type: 'VoidEconomicReturn';
  readonly enterpriseId: string;
  readonly month: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidEconomicReturn = (
  { enterpriseId, month, reason }: VoidEconomicReturn,
  state: EconomicReturnState,
): EconomicReturnEvent[] => {
  refuseUnlessSubmitted(state, enterpriseId, month);
  return [eventOf(EconomicReturnVoided, { enterpriseId, month, reason })];
};
