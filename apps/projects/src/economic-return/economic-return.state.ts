/** One stream per enterprise and month, so a second return for the same month meets the first. */
export const economicReturnStreamId = (enterpriseId: string, month: string) => `economic-return-${enterpriseId}-${month}`;

/** One enterprise's figures for one month: 主营业务收入, 工业增加值, 税金. */

export type EconomicReturnState =
  | { readonly status: 'None' }
  | { readonly status: 'Submitted' | 'Voided'; readonly enterpriseId: string; readonly month: string };

export const initialEconomicReturnState = (): EconomicReturnState => ({ status: 'None' });

export type { EconomicReturnEvent } from '@park-ledger/contracts';
