import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, currency: just after a connect a customer to create waits for the company's settings
 * (several currencies or one) to be read. Such links (method 'awaiting-company-settings', status
 * 'pending') are due again once the company's lists are loaded; this partial index keeps that arm
 * of the resolution claims (linkDueSql) to the few links waiting.
 */
export class AwaitingCompanySettingsLinks1763820000000 implements MigrationInterface {
  name = 'AwaitingCompanySettingsLinks1763820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX customer_links_awaiting_settings_idx ON customer_links (tenant_id, customer_id) WHERE method = 'awaiting-company-settings' AND status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The code before this migration never takes such links up again: make them due (resolved afresh).
    await q.query(`UPDATE customer_links SET resolved_version = NULL WHERE method = 'awaiting-company-settings' AND status = 'pending'`);
    await q.query(`DROP INDEX IF EXISTS customer_links_awaiting_settings_idx`);
  }
}
