// The timeliness of the enterprises' monthly returns as reporting reads it: the office's calendar and the
// returns' events from the events table, the obligations' statuses from the pure timeliness function.
// What /timeliness, the annual summary's sentence and the timeliness figures of /figures all read.
import { defaultObligationRules, parkDate, timeliness, type FilingEvent, type ObligationRule, type ObligationStatus, type ZoneRow } from '@park-ledger/figures';
import { recordRows } from '../annual-summary/record-rows';
import type { Sql } from '../read-model/sql';
import { officeCalendar, type OfficeCalendar } from './office-records';

export interface ReturnsTimeliness {
  readonly rule: ObligationRule & { readonly eventId?: string };
  readonly calendar: OfficeCalendar;
  readonly statuses: readonly ObligationStatus[];
  /** the park's business date the ledger knew at asOf: the newest filing's business date recorded by then */
  readonly businessToday: string | null;
}

export type TrackedRule = 'enterprise-monthly-return' | 'safety-monthly-tally';

/** The enterprises' returns' obligations of the months given, as known at `at` (an instant). */
export const readReturnsTimeliness = (sql: Sql, schema: string, months: readonly string[], at: string) =>
  readTimeliness(sql, schema, months, at, 'enterprise-monthly-return');

/**
 * A rule's obligations of the months given, as known at `at`. The returns' rule falls back to the park's
 * default when the office has set none; a department's tally is owed only for the months of a year whose
 * calendar has the rule (the demo year's calendar says so; a year without one owes no tally).
 */
export async function readTimeliness(sql: Sql, schema: string, months: readonly string[], at: string, ruleId: TrackedRule): Promise<ReturnsTimeliness> {
  const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
  const calendar = await officeCalendar(sql, schema, [...new Set(years.flatMap((y) => [y, y - 1, y + 1]))]);
  const known = (recordedAt: string) => Date.parse(recordedAt) <= Date.parse(at);
  const set = calendar.rules.filter((r) => r.ruleId === ruleId && known(r.recordedAt));
  const fallback = defaultObligationRules.find((r) => r.ruleId === ruleId)!;
  const rule = set[set.length - 1] ?? fallback;
  const owedMonths = ruleId === 'enterprise-monthly-return' ? months : months.filter((m) => set.some((r) => r.year === Number(m.slice(0, 4))));
  const filings = ruleId === 'enterprise-monthly-return' ? await returnFilings(sql, schema, months[months.length - 1]) : await tallyFilings(sql, schema, months[months.length - 1]);
  const newest = filings.filter((f) => known(f.recordedAt)).reduce<string | null>((max, f) => (max === null || f.occurredAt > max ? f.occurredAt : max), null);
  const businessToday = newest === null ? null : parkDate(newest);
  const statuses =
    owedMonths.length === 0
      ? []
      : timeliness({
          rules: [rule],
          filings,
          extensions: calendar.extensions,
          holidays: calendar.holidays,
          months: owedMonths,
          asOf: at,
          businessToday: businessToday ?? undefined,
        });
  return { rule, calendar, statuses, businessToday };
}

/** The safety department's monthly tallies' events (the filings of the safety-monthly-tally rule) up to `to`. */
export async function tallyFilings(sql: Sql, schema: string, to: string): Promise<FilingEvent[]> {
  const rows: { eventId: string; type: string; occurredAt: Date; recordedAt: Date; payload: Record<string, string> }[] = await sql.query(
    `select event_id as "eventId", type, occurred_at as "occurredAt", recorded_at as "recordedAt", payload from ${schema}.events
      where department = 'safety' and type in ('SafetyMonthlyTallyFiled', 'SafetyMonthlyTallyCorrected', 'SafetyMonthlyTallyVoided')
        and payload->>'month' <= $1`,
    [to],
  );
  const change = { SafetyMonthlyTallyFiled: 'submitted', SafetyMonthlyTallyCorrected: 'corrected', SafetyMonthlyTallyVoided: 'voided' } as const;
  return rows.map((r) => ({
    ruleId: 'safety-monthly-tally',
    eventId: r.eventId,
    subjectId: 'safety',
    month: r.payload['month'],
    change: change[r.type as keyof typeof change],
    occurredAt: r.occurredAt.toISOString(),
    recordedAt: r.recordedAt.toISOString(),
  }));
}

/**
 * The month's tally as attested beside the month's records as known at `at`: reminder batches sent and
 * inspections conducted in the month (not voided). Null counts: no tally standing.
 */
export async function tallyAgreement(sql: Sql, schema: string, months: readonly string[], at: string) {
  const rows: { month: string; kind: string; n: string }[] = await sql.query(
    `select to_char(e.occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, e.type as kind, count(*)::text as n
       from ${schema}.events e
      where e.department = 'safety' and e.type in ('ReminderBatchSent', 'SafetyInspectionConducted') and e.recorded_at <= $1
        and not exists (select 1 from ${schema}.events v where v.stream_id = e.stream_id and v.department = 'safety'
                          and v.type in ('ReminderBatchVoided', 'SafetyInspectionVoided') and v.recorded_at <= $1)
      group by 1, 2`,
    [at],
  );
  const recorded = new Map<string, { reminderBatches: number; inspections: number }>();
  for (const r of rows) {
    const m = recorded.get(r.month) ?? { reminderBatches: 0, inspections: 0 };
    if (r.kind === 'ReminderBatchSent') m.reminderBatches = Number(r.n);
    else m.inspections = Number(r.n);
    recorded.set(r.month, m);
  }
  const filings = (await tallyFilings(sql, schema, months[months.length - 1] ?? '0000-00')).filter((f) => Date.parse(f.recordedAt) <= Date.parse(at));
  const counts: { eventId: string; type: string; recordedAt: Date; payload: { month: string; reminderBatches?: number; inspections?: number } }[] = filings.length
    ? await sql.query(`select event_id as "eventId", type, recorded_at as "recordedAt", payload from ${schema}.events where event_id = any($1) order by recorded_at`, [
        filings.map((f) => f.eventId),
      ])
    : [];
  const attested = new Map<string, { reminderBatches: number; inspections: number } | null>();
  for (const c of counts) {
    attested.set(c.payload.month, c.type === 'SafetyMonthlyTallyVoided' ? null : { reminderBatches: c.payload.reminderBatches ?? 0, inspections: c.payload.inspections ?? 0 });
  }
  return new Map(
    months.map((m) => {
      const a = attested.get(m) ?? null;
      const r = recorded.get(m) ?? { reminderBatches: 0, inspections: 0 };
      return [m, { attested: a, recorded: r, agrees: a === null ? null : a.reminderBatches === r.reminderBatches && a.inspections === r.inspections }] as const;
    }),
  );
}

/** The zones' names (zh, en) as known at asOf, by id. */
export async function zoneNames(sql: Sql, schema: string, asOf?: string): Promise<Map<string, { zh: string; en: string }>> {
  const rows = await recordRows<ZoneRow>(sql, schema, 'zone', asOf);
  return new Map(rows.map((z) => [z.zoneId, { zh: z.nameZh, en: z.nameEn ?? z.nameZh }]));
}

/**
 * The event behind an obligation's count: its filing's submission when filed; when missing, the office's
 * event that set its due date (the extension that moved it, else the rule), or, with no rule recorded, the
 * enterprise's first return (which made it owe the month's).
 */
export function eventBehind(s: ObligationStatus, t: ReturnsTimeliness, at: string, firstFiling: ReadonlyMap<string, string>): string | null {
  if (s.filingEventId) return s.filingEventId;
  const known = (recordedAt: string) => Date.parse(recordedAt) <= Date.parse(at);
  const extension = t.calendar.extensions
    .filter((e) => e.ruleId === s.ruleId && e.month === s.month && (e.subjectId === null || e.subjectId === s.subjectId) && known(e.recordedAt))
    .sort((a, b) => a.until.localeCompare(b.until))
    .pop();
  return extension?.eventId ?? t.rule.eventId ?? firstFiling.get(s.subjectId) ?? null;
}

/** The economic returns' events (the filings of the enterprise-monthly-return rule) for every month up to `to`. */
export async function returnFilings(sql: Sql, schema: string, to: string): Promise<FilingEvent[]> {
  const rows: { eventId: string; type: string; occurredAt: Date; recordedAt: Date; payload: Record<string, string> }[] = await sql.query(
    `select event_id as "eventId", type, occurred_at as "occurredAt", recorded_at as "recordedAt", payload from ${schema}.events
      where department = 'projects' and type in ('EconomicReturnSubmitted', 'EconomicReturnCorrected', 'EconomicReturnVoided')
        and payload->>'month' <= $1`,
    [to],
  );
  const change = { EconomicReturnSubmitted: 'submitted', EconomicReturnCorrected: 'corrected', EconomicReturnVoided: 'voided' } as const;
  return rows.map((r) => ({
    ruleId: 'enterprise-monthly-return',
    eventId: r.eventId,
    subjectId: r.payload['enterpriseId'],
    month: r.payload['month'],
    change: change[r.type as keyof typeof change],
    occurredAt: r.occurredAt.toISOString(),
    recordedAt: r.recordedAt.toISOString(),
    zoneId: r.payload['zoneId'] ?? null,
    nameZh: r.payload['enterpriseNameZh'] ?? null,
    contactName: r.payload['contactName'] ?? null,
    contactPhone: r.payload['contactPhone'] ?? null,
  }));
}
