import { inject, injectable } from 'inversify';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { CustomerLinkRepository } from '../customers/customer-link-repository';
import { ResolveCustomer } from '../customers/resolve-customer';
import { Logger } from '../logger';
import { DATA_SOURCE, LOGGER } from '../tokens';

const LEASE_MS = 120_000;
const LIMIT = 500;
const RETRY_DELAY_MS = 30_000;

/**
 * The window's "resolve customers still pending" step, through the customers part: the tenant's
 * customers with invoices waiting on them whose link is not resolved at its wanted version are
 * claimed with the same lease the customer resolution task uses (so the two never work on one
 * customer at once) and resolved by ResolveCustomer. Only when the tenant's customer mirror is
 * loaded (matching against an empty mirror would create duplicates); otherwise the invoices
 * simply wait, as "customer not yet matched".
 */
@injectable()
export class ResolveWindowCustomers {
  private readonly workerId = `invoice-window:${hostname()}:${process.pid}`;
  private readonly logger: Logger;

  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(CustomerLinkRepository) private readonly links: CustomerLinkRepository,
    @inject(ResolveCustomer) private readonly resolve: ResolveCustomer,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'invoices' });
  }

  async run(tenantId: string): Promise<void> {
    const { dataSource, links, resolve, logger, workerId } = this;
    const claimed = (await dataSource.query(
      `WITH todo AS (
         SELECT l.tenant_id, l.customer_id FROM customer_links l
         JOIN qbo_customer_mirror_state s ON s.tenant_id = l.tenant_id AND s.status = 'ready'
         WHERE l.tenant_id = $1 AND l.status <> 'linked'
           AND l.wanted_version IS NOT NULL AND (l.resolved_version IS NULL OR l.resolved_version < l.wanted_version)
           AND (l.claimed_until IS NULL OR l.claimed_until < now())
           AND EXISTS (SELECT 1 FROM invoices i WHERE i.tenant_id = l.tenant_id AND i.customer_id = l.customer_id AND NOT i.voided)
         ORDER BY l.updated_at LIMIT $2
         FOR UPDATE OF l SKIP LOCKED)
       UPDATE customer_links l SET claimed_by = $3, claimed_until = now() + $4 * interval '1 millisecond'
       FROM todo WHERE l.tenant_id = todo.tenant_id AND l.customer_id = todo.customer_id
       RETURNING l.customer_id`,
      [tenantId, LIMIT, workerId, LEASE_MS],
    )) as unknown;
    const rows = Array.isArray(claimed) && Array.isArray(claimed[0]) ? (claimed[0] as Array<{ customer_id: string }>) : ((claimed as Array<{ customer_id: string }>) ?? []);
    let resolved = 0;
    for (const r of rows) {
      try {
        await resolve.run(tenantId, r.customer_id);
        resolved += 1;
      } catch (e) {
        await links.release({ tenantId, customerId: r.customer_id }, workerId, RETRY_DELAY_MS, e instanceof Error ? e.message : String(e));
        if ((e as { holdsWork?: boolean }).holdsWork === true) throw e;
        logger.warn({ tenantId, customerId: r.customer_id, err: e }, 'customer not resolved in the window; its invoices wait');
      }
    }
    if (rows.length > 0) logger.info({ tenantId, claimed: rows.length, resolved }, 'pending customers resolved before the window');
  }
}
