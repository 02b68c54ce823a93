import type { QueryRunner } from 'typeorm';

/** Each version of the read models lives in its own schema, so a rebuild can fill one beside the live one. */
export const schemaOf = (version: number): string => {
  if (!Number.isSafeInteger(version) || version < 1) throw new Error(`invalid read-model version ${version}`);
  return `reporting_v${version}`;
};

/**
 * events: every applied event (the drill-down source, and the per-version dedup: an event id already
 *   here was applied to this version);
 * record_versions: each record's row, bitemporal by record time (current: recorded_to is null);
 * record_events: which events made each record;
 * contributions: what each record version adds to figures, bitemporal like record_versions (as-of),
 *   each row naming the event that wrote it (event_id) and the one that replaced it (closed_by), so an
 *   event's contribution to a figure is what it wrote minus what it closed (the drill-down);
 * figure_totals: current sums of the current contributions, maintained by delta (current queries).
 */
export async function createReadModelTables(runner: Pick<QueryRunner, 'query'>, version: number): Promise<void> {
  const s = schemaOf(version);
  await runner.query(`create schema ${s}`);
  await runner.query(`
    create table ${s}.events (
      event_id uuid primary key,
      type text not null,
      schema_version integer not null,
      stream_id text not null,
      stream_version integer not null,
      department text not null,
      occurred_at timestamptz not null,
      recorded_at timestamptz not null,
      actor text not null,
      correlation_id text not null,
      causation_id text,
      payload jsonb not null,
      applied_at timestamptz not null default now()
    )`);
  await runner.query(`create index events_recorded on ${s}.events (department, recorded_at)`);
  await runner.query(`
    create table ${s}.record_versions (
      id bigint generated always as identity primary key,
      kind text not null,
      record_id text not null,
      row jsonb not null,
      recorded_from timestamptz not null,
      recorded_to timestamptz
    )`);
  await runner.query(
    `create index record_versions_current on ${s}.record_versions (kind, record_id) where recorded_to is null`,
  );
  await runner.query(`
    create table ${s}.record_events (
      kind text not null,
      record_id text not null,
      event_id uuid not null,
      primary key (kind, record_id, event_id)
    )`);
  await runner.query(`
    create table ${s}.contributions (
      id bigint generated always as identity primary key,
      kind text not null,
      record_id text not null,
      figure text not null,
      period text not null,
      dims jsonb not null,
      value bigint not null,
      recorded_from timestamptz not null,
      recorded_to timestamptz,
      event_id uuid,
      closed_by uuid
    )`);
  await contributionEventIndexes(runner, s);
  await runner.query(
    `create index contributions_current on ${s}.contributions (kind, record_id) where recorded_to is null`,
  );
  await runner.query(`create index contributions_figure on ${s}.contributions (figure, period)`);
  await runner.query(`
    create table ${s}.figure_totals (
      figure text not null,
      period text not null,
      dims jsonb not null,
      value bigint not null,
      primary key (figure, period, dims)
    )`);
}

export async function contributionEventIndexes(runner: Pick<QueryRunner, 'query'>, schema: string): Promise<void> {
  await runner.query(`create index if not exists contributions_opened_by on ${schema}.contributions (event_id)`);
  await runner.query(`create index if not exists contributions_closed_by on ${schema}.contributions (closed_by)`);
}
