import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../tokens';
import { upstreamInvoiceAmount } from './invoice-amount';

/** An invoice QuickBooks refused at its latest version, with what a bookkeeper needs to fix it. */
export interface FailedInvoice {
  invoiceId: string;
  number: string | null;
  customerId: string | null;
  /** The customer's name as upstream has it (null when the customer is not known yet). */
  customerName: string | null;
  /** What upstream says the invoice comes to ("150.00"), in `currency`: the invoice's, else the company's home currency (null when neither is known). */
  amount: string | null;
  currency: string | null;
  issueDate: string | null;
  code: string | null;
  reason: string | null;
  /** The QuickBooks invoice already holding this number (a 6140), when the sync found it. */
  conflictQboInvoiceId: string | null;
  /** When it failed. */
  since: Date;
}

/**
 * The invoices not sent because QuickBooks refused them (failed at their latest version), newest
 * first, at most `limit`, with their customer, amount, date and reason (the tenant page's list).
 */
@injectable()
export class ListFailedInvoices {
  constructor(@inject(DATA_SOURCE) private readonly db: DataSource) {}

  async run(tenantId: string, limit = 50): Promise<{ total: number; invoices: FailedInvoice[] }> {
    const rows = (await this.db.query(
      `SELECT i.id, i.number, i.customer_id, COALESCE(i.currency, cl.home_currency) AS currency, i.issue_date::text AS issue_date, i.lines, i.data,
              s.failure_code, s.failure_reason, s.conflict_qbo_invoice_id, s.updated_at,
              COALESCE(c.display_name, c.company_name, NULLIF(concat_ws(' ', c.given_name, c.family_name), '')) AS customer_name,
              count(*) OVER () AS total
         FROM invoices i
         JOIN invoice_sync s ON s.tenant_id = i.tenant_id AND s.invoice_id = i.id
         LEFT JOIN customers c ON c.tenant_id = i.tenant_id AND c.id = i.customer_id
         LEFT JOIN qbo_company_lists cl ON cl.tenant_id = i.tenant_id
        WHERE i.tenant_id = $1 AND s.failed_version IS NOT NULL AND s.failed_version >= i.version
        ORDER BY s.updated_at DESC, i.id LIMIT $2`,
      [tenantId, limit],
    )) as Array<{
      id: string;
      number: string | null;
      customer_id: string | null;
      currency: string | null;
      issue_date: string | null;
      lines: unknown;
      data: unknown;
      failure_code: string | null;
      failure_reason: string | null;
      conflict_qbo_invoice_id: string | null;
      updated_at: Date;
      customer_name: string | null;
      total: string;
    }>;
    return {
      total: Number(rows[0]?.total ?? 0),
      invoices: rows.map((r) => ({
        invoiceId: r.id,
        number: r.number,
        customerId: r.customer_id,
        customerName: r.customer_name,
        amount: upstreamInvoiceAmount(r.lines, r.data),
        currency: r.currency,
        issueDate: r.issue_date,
        code: r.failure_code,
        reason: r.failure_reason,
        conflictQboInvoiceId: r.conflict_qbo_invoice_id,
        since: r.updated_at,
      })),
    };
  }
}
