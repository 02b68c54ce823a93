import { PersonalData, type OpenPersonal, type PersonalRow } from '../personal-data/personal-data';
import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { PERIOD_ID } from '@park-ledger/contracts';
import { DomainRuleViolation } from '@park-ledger/decider';
import { monthsBetween, onTimeRates, parkDate, timelinessFigures, type FigureDefinition, type FilingEvent, type ObligationStatus } from '@park-ledger/figures';
import { DataSource } from 'typeorm';
import { assertParkYear } from '../figures/park-years';
import { periodOf, type Period } from '../figures/periods';
import { activeVersion } from '../read-model/active-version';
import { schemaOf } from '../read-model/read-model-tables';
import { SqlParams, type Sql } from '../read-model/sql';
import { REPORTING_SETUP, type ReportingSetup } from '../reporting-setup';
import { readReturnsTimeliness, readTimeliness, returnFilings, tallyAgreement, tallyFilings, zoneNames } from './timeliness-read';
import { obligationKey, timelinessCounts, timelinessDeltas, timelinessDimsSums } from './timeliness-values';
import { periodEvents, periodStatus, type PeriodStatus } from './office-records';
import { differences, digestOf, periodValues, type DimsSum, type Difference, type PeriodValue } from './period-values';
import { asFiledLine, withOfficeAdditions, type SummaryAdditions } from './summary-additions';
import { readSummaryFacts } from '../annual-summary/read-summary-facts';
import { renderHtml } from '../annual-summary/render-html';
import { renderMarkdown } from '../annual-summary/render-markdown';
import { writeSummary } from '../annual-summary/write-summary';

export interface PeriodFigures {
  readonly period: string;
  readonly asOf: string | null;
  readonly digest: string;
  readonly figureCount: number;
  readonly values: readonly PeriodValue[];
}

export interface RestatingEvent {
  readonly eventId: string;
  readonly type: string;
  readonly department: string;
  readonly streamId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  /** who recorded it */
  readonly actor: string;
  /** why: the reason its correction or void gave */
  readonly reason: string | null;
  /** the change it made to this value */
  readonly contribution: number;
  /** the department's mark on a change it recorded into a period it knew closed (null: not marked) */
  readonly late: { readonly period: string; readonly closedAt: string; readonly closeEventId: string } | null;
}

export interface Restated extends Difference {
  readonly events: readonly RestatingEvent[];
}

export interface Restatement {
  readonly period: string;
  readonly status: PeriodStatus['status'];
  readonly close: NonNullable<PeriodStatus['close']>;
  readonly signedOff: PeriodStatus['signedOff'];
  /** the digest of the closed figures recomputed now equals the one the close recorded */
  readonly verified: boolean;
  readonly restated: readonly Restated[];
}

export interface PeriodView extends PeriodStatus {
  /** for a closed period: its figures as filed (the as-of view at the close) and whether their digest still verifies */
  readonly asFiled: (PeriodFigures & { readonly verified: boolean }) | null;
}

const badRequest = (message: string) => new BadRequestException({ statusCode: 400, error: 'BadRequest', message: [message] });

/** A period's name (2014, 2014-Q4, 2014-12) as the figures' period. */
export function parsePeriod(name: string, establishedOn: string): Period {
  if (!PERIOD_ID.test(name)) throw badRequest('period: must be a year (2014), a quarter (2014-Q4) or a month (2014-12)');
  const year = Number(name.slice(0, 4));
  assertParkYear(year, establishedOn);
  const rest = name.slice(5);
  if (rest.startsWith('Q')) return periodOf(year, Number(rest.slice(1)));
  return rest ? periodOf(year, undefined, Number(rest)) : periodOf(year);
}

@Injectable()
export class PeriodsService {
  constructor(
    @Inject(REPORTING_SETUP) private readonly setup: ReportingSetup,
    private readonly dataSource: DataSource,
    private readonly personal: PersonalData,
  ) {}

  private async schema() {
    return schemaOf(await activeVersion(this.dataSource));
  }

  /** Every figure value of the period as known at asOf (now, without it), with the digest a close records. */
  async figures(name: string, asOf?: string): Promise<PeriodFigures> {
    const period = parsePeriod(name, this.setup.establishedOn);
    return this.figuresOf(await this.schema(), name, period, asOf);
  }

  /** The figures a period lists: the summed ones, and the timeliness counts where returns are kept (as /figures publishes them). */
  private get listed(): readonly FigureDefinition[] {
    const all = this.setup.catalogue.all;
    return all.some((f) => f.name === 'economy.returns') ? [...all, ...timelinessCounts(timelinessFigures)] : all;
  }

  /** Both tracked rules' obligations of the period's months as known at `at`. */
  private async obligations(schema: string, period: Period, at: string): Promise<ObligationStatus[]> {
    if (this.listed.length === this.setup.catalogue.all.length) return [];
    const months = monthsBetween(period.from, period.to);
    const [returns, tallies] = await Promise.all([
      readTimeliness(this.dataSource, schema, months, at, 'enterprise-monthly-return'),
      readTimeliness(this.dataSource, schema, months, at, 'safety-monthly-tally'),
    ]);
    return [...returns.statuses, ...tallies.statuses];
  }

  private async figuresOf(schema: string, name: string, period: Period, asOf?: string, known?: readonly ObligationStatus[]): Promise<PeriodFigures> {
    const [sums, statuses] = await Promise.all([
      dimsSums(this.dataSource, schema, period, this.setup.catalogue.all, asOf),
      known ?? this.obligations(schema, period, asOf ?? new Date().toISOString()),
    ]);
    const values = periodValues(this.listed, [...sums, ...timelinessDimsSums(this.listed, statuses)]);
    return { period: name, asOf: asOf ?? null, digest: digestOf(values), figureCount: values.length, values };
  }

  async view(name: string): Promise<PeriodView> {
    const period = parsePeriod(name, this.setup.establishedOn);
    const schema = await this.schema();
    const status = periodStatus(name, await periodEvents(this.dataSource, schema, name, this.personal.open));
    if (!status.close) return { ...status, asFiled: null };
    const filed = await this.figuresOf(schema, name, period, status.close.asOf);
    return { ...status, asFiled: { ...filed, verified: filed.digest === status.close.digest } };
  }

  async restatement(name: string): Promise<Restatement> {
    const period = parsePeriod(name, this.setup.establishedOn);
    const schema = await this.schema();
    const status = periodStatus(name, await periodEvents(this.dataSource, schema, name, this.personal.open));
    if (!status.close) throw new DomainRuleViolation('period-not-closed', `Period ${name} is not closed: nothing is restated against it`);
    const close = status.close;
    const [closedObligations, currentObligations] = await Promise.all([this.obligations(schema, period, close.asOf), this.obligations(schema, period, new Date().toISOString())]);
    const [filed, current] = await Promise.all([
      this.figuresOf(schema, name, period, close.asOf, closedObligations),
      this.figuresOf(schema, name, period, undefined, currentObligations),
    ]);
    const diffs = differences(filed.values, current.values);
    const timely = new Set(timelinessCounts(this.listed).map((f) => f.name));
    const changedBy = timely.size ? await this.changedSince(schema, period, close.asOf) : new Map<string, string>();
    const restated = await Promise.all(
      diffs.map(async (d) => ({
        ...d,
        events: timely.has(d.figure)
          ? await timelinessRestating(this.dataSource, schema, timelinessDeltas(d.figure, d.dims, closedObligations, currentObligations), changedBy, this.personal.open)
          : await restatingEvents(this.dataSource, schema, period, d, close.asOf, this.isStock(d.figure), this.personal.open),
      })),
    );
    return { period: name, status: status.status, close, signedOff: status.signedOff, verified: filed.digest === close.digest, restated };
  }

  /** Per obligation (ruleId|subject|month), the last filing event recorded after `since`: what moved it since the close. */
  private async changedSince(schema: string, period: Period, since: string): Promise<Map<string, string>> {
    const [returns, tallies] = await Promise.all([returnFilings(this.dataSource, schema, period.to), tallyFilings(this.dataSource, schema, period.to)]);
    const after = [...returns, ...tallies]
      .filter((f: FilingEvent) => f.month >= period.from && Date.parse(f.recordedAt) > Date.parse(since) && f.eventId)
      .sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
    return new Map(after.map((f) => [obligationKey(f), f.eventId as string]));
  }

  /**
   * What the annual summary adds for the office: the year's returns' timeliness (as known at asOf), and
   * for a closed year read as it stands now, its totals restated since the close with the reasons given.
   */
  async summaryAdditions(year: number, asOf?: string): Promise<SummaryAdditions> {
    const { total } = await this.timeliness(year, undefined, asOf);
    const timeliness = total.due > 0 ? total : null;
    if (asOf) return { timeliness, restated: [] };
    const status = periodStatus(String(year), await periodEvents(this.dataSource, await this.schema(), String(year), this.personal.open));
    if (!status.close) return { timeliness, restated: [] };
    const { restated } = await this.restatement(String(year));
    return {
      timeliness,
      restated: restated
        .filter((r) => Object.keys(r.dims).length === 0)
        .map((r) => ({ figure: r.figure, closed: r.closed, current: r.current, reasons: [...new Set(r.events.flatMap((e) => (e.reason ? [e.reason] : [])))] })),
    };
  }

  /** The period's close as one line for the summary as filed (in place of the freshness line). */
  async asFiled(name: string): Promise<PeriodStatus & { readonly close: NonNullable<PeriodStatus['close']> }> {
    parsePeriod(name, this.setup.establishedOn);
    const status = periodStatus(name, await periodEvents(this.dataSource, await this.schema(), name, this.personal.open));
    if (!status.close) throw new DomainRuleViolation('period-not-closed', `Period ${name} is not closed: it has no summary as filed`);
    return { ...status, close: status.close };
  }

  /** A closed year's summary as filed: the facts and timeliness as known at the close, under the line saying so. */
  async filedSummary(name: string, lang: 'zh' | 'en', format: 'html' | 'md'): Promise<string> {
    if (!/^\d{4}$/.test(name)) throw badRequest('period: the summary as filed is a year’s (e.g. 2014)');
    const { close, signedOff } = await this.asFiled(name);
    const year = Number(name);
    const facts = await readSummaryFacts(this.dataSource, this.setup.catalogue, year, close.asOf);
    const document = withOfficeAdditions(writeSummary(facts, lang), await this.summaryAdditions(year, close.asOf), this.setup.catalogue.all);
    const line = asFiledLine(close, signedOff, lang);
    return format === 'md' ? renderMarkdown(document, '', line) : renderHtml(document, { freshness: line });
  }

  private isStock(figure: string) {
    return this.setup.catalogue.all.find((f) => f.name === figure)?.kind === 'stock';
  }

  /** The contact person and phone opened with their subject's key ("[erased]" once forgotten), and the two joined for display. */
  private async withContacts<R extends { contactName: unknown; contactPhone: unknown }>(rows: R[]) {
    const opened = await this.personal.open(
      rows.map((row) => ({ department: 'projects', actor: '', payload: { contactName: row.contactName, contactPhone: row.contactPhone }, row })),
    );
    return opened.map(({ row, payload }) => {
      const { contactName, contactPhone } = payload as { contactName: string | null; contactPhone: string | null };
      return { ...row, contactName, contactPhone, contact: [contactName, contactPhone].filter(Boolean).join(' ') || null };
    });
  }

  /** Each enterprise's monthly return for the months of the period: on time, late by N days, missing, as known at asOf. */
  async timeliness(year: number, month: number | undefined, asOf: string | undefined) {
    assertParkYear(year, this.setup.establishedOn);
    const schema = await this.schema();
    const at = asOf ?? new Date().toISOString();
    const months = month ? [`${year}-${String(month).padStart(2, '0')}`] : monthsBetween(`${year}-01`, `${year}-12`);
    const [{ rule, statuses, businessToday }, zones, tally, agreement] = await Promise.all([
      readReturnsTimeliness(this.dataSource, schema, months, at),
      zoneNames(this.dataSource, schema, asOf),
      readTimeliness(this.dataSource, schema, months, at, 'safety-monthly-tally'),
      tallyAgreement(this.dataSource, schema, months, at),
    ]);
    const tallyOwed = tally.statuses.filter((s) => s.status !== 'pending');
    const owed = statuses.filter((s) => s.status !== 'pending');
    const total = onTimeRates(owed, () => 'all')[0] ?? { key: 'all', due: 0, onTime: 0, late: 0, missing: 0, rate: null };
    const named = (rates: ReturnType<typeof onTimeRates>) => rates.map((r) => ({ ...r, name: zones.get(r.key) ?? null }));
    const brief = (s: ObligationStatus) => ({
      enterpriseId: s.subjectId,
      nameZh: s.nameZh,
      zoneId: s.zoneId,
      zoneName: s.zoneId ? (zones.get(s.zoneId) ?? null) : null,
      contactName: s.contactName,
      contactPhone: s.contactPhone,
      month: s.month,
      due: s.due,
      filedOn: s.filedOn,
      daysLate: s.daysLate,
      department: s.department,
    });
    return {
      year,
      month: month ?? null,
      asOf: asOf ?? null,
      asOfDate: parkDate(at),
      businessDate: businessToday,
      rule: { ruleId: rule.ruleId, department: rule.department, subject: rule.subject, dueDay: rule.dueDay, labelZh: rule.labelZh, labelEn: rule.labelEn },
      total,
      byDepartment: onTimeRates([...owed, ...tallyOwed], (s) => s.department),
      byZone: named(onTimeRates(owed, (s) => s.zoneId)),
      byMonth: onTimeRates(owed, (s) => s.month),
      missing: await this.withContacts(statuses.filter((s) => s.status === 'missing').map(brief)),
      late: await this.withContacts(statuses.filter((s) => s.status === 'late').map(brief)),
      obligations: statuses.length,
      tallies: {
        rule: { ruleId: tally.rule.ruleId, department: tally.rule.department, subject: tally.rule.subject, dueDay: tally.rule.dueDay, labelZh: tally.rule.labelZh, labelEn: tally.rule.labelEn },
        total: onTimeRates(tallyOwed, () => 'all')[0] ?? { key: 'all', due: 0, onTime: 0, late: 0, missing: 0, rate: null },
        months: tally.statuses.map((s) => ({
          department: s.subjectId,
          month: s.month,
          due: s.due,
          status: s.status,
          filedOn: s.filedOn,
          daysLate: s.daysLate,
          corrected: s.corrected,
          filingEventId: s.filingEventId,
          ...(agreement.get(s.month) ?? { attested: null, recorded: { reminderBatches: 0, inspections: 0 }, agrees: null }),
        })),
      },
    };
  }
}

async function dimsSums(sql: Sql, schema: string, period: Period, catalogue: ReportingSetup['catalogue']['all'], asOf?: string): Promise<DimsSum[]> {
  const p = new SqlParams();
  const stocks = p.add(catalogue.filter((f) => f.kind === 'stock').map((f) => f.name));
  const valid = asOf
    ? `recorded_from <= ${p.add(asOf)} and (recorded_to is null or recorded_to > $${p.values.length})`
    : 'recorded_to is null';
  const rows: { figure: string; dims: Record<string, string>; value: string }[] = await sql.query(
    `select figure, dims, sum(value)::text as value from ${schema}.contributions
      where ${valid} and period <= ${p.add(period.to)} and (period >= ${p.add(period.from)} or figure = any(${stocks}))
      group by figure, dims`,
    p.values,
  );
  return rows.map((r) => ({ figure: r.figure, dims: r.dims, value: Number(r.value) }));
}

/**
 * The filings that moved a timeliness count since the close, each with who, why and by how much: an
 * obligation's move is the last filing of it recorded after the close (a late filing, a void, a refiling).
 */
async function timelinessRestating(
  sql: Sql,
  schema: string,
  deltas: readonly { obligation: ObligationStatus; delta: number }[],
  changedBy: ReadonlyMap<string, string>,
  open: OpenPersonal,
): Promise<RestatingEvent[]> {
  const byEvent = new Map<string, number>();
  for (const { obligation, delta } of deltas) {
    const id = changedBy.get(obligationKey(obligation));
    if (id) byEvent.set(id, (byEvent.get(id) ?? 0) + delta);
  }
  const ids = [...byEvent.entries()].filter(([, v]) => v !== 0).map(([id]) => id);
  if (ids.length === 0) return [];
  const rows: Record<string, unknown>[] = await sql.query(
    `select event_id as "eventId", type, department, stream_id as "streamId", occurred_at as "occurredAt", recorded_at as "recordedAt",
            actor, jsonb_build_object('reason', payload->'reason') as payload, payload->'late' as late
       from ${schema}.events where event_id = any($1) order by recorded_at, event_id`,
    [ids],
  );
  // who and why, opened with their keys: "[erased]" once the subject is forgotten
  const opened = await open(rows as (Record<string, unknown> & PersonalRow)[]);
  return opened.map((r) => restatingEventOf(r, byEvent.get(r['eventId'] as string) ?? 0));
}

/** The events recorded after the close that moved this value, each with who, why and by how much. */
async function restatingEvents(
  sql: Sql,
  schema: string,
  period: Period,
  d: Difference,
  closedAsOf: string,
  stock: boolean,
  open: OpenPersonal,
): Promise<RestatingEvent[]> {
  const p = new SqlParams();
  const conditions = [`c.figure = ${p.add(d.figure)}`, `c.period <= ${p.add(period.to)}`];
  if (!stock) conditions.push(`c.period >= ${p.add(period.from)}`);
  for (const [dim, value] of Object.entries(d.dims)) {
    conditions.push(value === null ? `not (c.dims ? ${p.add(dim)})` : `c.dims @> ${p.add(JSON.stringify({ [dim]: value }))}::jsonb`);
  }
  const since = p.add(closedAsOf);
  const where = conditions.join(' and ');
  const rows: Record<string, unknown>[] = await sql.query(
    `with moved as (
       select c.event_id as id, c.value from ${schema}.contributions c where ${where} and c.event_id is not null and c.recorded_from > ${since}
       union all
       select c.closed_by, -c.value from ${schema}.contributions c where ${where} and c.closed_by is not null and c.recorded_to > ${since}
     ), by_event as (select id, sum(value) as contribution from moved group by id having sum(value) <> 0)
     select e.event_id as "eventId", e.type, e.department, e.stream_id as "streamId", e.occurred_at as "occurredAt",
            e.recorded_at as "recordedAt", e.actor, jsonb_build_object('reason', e.payload->'reason') as payload, e.payload->'late' as late,
            b.contribution::text as contribution
       from by_event b join ${schema}.events e on e.event_id = b.id
      order by e.recorded_at, e.event_id`,
    p.values,
  );
  // who and why, opened with their keys: "[erased]" once the subject is forgotten
  const opened = await open(rows as (Record<string, unknown> & PersonalRow)[]);
  return opened.map((r) => restatingEventOf(r, Number(r['contribution'])));
}

/** A restating event's row (who and why already opened) as the restatement lists it. */
function restatingEventOf(r: Record<string, unknown> & PersonalRow, contribution: number): RestatingEvent {
  return {
    eventId: r['eventId'] as string,
    type: r['type'] as string,
    department: r['department'] as string,
    streamId: r['streamId'] as string,
    occurredAt: (r['occurredAt'] as Date).toISOString(),
    recordedAt: (r['recordedAt'] as Date).toISOString(),
    actor: r['actor'] as string,
    reason: ((r.payload as { reason?: string | null }).reason as string | null) ?? null,
    contribution,
    late: (r['late'] as RestatingEvent['late']) ?? null,
  };
}
