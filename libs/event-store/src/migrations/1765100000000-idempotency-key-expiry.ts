import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys expire (IDEMPOTENCY_KEY_TTL_SECONDS): the purge finds the old ones by this index. */
export class IdempotencyKeyExpiry1765100000000 implements MigrationInterface {
  name = 'IdempotencyKeyExpiry1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`create index idempotency_keys_created_at on event_store.idempotency_keys (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop index event_store.idempotency_keys_created_at`);
  }
}
