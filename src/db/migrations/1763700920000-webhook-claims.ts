import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook notifications are claimed with a lease (claimed_until) and processed outside any
 * transaction, instead of being held FOR UPDATE by one transaction across their QuickBooks reads.
 */
export class WebhookClaims1763700920000 implements MigrationInterface {
  name = 'WebhookClaims1763700920000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE qbo_webhook_notifications ADD COLUMN claimed_until timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE qbo_webhook_notifications DROP COLUMN claimed_until`);
  }
}
