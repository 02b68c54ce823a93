import { defineEvent, type DomainEventOf } from '../define-event';
import { int, isoDate, isoDateTime, object, oneOf, optional, str, type Schema } from '../payload-schema';

// The committee office (管委会办公室): the calendar of what is due (obligation rules, extensions,
// holidays) and the close of a period (closed, signed off by the director, reopened). Its actions are
// events like any department's, each with who (the envelope's actor) and why.

/** Client-chosen ids of the office; stream ids are `<kind>-<id>`. */
export const OFFICE_RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** A period the office closes: a year `2014`, a quarter `2014-Q4` or a month `2014-12`. */
export const PERIOD_ID = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;
export const SHA256_HEX = /^[0-9a-f]{64}$/;
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const id = () => str({ min: 1, max: 64, pattern: OFFICE_RECORD_ID });
const reason = () => str({ min: 1, max: 1000 });
const period = () => str({ min: 4, max: 7, pattern: PERIOD_ID });
const event = <const Type extends string, Payload extends Schema<unknown>>(type: Type, payload: Payload) =>
  defineEvent(type, 'office', { schemaVersion: 1, payload });

// The obligations calendar of a year: `obligation-calendar-<year>`.
export const obligationSubjects = ['enterprise', 'department'] as const;
export const ObligationRuleSet = event(
  'ObligationRuleSet',
  object({
    year: int({ min: 2000, max: 2100 }),
    ruleId: id(),
    department: oneOf(['projects', 'land', 'safety'] as const),
    subject: oneOf(obligationSubjects),
    dueDay: int({ min: 1, max: 28 }),
    labelZh: str({ min: 1, max: 200 }),
    labelEn: str({ min: 1, max: 200 }),
    reason: reason(),
  }),
);
export const ObligationDeadlineExtended = event(
  'ObligationDeadlineExtended',
  object({
    year: int({ min: 2000, max: 2100 }),
    ruleId: id(),
    month: str({ min: 7, max: 7, pattern: YEAR_MONTH }),
    /** one enterprise or department; absent: everyone the rule binds */
    subjectId: optional(id()),
    until: isoDate(),
    reason: reason(),
  }),
);
export const HolidayDeclared = event(
  'HolidayDeclared',
  object({ year: int({ min: 2000, max: 2100 }), date: isoDate(), nameZh: str({ min: 1, max: 200 }), reason: optional(reason()) }),
);

// A period's close: `period-<period>`.
export const PeriodClosed = event(
  'PeriodClosed',
  object({
    period: period(),
    /** the moment whose as-of view of the figures is what was filed */
    asOf: isoDateTime(),
    /** sha256 (hex) of that view's canonical form (reporting's `GET /periods/{period}/figures?asOf=`) */
    digest: str({ min: 64, max: 64, pattern: SHA256_HEX }),
    figureCount: int({ min: 0, max: 1_000_000 }),
    closedBy: str({ min: 1, max: 200 }),
    note: optional(str({ min: 1, max: 1000 })),
  }),
);
export const PeriodSignedOff = event(
  'PeriodSignedOff',
  object({ period: period(), signedBy: str({ min: 1, max: 200 }), note: optional(str({ min: 1, max: 1000 })) }),
);
export const PeriodReopened = event('PeriodReopened', object({ period: period(), reopenedBy: str({ min: 1, max: 200 }), reason: reason() }));

export const obligationCalendarEvents = [ObligationRuleSet, ObligationDeadlineExtended, HolidayDeclared] as const;
export const periodEvents = [PeriodClosed, PeriodSignedOff, PeriodReopened] as const;
export const officeEvents = [...obligationCalendarEvents, ...periodEvents] as const;

export type OfficeEvent = DomainEventOf<(typeof officeEvents)[number]>;
export type ObligationCalendarEvent = DomainEventOf<(typeof obligationCalendarEvents)[number]>;
export type PeriodEvent = DomainEventOf<(typeof periodEvents)[number]>;
