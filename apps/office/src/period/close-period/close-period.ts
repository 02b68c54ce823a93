import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, PeriodClosed, type PeriodEvent } from '@park-ledger/contracts';
import type { PeriodState } from '../period.state';

export type ClosePeriod = {
  readonly type: 'ClosePeriod';
  readonly period: string;
  readonly occurredAt: string;
  readonly asOf: string;
  readonly digest: string;
  readonly figureCount: number;
  /** who closes: the signed-in office clerk, never taken from the body */
  readonly closedBy: string;
  readonly note?: string;
};

/** Closes an open period with the digest of its figures as known at asOf (which cannot be after the close). */
export const closePeriod = (command: ClosePeriod, state: PeriodState): PeriodEvent[] => {
  if (state.status === 'Closed' || state.status === 'SignedOff') {
    throw new DomainRuleViolation('period-closed', `Period ${command.period} is already closed; reopen it first`);
  }
  if (Date.parse(command.asOf) > Date.parse(command.occurredAt)) {
    throw new DomainRuleViolation('as-of-after-close', 'The figures filed must be as known at or before the close');
  }
  const { period, asOf, digest, figureCount, closedBy, note } = command;
  return [eventOf(PeriodClosed, { period, asOf, digest, figureCount, closedBy, ...(note ? { note } : {}) })];
};
