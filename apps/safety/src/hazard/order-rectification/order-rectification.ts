import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventFrom, HazardRectificationOrdered, type HazardEvent } from '@park-ledger/contracts';
import type { HazardState } from '../hazard.state';

export interface RectificationOrder {
  /** 责令停产整改: production stops until the rectification is verified. */
  readonly stopProduction: boolean;
  readonly rectifyBy?: string;
}

export type OrderRectification = RectificationOrder & {
  readonly type: 'OrderRectification';
  readonly hazardId: string;
  readonly occurredAt: string;
};

export const orderRectification = (command: OrderRectification, state: HazardState): HazardEvent[] => {
  const found = liveRecord(state, 'hazard', command.hazardId);
  if (found.rectification !== 'NotOrdered') {
    throw new DomainRuleViolation(
      'rectification-already-ordered',
      `Rectification of hazard ${command.hazardId} was already ordered`,
    );
  }
  return [eventFrom(HazardRectificationOrdered, command)];
};
