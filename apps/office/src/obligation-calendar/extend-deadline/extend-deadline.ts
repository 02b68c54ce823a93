import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, ObligationDeadlineExtended, type ObligationCalendarEvent } from '@park-ledger/contracts';
import type { ObligationCalendarState } from '../obligation-calendar.state';

export type ExtendDeadline = {
  readonly type: 'ExtendDeadline';
  readonly year: string;
  readonly occurredAt: string;
  readonly ruleId: string;
  readonly month: string;
  readonly subjectId?: string;
  readonly until: string;
  readonly reason: string;
};

/** Moves one month's deadline of a rule, for everyone it binds or one enterprise, to a later day. */
export const extendDeadline = (command: ExtendDeadline, _state: ObligationCalendarState): ObligationCalendarEvent[] => {
  const { year, ruleId, month, subjectId, until, reason } = command;
  if (month.slice(0, 4) !== year) throw new DomainRuleViolation('month-outside-year', `Month ${month} is not in ${year}`);
  if (until.slice(0, 7) <= month) throw new DomainRuleViolation('until-before-due', 'An extension runs to a day after the month it is for');
  return [eventOf(ObligationDeadlineExtended, { year: Number(year), ruleId, month, ...(subjectId ? { subjectId } : {}), until, reason })];
};
