import {
  RelocationDetailsCorrected,
  relocationEvents,
  RelocationStarted,
  type PayloadOf,
  type RelocationEvent,
  type RelocationStep,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, factIn, netted, span, restated } from '../contributions';

export type RelocationRow = PayloadOf<typeof RelocationStarted> & {
  readonly startedIn: string;
  /** Month each step (清产核算, 中介评估, …) was completed. */
  readonly steps: Readonly<Partial<Record<RelocationStep, string>>>;
  readonly completedIn: string | null;
};

const evolve = (row: RelocationRow | null, event: RelocationEvent, month: string): RelocationRow | null => {
  if (event.type === 'RelocationStarted') return { ...event.payload, startedIn: month, steps: {}, completedIn: null };
  if (row === null) return null;
  switch (event.type) {
    case 'RelocationDetailsCorrected':
      // the details as corrected: an optional one the correction leaves out is cleared
      return restated(row, event.payload, RelocationDetailsCorrected);
    case 'RelocationStepCompleted': {
      const { step } = event.payload;
      return { ...row, steps: { ...row.steps, [step]: row.steps[step] ?? month } };
    }
    case 'RelocationCompleted':
      return { ...row, completedIn: row.completedIn ?? month };
    case 'RelocationVoided':
      return null;
  }
};

const contributions = (row: RelocationRow) => {
  const steps = Object.entries(row.steps).filter((entry): entry is [RelocationStep, string] => entry[1] !== undefined);
  return netted([
    fact('land.relocations-started', row.startedIn, {}),
    ...span('land.relocations-in-progress', {}, row.startedIn, row.completedIn),
    ...factIn(row.completedIn, 'land.relocations-completed', {}),
    ...steps.map(([step, period]) => fact('land.relocation-steps-completed', period, { step })),
    ...steps.map(([step, period]) => fact('land.relocation-steps-to-date', period, { step })),
  ]);
};

/** An enterprise moving from the city into the park (退城进园), step by step. */
export const relocationProjection = streamProjection<RelocationRow, RelocationEvent>('relocation', relocationEvents, evolve, contributions);
