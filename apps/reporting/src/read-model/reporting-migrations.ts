import type { MigrationInterface, QueryRunner } from 'typeorm';
import { consumerMigrations } from '@park-ledger/messaging';
import { createReadModelTables } from './read-model-tables';

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

export const reportingMigrations = [...consumerMigrations, CreateReportingSchema1764240000000];
