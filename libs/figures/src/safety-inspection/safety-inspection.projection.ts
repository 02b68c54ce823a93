import {
  SafetyInspectionConducted,
  safetyInspectionEvents,
  type PayloadOf,
  type SafetyInspectionEvent,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, netted, withoutReason } from '../contributions';

export type SafetyInspectionRow = PayloadOf<typeof SafetyInspectionConducted> & { readonly conductedIn: string };

const evolve = (row: SafetyInspectionRow | null, event: SafetyInspectionEvent, month: string) => {
  switch (event.type) {
    case 'SafetyInspectionConducted':
      return { ...event.payload, conductedIn: month };
    case 'SafetyInspectionCorrected':
      return row === null ? null : { ...withoutReason(event.payload), conductedIn: row.conductedIn };
    case 'SafetyInspectionVoided':
      return null;
  }
};

const contributions = (row: SafetyInspectionRow) => {
  const dims = { kind: row.kind, zoneId: row.zoneId };
  return netted([
    fact('safety.inspections', row.conductedIn, dims),
    fact('safety.inspection-findings', row.conductedIn, dims, row.findingsCount),
  ]);
};

/** One inspection round (勤排查): weekly small or fortnightly large, in one zone. */
export const safetyInspectionProjection = streamProjection<SafetyInspectionRow, SafetyInspectionEvent>(
  'safety-inspection',
  safetyInspectionEvents,
  evolve,
  contributions,
);
