import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, HolidayDeclared, type ObligationCalendarEvent } from '@park-ledger/contracts';
import type { ObligationCalendarState } from '../obligation-calendar.state';

export type DeclareHoliday = {
  readonly type: 'DeclareHoliday';
  readonly year: string;
  readonly occurredAt: string;
  readonly date: string;
  readonly nameZh: string;
  readonly reason?: string;
};

/** A day off (法定节假日): a deadline falling on it moves to the next day that is not one. */
export const declareHoliday = (command: DeclareHoliday, state: ObligationCalendarState): ObligationCalendarEvent[] => {
  const { year, date, nameZh, reason } = command;
  if (Number(date.slice(0, 4)) - Number(year) > 1 || date.slice(0, 4) < year) {
    throw new DomainRuleViolation('date-outside-year', `A holiday of ${year}'s calendar falls in ${year} or early the next year`);
  }
  if (state.status === 'Kept' && state.holidays.includes(date)) throw new DomainRuleViolation('holiday-declared', `${date} is already a holiday`);
  return [eventOf(HolidayDeclared, { year: Number(year), date, nameZh, ...(reason ? { reason } : {}) })];
};
