import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventFrom, SafetyAccidentHandled, type SafetyAccidentEvent } from '@park-ledger/contracts';
import type { SafetyAccidentState } from '../safety-accident.state';

export interface AccidentHandling {
  /** Whether the accident caused a major negative impact (重大负面影响). */
  readonly majorNegativeImpact: boolean;
  readonly outcomeZh?: string;
}

export type HandleSafetyAccident = AccidentHandling & {
  readonly type: 'HandleSafetyAccident';
  readonly accidentId: string;
  readonly occurredAt: string;
};

export const handleSafetyAccident = (command: HandleSafetyAccident, state: SafetyAccidentState): SafetyAccidentEvent[] => {
  const accident = liveRecord(state, 'safety-accident', command.accidentId);
  if (accident.handled) {
    throw new DomainRuleViolation('accident-already-handled', `Safety accident ${command.accidentId} was already handled`);
  }
  return [eventFrom(SafetyAccidentHandled, command)];
};
