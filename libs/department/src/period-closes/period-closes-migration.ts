import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The department's copy of the periods the committee office has closed, kept from the office's events. */
export class CreatePeriodCloses1765900000000 implements MigrationInterface {
  name = 'CreatePeriodCloses1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`create schema if not exists period_closes`);
    await queryRunner.query(`
      create table period_closes.closes (
        period text primary key,
        closed_at timestamptz not null,
        close_event_id uuid not null,
        recorded_at timestamptz not null
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop schema period_closes cascade`);
  }
}
