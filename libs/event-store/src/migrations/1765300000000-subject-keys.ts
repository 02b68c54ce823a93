import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Crypto-shredding: one AES-256 key per data subject (the events' personal fields are sealed with
 * it), and the record of each forget (who, when, why). A forget deletes the key row; a subject who
 * writes again afterwards gets a new key (a new key id), what was sealed before stays erased.
 */
export class SubjectKeys1765300000000 implements MigrationInterface {
  name = 'SubjectKeys1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table event_store.subject_keys (
        subject_id text primary key,
        key_id uuid not null,
        key bytea not null,
        created_at timestamptz not null default now()
      )`);
    await queryRunner.query(`
      create table event_store.forgotten_subjects (
        subject_id text not null,
        key_id uuid not null,
        forgotten_at timestamptz not null default now(),
        forgotten_by text not null,
        reason text not null,
        primary key (subject_id, key_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table event_store.forgotten_subjects`);
    await queryRunner.query(`drop table event_store.subject_keys`);
  }
}
