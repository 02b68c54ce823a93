import { liveRecord } from '@park-ledger/decider';
import { eventOf, LandUseTaxArrearsCollectionCorrected, type LandTaxArrearsEvent } from '@park-ledger/contracts';
import { arrearsDetailsOf, type LandTaxArrearsDetails } from '../collect-land-tax-arrears/collect-land-tax-arrears';
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
  return [eventOf(LandUseTaxArrearsCollectionCorrected, { ...arrearsDetailsOf(command), reason: command.reason })];
};
