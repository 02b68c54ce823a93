import { safetyMonthlyTallyEvents, type SafetyMonthlyTallyEvent } from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';

/** The month's tally as the safety department attests it to the office, and the park date it was filed. */
export interface SafetyMonthlyTallyRow {
  readonly month: string;
  readonly reminderBatches: number;
  readonly inspections: number;
}

const evolve = (row: SafetyMonthlyTallyRow | null, event: SafetyMonthlyTallyEvent): SafetyMonthlyTallyRow | null => {
  switch (event.type) {
    case 'SafetyMonthlyTallyFiled':
    case 'SafetyMonthlyTallyCorrected':
      return { month: event.payload.month, reminderBatches: event.payload.reminderBatches, inspections: event.payload.inspections };
    case 'SafetyMonthlyTallyVoided':
      return null;
  }
};

/**
 * The safety department's monthly tally (月度台账). It contributes to no figure: its counts attest what the
 * reminder-batch and inspection records already count (reporting compares the two), and whether it came
 * on time is a timeliness figure, counted from the office's calendar (timeliness.ts).
 */
export const safetyMonthlyTallyProjection = streamProjection<SafetyMonthlyTallyRow, SafetyMonthlyTallyEvent>(
  'safety-monthly-tally',
  safetyMonthlyTallyEvents,
  evolve,
  () => [],
);
