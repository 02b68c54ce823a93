import { keepSealed, type OpenPersonal, type PersonalRow } from '../personal-data/personal-data';
import type { FigureDefinition } from '@park-ledger/figures';
import { SqlParams, type Sql } from '../read-model/sql';
import type { Period } from './periods';

export interface EventsRequest {
  readonly figure: FigureDefinition;
  readonly period: Period;
  /** dims to match; null: contributions without that dim */
  readonly dims: Readonly<Record<string, string | null>>;
  readonly asOf?: string;
  readonly page: number;
  readonly pageSize: number;
}

export interface EventRef {
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly department: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly record: { readonly kind: string; readonly id: string };
  /** who recorded it (the signed-in user's name) */
  readonly actor: string;
  /** the reason a correction or void gave; null for other events */
  readonly reason: string | null;
}

/** An events-table row (who and why already opened) as a drill-down lists it, the record it belongs to given. */
export function drillDownEventOf(row: Record<string, unknown> & PersonalRow, record: EventRef['record']): EventRef {
  return {
    eventId: row['eventId'] as string,
    type: row['type'] as string,
    occurredAt: (row['occurredAt'] as Date).toISOString(),
    recordedAt: (row['recordedAt'] as Date).toISOString(),
    department: row['department'] as string,
    streamId: row['streamId'] as string,
    streamVersion: row['streamVersion'] as number,
    record,
    actor: row['actor'] as string,
    reason: ((row.payload as { reason?: string | null }).reason as string | null) ?? null,
  };
}

export interface ContributingEvent extends EventRef {
  /** the change this event made to the figure's value for the period and breakdown asked (+/-) */
  readonly contribution: number;
}

export interface EventsPage {
  /** the number of contributing events */
  readonly total: number;
  /** the sum of every contributing event's contribution: the figure's value (null for a figure stated per item unless dims names the item) */
  readonly value: number | null;
  readonly page: number;
  readonly pageSize: number;
  readonly events: readonly ContributingEvent[];
}

/**
 * The events that changed a figure's value for the period and breakdown, each with the change it made:
 * what the event wrote to its record's contributions minus what it replaced there, for this figure,
 * period and dims (recorded by asOf). An event whose change nets to zero (a correction within the same
 * breakdown part, a fee on an idle parcel for its area) is not listed; the contributions sum to the figure.
 */
export async function figureEvents(sql: Sql, schema: string, request: EventsRequest, open: OpenPersonal = keepSealed): Promise<EventsPage> {
  const { figure, period, dims, asOf, page, pageSize } = request;
  const p = new SqlParams();
  const conditions = [`c.figure = ${p.add(figure.name)}`, `c.period <= ${p.add(period.to)}`];
  if (figure.kind === 'flow') conditions.push(`c.period >= ${p.add(period.from)}`);
  const present = Object.fromEntries(Object.entries(dims).filter(([, v]) => v !== null));
  if (Object.keys(present).length > 0) conditions.push(`c.dims @> ${p.add(JSON.stringify(present))}::jsonb`);
  for (const [dim, value] of Object.entries(dims)) if (value === null) conditions.push(`not (c.dims ? ${p.add(dim)})`);
  const asOfParam = asOf ? p.add(asOf) : undefined;
  const where = conditions.join(' and ');
  const rows = await sql.query(
    `with moved as (
       select c.event_id as id, c.kind, c.record_id, c.value from ${schema}.contributions c
        where ${where} and c.event_id is not null ${asOfParam ? `and c.recorded_from <= ${asOfParam}` : ''}
       union all
       select c.closed_by, c.kind, c.record_id, -c.value from ${schema}.contributions c
        where ${where} and c.closed_by is not null ${asOfParam ? `and c.recorded_to <= ${asOfParam}` : ''}
     ),
     by_event as (
       select id, min(kind) as kind, min(record_id) as record_id, sum(value) as contribution
         from moved group by id having sum(value) <> 0
     ),
     summary as (select count(*)::int as total, coalesce(sum(contribution), 0)::text as value from by_event)
     select s.total, s.value, l.* from summary s
     left join lateral (
       select e.event_id as "eventId", e.type, e.occurred_at as "occurredAt", e.recorded_at as "recordedAt",
              e.department, e.stream_id as "streamId", e.stream_version as "streamVersion",
              e.actor, jsonb_build_object('reason', e.payload->'reason') as payload, b.kind, b.record_id as "recordId", b.contribution::text as contribution
         from by_event b join ${schema}.events e on e.event_id = b.id
        order by e.occurred_at, e.recorded_at, e.event_id
        limit ${p.add(pageSize)} offset ${p.add((page - 1) * pageSize)}
     ) l on true`,
    p.values,
  );
  // who and why, opened with their keys: "[erased]" once the subject is forgotten
  const listed = await open((rows as (Record<string, unknown> & PersonalRow)[]).filter((row) => row['eventId'] !== null));
  return {
    total: rows[0]?.total ?? 0,
    value: figure.per && !dims[figure.per] ? null : Number(rows[0]?.value ?? 0),
    page,
    pageSize,
    events: listed.map((row) => ({
      ...drillDownEventOf(row, { kind: row['kind'] as string, id: row['recordId'] as string }),
      contribution: Number(row['contribution']),
    })),
  };
}
