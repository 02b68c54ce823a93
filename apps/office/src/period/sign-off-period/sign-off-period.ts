import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, PeriodSignedOff, type PeriodEvent } from '@park-ledger/contracts';
import type { PeriodState } from '../period.state';

export type SignOffPeriod = {
  readonly type: 'SignOffPeriod';
  readonly period: string;
  readonly occurredAt: string;
  /** the signed-in director */
  readonly signedBy: string;
  readonly note?: string;
};

/** The director signs off a closed period (published); never the person who closed it. */
export const signOffPeriod = (command: SignOffPeriod, state: PeriodState): PeriodEvent[] => {
  if (state.status === 'SignedOff') throw new DomainRuleViolation('period-signed-off', `Period ${command.period} is already signed off`);
  if (state.status !== 'Closed') throw new DomainRuleViolation('period-not-closed', `Period ${command.period} is not closed`);
  if (state.closedBy === command.signedBy) {
    throw new DomainRuleViolation('same-person-closes-and-signs', 'Whoever closed a period cannot sign it off (separation of duties)');
  }
  const { period, signedBy, note } = command;
  return [eventOf(PeriodSignedOff, { period, signedBy, ...(note ? { note } : {}) })];
};
