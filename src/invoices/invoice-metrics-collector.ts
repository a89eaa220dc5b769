import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { Metrics, ScrapeCollector, TOP_TENANTS } from '../metrics/metrics';
import { DATA_SOURCE } from '../tokens';

/**
 * Invoices by sync state over all tenants, aggregated (read at scrape through the partial
 * indexes on sync_state and the failures), and the pending count of the top tenants only, so
 * the number of series stays bounded however many tenants there are.
 */
@injectable()
export class InvoiceMetricsCollector implements ScrapeCollector {
  readonly name = 'invoices';

  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(Metrics) private readonly metrics: Metrics,
  ) {}

  async collect(): Promise<void> {
    const [states, failed, top] = await Promise.all([
      this.dataSource.query(
        `SELECT sync_state AS state, count(*)::int AS n FROM invoices WHERE sync_state IN ('pending', 'parked') GROUP BY sync_state`,
      ) as Promise<Array<{ state: string; n: number }>>,
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM invoice_sync s JOIN invoices i ON i.tenant_id = s.tenant_id AND i.id = s.invoice_id
          WHERE s.failed_version IS NOT NULL AND s.failed_version >= i.version`,
      ) as Promise<Array<{ n: number }>>,
      this.dataSource.query(
        `SELECT tenant_id, count(*)::int AS n FROM invoices WHERE sync_state = 'pending' GROUP BY tenant_id ORDER BY count(*) DESC, tenant_id LIMIT $1`,
        [TOP_TENANTS],
      ) as Promise<Array<{ tenant_id: string; n: number }>>,
    ]);
    const g = this.metrics.invoices;
    g.set({ state: 'pending' }, states.find((r) => r.state === 'pending')?.n ?? 0);
    g.set({ state: 'parked' }, states.find((r) => r.state === 'parked')?.n ?? 0);
    g.set({ state: 'failed' }, failed[0]?.n ?? 0);
    this.metrics.tenantInvoicesPending.reset();
    for (const r of top) this.metrics.tenantInvoicesPending.set({ tenant: r.tenant_id }, r.n);
  }
}
