import {
  economicReturnEvents,
  EconomicReturnSubmitted,
  type DomainEventOf,
  type PayloadOf,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, netted, withoutReason } from '../contributions';

type EconomicReturnEvent = DomainEventOf<(typeof economicReturnEvents)[number]>;

/** One enterprise's figures for one month; the month is the return's, not the day it was submitted. */
export type EconomicReturnRow = PayloadOf<typeof EconomicReturnSubmitted>;

const evolve = (row: EconomicReturnRow | null, event: EconomicReturnEvent): EconomicReturnRow | null => {
  switch (event.type) {
    case 'EconomicReturnSubmitted':
      return event.payload;
    case 'EconomicReturnCorrected':
      return row === null ? null : withoutReason(event.payload);
    case 'EconomicReturnVoided':
      return null;
  }
};

const contributions = (row: EconomicReturnRow) => {
  const dims = { zoneId: row.zoneId, platformId: row.platformId, enterpriseId: row.enterpriseId };
  return netted([
    fact('economy.returns', row.month, dims),
    fact('economy.main-business-revenue', row.month, dims, row.mainBusinessRevenueYuan),
    fact('economy.industrial-added-value', row.month, dims, row.industrialAddedValueYuan),
    fact('economy.taxes', row.month, dims, row.taxesYuan),
  ]);
};

/** 主营业务收入, 工业增加值 and 税金 per enterprise and month; last year's figure is the same figure a year earlier. */
export const economicReturnProjection = streamProjection<EconomicReturnRow, EconomicReturnEvent>(
  'economic-return',
  economicReturnEvents,
  evolve,
  contributions,
);
