// 报送及时性: what is due, by whom, by when, and whether it came on time, late or not at all.
// Pure: the obligations' rules, the office's extensions and holidays, and the filings (each with its
// business time, the day it was filed in the park, and its record time, the moment the system knew)
// go in; each obligation's status as known at `asOf` comes out. A filing the system learnt of after
// `asOf` does not count yet, so "timeliness as known on date D" is this function with asOf = D.

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The park's calendar date (YYYY-MM-DD) of an instant given as ISO-8601 with an offset. */
export const parkDate = (iso: string): string => {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) throw new Error(`Not an ISO-8601 instant: ${iso}`);
  return new Date(instant + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
};

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The month after `month` (YYYY-MM). */
export const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** The months from `from` to `to` (both YYYY-MM, inclusive). */
export const monthsBetween = (from: string, to: string): string[] => {
  const months: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) months.push(m);
  return months;
};

export type ObligationSubject = 'enterprise' | 'department';

/** A rule of the calendar: who owes what for each month, by which day of the following month. */
export interface ObligationRule {
  readonly ruleId: string;
  /** the department that receives the filing (and whose on-time rate it counts in) */
  readonly department: string;
  readonly subject: ObligationSubject;
  /** day of the month after the one reported on */
  readonly dueDay: number;
  readonly labelZh: string;
  readonly labelEn: string;
}

/** The park's calendar as the committee set it for 2014 (the office may extend single deadlines). */
export const defaultObligationRules: readonly ObligationRule[] = [
  {
    ruleId: 'enterprise-monthly-return',
    department: 'projects',
    subject: 'enterprise',
    dueDay: 10,
    labelZh: '企业经济指标月报',
    labelEn: "enterprises' monthly economic returns",
  },
  {
    ruleId: 'safety-monthly-tally',
    department: 'safety',
    subject: 'department',
    dueDay: 5,
    labelZh: '安全生产常提醒、常检查月度台账',
    labelEn: "the safety department's monthly reminder and inspection tallies",
  },
];

/** A deadline moved by the office: for one month of a rule, for every subject or one. */
export interface Extension {
  readonly ruleId: string;
  readonly month: string;
  /** null: every subject of the rule */
  readonly subjectId: string | null;
  /** the new last day (YYYY-MM-DD, park calendar) */
  readonly until: string;
  readonly recordedAt: string;
}

/** A day the office declared a holiday: a deadline falling on it moves to the next working day. */
export interface Holiday {
  readonly date: string;
  readonly recordedAt: string;
}

export type FilingChange = 'submitted' | 'corrected' | 'voided';

/** One event of a filing: its business time (when it was filed in the park) and record time. */
export interface FilingEvent {
  readonly ruleId: string;
  readonly subjectId: string;
  readonly month: string;
  readonly change: FilingChange;
  readonly occurredAt: string;
  readonly recordedAt: string;
  /** the event's id (what a drill-down lists) */
  readonly eventId?: string;
  /** for enterprises: the zone and contact person the filing names */
  readonly zoneId?: string | null;
  readonly nameZh?: string | null;
  readonly contactName?: string | null;
  readonly contactPhone?: string | null;
}

export type TimelinessStatus = 'on-time' | 'late' | 'missing' | 'pending';

export interface ObligationStatus {
  readonly ruleId: string;
  readonly department: string;
  readonly subjectId: string;
  readonly month: string;
  readonly zoneId: string | null;
  readonly nameZh: string | null;
  readonly contactName: string | null;
  readonly contactPhone: string | null;
  readonly due: string;
  /** the park date it was filed (the standing filing's first submission), null if not filed */
  readonly filedOn: string | null;
  readonly status: TimelinessStatus;
  /**
   * late: days after the due date it was filed; missing: days overdue, counted to the park's business
   * date as known at asOf (see TimelinessInput.businessToday), at least 1; else 0
   */
  readonly daysLate: number;
  /** the standing filing's submission event (null when missing or pending) */
  readonly filingEventId: string | null;
  /** filed, and corrected afterwards (a correction does not change when it was filed) */
  readonly corrected: boolean;
}

/** The due date of a month's obligation: the rule's day, any extension recorded by asOf, then past holidays. */
export function dueDate(
  rule: ObligationRule,
  month: string,
  subjectId: string,
  extensions: readonly Extension[],
  holidays: readonly Holiday[],
  asOf: string,
): string {
  const known = (recordedAt: string) => Date.parse(recordedAt) <= Date.parse(asOf);
  let due = `${nextMonth(month)}-${String(rule.dueDay).padStart(2, '0')}`;
  for (const e of extensions) {
    if (e.ruleId === rule.ruleId && e.month === month && (e.subjectId === null || e.subjectId === subjectId) && known(e.recordedAt)) {
      if (e.until > due) due = e.until;
    }
  }
  const off = new Set(holidays.filter((h) => known(h.recordedAt)).map((h) => h.date));
  while (off.has(due)) due = addDays(due, 1);
  return due;
}

interface Standing {
  filedOn: string;
  eventId: string | null;
  corrected: boolean;
  zoneId: string | null;
  nameZh: string | null;
  contactName: string | null;
  contactPhone: string | null;
}

/** The filing as known at asOf: submitted (and not voided since), with the day of that submission. */
function standingFiling(events: readonly FilingEvent[], asOf: string): Standing | null {
  const known = events
    .filter((e) => Date.parse(e.recordedAt) <= Date.parse(asOf))
    .sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
  let standing: Standing | null = null;
  for (const e of known) {
    const prev = standing as Standing | null;
    const named = {
      zoneId: e.zoneId ?? prev?.zoneId ?? null,
      nameZh: e.nameZh ?? prev?.nameZh ?? null,
      contactName: e.contactName ?? prev?.contactName ?? null,
      contactPhone: e.contactPhone ?? prev?.contactPhone ?? null,
    };
    if (e.change === 'submitted') standing = { filedOn: parkDate(e.occurredAt), eventId: e.eventId ?? null, corrected: false, ...named };
    else if (e.change === 'corrected' && prev) standing = { ...prev, ...named, corrected: true };
    else if (e.change === 'voided') standing = null;
  }
  return standing;
}

export interface TimelinessInput {
  readonly rules: readonly ObligationRule[];
  readonly filings: readonly FilingEvent[];
  readonly extensions: readonly Extension[];
  readonly holidays: readonly Holiday[];
  /** the months asked (YYYY-MM) */
  readonly months: readonly string[];
  /** what was known at this instant (ISO-8601 with an offset) */
  readonly asOf: string;
  /** the departments that owe a tally, per department rule (default: the rule's own department) */
  readonly departmentsOwing?: Readonly<Record<string, readonly string[]>>;
  /**
   * The park's business date as the ledger knows it at asOf (YYYY-MM-DD): the newest business date of
   * the events recorded by then. A missing return's days overdue are counted to it (never past asOf's own
   * date): in live use it is today, and a year loaded or replayed long after the fact does not count the
   * years between (the demo year, loaded in 2026, would otherwise show a 2014 return 4349 days overdue).
   * Default: asOf's date.
   */
  readonly businessToday?: string;
}

/**
 * Every obligation of the months asked and its status at asOf. An enterprise owes a return for every
 * month from the first one it ever filed for (as known at asOf: that is when it became an active,
 * registered reporter) on; its zone, name and contact are those of its latest filing. A department owes
 * its tally every month.
 */
export function timeliness(input: TimelinessInput): ObligationStatus[] {
  const { rules, filings, extensions, holidays, months, asOf } = input;
  const today = parkDate(asOf);
  const overdueTo = input.businessToday && input.businessToday < today ? input.businessToday : today;
  const known = filings.filter((f) => Date.parse(f.recordedAt) <= Date.parse(asOf));
  const out: ObligationStatus[] = [];
  for (const rule of rules) {
    const ofRule = known.filter((f) => f.ruleId === rule.ruleId);
    const bySubjectMonth = new Map<string, FilingEvent[]>();
    const firstMonth = new Map<string, string>();
    const latest = new Map<string, FilingEvent>();
    for (const f of ofRule) {
      const key = `${f.subjectId}\u0000${f.month}`;
      bySubjectMonth.set(key, [...(bySubjectMonth.get(key) ?? []), f]);
      if (f.change === 'submitted') {
        const first = firstMonth.get(f.subjectId);
        if (first === undefined || f.month < first) firstMonth.set(f.subjectId, f.month);
      }
      const last = latest.get(f.subjectId);
      if (f.change !== 'voided' && (!last || last.month < f.month || (last.month === f.month && last.recordedAt <= f.recordedAt))) {
        latest.set(f.subjectId, f);
      }
    }
    const subjects =
      rule.subject === 'department'
        ? (input.departmentsOwing?.[rule.ruleId] ?? [rule.department]).map((id) => [id, months[0] ?? ''] as const)
        : [...firstMonth.entries()];
    for (const [subjectId, from] of subjects) {
      for (const month of months) {
        if (month < from) continue;
        const due = dueDate(rule, month, subjectId, extensions, holidays, asOf);
        const standing = standingFiling(bySubjectMonth.get(`${subjectId}\u0000${month}`) ?? [], asOf);
        const who = latest.get(subjectId);
        const base = {
          ruleId: rule.ruleId,
          department: rule.department,
          subjectId,
          month,
          zoneId: standing?.zoneId ?? who?.zoneId ?? null,
          nameZh: standing?.nameZh ?? who?.nameZh ?? null,
          contactName: standing?.contactName ?? who?.contactName ?? null,
          contactPhone: standing?.contactPhone ?? who?.contactPhone ?? null,
          due,
        };
        if (standing) {
          const late = Math.max(0, daysBetween(due, standing.filedOn));
          out.push({
            ...base,
            filedOn: standing.filedOn,
            status: late > 0 ? 'late' : 'on-time',
            daysLate: late,
            filingEventId: standing.eventId,
            corrected: standing.corrected,
          });
        } else if (today > due) {
          out.push({ ...base, filedOn: null, status: 'missing', daysLate: Math.max(1, daysBetween(due, overdueTo)), filingEventId: null, corrected: false });
        } else {
          out.push({ ...base, filedOn: null, status: 'pending', daysLate: 0, filingEventId: null, corrected: false });
        }
      }
    }
  }
  return out.sort(
    (a, b) => a.ruleId.localeCompare(b.ruleId) || a.month.localeCompare(b.month) || a.subjectId.localeCompare(b.subjectId),
  );
}

export interface OnTimeRate {
  readonly key: string;
  /** obligations whose due date has passed (pending ones are not yet owed) */
  readonly due: number;
  readonly onTime: number;
  readonly late: number;
  readonly missing: number;
  /** on time / due, in percent with one decimal; null when nothing was due */
  readonly rate: number | null;
}

/** On-time rates grouped by a key (department, zone, …); obligations the key gives null for are left out. */
export function onTimeRates(statuses: readonly ObligationStatus[], keyOf: (s: ObligationStatus) => string | null): OnTimeRate[] {
  const groups = new Map<string, { due: number; onTime: number; late: number; missing: number }>();
  for (const s of statuses) {
    const key = keyOf(s);
    if (key === null || s.status === 'pending') continue;
    const g = groups.get(key) ?? { due: 0, onTime: 0, late: 0, missing: 0 };
    g.due += 1;
    if (s.status === 'on-time') g.onTime += 1;
    else if (s.status === 'late') g.late += 1;
    else g.missing += 1;
    groups.set(key, g);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, g]) => ({ key, ...g, rate: g.due === 0 ? null : Math.round((g.onTime * 1000) / g.due) / 10 }));
}
