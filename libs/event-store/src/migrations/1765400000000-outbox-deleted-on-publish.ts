import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The relay deletes an outbox row once Kafka acknowledged it (it used to set published_at and keep the
 * row for OUTBOX_RETENTION_SECONDS): rewriting a whole ~700-byte row and two index entries per event
 * was most of the relay's Postgres time, a delete is a sixth of it. The event stays in
 * event_store.events; the row only duplicated it for the relay. Rows marked published by an earlier
 * version are deleted here, and any an older instance still marks during a rolling upgrade by the
 * retention purge. `published_at` stays, always null for rows of this version, so that older
 * instances keep working until they are replaced.
 */
export class OutboxDeletedOnPublish1765400000000 implements MigrationInterface {
  name = 'OutboxDeletedOnPublish1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`delete from event_store.outbox where published_at is not null`);
  }

  async down(): Promise<void> {
    // the deleted rows were published and their events are kept: nothing to restore
  }
}
