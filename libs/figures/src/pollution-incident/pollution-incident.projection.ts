import {
  PollutionIncidentDetailsCorrected,
  pollutionIncidentEvents,
  PollutionIncidentReported,
  type PayloadOf,
  type PollutionIncidentEvent,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, factIn, netted, restated } from '../contributions';

export type PollutionIncidentRow = PayloadOf<typeof PollutionIncidentReported> & {
  readonly reportedIn: string;
  readonly handling: { readonly measuresZh: string; readonly period: string } | null;
  readonly compensation: { readonly amountYuan: number; readonly period: string } | null;
};

const evolve = (row: PollutionIncidentRow | null, event: PollutionIncidentEvent, month: string) => {
  if (event.type === 'PollutionIncidentReported') return { ...event.payload, reportedIn: month, handling: null, compensation: null };
  if (row === null) return null;
  switch (event.type) {
    case 'PollutionIncidentDetailsCorrected':
      // the details as corrected: an optional one the correction leaves out is cleared
      return restated(row, event.payload, PollutionIncidentDetailsCorrected);
    case 'PollutionIncidentHandled':
      return { ...row, handling: { measuresZh: event.payload.measuresZh, period: row.handling?.period ?? month } };
    case 'PollutionCompensationPaid':
    case 'PollutionCompensationCorrected': {
      const { amountYuan } = event.payload;
      return { ...row, compensation: { amountYuan, period: row.compensation?.period ?? month } };
    }
    case 'PollutionIncidentVoided':
      return null;
  }
};

/** Compensation counts in the month it was paid, which may be after the incident's. */
const contributions = (row: PollutionIncidentRow) => {
  const dims = { zoneId: row.zoneId };
  return netted([
    fact('safety.pollution-incidents', row.reportedIn, dims),
    ...factIn(row.handling?.period ?? null, 'safety.pollution-incidents-handled', dims),
    ...factIn(row.compensation?.period ?? null, 'safety.pollution-compensation-yuan', dims, row.compensation?.amountYuan),
  ]);
};

/** A pollution incident (涉污事件), its handling and the compensation paid. */
export const pollutionIncidentProjection = streamProjection<PollutionIncidentRow, PollutionIncidentEvent>(
  'pollution-incident',
  pollutionIncidentEvents,
  evolve,
  contributions,
);
