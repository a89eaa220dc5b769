import { inject, injectable } from 'inversify';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { ClaimedCustomer, CustomerLinkRepository, linkDueSql } from '../customers/customer-link-repository';
import { CUSTOMER_RESOLUTION_TASK_OPTIONS, CustomerResolutionTaskOptions } from '../customers/customer-resolution-task';
import { ResolveCustomer } from '../customers/resolve-customer';
import { returnedRows } from '../customers/returned-rows';
import { workClaimedCustomers } from '../customers/work-claimed-customers';
import { Logger } from '../logger';
import { DATA_SOURCE, LOGGER } from '../tokens';

/** At most this many customers per window step; the rest wait for the resolution task or the next window. */
const MAX_PER_WINDOW = 500;
/** Claims per lane at a time: what one lease can finish, renewed while worked on. */
const CLAIMS_PER_LANE = 2;

/** What the step takes from the customer resolution settings: the same lease, lanes and retry delay as the task. */
export type WindowCustomerOptions = Pick<CustomerResolutionTaskOptions, 'leaseMs' | 'concurrency' | 'retryDelayMs'>;

/**
 * The window's "resolve customers still pending" step, through the customers part: the tenant's
 * customers with invoices waiting on them whose link is due (linkDueSql: not resolved at its
 * wanted version; or waiting for its first invoice to know its currency, and it has one now; or
 * waiting for the company's settings, and the lists are loaded now: FlushInvoices loads them just
 * before this step) are claimed with the lease the customer resolution task uses (so the two never
 * work on one customer at once) and resolved by ResolveCustomer in the task's lanes. Claims are taken a few
 * per lane at a time and renewed while worked on (workClaimedCustomers): a crash leaves only
 * those few claimed, for one lease at most. Only when the tenant's customer mirror is loaded
 * (matching against an empty mirror would create duplicates); otherwise the invoices simply wait,
 * as "customer not yet matched".
 */
@injectable()
export class ResolveWindowCustomers {
  private readonly workerId = `invoice-window:${hostname()}:${process.pid}`;
  private readonly logger: Logger;

  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(CustomerLinkRepository) private readonly links: CustomerLinkRepository,
    @inject(ResolveCustomer) private readonly resolve: { run(tenantId: string, customerId: string): Promise<unknown> },
    @inject(CUSTOMER_RESOLUTION_TASK_OPTIONS) private readonly options: WindowCustomerOptions,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'invoices' });
  }

  async run(tenantId: string): Promise<void> {
    const lanes = Math.max(1, this.options.concurrency);
    const chunk = lanes * CLAIMS_PER_LANE;
    let claimedTotal = 0;
    let resolved = 0;
    while (claimedTotal < MAX_PER_WINDOW) {
      const claims = await this.claim(tenantId, Math.min(chunk, MAX_PER_WINDOW - claimedTotal));
      claimedTotal += claims.length;
      await workClaimedCustomers(this.links, claims, { lanes, leaseMs: this.options.leaseMs, workerId: this.workerId }, async (c) => {
        if (await this.resolveOne(c)) resolved += 1;
      });
      if (claims.length < chunk) break;
    }
    if (claimedTotal > 0) this.logger.info({ tenantId, claimed: claimedTotal, resolved }, 'pending customers resolved before the window');
  }

  /** True when resolved; a failure gives the claim back after the retry delay (a reconnect is rethrown: the window stops). */
  private async resolveOne(c: ClaimedCustomer): Promise<boolean> {
    try {
      await this.resolve.run(c.tenantId, c.customerId);
      return true;
    } catch (e) {
      await this.links.release(c, this.workerId, this.options.retryDelayMs, e instanceof Error ? e.message : String(e));
      if ((e as { holdsWork?: boolean }).holdsWork === true) throw e;
      this.logger.warn({ tenantId: c.tenantId, customerId: c.customerId, err: e }, 'customer not resolved in the window; its invoices wait');
      return false;
    }
  }

  private async claim(tenantId: string, limit: number): Promise<ClaimedCustomer[]> {
    const result: unknown = await this.dataSource.query(
      `WITH todo AS (
         SELECT l.tenant_id, l.customer_id FROM customer_links l
         JOIN qbo_customer_mirror_state s ON s.tenant_id = l.tenant_id AND s.status = 'ready'
         WHERE l.tenant_id = $1 AND l.status <> 'linked'
           AND ${linkDueSql('l')}
           AND (l.claimed_until IS NULL OR l.claimed_until < now())
           AND EXISTS (SELECT 1 FROM invoices i WHERE i.tenant_id = l.tenant_id AND i.customer_id = l.customer_id AND NOT i.voided)
         ORDER BY l.updated_at LIMIT $2
         FOR UPDATE OF l SKIP LOCKED)
       UPDATE customer_links l SET claimed_by = $3, claimed_until = now() + $4 * interval '1 millisecond'
       FROM todo WHERE l.tenant_id = todo.tenant_id AND l.customer_id = todo.customer_id
       RETURNING l.tenant_id, l.customer_id`,
      [tenantId, limit, this.workerId, this.options.leaseMs],
    );
    return returnedRows<{ tenant_id: string; customer_id: string }>(result).map((r) => ({ tenantId: r.tenant_id, customerId: r.customer_id }));
  }
}
