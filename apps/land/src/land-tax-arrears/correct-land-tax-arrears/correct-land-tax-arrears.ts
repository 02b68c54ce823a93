import { liveRecord } from '@park-ledger/decider';
import { eventFrom, LandUseTaxArrearsCollectionCorrected, type LandTaxArrearsEvent } from '@park-ledger/contracts';
import { type LandTaxArrearsDetails } from '../collect-land-tax-arrears/collect-land-tax-arrears';
import type { LandTaxArrearsState } from '../land-tax-arrears.state';

/** Restates the collection's facts, amount included (not a delta). */
export type CorrectLandTaxArrears = LandTaxArrearsDetails & {
  readonly type: 'CorrectLandTaxArrears';
  readonly collectionId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const correctLandTaxArrears = (
  command: CorrectLandTaxArrears,
  state: LandTaxArrearsState,
): LandTaxArrearsEvent[] => {
  liveRecord(state, 'land-tax-arrears', command.collectionId);
  return [eventFrom(LandUseTaxArrearsCollectionCorrected, command)];
};
