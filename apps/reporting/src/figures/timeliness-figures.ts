// The timeliness figures of /figures (timeliness.returns-due, -on-time, -late, -missing, on-time-rate):
// counted from the returns' obligations of the period as known at asOf, not summed from contributions,
// since an obligation's status depends on the office's calendar and on what was known when. Their
// drill-down lists, per obligation counted, the event behind it (see eventBehind).
import { timelinessSums, countsIn, dimOf, ruleOfTimelinessFigure, type FigureDefinition, type ObligationStatus } from '@park-ledger/figures';
import { monthsBetween } from '@park-ledger/figures';
import { DomainRuleViolation } from '@park-ledger/decider';
import type { Sql } from '../read-model/sql';
import { eventBehind, readTimeliness, type TrackedRule } from '../periods/timeliness-read';
import { drillDownEventOf, type EventsPage } from './figure-events';
import { keepSealed, type OpenPersonal, type PersonalRow } from '../personal-data/personal-data';
import { eventsLink, formatDims, type BreakdownPart, type FigureReport, type LinkScope } from './figure-report';
import { changeOf, type Period } from './periods';

/** Both rules' obligations of the period (each figure counts its own rule's). */
const statusesOf = async (sql: Sql, schema: string, period: Period, at: string) => {
  const months = monthsBetween(period.from, period.to);
  const [returns, tallies] = await Promise.all([
    readTimeliness(sql, schema, months, at, 'enterprise-monthly-return'),
    readTimeliness(sql, schema, months, at, 'safety-monthly-tally'),
  ]);
  return [...returns.statuses, ...tallies.statuses];
};

/** The reports of the timeliness figures asked, for the period beside the same period a year earlier. */
export async function timelinessReports(
  sql: Sql,
  schema: string,
  figures: readonly FigureDefinition[],
  request: { period: Period; previous: Period; groupBy: readonly string[]; asOf?: string },
): Promise<FigureReport[]> {
  if (figures.length === 0) return [];
  const { period, previous, groupBy, asOf } = request;
  const at = asOf ?? new Date().toISOString();
  const [now, before] = await Promise.all([statusesOf(sql, schema, period, at), statusesOf(sql, schema, previous, at)]);
  const scope: LinkScope = { period, asOf };
  return figures.map((figure) => {
    const value = timelinessSums(figure, now, [])[0]?.value ?? 0;
    const last = timelinessSums(figure, before, [])[0]?.value ?? 0;
    const report: FigureReport = {
      figure: figure.name,
      kind: figure.kind,
      unit: figure.unit,
      labels: figure.labels,
      value,
      previous: last,
      change: changeOf(value, last),
      events: eventsLink(figure.name, scope),
      ...(figure.ratioOf ? { ratioOf: figure.ratioOf } : {}),
    };
    if (groupBy.length === 0) return report;
    const previousParts = new Map(timelinessSums(figure, before, groupBy).map((s) => [JSON.stringify(s.keys), s.value]));
    const breakdown: BreakdownPart[] = timelinessSums(figure, now, groupBy)
      .map((s) => {
        const dims = Object.fromEntries(groupBy.map((dim, i) => [dim, s.keys[i]]));
        const p = previousParts.get(JSON.stringify(s.keys)) ?? 0;
        return { dims, value: s.value, previous: p, change: changeOf(s.value, p), events: eventsLink(figure.name, scope, dims) };
      })
      .filter((part) => part.value !== 0 || part.previous !== 0)
      .sort((a, b) => b.value - a.value || formatDims(a.dims).localeCompare(formatDims(b.dims)));
    return { ...report, breakdown };
  });
}

/**
 * The events behind a timeliness count, one per obligation counted (an event may stand for several: the
 * office's rule for every return it made due and missing), each with contribution 1: they sum to the count.
 */
export async function timelinessEvents(
  sql: Sql,
  schema: string,
  request: { figure: FigureDefinition; period: Period; dims: Readonly<Record<string, string | null>>; asOf?: string; page: number; pageSize: number },
  open: OpenPersonal = keepSealed,
): Promise<EventsPage> {
  const { figure, period, dims, asOf, page, pageSize } = request;
  if (figure.ratioOf) {
    throw new DomainRuleViolation(
      'figure-is-a-ratio',
      `${figure.name} is the ratio of ${figure.ratioOf.numerator} to ${figure.ratioOf.denominator}: ask their events`,
    );
  }
  const at = asOf ?? new Date().toISOString();
  const rule = ruleOfTimelinessFigure(figure.name) as TrackedRule;
  const t = await readTimeliness(sql, schema, monthsBetween(period.from, period.to), at, rule);
  const matches = (s: ObligationStatus) => Object.entries(dims).every(([dim, value]) => dimOf(s, dim) === value);
  const counted = t.statuses.filter((s) => countsIn(figure.name, s) && matches(s));
  const first = await firstFilings(sql, schema, at);
  const behind = counted.map((s) => ({ s, eventId: eventBehind(s, t, at, first) }));
  const ids = [...new Set(behind.flatMap((b) => (b.eventId ? [b.eventId] : [])))];
  const rows: Record<string, unknown>[] = ids.length
    ? await sql.query(
        `select event_id as "eventId", type, occurred_at as "occurredAt", recorded_at as "recordedAt", department,
                stream_id as "streamId", stream_version as "streamVersion", actor, jsonb_build_object('reason', payload->'reason') as payload
           from ${schema}.events where event_id = any($1)`,
        [ids],
      )
    : [];
  // who and why, opened with their keys: "[erased]" once the subject is forgotten
  const opened = await open(rows as (Record<string, unknown> & PersonalRow)[]);
  const byId = new Map(opened.map((r) => [r['eventId'] as string, r]));
  const listed = behind
    .flatMap(({ s, eventId }) => {
      const row = eventId ? byId.get(eventId) : undefined;
      if (!row) return [];
      return [
        {
          ...drillDownEventOf(
            row,
            rule === 'safety-monthly-tally' ? { kind: 'safety-monthly-tally', id: s.month } : { kind: 'economic-return', id: `${s.subjectId}-${s.month}` },
          ),
          contribution: 1,
        },
      ];
    })
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.record.id.localeCompare(b.record.id));
  return {
    total: listed.length,
    value: listed.length,
    page,
    pageSize,
    events: listed.slice((page - 1) * pageSize, page * pageSize),
  };
}

/** Each enterprise's first return's event known at `at` (what made it owe its returns). */
async function firstFilings(sql: Sql, schema: string, at: string): Promise<Map<string, string>> {
  const rows: { enterpriseId: string; eventId: string }[] = await sql.query(
    `select distinct on (payload->>'enterpriseId') payload->>'enterpriseId' as "enterpriseId", event_id as "eventId"
       from ${schema}.events
      where department = 'projects' and type = 'EconomicReturnSubmitted' and recorded_at <= $1
      order by payload->>'enterpriseId', payload->>'month', recorded_at`,
    [at],
  );
  return new Map(rows.map((r) => [r.enterpriseId, r.eventId]));
}
