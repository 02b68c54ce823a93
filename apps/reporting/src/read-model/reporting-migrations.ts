import type { MigrationInterface, QueryRunner } from 'typeorm';
import { consumerMigrations } from '@park-ledger/messaging';
import { contributionEventIndexes, createReadModelTables } from './read-model-tables';

/**
 * Schema `reporting` holds what is shared by all versions of the read models: which version answers
 * queries (active_version, one row) and the rebuilds. Version 1 is created here; later ones by a rebuild.
 */
export class CreateReportingSchema1764240000000 implements MigrationInterface {
  name = 'CreateReportingSchema1764240000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('create schema reporting');
    await runner.query(`
      create table reporting.active_version (
        singleton boolean primary key default true check (singleton),
        version integer not null,
        switched_at timestamptz not null default now()
      )`);
    await runner.query('insert into reporting.active_version (version) values (1)');
    await runner.query(`
      create table reporting.rebuilds (
        version integer primary key,
        status text not null check (status in ('building', 'switching', 'active', 'failed', 'abandoned')),
        started_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        finished_at timestamptz,
        target jsonb not null default '{}',
        applied bigint not null default 0,
        total bigint not null default 0,
        events_per_second double precision,
        message text
      )`);
    await runner.query(
      `create unique index one_rebuild_at_a_time on reporting.rebuilds ((true)) where status in ('building', 'switching')`,
    );
    await createReadModelTables(runner, 1);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop schema reporting cascade');
    await runner.query('drop schema reporting_v1 cascade');
  }
}

/**
 * Contributions name the event that wrote them and the one that replaced them (the drill-down's
 * per-event contribution). Versions made before this carry neither: they are filled from the record's
 * events at the same record time (the latest of the stream when several share it); a rebuild writes them exactly.
 */
export class ContributionEvents1765000000000 implements MigrationInterface {
  name = 'ContributionEvents1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    const schemas: { schema: string }[] = await runner.query(
      `select schema_name as schema from information_schema.schemata where schema_name ~ '^reporting_v[0-9]+$'`,
    );
    for (const { schema } of schemas) {
      await runner.query(`alter table ${schema}.contributions add column if not exists event_id uuid, add column if not exists closed_by uuid`);
      for (const [column, at] of [['event_id', 'recorded_from'], ['closed_by', 'recorded_to']]) {
        await runner.query(
          `update ${schema}.contributions c set ${column} = (
             select re.event_id from ${schema}.record_events re join ${schema}.events e on e.event_id = re.event_id
              where re.kind = c.kind and re.record_id = c.record_id and e.recorded_at = c.${at}
              order by e.stream_version desc limit 1)
            where c.${column} is null and c.${at} is not null`,
        );
      }
      await contributionEventIndexes(runner, schema);
    }
  }

  async down(): Promise<void> {
    // the columns stay: older code ignores them
  }
}

/**
 * A rebuild names the instance driving it, so another can take it over when that one stops
 * reporting, and remembers when its version's schema and consumer group were dropped.
 */
export class RebuildDriver1765100000000 implements MigrationInterface {
  name = 'RebuildDriver1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`alter table reporting.rebuilds add column driver text, add column takeovers integer not null default 0,
      add column schema_dropped_at timestamptz, add column group_dropped_at timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'alter table reporting.rebuilds drop column driver, drop column takeovers, drop column schema_dropped_at, drop column group_dropped_at',
    );
  }
}

export const reportingMigrations = [
  ...consumerMigrations,
  CreateReportingSchema1764240000000,
  ContributionEvents1765000000000,
  RebuildDriver1765100000000,
];
