import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, currency: in a multi-currency company a customer with no invoice yet waits for its
 * first one before it is created (its currency is fixed at creation). Such links (method
 * 'awaiting-invoice', status 'pending') are due again once an invoice is recorded; this partial
 * index keeps that arm of the resolution claims (linkDueSql) to the few links waiting.
 */
export class AwaitingInvoiceLinks1763800000000 implements MigrationInterface {
  name = 'AwaitingInvoiceLinks1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX customer_links_awaiting_invoice_idx ON customer_links (tenant_id, customer_id) WHERE method = 'awaiting-invoice' AND status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS customer_links_awaiting_invoice_idx`);
  }
}
