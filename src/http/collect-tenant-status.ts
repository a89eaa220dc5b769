import { inject, injectable, ServiceIdentifier } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource } from 'typeorm';
import { ReadTenantOverview, TenantOverview } from '../connections/read-tenant-overview';

/** The invoice side of a tenant's status (pending, windows, failures). */
export interface InvoiceStatusView {
  /** Invoices that the next window will send (new, changed or to void). */
  pending: number;
  /** Invoices waiting for something other than the window (their customer's match, a reconnect...), by reason. */
  waiting: Array<{ reason: string; count: number }>;
  lastWindow: { startedAt: Date; finishedAt: Date | null; sent: number; failed: number; skipped: boolean; note: string | null; incomplete?: boolean; carried?: number } | null;
  failed: Array<{ id: string; number: string | null; code: string | null; reason: string | null }>;
}

export interface ReviewItemView {
  customerId: string;
  displayName: string | null;
  reason: string | null;
}

export interface DuplicateView {
  /** What the duplicates are, e.g. 'Ann O\'Neil (QuickBooks customers 12 and 57)'. */
  title: string;
  /** How to merge them in QuickBooks, step by step. */
  steps: string[];
}

/** The company behind the tenant, for the page's pickers and its QuickBooks section. */
export interface CompanyView {
  country: string | null;
  items: Array<{ id: string; name: string }>;
  incomeAccounts: Array<{ id: string; name: string }>;
  taxCodes: Array<{ id: string; name: string }>;
  proposedTaxCodes: { taxable: string; exempt: string } | null;
  /** Sentences: differences with QuickBooks' figures, numbers QuickBooks gave, payments. */
  sentences: string[];
}

export interface TenantStatusView {
  overview: TenantOverview;
  /** null when the company's lists are not read (yet) or that part is not there. */
  company?: CompanyView | null;
  /** null when the part that knows is not there (yet). */
  invoices: InvoiceStatusView | null;
  reviews: ReviewItemView[];
  duplicates: DuplicateView[] | null;
}

/** Optional sources owned by the invoices and customers parts; each is asked only when bound. */
export interface StatusSources {
  invoices?: (tenantId: string, now: Date) => Promise<InvoiceStatusView>;
  reviews?: (tenantId: string) => Promise<ReviewItemView[]>;
  duplicates?: (tenantId: string) => Promise<DuplicateView[]>;
  company?: (tenantId: string) => Promise<CompanyView | null>;
}

/** The parts' status sections (see status-sources.ts). */
export const STATUS_SOURCES: ServiceIdentifier<StatusSources> = Symbol.for('StatusSources');

const MAX_REVIEWS = 200;

/**
 * Everything the settings page shows below the form: the connection and the next window
 * (connections/), the invoice status and the customers part's review list and duplicates when
 * those parts provide them. Customers held for review are read from customer_links otherwise.
 */
@injectable()
export class CollectTenantStatus {
  constructor(
    @inject(ReadTenantOverview) private readonly overview: ReadTenantOverview,
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(STATUS_SOURCES) private readonly sources: StatusSources,
  ) {}

  /** `reviews: false` skips the review list (empty): the page's action sections read their own. */
  async run(tenantId: string, now = new Date(), opts: { reviews?: boolean } = {}): Promise<TenantStatusView | null> {
    const overview = await this.overview.run(tenantId, now);
    if (overview === null) return null;
    const [invoices, reviews, duplicates, company] = await Promise.all([
      this.sources.invoices ? this.sources.invoices(tenantId, now) : Promise.resolve(null),
      opts.reviews === false ? Promise.resolve([]) : this.sources.reviews ? this.sources.reviews(tenantId) : this.reviewsFromLinks(tenantId),
      this.sources.duplicates ? this.sources.duplicates(tenantId) : Promise.resolve(null),
      this.sources.company ? this.sources.company(tenantId) : Promise.resolve(null),
    ]);
    return { overview, invoices, reviews, duplicates, company };
  }

  private async reviewsFromLinks(tenantId: string): Promise<ReviewItemView[]> {
    const rows = (await this.dataSource.query(
      `SELECT l.customer_id, c.display_name, c.company_name, c.given_name, c.family_name, l.status_reason
       FROM customer_links l LEFT JOIN customers c ON c.tenant_id = l.tenant_id AND c.id = l.customer_id
       WHERE l.tenant_id = $1 AND l.status = 'review' ORDER BY l.updated_at DESC LIMIT $2`,
      [tenantId, MAX_REVIEWS],
    )) as Array<{ customer_id: string; display_name: string | null; company_name: string | null; given_name: string | null; family_name: string | null; status_reason: string | null }>;
    return rows.map((r) => ({
      customerId: r.customer_id,
      displayName: r.display_name ?? r.company_name ?? ([r.given_name, r.family_name].filter((p) => p).join(' ') || null),
      reason: r.status_reason,
    }));
  }
}
