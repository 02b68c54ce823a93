import type { MigrationInterface, QueryRunner } from 'typeorm';

export const DEFAULT_CONSUMER_SCHEMA = 'consumer';

export function assertSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid consumer schema name ${schema}`);
  return schema;
}

/**
 * Progress, held and parked events of an exactly-once consumer. The schema is a parameter so a
 * rebuild can keep its own positions beside the live ones (one schema per consumer group).
 */
/** Anything that runs SQL: a QueryRunner, an EntityManager (inside a transaction) or a DataSource. */
export interface SqlRunner {
  query(sql: string): Promise<unknown>;
}

export async function createConsumerTables(runner: SqlRunner, schema = DEFAULT_CONSUMER_SCHEMA): Promise<void> {
  const s = assertSchemaName(schema);
  await runner.query(`create schema if not exists ${s}`);
  await runner.query(`
    create table ${s}.stream_positions (
      department text not null,
      stream_id text not null,
      version integer not null,
      updated_at timestamptz not null default now(),
      primary key (department, stream_id)
    )`);
  await runner.query(`
    create table ${s}.held_events (
      department text not null,
      stream_id text not null,
      version integer not null,
      topic text not null,
      partition integer not null,
      "offset" bigint not null,
      raw bytea not null,
      held_at timestamptz not null default now(),
      primary key (department, stream_id, version)
    )`);
  await runner.query(`
    create table ${s}.parked_events (
      id bigint generated always as identity primary key,
      topic text not null,
      partition integer not null,
      "offset" bigint not null,
      key text,
      raw bytea,
      reason text not null,
      parked_at timestamptz not null default now(),
      redriven_at timestamptz
    )`);
  await runner.query(`create index parked_events_open on ${s}.parked_events (parked_at) where redriven_at is null`);
}

export class CreateConsumerSchema1764230400000 implements MigrationInterface {
  name = 'CreateConsumerSchema1764230400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createConsumerTables(queryRunner, DEFAULT_CONSUMER_SCHEMA);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop schema ${DEFAULT_CONSUMER_SCHEMA} cascade`);
  }
}

/** Creates the tables in schema `consumer` (the live consumer of a service). */
export const consumerMigrations = [CreateConsumerSchema1764230400000];
