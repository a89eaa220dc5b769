import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A create of an invoice without a number is sent alone, with a requestid that belongs to the
 * invoice version (invoiceRequestId), so the same id may be carried by several request rows over
 * time (a row abandoned, then the create planned again): request_id is no longer unique.
 */
export class InvoiceRequestIds1763700910000 implements MigrationInterface {
  name = 'InvoiceRequestIds1763700910000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invoice_batches DROP CONSTRAINT IF EXISTS invoice_batches_request_id_key`);
    await q.query(`CREATE INDEX invoice_batches_request_idx ON invoice_batches (tenant_id, request_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS invoice_batches_request_idx`);
    await q.query(`ALTER TABLE invoice_batches ADD CONSTRAINT invoice_batches_request_id_key UNIQUE (request_id)`);
  }
}
