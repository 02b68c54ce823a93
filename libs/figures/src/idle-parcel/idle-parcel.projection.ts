import { IdleParcelDetailsCorrected, idleParcelEvents, IdleParcelIdentified, type IdleParcelEvent, type PayloadOf } from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, factIn, netted, restated } from '../contributions';

export interface FeeReceipt {
  readonly amountYuan: number;
  readonly period: string;
}

export type IdleParcelRow = PayloadOf<typeof IdleParcelIdentified> & {
  readonly identifiedIn: string;
  readonly reclaimed: { readonly areaCentiMu: number; readonly period: string } | null;
  readonly commitment: { readonly rectifyBy?: string; readonly period: string } | null;
  /** Idle-land fee receipts by number, each with the month it was collected. */
  readonly fees: Readonly<Record<string, FeeReceipt>>;
};

const evolve = (row: IdleParcelRow | null, event: IdleParcelEvent, month: string): IdleParcelRow | null => {
  if (event.type === 'IdleParcelIdentified') {
    return { ...event.payload, identifiedIn: month, reclaimed: null, commitment: null, fees: {} };
  }
  if (row === null) return null;
  switch (event.type) {
    case 'IdleParcelDetailsCorrected':
      // the details as corrected: an optional one the correction leaves out is cleared
      return restated(row, event.payload, IdleParcelDetailsCorrected);
    case 'IdleParcelReclaimed':
    case 'IdleParcelReclaimCorrected': {
      const areaCentiMu = event.payload.reclaimedAreaCentiMu;
      return { ...row, reclaimed: { areaCentiMu, period: row.reclaimed?.period ?? month } };
    }
    case 'IdleLandRectificationCommitmentSubmitted':
      return { ...row, commitment: { rectifyBy: event.payload.rectifyBy, period: month } };
    case 'IdleLandFeeCollected':
    case 'IdleLandFeeCorrected': {
      const { receiptNo, amountYuan } = event.payload;
      const period = row.fees[receiptNo]?.period ?? month;
      return { ...row, fees: { ...row.fees, [receiptNo]: { amountYuan, period } } };
    }
    case 'IdleParcelVoided':
      return null;
  }
};

/** The month the parcel's enterprise first paid a fee that still stands. */
const firstPaidIn = (fees: readonly FeeReceipt[]) =>
  fees
    .filter((fee) => fee.amountYuan > 0)
    .map((fee) => fee.period)
    .sort()[0] ?? null;

const contributions = (row: IdleParcelRow) => {
  const dims = { zoneId: row.zoneId, category: row.category };
  const fees = Object.values(row.fees);
  return netted([
    fact('land.idle-identified-parcels', row.identifiedIn, dims),
    fact('land.idle-identified-area', row.identifiedIn, dims, row.idleAreaCentiMu),
    ...factIn(row.reclaimed?.period ?? null, 'land.idle-reclaimed-parcels', dims),
    ...factIn(row.reclaimed?.period ?? null, 'land.idle-reclaimed-area', dims, row.reclaimed?.areaCentiMu),
    ...factIn(row.commitment?.period ?? null, 'land.idle-commitments', dims),
    ...fees.map((fee) => fact('land.idle-fees-yuan', fee.period, dims, fee.amountYuan)),
    ...factIn(firstPaidIn(fees), 'land.idle-fee-parcels', dims),
  ]);
};

/** An idle parcel (闲置土地): identified, reclaimed by law, rectification committed, fees collected. */
export const idleParcelProjection = streamProjection<IdleParcelRow, IdleParcelEvent>(
  'idle-parcel',
  idleParcelEvents,
  evolve,
  contributions,
);
