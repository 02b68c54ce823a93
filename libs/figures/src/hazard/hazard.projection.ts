import { HazardDetailsCorrected, hazardEvents, HazardFound, type HazardEvent, type PayloadOf } from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, factIn, netted, span, restated } from '../contributions';

export interface RectificationOrder {
  readonly stopProduction: boolean;
  readonly rectifyBy?: string;
  readonly period: string;
}

export type HazardRow = PayloadOf<typeof HazardFound> & {
  readonly foundIn: string;
  readonly order: RectificationOrder | null;
  readonly verifiedIn: string | null;
  readonly penalty: { readonly amountYuan: number; readonly period: string } | null;
};

const evolve = (row: HazardRow | null, event: HazardEvent, month: string): HazardRow | null => {
  if (event.type === 'HazardFound') return { ...event.payload, foundIn: month, order: null, verifiedIn: null, penalty: null };
  if (row === null) return null;
  switch (event.type) {
    case 'HazardDetailsCorrected':
      // the details as corrected: an optional one the correction leaves out is cleared
      return restated(row, event.payload, HazardDetailsCorrected);
    case 'HazardRectificationOrdered':
    case 'HazardRectificationOrderCorrected': {
      const { stopProduction, rectifyBy } = event.payload;
      return { ...row, order: { stopProduction, rectifyBy, period: row.order?.period ?? month } };
    }
    case 'HazardRectificationVerified':
      return { ...row, verifiedIn: row.verifiedIn ?? month };
    case 'HazardPenaltyImposed':
    case 'HazardPenaltyCorrected':
      return { ...row, penalty: { amountYuan: event.payload.amount.value, period: row.penalty?.period ?? month } };
    case 'HazardVoided':
      return null;
  }
};

const contributions = (row: HazardRow) => {
  const dims = { zoneId: row.zoneId };
  const orderedIn = row.order?.period ?? null;
  const penalisedIn = row.penalty && row.penalty.amountYuan > 0 ? row.penalty.period : null;
  return netted([
    fact('safety.hazards', row.foundIn, dims),
    ...factIn(orderedIn, 'safety.rectification-orders', dims),
    ...factIn(row.order?.stopProduction ? orderedIn : null, 'safety.stop-production-orders', dims),
    ...span('safety.rectifications-open', dims, orderedIn, row.verifiedIn),
    ...factIn(orderedIn === null ? null : row.verifiedIn, 'safety.rectifications-verified', dims),
    ...factIn(penalisedIn, 'safety.penalties', dims),
    ...factIn(penalisedIn, 'safety.penalties-yuan', dims, row.penalty?.amountYuan),
  ]);
};

/** A hazard at an enterprise and its rectification (严整改): ordered, with or without stopping production, verified, penalised. */
export const hazardProjection = streamProjection<HazardRow, HazardEvent>('hazard', hazardEvents, evolve, contributions);
