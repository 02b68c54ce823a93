/** The office's calendar of what is due in a year: `obligation-calendar-<year>`. */
export const obligationCalendarStreamId = (year: string) => `obligation-calendar-${year}`;

export type ObligationCalendarState =
  | { readonly status: 'None' }
  | { readonly status: 'Kept'; readonly ruleIds: readonly string[]; readonly holidays: readonly string[] };

export const initialObligationCalendarState = (): ObligationCalendarState => ({ status: 'None' });
