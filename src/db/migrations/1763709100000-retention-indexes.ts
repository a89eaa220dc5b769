import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for retention (src/retention): each pruning DELETE finds its oldest rows by an
 * index instead of scanning the table. processed_events already has one on processed_at.
 * Rows of webhook entities nothing consumes are deleted (they would never be processed).
 */
export class RetentionIndexes1763709100000 implements MigrationInterface {
  name = 'RetentionIndexes1763709100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS qbo_webhook_notifications_received_idx ON qbo_webhook_notifications (received_at)`);
    await q.query(`CREATE INDEX IF NOT EXISTS customer_decisions_created_idx ON customer_decisions (created_at)`);
    await q.query(`CREATE INDEX IF NOT EXISTS customer_link_notices_created_idx ON customer_link_notices (created_at)`);
    await q.query(`DELETE FROM qbo_webhook_notifications WHERE entity <> 'Customer'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS customer_link_notices_created_idx`);
    await q.query(`DROP INDEX IF EXISTS customer_decisions_created_idx`);
    await q.query(`DROP INDEX IF EXISTS qbo_webhook_notifications_received_idx`);
  }
}
