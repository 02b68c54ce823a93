import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, HazardPenaltyImposed, type HazardEvent } from '@park-ledger/contracts';
import type { HazardState } from '../hazard.state';

/** A fine under the law (依法从严处罚) for the hazard. */
export type ImposePenalty = {
  readonly type: 'ImposePenalty';
  readonly hazardId: string;
  readonly occurredAt: string;
  readonly amountYuan: number;
};

export const imposePenalty = (command: ImposePenalty, state: HazardState): HazardEvent[] => {
  const found = liveRecord(state, 'hazard', command.hazardId);
  if (found.penaltyImposed) {
    throw new DomainRuleViolation('penalty-already-imposed', `Hazard ${command.hazardId} already has a penalty`);
  }
  return [eventOf(HazardPenaltyImposed, { hazardId: command.hazardId, amount: { value: command.amountYuan, currency: 'CNY' } })];
};
