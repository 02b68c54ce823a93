import { type Decider, unknownCommand } from '@park-ledger/decider';
import type { LandTaxArrearsEvent } from '@park-ledger/contracts';
import { collectLandTaxArrears, type CollectLandTaxArrears } from './collect-land-tax-arrears/collect-land-tax-arrears';
import { correctLandTaxArrears, type CorrectLandTaxArrears } from './correct-land-tax-arrears/correct-land-tax-arrears';
import { voidLandTaxArrears, type VoidLandTaxArrears } from './void-land-tax-arrears/void-land-tax-arrears';

/** One collection of land-use tax arrears (清缴拖欠土地使用税) per record. */
export const landTaxArrearsStreamId = (collectionId: string) => `land-tax-arrears-${collectionId}`;

export type LandTaxArrearsState =
  | { readonly status: 'None' }
  | { readonly status: 'Collected' }
  | { readonly status: 'Voided' };

export type LandTaxArrearsCommand = CollectLandTaxArrears | CorrectLandTaxArrears | VoidLandTaxArrears;

const initialState = (): LandTaxArrearsState => ({ status: 'None' });

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

const decide = (command: LandTaxArrearsCommand, state: LandTaxArrearsState): LandTaxArrearsEvent[] => {
  switch (command.type) {
    case 'CollectLandTaxArrears':
      return collectLandTaxArrears(command, state);
    case 'CorrectLandTaxArrears':
      return correctLandTaxArrears(command, state);
    case 'VoidLandTaxArrears':
      return voidLandTaxArrears(command, state);
    default:
      return unknownCommand(command);
  }
};

export const landTaxArrears: Decider<LandTaxArrearsState, LandTaxArrearsCommand, LandTaxArrearsEvent> = {
  decide,
  evolve,
  initialState,
};
