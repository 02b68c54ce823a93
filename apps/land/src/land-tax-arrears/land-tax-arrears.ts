import type { LandTaxArrearsEvent } from '@park-ledger/contracts';
import { decideBy, type Decider } from '@park-ledger/decider';
import { collectLandTaxArrears, type CollectLandTaxArrears } from './collect-land-tax-arrears/collect-land-tax-arrears';
import { correctLandTaxArrears, type CorrectLandTaxArrears } from './correct-land-tax-arrears/correct-land-tax-arrears';
import { initialLandTaxArrearsState, type LandTaxArrearsState } from './land-tax-arrears.state';
import { voidLandTaxArrears, type VoidLandTaxArrears } from './void-land-tax-arrears/void-land-tax-arrears';

export { landTaxArrearsStreamId, type LandTaxArrearsState } from './land-tax-arrears.state';

export type LandTaxArrearsCommand = CollectLandTaxArrears | CorrectLandTaxArrears | VoidLandTaxArrears;

const evolve = (state: LandTaxArrearsState, event: LandTaxArrearsEvent): LandTaxArrearsState => {
  switch (event.type) {
    case 'LandUseTaxArrearsCollected':
      return { status: 'Collected' };
    case 'LandUseTaxArrearsCollectionCorrected':
      return state;
    case 'LandUseTaxArrearsCollectionVoided':
      return { status: 'Voided' };
  }
};

const decide = decideBy<LandTaxArrearsCommand, LandTaxArrearsState, LandTaxArrearsEvent>({
  CollectLandTaxArrears: collectLandTaxArrears,
  CorrectLandTaxArrears: correctLandTaxArrears,
  VoidLandTaxArrears: voidLandTaxArrears,
});

export const landTaxArrearsDecider: Decider<LandTaxArrearsState, LandTaxArrearsCommand, LandTaxArrearsEvent> = {
  decide,
  evolve,
  initialState: initialLandTaxArrearsState,
};
