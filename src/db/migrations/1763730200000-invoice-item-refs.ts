import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The item invoice lines refer to when a tenant has no default item, as found in its company
 * (src/invoices/invoice-item-ref.ts): read once per company and kept, instead of a metered read
 * per window. `item_id` NULL: the company has no item named "Services" (read again sooner).
 */
export class InvoiceItemRefs1763730200000 implements MigrationInterface {
  name = 'InvoiceItemRefs1763730200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE invoice_item_refs (
        tenant_id text        NOT NULL,
        realm_id  text        NOT NULL,
        item_id   text,
        read_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, realm_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE invoice_item_refs`);
  }
}
