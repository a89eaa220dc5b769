import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { QBO_CLIENT, QboClient } from '../qbo/qbo-client';
import { QboError } from '../qbo/qbo-error';

/** A found item is read again after this long (a stable list: a periodic re-read, deferrable). */
const FOUND_TTL_MS = 7 * 24 * 3_600_000;
/** "No such item" is read again sooner: the user may create it. */
const MISSING_TTL_MS = 3_600_000;

/**
 * The QBO Item every invoice line refers to: the tenant's `default_item_id` when set, otherwise
 * the company's item named "Services" (Id "1" in a new company), looked up by name once per
 * company and kept in Postgres (invoice_item_refs), so a window costs no metered read for it.
 * A kept answer is read again after a week (an hour when there was none) as a deferrable re-read:
 * while the app's read budget holds reads back, the kept answer is used. null when the company
 * has neither.
 */
@injectable()
export class InvoiceItemRef {
  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
  ) {}

  async itemFor(tenantId: string): Promise<string | null> {
    const rows = (await this.dataSource.query(
      `SELECT t.default_item_id, q.realm_id, r.item_id, (extract(epoch FROM now() - r.read_at) * 1000)::bigint::text AS age_ms, r.realm_id IS NOT NULL AS kept
         FROM tenants t LEFT JOIN qbo_connections q ON q.tenant_id = t.tenant_id
         LEFT JOIN invoice_item_refs r ON r.tenant_id = t.tenant_id AND r.realm_id = q.realm_id
        WHERE t.tenant_id = $1`,
      [tenantId],
    )) as Array<{ default_item_id: string | null; realm_id: string | null; item_id: string | null; age_ms: string | null; kept: boolean }>;
    const row = rows[0];
    const configured = row?.default_item_id?.trim();
    if (configured) return configured;
    const realmId = row?.realm_id ?? null;
    if (row?.kept === true) {
      const ttl = row.item_id === null ? MISSING_TTL_MS : FOUND_TTL_MS;
      if (Number(row.age_ms ?? 0) < ttl) return row.item_id;
      try {
        return await this.read(tenantId, realmId, true);
      } catch (e) {
        if (e instanceof QboError && e.retriable) return row.item_id; // kept answer until QuickBooks can be asked
        throw e;
      }
    }
    return this.read(tenantId, realmId, false);
  }

  private async read(tenantId: string, realmId: string | null, again: boolean): Promise<string | null> {
    // The port has no item query; a one-item batch carries it. A fresh requestid: a query must never be replayed.
    const [answer] = await withCallPurpose(
      'lookup',
      () => this.qbo.batch(tenantId, [{ bId: 'item', Query: `SELECT * FROM Item WHERE Name = 'Services'` }], { requestId: randomUUID(), realmId: realmId ?? undefined }),
      { deferrable: again },
    );
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
    if (realmId !== null) {
      await this.dataSource.query(
        `INSERT INTO invoice_item_refs (tenant_id, realm_id, item_id, read_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (tenant_id, realm_id) DO UPDATE SET item_id = EXCLUDED.item_id, read_at = now()`,
        [tenantId, realmId, id],
      );
    }
    return id;
  }
}
