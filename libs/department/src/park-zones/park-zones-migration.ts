import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The department's copy of the park registry's zones, kept from the projects service's events. */
export class CreateParkZones1764400000000 implements MigrationInterface {
  name = 'CreateParkZones1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`create schema if not exists park_zones`);
    await queryRunner.query(`
      create table park_zones.zones (
        zone_id text primary key,
        registered boolean not null,
        name_zh text not null,
        name_en text,
        changed_by_event uuid not null,
        changed_at timestamptz not null
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop schema park_zones cascade`);
  }
}
