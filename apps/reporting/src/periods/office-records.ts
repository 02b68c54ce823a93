import { keepSealed, type OpenPersonal } from '../personal-data/personal-data';
// The committee office's events as reporting holds them (the events table keeps every applied event):
// a period's close history and the year's obligations calendar.
import type { Extension, Holiday, ObligationRule } from '@park-ledger/figures';
import type { Sql } from '../read-model/sql';

export interface PeriodEventView {
  readonly eventId: string;
  readonly type: 'PeriodClosed' | 'PeriodSignedOff' | 'PeriodReopened';
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly payload: Record<string, unknown>;
}

export interface CloseView {
  readonly asOf: string;
  readonly digest: string;
  readonly figureCount: number;
  readonly closedBy: string;
  readonly closedAt: string;
  readonly recordedAt: string;
  readonly eventId: string;
}

export interface PeriodStatus {
  readonly period: string;
  /** open: never closed, or reopened since; closed; signed-off: published */
  readonly status: 'open' | 'closed' | 'signed-off';
  /** the standing close (null while open) */
  readonly close: CloseView | null;
  readonly signedOff: { readonly signedBy: string; readonly at: string; readonly recordedAt: string } | null;
  readonly history: readonly PeriodEventView[];
}

export async function periodEvents(sql: Sql, schema: string, period: string, open: OpenPersonal = keepSealed): Promise<PeriodEventView[]> {
  const rows: { eventId: string; type: PeriodEventView['type']; occurredAt: Date; recordedAt: Date; department: string; actor: string; payload: Record<string, unknown> }[] =
    await sql.query(
      `select event_id as "eventId", type, occurred_at as "occurredAt", recorded_at as "recordedAt", department, actor, payload
         from ${schema}.events where department = 'office' and stream_id = $1 order by stream_version`,
      [`period-${period}`],
    );
  // who closed, signed and reopened it, and why, opened with their keys: "[erased]" once forgotten
  return (await open(rows)).map(({ department: _department, ...r }) => ({
    ...r,
    occurredAt: r.occurredAt.toISOString(),
    recordedAt: r.recordedAt.toISOString(),
  }));
}

/** The period as its events leave it (pure). */
export function periodStatus(period: string, history: readonly PeriodEventView[]): PeriodStatus {
  let close: CloseView | null = null;
  let signedOff: PeriodStatus['signedOff'] = null;
  for (const e of history) {
    if (e.type === 'PeriodClosed') {
      const p = e.payload as { asOf: string; digest: string; figureCount: number; closedBy: string };
      close = { asOf: p.asOf, digest: p.digest, figureCount: p.figureCount, closedBy: p.closedBy, closedAt: e.occurredAt, recordedAt: e.recordedAt, eventId: e.eventId };
      signedOff = null;
    } else if (e.type === 'PeriodSignedOff') {
      signedOff = { signedBy: String(e.payload['signedBy']), at: e.occurredAt, recordedAt: e.recordedAt };
    } else {
      close = null;
      signedOff = null;
    }
  }
  return { period, status: close === null ? 'open' : signedOff ? 'signed-off' : 'closed', close, signedOff, history };
}

export interface OfficeCalendar {
  /** `year`: the calendar the rule was set in (obligation-calendar-<year>) */
  readonly rules: readonly (ObligationRule & { readonly recordedAt: string; readonly eventId: string; readonly year: number })[];
  readonly extensions: readonly (Extension & { readonly eventId: string })[];
  readonly holidays: readonly Holiday[];
}

/** The obligations calendars of the years given (the office's rules, extensions and holidays), as recorded. */
export async function officeCalendar(sql: Sql, schema: string, years: readonly number[]): Promise<OfficeCalendar> {
  const rows: { eventId: string; streamId: string; type: string; recordedAt: Date; payload: Record<string, unknown> }[] = await sql.query(
    `select event_id as "eventId", stream_id as "streamId", type, recorded_at as "recordedAt", payload from ${schema}.events
      where department = 'office' and stream_id = any($1) order by recorded_at, stream_version`,
    [years.map((y) => `obligation-calendar-${y}`)],
  );
  const rules: (ObligationRule & { recordedAt: string; eventId: string; year: number })[] = [];
  const extensions: (Extension & { eventId: string })[] = [];
  const holidays: Holiday[] = [];
  for (const { eventId, streamId, type, recordedAt, payload } of rows) {
    const at = recordedAt.toISOString();
    if (type === 'ObligationRuleSet') {
      const p = payload as unknown as ObligationRule;
      rules.push({ ruleId: p.ruleId, department: p.department, subject: p.subject, dueDay: p.dueDay, labelZh: p.labelZh, labelEn: p.labelEn, recordedAt: at, eventId, year: Number(streamId.slice('obligation-calendar-'.length)) });
    } else if (type === 'ObligationDeadlineExtended') {
      const p = payload as { ruleId: string; month: string; subjectId?: string; until: string };
      extensions.push({ ruleId: p.ruleId, month: p.month, subjectId: p.subjectId ?? null, until: p.until, recordedAt: at, eventId });
    } else if (type === 'HolidayDeclared') {
      holidays.push({ date: String(payload['date']), recordedAt: at });
    }
  }
  return { rules, extensions, holidays };
}
