import {
  landTaxArrearsEvents,
  LandUseTaxArrearsCollected,
  type LandTaxArrearsEvent,
  type PayloadOf,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, netted, withoutReason } from '../contributions';

export type LandTaxArrearsRow = PayloadOf<typeof LandUseTaxArrearsCollected> & { readonly collectedIn: string };

const evolve = (row: LandTaxArrearsRow | null, event: LandTaxArrearsEvent, month: string): LandTaxArrearsRow | null => {
  switch (event.type) {
    case 'LandUseTaxArrearsCollected':
      return { ...event.payload, collectedIn: month };
    case 'LandUseTaxArrearsCollectionCorrected':
      return row === null ? null : { ...withoutReason(event.payload), collectedIn: row.collectedIn };
    case 'LandUseTaxArrearsCollectionVoided':
      return null;
  }
};

const contributions = (row: LandTaxArrearsRow) =>
  netted([
    fact('land.tax-arrears-collections', row.collectedIn, {}),
    fact('land.tax-arrears-yuan', row.collectedIn, {}, row.amountYuan),
  ]);

/** One collection of land-use tax arrears (清缴拖欠土地使用税). */
export const landTaxArrearsProjection = streamProjection<LandTaxArrearsRow, LandTaxArrearsEvent>(
  'land-tax-arrears',
  landTaxArrearsEvents,
  evolve,
  contributions,
);
