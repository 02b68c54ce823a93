import { EventsTransactionId1764800000000 } from './1764800000000-events-transaction-id';
import { InlineRecords1765000000000 } from './1765000000000-inline-records';
import { IdempotencyKeyExpiry1765100000000 } from './1765100000000-idempotency-key-expiry';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SubjectKeys1765300000000 } from './1765300000000-subject-keys';
import { OutboxDeletedOnPublish1765400000000 } from './1765400000000-outbox-deleted-on-publish';

export class CreateEventStore1732690000000 implements MigrationInterface {
  name = 'CreateEventStore1732690000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`create schema if not exists event_store`);
    await queryRunner.query(`
      create table event_store.events (
        global_position bigint generated always as identity primary key,
        event_id uuid not null unique,
        stream_id text not null,
        stream_version integer not null,
        type text not null,
        schema_version integer not null,
        occurred_at timestamptz not null,
        recorded_at timestamptz not null,
        department text not null,
        actor text not null,
        correlation_id text not null,
        causation_id text,
        payload jsonb not null,
        unique (stream_id, stream_version)
      )`);
    await queryRunner.query(`
      create table event_store.outbox (
        position bigint generated always as identity primary key,
        event_id uuid not null unique references event_store.events (event_id),
        topic text not null,
        message_key text not null,
        envelope jsonb not null,
        created_at timestamptz not null default now(),
        published_at timestamptz
      )`);
    await queryRunner.query(
      `create index outbox_unpublished on event_store.outbox (position) where published_at is null`,
    );
    await queryRunner.query(`
      create table event_store.idempotency_keys (
        idempotency_key text primary key,
        request_hash text not null,
        result jsonb not null,
        created_at timestamptz not null default now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop schema event_store cascade`);
  }
}

/** Pass to the DataSource as `migrations` with `migrationsRun: true`; never `synchronize`. */
export const eventStoreMigrations = [
  CreateEventStore1732690000000,
  EventsTransactionId1764800000000,
  InlineRecords1765000000000,
  IdempotencyKeyExpiry1765100000000,
  SubjectKeys1765300000000,
  OutboxDeletedOnPublish1765400000000,
];
