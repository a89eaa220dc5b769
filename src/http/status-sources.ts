import { ListCustomersForReview } from '../customers/list-customers-for-review';
import { ListDuplicates } from '../customers/list-duplicates';
import { STATUS_LIST_LIMIT } from '../customers/read-customers-section';
import { ReadCompanySetup } from '../invoices/read-company-setup';
import { ReadQuickBooksSection } from '../invoices/read-quickbooks-section';
import { ReadTenantStatus } from '../invoices/read-tenant-status';
import { CompanyView, DuplicateView, InvoiceStatusView, ReviewItemView, StatusSources } from './collect-tenant-status';

/**
 * The page's status sections from the parts that own them: the invoices part's status (the same
 * class that answers GET /api/tenants/:tenantId/status) and the customers part's review list and
 * duplicates report. Each is optional: a part that is not bound is simply left out.
 */
export function statusSources(parts: {
  invoices?: ReadTenantStatus;
  review?: ListCustomersForReview;
  duplicates?: ListDuplicates;
  company?: { setup: ReadCompanySetup; quickbooks: ReadQuickBooksSection };
}): StatusSources {
  const sources: StatusSources = {};
  const { invoices, review, duplicates, company } = parts;
  if (company) {
    sources.company = async (tenantId): Promise<CompanyView | null> => {
      const s = await company.setup.run(tenantId);
      if (s.profile === null) return null;
      const q = await company.quickbooks.run(tenantId);
      const sentences = [
        ...q.differences.invoices.slice(0, 20).map((d) => `Invoice ${d.number ?? d.invoiceId}: ${d.message}.`),
        ...q.numberedByQuickBooks.invoices.slice(0, 20).map((n) => `Invoice ${n.invoiceId} was sent without a number; QuickBooks numbered it ${n.docNumber}.`),
      ];
      if (q.payments.paid + q.payments.partlyPaid > 0) sentences.push(`${q.payments.paid} invoice(s) paid in full and ${q.payments.partlyPaid} partly paid in QuickBooks.`);
      for (const p of q.payments.invoices.slice(0, 20)) {
        sentences.push(`Invoice ${p.number ?? p.invoiceId}: ${p.paidState === 'paid' ? 'paid in full' : `partly paid, ${p.balance} still owed${p.total !== null ? ` of ${p.total}` : ''}`}.`);
      }
      return { country: s.profile.country, items: s.items, incomeAccounts: s.incomeAccounts, taxCodes: s.taxCodes, proposedTaxCodes: s.proposedTaxCodes, sentences };
    };
  }
  if (invoices) {
    sources.invoices = async (tenantId, now): Promise<InvoiceStatusView> => {
      const s = await invoices.run(tenantId, now, { withCustomers: false });
      if (s === null) return { pending: 0, waiting: [], lastWindow: null, failed: [] };
      const last = s.runningWindow ?? s.lastWindow;
      return {
        pending: s.invoices.readyForNextWindow,
        waiting: s.invoices.waiting.reasons.map((r) => ({ reason: r.reason, count: r.count })),
        lastWindow: last
          ? {
              startedAt: new Date(last.startedAt),
              finishedAt: last.finishedAt === null ? null : new Date(last.finishedAt),
              sent: last.pushed + last.updated + last.voided,
              failed: last.failed,
              skipped: last.status === 'skipped',
              incomplete: last.status === 'incomplete',
              carried: last.carriedToNextWindow,
              note: last.note,
            }
          : null,
        failed: s.invoices.failed.invoices.map((f) => ({ id: f.invoiceId, number: f.number, code: f.code, reason: f.reason })),
      };
    };
  }
  if (review) {
    sources.reviews = async (tenantId): Promise<ReviewItemView[]> => {
      const r = await review.run(tenantId, { limit: STATUS_LIST_LIMIT });
      return r.customers.map((c) => ({
        customerId: c.customerId,
        displayName: c.displayName,
        reason:
          [c.reason, c.candidates.length > 0 ? `${c.candidates.length} possible matches in QuickBooks` : null, c.waitingInvoices > 0 ? `${c.waitingInvoices} invoice(s) waiting` : null]
            .filter((p): p is string => p !== null && p !== '')
            .join('; ') || null,
      }));
    };
  }
  if (duplicates) {
    sources.duplicates = async (tenantId): Promise<DuplicateView[]> => {
      const report = await duplicates.run(tenantId, { scan: false, limit: STATUS_LIST_LIMIT });
      return report.pairs.map((p) => ({
        title: `“${p.phaseOut.displayName}” (QuickBooks customer ${p.phaseOut.qboCustomerId}) probably duplicates “${p.keeper.displayName}” (${p.keeper.qboCustomerId})`,
        steps: [...p.mergeSteps, p.afterwards],
      }));
    };
  }
  return sources;
}
