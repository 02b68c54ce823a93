import type { EventEnvelope } from '@park-ledger/contracts';
import { canonicalDims, planChanges, recordKey, type Plan } from './plan-changes';
import type { ProjectionIndex } from './projection-index';

/** The slice of a TypeORM EntityManager (or QueryRunner) the engine needs: it is the transaction. */
export interface Sql {
  query(sql: string, parameters?: unknown[]): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly queryRunner?: unknown;
}

type PgClient = { query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: any[] }> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Runs a statement of the engine as a named prepared statement on the transaction's own connection
 * (planned once per connection, not per event), or plainly when there is no pg connection to name it on.
 */
export async function prepared(tx: Sql, name: string, text: string, values: unknown[]) {
  const client = (tx.queryRunner as { databaseConnection?: PgClient } | undefined)?.databaseConnection;
  if (!client) return tx.query(text, values);
  return (await client.query({ name, text, values })).rows;
}

// Data-modifying CTEs always run to completion, read or not; all see the snapshot from before the statement.
// Records are looked up through LATERAL and closed by id = any(array(...)), so each lookup is an index
// probe: a join against unnest() lets the planner scan whole tables, which grow with every event. The
// OFFSET 0 keeps the planner from pulling a LATERAL subquery up into such a join (a hash join over
// every current row, when the statistics are stale).

/**
 * Applies one event to the read models of one version in two statements: the first records the
 * event (nothing more happens if this version already has it) and reads the current rows of its
 * records; the second writes the new record versions, replaces changed contributions (closing the
 * old ones at the event's record time) and moves the figure totals by the net change.
 * Returns false for an event this version had already applied.
 */
export async function applyEvent(tx: Sql, schema: string, index: ProjectionIndex, event: EventEnvelope): Promise<boolean> {
  const projections = index.projectionsOf(event.type);
  const refs = projections.map((p) => ({ kind: p.kind, recordId: p.recordIdOf(event) }));
  const [{ inserted, rows }] = await prepared(
    tx,
    `reporting_${schema}_read`,
    `with inserted as (
       insert into ${schema}.events (event_id, type, schema_version, stream_id, stream_version, department,
                                     occurred_at, recorded_at, actor, correlation_id, causation_id, payload)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       on conflict (event_id) do nothing
       returning 1)
     select (select count(*)::int from inserted) as inserted,
            (select coalesce(json_agg(json_build_array(r.kind, r.record_id, rv.row)), '[]')
               from unnest($13::text[], $14::text[]) as r(kind, record_id)
               cross join lateral (select row from ${schema}.record_versions v
                                    where v.kind = r.kind and v.record_id = r.record_id and v.recorded_to is null offset 0) rv) as rows`,
    [
      event.eventId,
      event.type,
      event.schemaVersion,
      event.streamId,
      event.streamVersion,
      event.department,
      event.occurredAt,
      event.recordedAt,
      event.actor,
      event.correlationId,
      event.causationId,
      JSON.stringify(event.payload),
      refs.map((r) => r.kind),
      refs.map((r) => r.recordId),
    ],
  );
  if (inserted === 0) return false;
  const current = new Map<string, unknown>(
    (rows as [string, string, unknown][]).map(([kind, recordId, row]) => [recordKey(kind, recordId), row]),
  );
  const plan = planChanges(projections, current, event);
  if (plan.changes.length > 0) await writePlan(tx, schema, event, plan);
  return true;
}

async function writePlan(tx: Sql, schema: string, event: EventEnvelope, { changes, deltas }: Plan): Promise<void> {
  const living = changes.filter((c) => c.row !== null);
  const replaced = changes.filter((c) => c.contributions !== undefined);
  const added = replaced.flatMap((c) => (c.contributions ?? []).map((contribution) => ({ ...c, contribution })));
  const sortedDeltas = [...deltas].sort((a, b) =>
    `${a.figure}${a.period}${canonicalDims(a.dims)}` < `${b.figure}${b.period}${canonicalDims(b.dims)}` ? -1 : 1,
  );
  await prepared(
    tx,
    `reporting_${schema}_write`,
    `with closed_versions as (
       update ${schema}.record_versions set recorded_to = $1
        where id = any(array(select v.id from unnest($2::text[], $3::text[]) as r(kind, record_id)
                               cross join lateral (select id from ${schema}.record_versions
                                                    where kind = r.kind and record_id = r.record_id and recorded_to is null offset 0) v))
       returning 1),
     new_versions as (
       insert into ${schema}.record_versions (kind, record_id, row, recorded_from)
       select kind, record_id, row, $1 from unnest($4::text[], $5::text[], $6::jsonb[]) as r(kind, record_id, row)
       returning 1),
     linked as (
       insert into ${schema}.record_events (kind, record_id, event_id)
       select kind, record_id, $7 from unnest($2::text[], $3::text[]) as r(kind, record_id)
       on conflict do nothing
       returning 1),
     closed_contributions as (
       update ${schema}.contributions set recorded_to = $1
        where id = any(array(select c.id from unnest($8::text[], $9::text[]) as r(kind, record_id)
                               cross join lateral (select id from ${schema}.contributions
                                                    where kind = r.kind and record_id = r.record_id and recorded_to is null offset 0) c))
       returning 1),
     new_contributions as (
       insert into ${schema}.contributions (kind, record_id, figure, period, dims, value, recorded_from)
       select kind, record_id, figure, period, dims, value, $1
         from unnest($10::text[], $11::text[], $12::text[], $13::text[], $14::jsonb[], $15::bigint[])
              as c(kind, record_id, figure, period, dims, value)
       returning 1),
     totals as (
       insert into ${schema}.figure_totals as t (figure, period, dims, value)
       select figure, period, dims, delta from unnest($16::text[], $17::text[], $18::jsonb[], $19::bigint[])
              as d(figure, period, dims, delta)
       on conflict (figure, period, dims) do update set value = t.value + excluded.value
       returning 1)
     select 1`,
    [
      event.recordedAt,
      changes.map((c) => c.kind),
      changes.map((c) => c.recordId),
      living.map((c) => c.kind),
      living.map((c) => c.recordId),
      living.map((c) => JSON.stringify(c.row)),
      event.eventId,
      replaced.map((c) => c.kind),
      replaced.map((c) => c.recordId),
      added.map((a) => a.kind),
      added.map((a) => a.recordId),
      added.map((a) => a.contribution.figure),
      added.map((a) => a.contribution.period),
      added.map((a) => canonicalDims(a.contribution.dims)),
      added.map((a) => a.contribution.value),
      sortedDeltas.map((d) => d.figure),
      sortedDeltas.map((d) => d.period),
      sortedDeltas.map((d) => canonicalDims(d.dims)),
      sortedDeltas.map((d) => d.delta),
    ],
  );
}
