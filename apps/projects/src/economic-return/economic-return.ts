import { type Decider } from '@park-ledger/decider';
import {
  EconomicReturnCorrected,
  EconomicReturnSubmitted,
  EconomicReturnVoided,
  type DomainEventOf,
} from '@park-ledger/contracts';
import { correctEconomicReturn, type CorrectEconomicReturn } from './correct-economic-return/correct-economic-return';
import { submitEconomicReturn, type SubmitEconomicReturn } from './submit-economic-return/submit-economic-return';
import { voidEconomicReturn, type VoidEconomicReturn } from './void-economic-return/void-economic-return';

/** One enterprise's figures for one month: 主营业务收入, 工业增加值, 税金. */
export type EconomicReturnEvent = DomainEventOf<
  typeof EconomicReturnSubmitted | typeof EconomicReturnCorrected | typeof EconomicReturnVoided
>;

export type EconomicReturnState =
  | { readonly status: 'None' }
  | { readonly status: 'Submitted' | 'Voided'; readonly enterpriseId: string; readonly month: string };

export type EconomicReturnCommand = SubmitEconomicReturn | CorrectEconomicReturn | VoidEconomicReturn;

/** One stream per enterprise and month, so a second return for the same month meets the first. */
export const economicReturnStreamId = (enterpriseId: string, month: string) => `economic-return-${enterpriseId}-${month}`;

export const initialState = (): EconomicReturnState => ({ status: 'None' });

export const evolve = (_state: EconomicReturnState, { type, payload }: EconomicReturnEvent): EconomicReturnState => {
  const { enterpriseId, month } = payload;
  switch (type) {
    case 'EconomicReturnSubmitted':
    case 'EconomicReturnCorrected':
      return { status: 'Submitted', enterpriseId, month };
    case 'EconomicReturnVoided':
      return { status: 'Voided', enterpriseId, month };
  }
};

export const decide = (command: EconomicReturnCommand, state: EconomicReturnState): EconomicReturnEvent[] => {
  switch (command.type) {
    case 'SubmitEconomicReturn':
      return submitEconomicReturn(command, state);
    case 'CorrectEconomicReturn':
      return correctEconomicReturn(command, state);
    case 'VoidEconomicReturn':
      return voidEconomicReturn(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown economic return command ${JSON.stringify(unknown)}`);
    }
  }
};

export const economicReturnDecider: Decider<EconomicReturnState, EconomicReturnCommand, EconomicReturnEvent> = {
  decide,
  evolve,
  initialState,
};
