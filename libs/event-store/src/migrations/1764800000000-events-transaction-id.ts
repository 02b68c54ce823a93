import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each event remembers the transaction that wrote it, so a reader of the whole log can stop short
 * of a transaction still in flight: global positions are taken in insert order but become visible
 * in commit order, so a later position can be seen before an earlier one.
 */
export class EventsTransactionId1764800000000 implements MigrationInterface {
  name = 'EventsTransactionId1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `alter table event_store.events add column transaction_id xid8 not null default pg_current_xact_id()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table event_store.events drop column transaction_id`);
  }
}
