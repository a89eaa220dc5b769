import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { QBO_CLIENT, QboClient } from '../qbo/qbo-client';

const CACHE_MS = 60 * 60 * 1000;

/**
 * The QBO Item every invoice line refers to: the tenant's `default_item_id` when set, otherwise
 * the company's item named "Services" (Id "1" in a new company), looked up once by name and
 * cached for an hour. null when the company has neither.
 */
@injectable()
export class InvoiceItemRef {
  private readonly cache = new Map<string, { id: string | null; at: number }>();

  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
  ) {}

  async itemFor(tenantId: string): Promise<string | null> {
    const rows = (await this.dataSource.query(
      `SELECT t.default_item_id, q.realm_id FROM tenants t LEFT JOIN qbo_connections q ON q.tenant_id = t.tenant_id WHERE t.tenant_id = $1`,
      [tenantId],
    )) as Array<{ default_item_id: string | null; realm_id: string | null }>;
    const configured = rows[0]?.default_item_id?.trim();
    if (configured) return configured;
    // Keyed by company too: a tenant reconnected to another company has other items.
    const key = `${tenantId}\u0000${rows[0]?.realm_id ?? ''}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.id;
    // The port has no item query; a one-item batch carries it. A fresh requestid: a query must never be replayed.
    const [answer] = await this.qbo.batch(tenantId, [{ bId: 'item', Query: `SELECT * FROM Item WHERE Name = 'Services'` }], {
      requestId: randomUUID(),
    });
    let id: string | null = null;
    if (answer?.ok && answer.entity === 'QueryResponse') {
      const items = answer.value.Item;
      if (Array.isArray(items)) {
        const first = items[0] as { Id?: unknown } | undefined;
        if (first && typeof first.Id === 'string') id = first.Id;
      }
    } else if (answer && !answer.ok) {
      throw answer.error;
    }
    this.cache.set(key, { id, at: Date.now() });
    return id;
  }
}
