import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventFrom, HazardRectificationOrderCorrected, type HazardEvent } from '@park-ledger/contracts';
import type { HazardState } from '../hazard.state';
import { type RectificationOrder } from '../order-rectification/order-rectification';

/** Restates the order, e.g. whether production was in fact stopped. */
export type CorrectRectificationOrder = RectificationOrder & {
  readonly type: 'CorrectRectificationOrder';
  readonly hazardId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const correctRectificationOrder = (command: CorrectRectificationOrder, state: HazardState): HazardEvent[] => {
  const found = liveRecord(state, 'hazard', command.hazardId);
  if (found.rectification === 'NotOrdered') {
    throw new DomainRuleViolation('rectification-not-ordered', `Rectification of hazard ${command.hazardId} was never ordered`);
  }
  return [eventFrom(HazardRectificationOrderCorrected, command)];
};
