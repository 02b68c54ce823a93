import type { ObligationCalendarEvent } from '@park-ledger/contracts';
import { decideBy, type Decider } from '@park-ledger/decider';
import { declareHoliday, type DeclareHoliday } from './declare-holiday/declare-holiday';
import { extendDeadline, type ExtendDeadline } from './extend-deadline/extend-deadline';
import { initialObligationCalendarState, type ObligationCalendarState } from './obligation-calendar.state';
import { setObligationRule, type SetObligationRule } from './set-obligation-rule/set-obligation-rule';

export { obligationCalendarStreamId, type ObligationCalendarState } from './obligation-calendar.state';

export type ObligationCalendarCommand = SetObligationRule | ExtendDeadline | DeclareHoliday;

const kept = (state: ObligationCalendarState) => (state.status === 'Kept' ? state : { status: 'Kept' as const, ruleIds: [], holidays: [] });

const evolve = (state: ObligationCalendarState, event: ObligationCalendarEvent): ObligationCalendarState => {
  const calendar = kept(state);
  switch (event.type) {
    case 'ObligationRuleSet':
      return calendar.ruleIds.includes(event.payload.ruleId) ? calendar : { ...calendar, ruleIds: [...calendar.ruleIds, event.payload.ruleId] };
    case 'HolidayDeclared':
      return { ...calendar, holidays: [...calendar.holidays, event.payload.date] };
    case 'ObligationDeadlineExtended':
      return calendar;
  }
};

const decide = decideBy<ObligationCalendarCommand, ObligationCalendarState, ObligationCalendarEvent>({
  SetObligationRule: setObligationRule,
  ExtendDeadline: extendDeadline,
  DeclareHoliday: declareHoliday,
});

export const obligationCalendarDecider: Decider<ObligationCalendarState, ObligationCalendarCommand, ObligationCalendarEvent> = {
  decide,
  evolve,
  initialState: initialObligationCalendarState,
};
