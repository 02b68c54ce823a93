import { liveRecord } from '@park-ledger/decider';
import { eventOf, LandUseTaxArrearsCollectionVoided, type LandTaxArrearsEvent } from '@park-ledger/contracts';
import type { LandTaxArrearsState } from '../land-tax-arrears.state';

export type VoidLandTaxArrears = {
  readonly type: 'VoidLandTaxArrears';
  readonly collectionId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidLandTaxArrears = (command: VoidLandTaxArrears, state: LandTaxArrearsState): LandTaxArrearsEvent[] => {
  liveRecord(state, 'land-tax-arrears', command.collectionId);
  return [eventOf(LandUseTaxArrearsCollectionVoided, { collectionId: command.collectionId, reason: command.reason })];
};
