import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, PeriodReopened, type PeriodEvent } from '@park-ledger/contracts';
import type { PeriodState } from '../period.state';

export type ReopenPeriod = {
  readonly type: 'ReopenPeriod';
  readonly period: string;
  readonly occurredAt: string;
  readonly reopenedBy: string;
  readonly reason: string;
};

/** Reopens a closed (or signed-off) period, with the reason; it can then be closed again. */
export const reopenPeriod = (command: ReopenPeriod, state: PeriodState): PeriodEvent[] => {
  if (state.status !== 'Closed' && state.status !== 'SignedOff') {
    throw new DomainRuleViolation('period-not-closed', `Period ${command.period} is not closed`);
  }
  return [eventOf(PeriodReopened, { period: command.period, reopenedBy: command.reopenedBy, reason: command.reason })];
};
