import { inject, injectable } from 'inversify';
import { AWAITING_COMPANY_SETTINGS_REASON, AWAITING_INVOICE_REASON } from './create-qbo-customer';
import { ListCustomersForReview } from './list-customers-for-review';
import { ListDuplicates } from './list-duplicates';
import { CompanySettingsLoad, ReadWaitingCustomers } from './read-waiting-customers';

/** The customers part of a tenant's status: customers held for review, notices, possible duplicates, customers whose create waits (first invoice, company settings). */
export interface CustomersSection {
  /** How many customers are held for review (the list shows at most STATUS_LIST_LIMIT). */
  heldForReviewTotal: number;
  /** Open duplicate flags (the list shows at most STATUS_LIST_LIMIT; the full scan: the duplicates report). */
  possibleDuplicatesTotal: number;
  /** Customers of a multi-currency company not created yet: they wait for their first invoice (its currency). */
  awaitingFirstInvoice: { total: number; reason: string };
  /**
   * Customers not created yet because the company's settings are not read from QuickBooks (just
   * after a connect); `load`: where that read is (it is retried while the company is connected,
   * the reason says how it last failed), so a wait that lasts is visible with its cause.
   */
  awaitingCompanySettings: { total: number; reason: string; load: CompanySettingsLoad };
  heldForReview: Array<{ customerId: string; displayName: string | null; reason: string | null; waitingInvoices: number; since: string }>;
  notices: Awaited<ReturnType<ListCustomersForReview['run']>>['notices'];
  possibleDuplicates: Array<Pick<Awaited<ReturnType<ListDuplicates['run']>>['pairs'][number], 'phaseOut' | 'keeper' | 'evidence' | 'mergeSteps'>>;
}

/** Items of each list a status shows at most (totals are exact). */
export const STATUS_LIST_LIMIT = 50;

/**
 * What the status JSON and the CLI show of a tenant's customers: one bounded read of each list,
 * in a fixed number of queries. Duplicates are the flagged pairs; the full scan of every
 * customer the sync created is the duplicates report's (GET /api/tenants/{id}/duplicates).
 */
@injectable()
export class ReadCustomersSection {
  constructor(
    @inject(ListCustomersForReview) private readonly review: ListCustomersForReview,
    @inject(ListDuplicates) private readonly duplicates: ListDuplicates,
    @inject(ReadWaitingCustomers) private readonly waiting: ReadWaitingCustomers,
  ) {}

  async run(tenantId: string): Promise<CustomersSection> {
    const [review, duplicates, waiting] = await Promise.all([
      this.review.run(tenantId, { limit: STATUS_LIST_LIMIT }),
      this.duplicates.run(tenantId, { scan: false, limit: STATUS_LIST_LIMIT }),
      this.waiting.run(tenantId),
    ]);
    return {
      heldForReviewTotal: review.total,
      possibleDuplicatesTotal: duplicates.total,
      awaitingFirstInvoice: { total: waiting.firstInvoice, reason: AWAITING_INVOICE_REASON },
      awaitingCompanySettings: { total: waiting.companySettings, reason: settingsWaitReason(waiting.settingsLoad), load: waiting.settingsLoad },
      heldForReview: review.customers.map((x) => ({ customerId: x.customerId, displayName: x.displayName, reason: x.reason, waitingInvoices: x.waitingInvoices, since: x.since })),
      notices: review.notices,
      possibleDuplicates: duplicates.pairs.map((p) => ({ phaseOut: p.phaseOut, keeper: p.keeper, evidence: p.evidence, mergeSteps: p.mergeSteps })),
    };
  }
}

/** The settings wait's reason with where the read of the company's settings is: "read now", or how it last failed and when it is tried again. */
function settingsWaitReason(load: CompanySettingsLoad): string {
  switch (load.status) {
    case 'ready':
      return `${AWAITING_COMPANY_SETTINGS_REASON} (they are read now: the customers are resolved again in a moment)`;
    case 'failed':
      return `${AWAITING_COMPANY_SETTINGS_REASON}; reading them failed ${load.failures} time(s), last: ${load.lastError ?? 'unknown error'}; tried again ${load.nextAttemptAt === null ? 'soon' : `at ${load.nextAttemptAt}`} while the company is connected`;
    case 'loading':
      return `${AWAITING_COMPANY_SETTINGS_REASON} (being read now${load.failures > 0 ? `, after ${load.failures} failed read(s), last: ${load.lastError ?? 'unknown error'}` : ''})`;
    case 'not-started':
      return `${AWAITING_COMPANY_SETTINGS_REASON} (not read yet: read once the company is connected)`;
  }
}
