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

export interface EventsPage {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly events: readonly EventRef[];
}

/**
 * The events of the records that make up a figure's value: the records whose contributions (current,
 * or valid at asOf) fall in the period and match the dims, and every event of theirs (recorded by asOf).
 */
export async function figureEvents(sql: Sql, schema: string, request: EventsRequest): Promise<EventsPage> {
  const { figure, period, dims, asOf, page, pageSize } = request;
  const p = new SqlParams();
  const conditions = [`c.figure = ${p.add(figure.name)}`, `c.period <= ${p.add(period.to)}`];
  if (figure.kind === 'flow') conditions.push(`c.period >= ${p.add(period.from)}`);
  const asOfParam = asOf ? p.add(asOf) : undefined;
  conditions.push(
    asOfParam ? `c.recorded_from <= ${asOfParam} and (c.recorded_to is null or c.recorded_to > ${asOfParam})` : 'c.recorded_to is null',
  );
  const present = Object.fromEntries(Object.entries(dims).filter(([, v]) => v !== null));
  if (Object.keys(present).length > 0) conditions.push(`c.dims @> ${p.add(JSON.stringify(present))}::jsonb`);
  for (const [dim, value] of Object.entries(dims)) if (value === null) conditions.push(`not (c.dims ? ${p.add(dim)})`);
  const rows = await sql.query(
    `with records as (
       select distinct c.kind, c.record_id from ${schema}.contributions c where ${conditions.join(' and ')}
     )
     select e.event_id as "eventId", e.type, e.occurred_at as "occurredAt", e.recorded_at as "recordedAt",
            e.department, e.stream_id as "streamId", e.stream_version as "streamVersion",
            e.actor, e.payload->>'reason' as reason,
            r.kind, r.record_id as "recordId", count(*) over () as total
       from records r
       join ${schema}.record_events re on re.kind = r.kind and re.record_id = r.record_id
       join ${schema}.events e on e.event_id = re.event_id
      where ${asOfParam ? `e.recorded_at <= ${asOfParam}` : 'true'}
      order by e.occurred_at, e.recorded_at, e.event_id
      limit ${p.add(pageSize)} offset ${p.add((page - 1) * pageSize)}`,
    p.values,
  );
  return {
    total: rows.length > 0 ? Number(rows[0].total) : await countOnly(sql, schema, conditions, asOfParam, p),
    page,
    pageSize,
    events: rows.map((row: Record<string, unknown>) => ({
      eventId: row['eventId'] as string,
      type: row['type'] as string,
      occurredAt: (row['occurredAt'] as Date).toISOString(),
      recordedAt: (row['recordedAt'] as Date).toISOString(),
      department: row['department'] as string,
      streamId: row['streamId'] as string,
      streamVersion: row['streamVersion'] as number,
      record: { kind: row['kind'] as string, id: row['recordId'] as string },
      actor: row['actor'] as string,
      reason: (row['reason'] as string | null) ?? null,
    })),
  };
}

/** A page past the end has no rows to carry the total. */
async function countOnly(sql: Sql, schema: string, conditions: string[], asOfParam: string | undefined, p: SqlParams) {
  const [row] = await sql.query(
    `select count(*)::int as total
       from (select distinct c.kind, c.record_id from ${schema}.contributions c where ${conditions.join(' and ')}) r
       join ${schema}.record_events re on re.kind = r.kind and re.record_id = r.record_id
       join ${schema}.events e on e.event_id = re.event_id
      where ${asOfParam ? `e.recorded_at <= ${asOfParam}` : 'true'}`,
    p.values.slice(0, -2),
  );
  return row.total;
}
