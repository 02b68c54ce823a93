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

/** The enterprises' returns' obligations of the months given, as known at `at` (an instant). */
export async function readReturnsTimeliness(sql: Sql, schema: string, months: readonly string[], at: string): Promise<ReturnsTimeliness> {
  const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
  const calendar = await officeCalendar(sql, schema, [...new Set(years.flatMap((y) => [y, y - 1, y + 1]))]);
  const known = (recordedAt: string) => Date.parse(recordedAt) <= Date.parse(at);
  const rule = [...calendar.rules].reverse().find((r) => r.ruleId === 'enterprise-monthly-return' && known(r.recordedAt)) ?? defaultObligationRules[0];
  const filings = await returnFilings(sql, schema, months[months.length - 1]);
  const newest = filings.filter((f) => known(f.recordedAt)).reduce<string | null>((max, f) => (max === null || f.occurredAt > max ? f.occurredAt : max), null);
  const businessToday = newest === null ? null : parkDate(newest);
  const statuses = timeliness({
    rules: [rule],
    filings,
    extensions: calendar.extensions,
    holidays: calendar.holidays,
    months,
    asOf: at,
    businessToday: businessToday ?? undefined,
  });
  return { rule, calendar, statuses, businessToday };
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
