import { decideBy, type Decider } from '@park-ledger/decider';
import { correctEconomicReturn, type CorrectEconomicReturn } from './correct-economic-return/correct-economic-return';
import { initialEconomicReturnState, type EconomicReturnEvent, type EconomicReturnState } from './economic-return.state';
import { submitEconomicReturn, type SubmitEconomicReturn } from './submit-economic-return/submit-economic-return';
import { voidEconomicReturn, type VoidEconomicReturn } from './void-economic-return/void-economic-return';

export { economicReturnStreamId, type EconomicReturnEvent, type EconomicReturnState } from './economic-return.state';

export type EconomicReturnCommand = SubmitEconomicReturn | CorrectEconomicReturn | VoidEconomicReturn;

const evolve = (_state: EconomicReturnState, { type, payload }: EconomicReturnEvent): EconomicReturnState => {
  const { enterpriseId, month } = payload;
  switch (type) {
    case 'EconomicReturnSubmitted':
    case 'EconomicReturnCorrected':
      return { status: 'Submitted', enterpriseId, month };
    case 'EconomicReturnVoided':
      return { status: 'Voided', enterpriseId, month };
  }
};

const decide = decideBy<EconomicReturnCommand, EconomicReturnState, EconomicReturnEvent>({
  SubmitEconomicReturn: submitEconomicReturn,
  CorrectEconomicReturn: correctEconomicReturn,
  VoidEconomicReturn: voidEconomicReturn,
});

export const economicReturnDecider: Decider<EconomicReturnState, EconomicReturnCommand, EconomicReturnEvent> = {
  decide,
  evolve,
  initialState: initialEconomicReturnState,
};
