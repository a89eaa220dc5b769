import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bookkeeper's page acts on reviews and failures (issue 14):
 * - qbo_customer_mirror.balance: the customer's open balance as QuickBooks last answered it
 *   (Customer.Balance), shown beside each candidate of a customer held for review;
 * - invoice_sync.conflict_qbo_invoice_id: when an invoice failed because its number is already
 *   used in QuickBooks (6140), the QuickBooks invoice that holds it, so the page can name and link it;
 * - an index to find a tenant's invoice by its number as a person types it (any case, trimmed).
 */
export class DashboardActions1763760000000 implements MigrationInterface {
  name = 'DashboardActions1763760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE qbo_customer_mirror ADD COLUMN balance numeric(18, 2)`);
    await q.query(`ALTER TABLE invoice_sync ADD COLUMN conflict_qbo_invoice_id text`);
    await q.query(`CREATE INDEX invoices_number_idx ON invoices (tenant_id, lower(btrim(number)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS invoices_number_idx`);
    await q.query(`ALTER TABLE invoice_sync DROP COLUMN IF EXISTS conflict_qbo_invoice_id`);
    await q.query(`ALTER TABLE qbo_customer_mirror DROP COLUMN IF EXISTS balance`);
  }
}
