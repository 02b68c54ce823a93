import { DomainRuleViolation, liveRecord } from '@park-ledger/decider';
import { eventOf, HazardRectificationVerified, type HazardEvent } from '@park-ledger/contracts';
import type { HazardState } from '../hazard.state';

/** The rectification was checked and accepted. */
export type VerifyRectification = {
  readonly type: 'VerifyRectification';
  readonly hazardId: string;
  readonly occurredAt: string;
};

export const verifyRectification = (command: VerifyRectification, state: HazardState): HazardEvent[] => {
  const found = liveRecord(state, 'hazard', command.hazardId);
  if (found.rectification === 'NotOrdered') {
    throw new DomainRuleViolation('rectification-not-ordered', `Rectification of hazard ${command.hazardId} was never ordered`);
  }
  if (found.rectification === 'Verified') {
    throw new DomainRuleViolation(
      'rectification-already-verified',
      `Rectification of hazard ${command.hazardId} was already verified`,
    );
  }
  return [eventOf(HazardRectificationVerified, { hazardId: command.hazardId })];
};
