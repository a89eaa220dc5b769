import { randomBytes } from 'node:crypto';
import { ApplyQboMerge } from '../../src/customers/apply-qbo-merge';
import { CustomerDecisionLog } from '../../src/customers/customer-decision-log';
import { CustomerLinkRepository } from '../../src/customers/customer-link-repository';
import { CustomerMirrorRepository } from '../../src/customers/customer-mirror-repository';
import { InvoiceBatchRepository } from '../../src/invoices/invoice-batch-repository';
import type { PlannedItem } from '../../src/invoices/invoice-batch-types';
import { InvoiceSyncRepository } from '../../src/invoices/invoice-sync-repository';
import { QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';
import { TokenCipher } from '../../src/qbo/token-cipher';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * Issue 11 item 5: every local write that records a QuickBooks id carries the company (realm) it
 * was computed for and is applied only while the tenant is on that company. A replica still
 * working for the old company after a reconnect writes nothing (REALM_CHANGED); reads that pick
 * ids to use ignore another company's rows.
 */
let db: TestDatabase;
let seq = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.drop();
});

/** A tenant connected to 'new-realm', after having been on 'old-realm'. */
async function movedTenant(): Promise<string> {
  const tenantId = `acct_rg_${++seq}`;
  await db.dataSource.query(`INSERT INTO tenants (tenant_id, enabled) VALUES ($1, true)`, [tenantId]);
  await db.dataSource.query(`INSERT INTO qbo_connections (tenant_id, realm_id) VALUES ($1, 'old-realm')`, [tenantId]);
  await db.dataSource.query(
    `INSERT INTO customers (tenant_id, id, version, display_name, last_event_id, occurred_at) VALUES ($1, 'cus_1', 1, 'Ann', $2, now())`,
    [tenantId, `evt-${tenantId}`],
  );
  await db.dataSource.query(`UPDATE qbo_connections SET realm_id = 'new-realm' WHERE tenant_id = $1`, [tenantId]); // the reconnect (its trigger runs)
  return tenantId;
}

const refusal = { kind: 'halted', code: 'REALM_CHANGED' };
const one = async <T>(sql: string, params: unknown[]): Promise<T | undefined> => ((await db.dataSource.query(sql, params)) as T[])[0];

describe('customer links', () => {
  it('a link computed for the old company is dropped; one for the current company is written with its realm', async () => {
    const tenantId = await movedTenant();
    const links = new CustomerLinkRepository(db.dataSource);
    await expect(
      links.settle(tenantId, 'cus_1', { status: 'linked', qboCustomerId: '610', reason: 'stale', method: 'email', version: 1, realmId: 'old-realm' }),
    ).rejects.toMatchObject(refusal);
    expect(await one(`SELECT qbo_customer_id, status FROM customer_links WHERE tenant_id = $1`, [tenantId])).toMatchObject({ qbo_customer_id: null, status: 'pending' });

    await links.settle(tenantId, 'cus_1', { status: 'linked', qboCustomerId: '7', reason: 'email', method: 'email', version: 1, realmId: 'new-realm' });
    expect(await one(`SELECT qbo_customer_id, realm_id FROM customer_links WHERE tenant_id = $1`, [tenantId])).toEqual({ qbo_customer_id: '7', realm_id: 'new-realm' });
    expect((await links.find(tenantId, 'cus_1'))?.realmId).toBe('new-realm');
  });

  it('links of another company are not picked for a merge', async () => {
    const tenantId = await movedTenant();
    await db.dataSource.query(`UPDATE customer_links SET qbo_customer_id = '5', status = 'linked', realm_id = 'old-realm' WHERE tenant_id = $1`, [tenantId]);
    const links = new CustomerLinkRepository(db.dataSource);
    expect(await links.pointingAt(tenantId, 'new-realm', '5')).toEqual([]);
    expect((await links.pointingAt(tenantId, 'old-realm', '5')).map((l) => l.customerId)).toEqual(['cus_1']);
  });
});

describe('the customer mirror', () => {
  const customer = { Id: '610', SyncToken: '0', DisplayName: 'Old Company Customer', Active: true };

  it("customers read from the old company are not mirrored for the new one", async () => {
    const tenantId = await movedTenant();
    const mirror = new CustomerMirrorRepository(db.dataSource);
    await expect(mirror.upsert(tenantId, 'old-realm', [customer])).rejects.toMatchObject(refusal);
    expect(await mirror.count(tenantId)).toBe(0);
    expect(await mirror.upsert(tenantId, 'new-realm', [customer])).toBe(1);
    expect(await one(`SELECT realm_id FROM qbo_customer_mirror WHERE tenant_id = $1`, [tenantId])).toEqual({ realm_id: 'new-realm' });
  });

  it('the mirror is ready for a resolution only when it was loaded from the connected company', async () => {
    const tenantId = await movedTenant();
    const mirror = new CustomerMirrorRepository(db.dataSource);
    await db.dataSource.query(`INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status) VALUES ($1, 'old-realm', 'ready')`, [tenantId]);
    expect(await mirror.readyRealm(tenantId)).toBeNull();
    await db.dataSource.query(`UPDATE qbo_customer_mirror_state SET realm_id = 'new-realm' WHERE tenant_id = $1`, [tenantId]);
    expect(await mirror.readyRealm(tenantId)).toBe('new-realm');
  });

  it('a merge seen in the old company is not applied', async () => {
    const tenantId = await movedTenant();
    const mirror = new CustomerMirrorRepository(db.dataSource);
    const links = new CustomerLinkRepository(db.dataSource);
    const connections = new QboConnectionRepository(db.dataSource, new TokenCipher(randomBytes(32)));
    const merge = new ApplyQboMerge(db.dataSource, mirror, links, new CustomerDecisionLog(db.dataSource), connections);
    await mirror.upsert(tenantId, 'new-realm', [customer, { ...customer, Id: '611', DisplayName: 'Keeper' }]);
    await expect(merge.run(tenantId, 'old-realm', '610', '611')).rejects.toMatchObject(refusal);
    expect((await mirror.get(tenantId, '610'))?.mergedInto).toBeNull();
    await merge.run(tenantId, 'new-realm', '610', '611');
    expect((await mirror.get(tenantId, '610'))?.mergedInto).toBe('611');
  });
});

describe('invoice batches and sync records', () => {
  const item: PlannedItem = {
    bId: '1',
    invoiceId: 'inv_1',
    number: 'INV-1',
    version: 1,
    operation: 'create',
    qboCustomerId: '610',
    payload: null,
    invoice: { DocNumber: 'INV-1', CustomerRef: { value: '610' } },
  };

  it('a batch planned for the old company is not persisted', async () => {
    const tenantId = await movedTenant();
    const batches = new InvoiceBatchRepository(db.dataSource);
    await expect(batches.persistBatches(tenantId, 'old-realm', null, [[item]])).rejects.toMatchObject(refusal);
    expect(await one(`SELECT count(*)::int AS n FROM invoice_batches WHERE tenant_id = $1`, [tenantId])).toEqual({ n: 0 });
    expect(await one(`SELECT count(*)::int AS n FROM invoice_sync WHERE tenant_id = $1`, [tenantId])).toEqual({ n: 0 });

    const [b] = await batches.persistBatches(tenantId, 'new-realm', null, [[{ ...item, qboCustomerId: '7' }]]);
    expect(b?.realmId).toBe('new-realm');
    expect(await one(`SELECT realm_id FROM invoice_batches WHERE tenant_id = $1`, [tenantId])).toEqual({ realm_id: 'new-realm' });
    expect((await batches.openBatches(tenantId)).map((x) => x.realmId)).toEqual(['new-realm']);
  });

  it("a batch's results are not recorded once the tenant moved to another company", async () => {
    const tenantId = `acct_rg_${++seq}`;
    await db.dataSource.query(`INSERT INTO qbo_connections (tenant_id, realm_id) VALUES ($1, 'old-realm')`, [tenantId]);
    const batches = new InvoiceBatchRepository(db.dataSource);
    const [b] = await batches.persistBatches(tenantId, 'old-realm', null, [[item]]);
    if (b === undefined) throw new Error('no batch');
    await db.dataSource.query(`UPDATE qbo_connections SET realm_id = 'new-realm' WHERE tenant_id = $1`, [tenantId]);
    // the trigger abandoned it; even re-opened (a late writer), recording is refused for the old company
    await db.dataSource.query(`UPDATE invoice_batches SET status = 'open' WHERE id = $1`, [b.id]);
    await db.dataSource.query(`INSERT INTO invoice_sync (tenant_id, invoice_id, batch_id, realm_id) VALUES ($1, 'inv_1', $2, 'old-realm')`, [tenantId, b.id]);
    expect(await batches.recordBatch(tenantId, b.id, [{ kind: 'applied', item, qboId: '9001', syncToken: '0', docNumber: 'INV-1' }])).toBe(false);
    expect(await one(`SELECT qbo_invoice_id FROM invoice_sync WHERE tenant_id = $1`, [tenantId])).toEqual({ qbo_invoice_id: null });
    await batches.abandonBatch(tenantId, b);
    expect(await one(`SELECT status FROM invoice_batches WHERE id = $1`, [b.id])).toEqual({ status: 'open' });
  });

  it("an invoice's sync record is written only for the current company, and another company's is ignored", async () => {
    const tenantId = await movedTenant();
    const repo = new InvoiceSyncRepository(db.dataSource);
    await expect(repo.linkFound(tenantId, 'old-realm', 'inv_1', { id: '9001', syncToken: '0', docNumber: 'INV-1', voided: false })).rejects.toMatchObject(refusal);
    await expect(repo.markFailed(tenantId, 'old-realm', 'inv_1', 1, '6000', 'x')).rejects.toMatchObject(refusal);
    expect(await one(`SELECT count(*)::int AS n FROM invoice_sync WHERE tenant_id = $1`, [tenantId])).toEqual({ n: 0 });
    await repo.linkFound(tenantId, 'new-realm', 'inv_1', { id: '12', syncToken: '0', docNumber: 'INV-1', voided: false });
    expect(await one(`SELECT qbo_invoice_id, realm_id FROM invoice_sync WHERE tenant_id = $1`, [tenantId])).toEqual({ qbo_invoice_id: '12', realm_id: 'new-realm' });

    // A record and a link of the old company (a late writer) are never used for the new one.
    await db.dataSource.query(`UPDATE invoice_sync SET realm_id = 'old-realm' WHERE tenant_id = $1`, [tenantId]);
    await db.dataSource.query(`UPDATE customer_links SET qbo_customer_id = '610', status = 'linked', realm_id = 'old-realm' WHERE tenant_id = $1`, [tenantId]);
    await db.dataSource.query(
      `INSERT INTO invoices (tenant_id, id, version, customer_id, number, issue_date, lines, last_event_id, occurred_at)
       VALUES ($1, 'inv_1', 1, 'cus_1', 'INV-1', now()::date, '[]', $2, now()), ($1, 'inv_2', 1, 'cus_1', 'INV-2', now()::date, '[]', $3, now())`,
      [tenantId, `evt-i1-${tenantId}`, `evt-i2-${tenantId}`],
    );
    await db.dataSource.query(`UPDATE tenants SET invoices_from = '2000-01-01' WHERE tenant_id = $1`, [tenantId]);
    expect(await repo.collect(tenantId, 'new-realm', 10, [])).toEqual([]); // inv_1: another company's record; inv_2: its customer's link is another company's
    await expect(repo.collect(tenantId, 'old-realm', 10, [])).resolves.toEqual([]); // not the tenant's company any more
    await db.dataSource.query(`UPDATE customer_links SET qbo_customer_id = '7', realm_id = 'new-realm' WHERE tenant_id = $1`, [tenantId]);
    expect((await repo.collect(tenantId, 'new-realm', 10, [])).map((c) => [c.invoiceId, c.linkedQboCustomerId])).toEqual([['inv_2', '7']]);
  });
});
