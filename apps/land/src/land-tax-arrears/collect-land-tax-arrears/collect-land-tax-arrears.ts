import { assertNewRecord } from '@park-ledger/decider';
import { eventFrom, LandUseTaxArrearsCollected, type LandTaxArrearsEvent } from '@park-ledger/contracts';
import type { LandTaxArrearsState } from '../land-tax-arrears.state';

export interface LandTaxArrearsDetails {
  readonly enterpriseNameZh: string;
  readonly enterpriseNameEn?: string;
  readonly amountYuan: number;
  /** The parcel the tax was owed on, when the arrears concern one. */
  readonly parcelId?: string;
}

export type CollectLandTaxArrears = LandTaxArrearsDetails & {
  readonly type: 'CollectLandTaxArrears';
  readonly collectionId: string;
  readonly occurredAt: string;
};

export const collectLandTaxArrears = (
  command: CollectLandTaxArrears,
  state: LandTaxArrearsState,
): LandTaxArrearsEvent[] => {
  assertNewRecord(state, 'land-tax-arrears', command.collectionId);
  return [eventFrom(LandUseTaxArrearsCollected, command)];
};
