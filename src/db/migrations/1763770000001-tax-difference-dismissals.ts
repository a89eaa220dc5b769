import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tax differences (invoice_sync.total_difference: QuickBooks computed another total or tax than
 * upstream) are notices on the bookkeeper's page with Dismiss (issue 14). A dismissal keeps the
 * message it dismissed: a different difference on the same invoice shows again.
 */
export class TaxDifferenceDismissals1763770000001 implements MigrationInterface {
  name = 'TaxDifferenceDismissals1763770000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tax_difference_dismissals (
        tenant_id     text        NOT NULL,
        invoice_id    text        NOT NULL,
        message       text        NOT NULL,
        dismissed_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, invoice_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tax_difference_dismissals`);
  }
}
