import { DataSource, EntityManager } from 'typeorm';
import { CustomerContact } from '../domain/customer-contact';
import { linkageKeys, linkageRecord } from '../domain/linkage/linkage-record';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/**
 * Replaces the match keys of the given mirror customers (qbo_customer_match_keys): called
 * with every customer the mirror upsert wrote, in the same transaction when there is one.
 */
export async function writeLinkageKeys(q: Queryable, tenantId: string, customers: ReadonlyArray<{ qboId: string; contact: CustomerContact }>): Promise<void> {
  if (customers.length === 0) return;
  const ids: string[] = [];
  const keys: string[] = [];
  for (const c of customers) {
    for (const key of linkageKeys(linkageRecord(c.contact))) {
      ids.push(c.qboId);
      keys.push(key);
    }
  }
  await q.query(`DELETE FROM qbo_customer_match_keys WHERE tenant_id = $1 AND qbo_id = ANY($2::text[])`, [tenantId, customers.map((c) => c.qboId)]);
  if (keys.length === 0) return;
  await q.query(
    `INSERT INTO qbo_customer_match_keys (tenant_id, key, qbo_id)
     SELECT $1, t.key, t.qbo_id FROM unnest($2::text[], $3::text[]) AS t(key, qbo_id)
     ON CONFLICT DO NOTHING`,
    [tenantId, keys, ids],
  );
}
