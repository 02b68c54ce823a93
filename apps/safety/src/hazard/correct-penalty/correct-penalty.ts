import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, HazardPenaltyCorrected, type HazardEvent } from '@park-ledger/contracts';
import type { HazardState } from '../hazard.state';

/** Restates the penalty amount (not a delta); 0 says it was withdrawn. */
export type CorrectPenalty = {
  readonly type: 'CorrectPenalty';
  readonly hazardId: string;
  readonly occurredAt: string;
  readonly amountYuan: number;
  readonly reason: string;
};

export const correctPenalty = (command: CorrectPenalty, state: HazardState): HazardEvent[] => {
  const found = liveRecord(state, 'hazard', command.hazardId);
  if (!found.penaltyImposed) {
    throw new DomainRuleViolation('penalty-not-imposed', `Hazard ${command.hazardId} has no penalty to correct`);
  }
  const { hazardId, amountYuan, reason } = command;
  return [eventOf(HazardPenaltyCorrected, { hazardId, amount: { value: amountYuan, currency: 'CNY' }, reason })];
};
