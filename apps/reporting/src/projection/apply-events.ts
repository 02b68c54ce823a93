import type { EventEnvelope } from '@park-ledger/contracts';
import { prepared, type Sql } from './apply-event';
import { planBatch, type BatchPlan, type StoredRecord } from './plan-batch';
import { canonicalDims, recordKey } from './plan-changes';
import type { ProjectionIndex } from './projection-index';

/**
 * applyEvent for many events, in order, in two statements: the first records the events (skipping
 * those this version already has) and reads the stored records they concern; the second writes every
 * record version, contribution and total change of the batch, as applying them one by one would.
 * Returns the events that were new to this version.
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
       select * from unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::timestamptz[],
                            $8::timestamptz[], $9::text[], $10::text[], $11::text[], $12::jsonb[])
       on conflict (event_id) do nothing
       returning event_id)
     select (select coalesce(json_agg(event_id), '[]') from inserted) as inserted,
            (select coalesce(json_agg(json_build_array(r.kind, r.record_id, v.row, v.id::text, c.ids)), '[]')
               from unnest($13::text[], $14::text[]) as r(kind, record_id)
               left join lateral (select id, row from ${schema}.record_versions
                                   where kind = r.kind and record_id = r.record_id and recorded_to is null) v on true
               left join lateral (select array_agg(id::text) as ids from ${schema}.contributions
                                   where kind = r.kind and record_id = r.record_id and recorded_to is null) c on true
              where v.id is not null or c.ids is not null) as rows`,
    [
      ...(['eventId', 'type', 'schemaVersion', 'streamId', 'streamVersion', 'department', 'occurredAt', 'recordedAt', 'actor', 'correlationId', 'causationId'] as const).map(
        (field) => unique.map((e) => e[field]),
      ),
      unique.map((e) => JSON.stringify(e.payload)),
      [...refs.values()].map((r) => r.kind),
      [...refs.values()].map((r) => r.recordId),
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

async function writeBatch(tx: Sql, schema: string, plan: BatchPlan): Promise<void> {
  const { closedVersions, versions, links, closedContributions, contributions, totals } = plan;
  await prepared(
    tx,
    `reporting_${schema}_write_batch`,
    `with closed_versions as (
       update ${schema}.record_versions v set recorded_to = c.at
         from unnest($1::bigint[], $2::timestamptz[]) as c(id, at)
        where v.id = c.id and v.id = any($1::bigint[])
       returning 1),
     new_versions as (
       insert into ${schema}.record_versions (kind, record_id, row, recorded_from, recorded_to)
       select kind, record_id, row, recorded_from, recorded_to
         from unnest($3::text[], $4::text[], $5::jsonb[], $6::timestamptz[], $7::timestamptz[]) with ordinality
              as r(kind, record_id, row, recorded_from, recorded_to, n)
        order by n
       returning 1),
     linked as (
       insert into ${schema}.record_events (kind, record_id, event_id)
       select * from unnest($8::text[], $9::text[], $10::uuid[])
       on conflict do nothing
       returning 1),
     closed_contributions as (
       update ${schema}.contributions t set recorded_to = c.at
         from unnest($11::bigint[], $12::timestamptz[]) as c(id, at)
        where t.id = c.id and t.id = any($11::bigint[])
       returning 1),
     new_contributions as (
       insert into ${schema}.contributions (kind, record_id, figure, period, dims, value, recorded_from, recorded_to)
       select kind, record_id, figure, period, dims, value, recorded_from, recorded_to
         from unnest($13::text[], $14::text[], $15::text[], $16::text[], $17::jsonb[], $18::bigint[], $19::timestamptz[], $20::timestamptz[])
              with ordinality as c(kind, record_id, figure, period, dims, value, recorded_from, recorded_to, n)
        order by n
       returning 1),
     totals as (
       insert into ${schema}.figure_totals as t (figure, period, dims, value)
       select figure, period, dims, delta
         from unnest($21::text[], $22::text[], $23::jsonb[], $24::bigint[]) with ordinality as d(figure, period, dims, delta, n)
        order by n
       on conflict (figure, period, dims) do update set value = t.value + excluded.value
       returning 1)
     select 1`,
    [
      closedVersions.map((c) => c.id),
      closedVersions.map((c) => c.at),
      versions.map((v) => v.kind),
      versions.map((v) => v.recordId),
      versions.map((v) => JSON.stringify(v.row)),
      versions.map((v) => v.from),
      versions.map((v) => v.to),
      links.map((l) => l.kind),
      links.map((l) => l.recordId),
      links.map((l) => l.eventId),
      closedContributions.map((c) => c.id),
      closedContributions.map((c) => c.at),
      contributions.map((c) => c.kind),
      contributions.map((c) => c.recordId),
      contributions.map((c) => c.contribution.figure),
      contributions.map((c) => c.contribution.period),
      contributions.map((c) => canonicalDims(c.contribution.dims)),
      contributions.map((c) => c.contribution.value),
      contributions.map((c) => c.from),
      contributions.map((c) => c.to),
      totals.map((d) => d.figure),
      totals.map((d) => d.period),
      totals.map((d) => canonicalDims(d.dims)),
      totals.map((d) => d.delta),
    ],
  );
}
