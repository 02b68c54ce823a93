import { liveRecord } from '@park-ledger/decider';
import { eventOf, SafetyAccidentVoided, type SafetyAccidentEvent } from '@park-ledger/contracts';
import type { SafetyAccidentState } from '../safety-accident.state';

export type VoidSafetyAccident = {
  readonly type: 'VoidSafetyAccident';
  readonly accidentId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidSafetyAccident = (command: VoidSafetyAccident, state: SafetyAccidentState): SafetyAccidentEvent[] => {
  liveRecord(state, 'safety-accident', command.accidentId);
  return [eventOf(SafetyAccidentVoided, { accidentId: command.accidentId, reason: command.reason })];
};
