import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventFrom, SafetyAccidentHandlingCorrected, type SafetyAccidentEvent } from '@park-ledger/contracts';
import { type AccidentHandling } from '../handle-safety-accident/handle-safety-accident';
import type { SafetyAccidentState } from '../safety-accident.state';

export type CorrectAccidentHandling = AccidentHandling & {
  readonly type: 'CorrectAccidentHandling';
  readonly accidentId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const correctAccidentHandling = (
  command: CorrectAccidentHandling,
  state: SafetyAccidentState,
): SafetyAccidentEvent[] => {
  const accident = liveRecord(state, 'safety-accident', command.accidentId);
  if (!accident.handled) {
    throw new DomainRuleViolation('accident-not-handled', `Safety accident ${command.accidentId} has no handling to correct`);
  }
  return [eventFrom(SafetyAccidentHandlingCorrected, command)];
};
