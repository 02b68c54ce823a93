import {
  SafetyAccidentDetailsCorrected,
  safetyAccidentEvents,
  SafetyAccidentReported,
  type PayloadOf,
  type SafetyAccidentEvent,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, factIn, netted, restated } from '../contributions';

export type SafetyAccidentRow = PayloadOf<typeof SafetyAccidentReported> & {
  readonly reportedIn: string;
  readonly handling: { readonly majorNegativeImpact: boolean; readonly outcomeZh?: string; readonly period: string } | null;
};

const evolve = (row: SafetyAccidentRow | null, event: SafetyAccidentEvent, month: string): SafetyAccidentRow | null => {
  if (event.type === 'SafetyAccidentReported') return { ...event.payload, reportedIn: month, handling: null };
  if (row === null) return null;
  switch (event.type) {
    case 'SafetyAccidentDetailsCorrected':
      // the details as corrected: an optional one the correction leaves out is cleared
      return restated(row, event.payload, SafetyAccidentDetailsCorrected);
    case 'SafetyAccidentHandled':
    case 'SafetyAccidentHandlingCorrected': {
      const { majorNegativeImpact, outcomeZh } = event.payload;
      return { ...row, handling: { majorNegativeImpact, outcomeZh, period: row.handling?.period ?? month } };
    }
    case 'SafetyAccidentVoided':
      return null;
  }
};

/** A major negative impact is a trait of the accident, so it counts in the accident's month, not the handling's. */
const contributions = (row: SafetyAccidentRow) => {
  const dims = { zoneId: row.zoneId, severity: row.severity };
  return netted([
    fact('safety.accidents', row.reportedIn, dims),
    ...factIn(row.handling?.period ?? null, 'safety.accidents-handled', dims),
    ...factIn(row.handling?.majorNegativeImpact ? row.reportedIn : null, 'safety.accidents-major-impact', dims),
  ]);
};

/** A safety accident (安全事故) by severity, and whether its handling left a major negative impact. */
export const safetyAccidentProjection = streamProjection<SafetyAccidentRow, SafetyAccidentEvent>(
  'safety-accident',
  safetyAccidentEvents,
  evolve,
  contributions,
);
