import type { EventEnvelope } from '@park-ledger/contracts';
import { prepared, type Sql } from '../read-model/sql';
import { planBatch, type BatchPlan, type StoredRecord } from './plan-batch';
import { recordKey } from './plan-changes';
import type { ProjectionIndex } from './projection-index';

/**
 * Applies events, in order, to the read models of one version in two statements: the first records
 * the events (skipping those this version already has) and reads the stored records they concern; the
 * second writes every record version, contribution and total change of the batch, as applying them one
 * by one would. A single event is a batch of one. Returns the events that were new to this version.
 */
export async function applyEvents(tx: Sql, schema: string, index: ProjectionIndex, events: readonly EventEnvelope[]): Promise<EventEnvelope[]> {
  const unique = [...new Map(events.map((e) => [e.eventId.toLowerCase(), e])).values()];
  const refs = new Map<string, { kind: string; recordId: string }>();
  for (const event of unique) {
    for (const p of index.projectionsOf(event.type)) {
      const recordId = p.recordIdOf(event);
      refs.set(recordKey(p.kind, recordId), { kind: p.kind, recordId });
    }
  }
  const [{ inserted, rows }] = await prepared(
    tx,
    `reporting_${schema}_read_batch`,
    `with inserted as (
       insert into ${schema}.events (event_id, type, schema_version, stream_id, stream_version, department,
                                     occurred_at, recorded_at, actor, correlation_id, causation_id, payload)
       select (e->>0)::uuid, e->>1, (e->>2)::int, e->>3, (e->>4)::int, e->>5, (e->>6)::timestamptz, (e->>7)::timestamptz,
              e->>8, e->>9, e->>10, e->11
         from jsonb_array_elements($1::jsonb) e
       on conflict (event_id) do nothing
       returning event_id)
     select (select coalesce(json_agg(event_id), '[]') from inserted) as inserted,
            (select coalesce(json_agg(json_build_array(r.kind, r.record_id, v.row, v.id::text, c.ids)), '[]')
               from (select e->>0 as kind, e->>1 as record_id from jsonb_array_elements($2::jsonb) e) r
               left join lateral (select id, row from ${schema}.record_versions
                                   where kind = r.kind and record_id = r.record_id and recorded_to is null offset 0) v on true
               left join lateral (select array_agg(id::text) as ids from ${schema}.contributions
                                   where kind = r.kind and record_id = r.record_id and recorded_to is null) c on true
              where v.id is not null or c.ids is not null) as rows`,
    [
      rowsOf(unique, (e) => [e.eventId, e.type, e.schemaVersion, e.streamId, e.streamVersion, e.department, e.occurredAt, e.recordedAt, e.actor, e.correlationId, e.causationId, e.payload]),
      rowsOf([...refs.values()], (r) => [r.kind, r.recordId]),
    ],
  );
  const fresh = new Set((inserted as string[]).map((id) => id.toLowerCase()));
  const applied = unique.filter((e) => fresh.has(e.eventId.toLowerCase()));
  const stored = new Map<string, StoredRecord>(
    (rows as [string, string, unknown, string | null, string[] | null][]).map(([kind, recordId, row, versionId, ids]) => [
      recordKey(kind, recordId),
      { row: row ?? null, versionId, contributionIds: ids ?? [] },
    ]),
  );
  const plan = planBatch(index, stored, applied);
  if (plan.links.length > 0) await writeBatch(tx, schema, plan);
  return applied;
}

/**
 * Rows as one JSON array of arrays, read back with jsonb_array_elements and ->> by position: cheaper
 * to write and to parse than a Postgres array literal per column (pg escapes every element of those).
 */
const rowsOf = <T>(items: readonly T[], row: (item: T) => unknown[]): string => JSON.stringify(items.map(row));

async function writeBatch(tx: Sql, schema: string, plan: BatchPlan): Promise<void> {
  const { closedVersions, versions, links, closedContributions, contributions, totals } = plan;
  await prepared(
    tx,
    `reporting_${schema}_write_batch`,
    `with closed_versions as (
       update ${schema}.record_versions v set recorded_to = (c.e->>1)::timestamptz
         from jsonb_array_elements($1::jsonb) c(e)
        where v.id = (c.e->>0)::bigint and v.id = any(array(select (e->>0)::bigint from jsonb_array_elements($1::jsonb) e))
       returning 1),
     new_versions as (
       insert into ${schema}.record_versions (kind, record_id, row, recorded_from, recorded_to)
       select e->>0, e->>1, e->2, (e->>3)::timestamptz, (e->>4)::timestamptz
         from jsonb_array_elements($2::jsonb) with ordinality as r(e, n)
        order by n
       returning 1),
     linked as (
       insert into ${schema}.record_events (kind, record_id, event_id)
       select e->>0, e->>1, (e->>2)::uuid from jsonb_array_elements($3::jsonb) e
       on conflict do nothing
       returning 1),
     closed_contributions as (
       update ${schema}.contributions t set recorded_to = (c.e->>1)::timestamptz, closed_by = (c.e->>2)::uuid
         from jsonb_array_elements($4::jsonb) c(e)
        where t.id = (c.e->>0)::bigint and t.id = any(array(select (e->>0)::bigint from jsonb_array_elements($4::jsonb) e))
       returning 1),
     new_contributions as (
       insert into ${schema}.contributions (kind, record_id, figure, period, dims, value, recorded_from, recorded_to, event_id, closed_by)
       select e->>0, e->>1, e->>2, e->>3, e->4, (e->>5)::bigint, (e->>6)::timestamptz, (e->>7)::timestamptz, (e->>8)::uuid, (e->>9)::uuid
         from jsonb_array_elements($5::jsonb) with ordinality as c(e, n)
        order by n
       returning 1),
     totals as (
       insert into ${schema}.figure_totals as t (figure, period, dims, value)
       select e->>0, e->>1, e->2, (e->>3)::bigint
         from jsonb_array_elements($6::jsonb) with ordinality as d(e, n)
        order by n
       on conflict (figure, period, dims) do update set value = t.value + excluded.value
       returning 1)
     select 1`,
    [
      rowsOf(closedVersions, (c) => [c.id, c.at]),
      rowsOf(versions, (v) => [v.kind, v.recordId, v.row, v.from, v.to]),
      rowsOf(links, (l) => [l.kind, l.recordId, l.eventId]),
      rowsOf(closedContributions, (c) => [c.id, c.at, c.by]),
      rowsOf(contributions, ({ kind, recordId, contribution: { figure, period, dims, value }, from, to, eventId, closedBy }) => [
        kind, recordId, figure, period, dims, value, from, to, eventId, closedBy,
      ]),
      rowsOf(totals, (d) => [d.figure, d.period, d.dims, d.delta]),
    ],
  );
}
