import { liveRecord } from '@park-ledger/decider';
import { eventFrom, SafetyAccidentDetailsCorrected, type SafetyAccidentEvent } from '@park-ledger/contracts';
import { type SafetyAccidentDetails } from '../report-safety-accident/report-safety-accident';
import type { SafetyAccidentState } from '../safety-accident.state';

/** Restates the accident's facts, its severity included. */
export type CorrectSafetyAccident = SafetyAccidentDetails & {
  readonly type: 'CorrectSafetyAccident';
  readonly accidentId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const correctSafetyAccident = (command: CorrectSafetyAccident, state: SafetyAccidentState): SafetyAccidentEvent[] => {
  liveRecord(state, 'safety-accident', command.accidentId);
  return [eventFrom(SafetyAccidentDetailsCorrected, command)];
};
