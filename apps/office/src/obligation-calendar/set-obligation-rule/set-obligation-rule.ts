import { eventOf, ObligationRuleSet, type ObligationCalendarEvent } from '@park-ledger/contracts';
import type { ObligationCalendarState } from '../obligation-calendar.state';

export type SetObligationRule = {
  readonly type: 'SetObligationRule';
  readonly year: string;
  readonly occurredAt: string;
  readonly ruleId: string;
  readonly department: 'projects' | 'land' | 'safety';
  readonly subject: 'enterprise' | 'department';
  readonly dueDay: number;
  readonly labelZh: string;
  readonly labelEn: string;
  readonly reason: string;
};

/** Sets (or changes) a rule of the year's calendar: who owes what each month, by which day of the next. */
export const setObligationRule = (command: SetObligationRule, _state: ObligationCalendarState): ObligationCalendarEvent[] => {
  const { year, ruleId, department, subject, dueDay, labelZh, labelEn, reason } = command;
  return [eventOf(ObligationRuleSet, { year: Number(year), ruleId, department, subject, dueDay, labelZh, labelEn, reason })];
};
