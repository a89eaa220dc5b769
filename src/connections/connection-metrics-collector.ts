import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { Metrics, ScrapeCollector } from '../metrics/metrics';
import { DATA_SOURCE } from '../tokens';

/** Tenants by QuickBooks connection status (needs_reconnect is what the alert watches), read at scrape. */
@injectable()
export class ConnectionMetricsCollector implements ScrapeCollector {
  readonly name = 'connections';

  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(Metrics) private readonly metrics: Metrics,
  ) {}

  async collect(): Promise<void> {
    const rows = (await this.dataSource.query(
      `SELECT COALESCE(c.status, 'none') AS status, count(*)::int AS n
         FROM tenants t LEFT JOIN qbo_connections c ON c.tenant_id = t.tenant_id GROUP BY 1`,
    )) as Array<{ status: string; n: number }>;
    for (const status of ['connected', 'needs_reconnect', 'disconnected', 'none']) {
      this.metrics.tenantsByConnection.set({ connection: status }, rows.find((r) => r.status === status)?.n ?? 0);
    }
  }
}
