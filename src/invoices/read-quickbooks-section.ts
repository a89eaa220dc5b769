import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { CompanyListsRepository } from './company-lists-repository';

const LIST_LIMIT = 50;

/** What QuickBooks made of the pushed invoices: the company, differences with upstream, its numbers, payments. */
export interface QuickBooksSection {
  company: { name: string | null; country: string | null; homeCurrency: string | null; multiCurrency: boolean; automatedSalesTax: boolean; customTxnNumbers: boolean } | null;
  /** Invoices whose total or tax in QuickBooks differs from upstream's, in words (newest first, at most 50; `total` counts all). */
  differences: { total: number; invoices: Array<{ invoiceId: string; number: string | null; qboInvoiceId: string | null; message: string; qboTotal: string | null; qboTax: string | null }> };
  /** Invoices sent without a number that QuickBooks numbered (newest first, at most 50). */
  numberedByQuickBooks: { total: number; invoices: Array<{ invoiceId: string; docNumber: string }> };
  /** Payments read back: counts by state, and the invoices paid or partly paid most recently (at most 50). */
  payments: {
    paid: number;
    partlyPaid: number;
    invoices: Array<{ invoiceId: string; number: string | null; qboInvoiceId: string; balance: string; total: string | null; paidState: string; readAt: string | null }>;
  };
}

/** The status section about QuickBooks' view of the tenant's invoices (issue 12): read from invoice_sync by partial indexes. */
@injectable()
export class ReadQuickBooksSection {
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(CompanyListsRepository) private readonly lists: CompanyListsRepository,
  ) {}

  async run(tenantId: string): Promise<QuickBooksSection> {
    const p = await this.lists.profile(tenantId);
    const diff = (await this.db.query(
      `SELECT s.invoice_id, i.number, s.qbo_invoice_id, s.total_difference, s.qbo_total::text AS qbo_total, s.qbo_tax::text AS qbo_tax,
              count(*) OVER () AS total
         FROM invoice_sync s LEFT JOIN invoices i ON i.tenant_id = s.tenant_id AND i.id = s.invoice_id
        WHERE s.tenant_id = $1 AND s.total_difference IS NOT NULL ORDER BY s.updated_at DESC LIMIT $2`,
      [tenantId, LIST_LIMIT],
    )) as Array<{ invoice_id: string; number: string | null; qbo_invoice_id: string | null; total_difference: string; qbo_total: string | null; qbo_tax: string | null; total: string }>;
    const numbered = (await this.db.query(
      `SELECT invoice_id, qbo_doc_number, count(*) OVER () AS total FROM invoice_sync
        WHERE tenant_id = $1 AND doc_number_from_qbo AND qbo_doc_number IS NOT NULL ORDER BY pushed_at DESC NULLS LAST LIMIT $2`,
      [tenantId, LIST_LIMIT],
    )) as Array<{ invoice_id: string; qbo_doc_number: string; total: string }>;
    const paid = (await this.db.query(
      `SELECT s.invoice_id, i.number, s.qbo_invoice_id, s.qbo_balance::text AS balance, s.qbo_total::text AS total, s.paid_state, s.balance_read_at,
              count(*) FILTER (WHERE s.paid_state = 'paid') OVER () AS paid, count(*) FILTER (WHERE s.paid_state = 'partly-paid') OVER () AS partly
         FROM invoice_sync s LEFT JOIN invoices i ON i.tenant_id = s.tenant_id AND i.id = s.invoice_id
        WHERE s.tenant_id = $1 AND s.paid_state IN ('paid', 'partly-paid') AND NOT s.voided_in_qbo
        ORDER BY s.balance_read_at DESC NULLS LAST LIMIT $2`,
      [tenantId, LIST_LIMIT],
    )) as Array<{ invoice_id: string; number: string | null; qbo_invoice_id: string; balance: string; total: string | null; paid_state: string; balance_read_at: Date | null; paid: string; partly: string }>;
    return {
      company:
        p === null
          ? null
          : { name: p.companyName, country: p.country, homeCurrency: p.homeCurrency, multiCurrency: p.multiCurrency, automatedSalesTax: p.automatedSalesTax, customTxnNumbers: p.customTxnNumbers },
      differences: {
        total: Number(diff[0]?.total ?? 0),
        invoices: diff.map((d) => ({ invoiceId: d.invoice_id, number: d.number, qboInvoiceId: d.qbo_invoice_id, message: d.total_difference, qboTotal: d.qbo_total, qboTax: d.qbo_tax })),
      },
      numberedByQuickBooks: { total: Number(numbered[0]?.total ?? 0), invoices: numbered.map((n) => ({ invoiceId: n.invoice_id, docNumber: n.qbo_doc_number })) },
      payments: {
        paid: Number(paid[0]?.paid ?? 0),
        partlyPaid: Number(paid[0]?.partly ?? 0),
        invoices: paid.map((r) => ({
          invoiceId: r.invoice_id,
          number: r.number,
          qboInvoiceId: r.qbo_invoice_id,
          balance: r.balance,
          total: r.total,
          paidState: r.paid_state,
          readAt: r.balance_read_at === null ? null : new Date(r.balance_read_at).toISOString(),
        })),
      },
    };
  }
}
