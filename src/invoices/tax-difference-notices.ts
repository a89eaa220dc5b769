import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';

export interface TaxDifferenceNotice {
  invoiceId: string;
  number: string | null;
  /** What differs, in words (invoice_sync.total_difference). */
  message: string;
  since: Date;
}

/**
 * Tax and total differences between upstream and QuickBooks as notices on the bookkeeper's page:
 * the ones not dismissed (a dismissal holds for the message it dismissed), newest first; and
 * their dismissal (tax_difference_dismissals, migration 1763770000001).
 */
@injectable()
export class TaxDifferenceNotices {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async open(tenantId: string, limit = 20): Promise<{ notices: TaxDifferenceNotice[]; total: number }> {
    const rows = (await this.dataSource.query(
      `SELECT s.invoice_id, i.number, s.total_difference, s.updated_at, count(*) OVER () AS total
         FROM invoice_sync s
         LEFT JOIN invoices i ON i.tenant_id = s.tenant_id AND i.id = s.invoice_id
         LEFT JOIN tax_difference_dismissals d ON d.tenant_id = s.tenant_id AND d.invoice_id = s.invoice_id AND d.message = s.total_difference
        WHERE s.tenant_id = $1 AND s.total_difference IS NOT NULL AND d.invoice_id IS NULL
        ORDER BY s.updated_at DESC LIMIT $2`,
      [tenantId, limit],
    )) as Array<{ invoice_id: string; number: string | null; total_difference: string; updated_at: Date; total: string }>;
    return {
      notices: rows.map((r) => ({ invoiceId: r.invoice_id, number: r.number, message: r.total_difference, since: new Date(r.updated_at) })),
      total: rows[0] ? Number(rows[0].total) : 0,
    };
  }

  /** Dismisses the invoice's current difference; false when it has none. */
  async dismiss(tenantId: string, invoiceId: string): Promise<boolean> {
    if (invoiceId.includes('\u0000')) return false; // Postgres text cannot hold NUL: no such notice
    const res = (await this.dataSource.query(
      `INSERT INTO tax_difference_dismissals (tenant_id, invoice_id, message)
       SELECT tenant_id, invoice_id, total_difference FROM invoice_sync
        WHERE tenant_id = $1 AND invoice_id = $2 AND total_difference IS NOT NULL
       ON CONFLICT (tenant_id, invoice_id) DO UPDATE SET message = EXCLUDED.message, dismissed_at = now()
       RETURNING 1`,
      [tenantId, invoiceId],
    )) as unknown[];
    return res.length === 1;
  }
}
