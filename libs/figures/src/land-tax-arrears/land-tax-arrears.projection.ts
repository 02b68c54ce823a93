import {
  landTaxArrearsEvents,
  LandUseTaxArrearsCollected,
  type LandTaxArrearsEvent,
  type PayloadOf,
} from '@park-ledger/contracts';
import { businessMonth } from '../business-month';
import type { RecordProjection } from '../record-projection';
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
export const landTaxArrearsProjection: RecordProjection<LandTaxArrearsRow> = {
  kind: 'land-tax-arrears',
  eventTypes: landTaxArrearsEvents.map((definition) => definition.type),
  recordIdOf: (event) => event.streamId,
  evolve: (row, event) => evolve(row, event as unknown as LandTaxArrearsEvent, businessMonth(event.occurredAt)),
  contributions,
};
