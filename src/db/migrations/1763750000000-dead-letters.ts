import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * dead_letters: one row per message the worker dead-lettered, keyed by where the message was
 * (its source topic, partition, offset), so a redelivered bad message is counted once. It is
 * the index of the dead-letter topic that status, metrics and `qbo-sync dead-letters` read
 * (the letters themselves, key and value, stay on the topic); redrives are recorded on it.
 */
export class DeadLetters1763750000000 implements MigrationInterface {
  name = 'DeadLetters1763750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dead_letters (
        original_topic text NOT NULL,
        original_partition int NOT NULL,
        original_offset bigint NOT NULL,
        code text NOT NULL,
        tenant_id text,
        event_id text,
        failed_at timestamptz NOT NULL DEFAULT now(),
        redriven_at timestamptz,
        redriven_by text,
        redrive_count int NOT NULL DEFAULT 0,
        PRIMARY KEY (original_topic, original_partition, original_offset)
      )`);
    await q.query(`CREATE INDEX dead_letters_tenant ON dead_letters (tenant_id, failed_at) WHERE tenant_id IS NOT NULL`);
    await q.query(`CREATE INDEX dead_letters_failed_at ON dead_letters (failed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dead_letters`);
  }
}
