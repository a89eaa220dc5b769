import { inject, injectable } from 'inversify';
import { AWAITING_INVOICE_REASON } from './create-qbo-customer';
import { CustomerLinkRepository } from './customer-link-repository';
import { ListCustomersForReview } from './list-customers-for-review';
import { ListDuplicates } from './list-duplicates';

/** The customers part of a tenant's status: customers held for review, notices, possible duplicates, customers waiting for their first invoice. */
export interface CustomersSection {
  /** How many customers are held for review (the list shows at most STATUS_LIST_LIMIT). */
  heldForReviewTotal: number;
  /** Open duplicate flags (the list shows at most STATUS_LIST_LIMIT; the full scan: the duplicates report). */
  possibleDuplicatesTotal: number;
  /** Customers of a multi-currency company not created yet: they wait for their first invoice (its currency). */
  awaitingFirstInvoice: { total: number; reason: string };
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
    @inject(CustomerLinkRepository) private readonly links: CustomerLinkRepository,
  ) {}

  async run(tenantId: string): Promise<CustomersSection> {
    const [review, duplicates, awaiting] = await Promise.all([
      this.review.run(tenantId, { limit: STATUS_LIST_LIMIT }),
      this.duplicates.run(tenantId, { scan: false, limit: STATUS_LIST_LIMIT }),
      this.links.countAwaitingInvoice(tenantId),
    ]);
    return {
      heldForReviewTotal: review.total,
      possibleDuplicatesTotal: duplicates.total,
      awaitingFirstInvoice: { total: awaiting, reason: AWAITING_INVOICE_REASON },
      heldForReview: review.customers.map((x) => ({ customerId: x.customerId, displayName: x.displayName, reason: x.reason, waitingInvoices: x.waitingInvoices, since: x.since })),
      notices: review.notices,
      possibleDuplicates: duplicates.pairs.map((p) => ({ phaseOut: p.phaseOut, keeper: p.keeper, evidence: p.evidence, mergeSteps: p.mergeSteps })),
    };
  }
}
