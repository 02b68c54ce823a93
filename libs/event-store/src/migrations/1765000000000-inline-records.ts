import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The department's inline read model: one row per record as it stands, written by the same
 * statement that appends the record's events (read-your-writes for the clerks' lists and search).
 * Rebuilt from the events by the department's rebuild (POST /admin/records/rebuild).
 */
export class InlineRecords1765000000000 implements MigrationInterface {
  name = 'InlineRecords1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table event_store.records (
        kind text not null,
        record_id text not null,
        stream_id text primary key,
        details jsonb not null,
        state jsonb not null,
        status text,
        zone_id text,
        platform_id text,
        business_date date not null,
        search_text text not null default '',
        version int not null,
        changed_by text not null,
        changed_at timestamptz not null,
        reason text,
        corrected boolean not null default false,
        voided boolean not null default false
      )`);
    await queryRunner.query(`create index records_by_business_date on event_store.records (kind, business_date, record_id)`);
    await queryRunner.query(`create index records_by_changed_at on event_store.records (kind, changed_at, record_id)`);
    await queryRunner.query(`create index records_by_zone on event_store.records (kind, zone_id, business_date, record_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table event_store.records`);
  }
}
