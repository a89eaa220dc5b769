import { inject, injectable } from 'inversify';
import { ListCustomersForReview } from './list-customers-for-review';
import { ListDuplicates } from './list-duplicates';

/** The customers part of a tenant's status: customers held for review, notices, possible duplicates. */
export interface CustomersSection {
  heldForReview: Array<{ customerId: string; displayName: string | null; reason: string | null; waitingInvoices: number; since: string }>;
  notices: Awaited<ReturnType<ListCustomersForReview['run']>>['notices'];
  possibleDuplicates: Array<Pick<Awaited<ReturnType<ListDuplicates['run']>>['pairs'][number], 'phaseOut' | 'keeper' | 'evidence' | 'mergeSteps'>>;
}

/** What the status JSON and the CLI show of a tenant's customers (one read of each list). */
@injectable()
export class ReadCustomersSection {
  constructor(
    @inject(ListCustomersForReview) private readonly review: ListCustomersForReview,
    @inject(ListDuplicates) private readonly duplicates: ListDuplicates,
  ) {}

  async run(tenantId: string): Promise<CustomersSection> {
    const [review, duplicates] = await Promise.all([this.review.run(tenantId), this.duplicates.run(tenantId)]);
    return {
      heldForReview: review.customers.map((x) => ({ customerId: x.customerId, displayName: x.displayName, reason: x.reason, waitingInvoices: x.waitingInvoices, since: x.since })),
      notices: review.notices,
      possibleDuplicates: duplicates.pairs.map((p) => ({ phaseOut: p.phaseOut, keeper: p.keeper, evidence: p.evidence, mergeSteps: p.mergeSteps })),
    };
  }
}
