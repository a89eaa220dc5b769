import { CustomerMirrorRepository } from '../../src/customers/customer-mirror-repository';
import { ListCustomersForReview } from '../../src/customers/list-customers-for-review';
import { CustomerLinkage } from '../../src/customers/customer-linkage';
import { LinkageCandidateSearch } from '../../src/customers/linkage-candidate-search';
import { ListDuplicates } from '../../src/customers/list-duplicates';
import { ReadCustomersSection } from '../../src/customers/read-customers-section';
import { ReadWaitingCustomers } from '../../src/customers/read-waiting-customers';
import { InvoiceBacklog } from '../../src/invoices/invoice-backlog';
import { InvoiceSyncRepository } from '../../src/invoices/invoice-sync-repository';
import { InvoiceWindowRepository } from '../../src/invoices/invoice-window-repository';
import { ReadTenantStatus } from '../../src/invoices/read-tenant-status';
import { waitFor } from '../support/wait-for';
import { InvoiceHarness } from './invoice-harness';

jest.setTimeout(60_000);

let h: InvoiceHarness;
beforeAll(async () => {
  h = await InvoiceHarness.start();
});
afterAll(async () => {
  await h.close();
});

async function states(tenantId: string): Promise<Record<string, string>> {
  const rows = (await h.ds.query(`SELECT id, sync_state FROM invoices WHERE tenant_id = $1 ORDER BY id`, [tenantId])) as Array<{ id: string; sync_state: string }>;
  return Object.fromEntries(rows.map((r) => [r.id, r.sync_state]));
}

it('a window reads only what is waiting: pushed invoices are settled, history before the start date parked, and a change makes them pending again', async () => {
  const { tenantId, realmId } = await h.tenant({ invoicesFrom: '2026-11-01' });
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  await h.invoice(tenantId, { id: 'a' });
  await h.invoice(tenantId, { id: 'b' });
  await h.invoice(tenantId, { id: 'old', issueDate: '2026-10-01' }); // before the sync start date
  await h.invoice(tenantId, { id: 'bad', lines: [{ quantity: 'x', unitPrice: '1.00' }] }); // fails before sending
  await h.invoice(tenantId, { id: 'orphan', customerId: 'nobody' }); // waits for its customer
  expect(await states(tenantId)).toEqual({ a: 'pending', b: 'pending', bad: 'pending', old: 'pending', orphan: 'pending' });

  const w = h.wire();
  expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ outcome: 'ran', summary: { pushed: 2 } });
  await new InvoiceSyncRepository(h.ds).settle(tenantId);
  expect(await states(tenantId)).toEqual({ a: 'settled', b: 'settled', bad: 'settled', old: 'parked', orphan: 'pending' });
  const status = await w.status.run(tenantId);
  expect(status?.invoices).toMatchObject({ pending: 1, beforeSyncStartDate: 1, failed: { total: 1 }, waiting: { total: 1 } });

  // A new version upstream (the same statement that writes it) makes it pending; the next window sends it.
  await h.invoice(tenantId, { id: 'a', version: 2, memo: 'changed' });
  // Moving the sync start date back makes the parked invoice pending.
  await h.ds.query(`UPDATE tenants SET invoices_from = '2026-09-01' WHERE tenant_id = $1`, [tenantId]);
  expect(await states(tenantId)).toMatchObject({ a: 'pending', old: 'pending', b: 'settled' });
  expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ outcome: 'ran', summary: { pushed: 1, updated: 1 } });
  await new InvoiceSyncRepository(h.ds).settle(tenantId);
  expect(await states(tenantId)).toEqual({ a: 'settled', b: 'settled', bad: 'settled', old: 'settled', orphan: 'pending' });
  expect(h.qboInvoices(realmId)).toHaveLength(3);

  // Forgetting what QBO holds (the company changed) makes every invoice pending again.
  await h.ds.query(`DELETE FROM invoice_sync WHERE tenant_id = $1`, [tenantId]);
  expect(Object.values(await states(tenantId)).every((s) => s === 'pending')).toBe(true);
});

it('settling never waits for an invoice another transaction is writing, and never settles a version it has not seen', async () => {
  const { tenantId, realmId } = await h.tenant();
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  await h.invoice(tenantId, { id: 'x' });
  const w = h.wire();
  // The window's outcome first: a failed or postponed push says so here, not as a bare 'pending' below.
  expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ outcome: 'ran', summary: { pushed: 1 } });
  await new InvoiceSyncRepository(h.ds).settle(tenantId);
  expect(await states(tenantId)).toEqual({ x: 'settled' });
  await h.ds.query(`UPDATE invoices SET sync_state = 'pending' WHERE tenant_id = $1`, [tenantId]); // as if not yet settled
  const qr = h.ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.startTransaction();
    await qr.query(`UPDATE invoices SET version = 2, updated_at = now() WHERE tenant_id = $1 AND id = 'x'`, [tenantId]);
    await new InvoiceSyncRepository(h.ds).settle(tenantId); // returns at once: the row is held, it is skipped
    expect(await states(tenantId)).toEqual({ x: 'pending' });
    await qr.commitTransaction();
  } finally {
    await qr.release();
  }
  await new InvoiceSyncRepository(h.ds).settle(tenantId);
  expect(await states(tenantId)).toEqual({ x: 'pending' }); // version 2 is not in QBO yet
});

const HOLD_KEY = 7_340_001;

/**
 * Makes every `settled` mark of the tenant's invoices wait, inside the settling statement, until
 * `release` (a test-only trigger waiting on an advisory lock held here): by then the statement has
 * read the invoices and their sync records, so what the test does meanwhile falls between its read
 * and its write.
 */
async function holdSettling(tenantId: string): Promise<{ release: () => Promise<void> }> {
  await h.ds.query(`
    CREATE OR REPLACE FUNCTION test_hold_settle() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(${HOLD_KEY});
      RETURN NEW;
    END $$`);
  await h.ds.query(
    `CREATE TRIGGER test_hold_settle BEFORE UPDATE OF sync_state ON invoices FOR EACH ROW
     WHEN (NEW.sync_state = 'settled' AND NEW.tenant_id = '${tenantId}') EXECUTE FUNCTION test_hold_settle()`,
  );
  const holder = h.ds.createQueryRunner();
  await holder.connect();
  await holder.query(`SELECT pg_advisory_lock($1)`, [HOLD_KEY]);
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      await holder.query(`SELECT pg_advisory_unlock($1)`, [HOLD_KEY]).catch(() => undefined);
      await holder.release();
      await h.ds.query(`DROP TRIGGER IF EXISTS test_hold_settle ON invoices`);
    },
  };
}

/** Sessions of the test database waiting for a lock: an advisory one, or a row's (another transaction's). */
async function waitingFor(kind: 'advisory' | 'row'): Promise<number> {
  const rows = (await h.ds.query(
    `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE NOT l.granted AND a.datname = current_database()
        AND CASE WHEN $1 = 'advisory' THEN l.locktype = 'advisory' ELSE l.locktype IN ('transactionid', 'tuple') END`,
    [kind],
  )) as Array<{ n: number }>;
  return rows[0]?.n ?? 0;
}

it.each([
  ['the tenant is reconnected to another company (its sync records are forgotten)', `UPDATE qbo_connections SET realm_id = realm_id || '-new' WHERE tenant_id = $1`],
  ['its sync record is changed so that it needs work again (as a resync does)', `UPDATE invoice_sync SET pushed_version = NULL, needs_check = 'reread' WHERE tenant_id = $1`],
])('an invoice is never settled on a sync record another transaction changes meanwhile: %s', async (_what, change) => {
  const { tenantId, realmId } = await h.tenant();
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  await h.invoice(tenantId, { id: 'x' });
  await h.wire().runWindow.run({ tenantId, trigger: 'run_now' });
  expect(await h.syncRow(tenantId, 'x')).toMatchObject({ pushed_version: '1' });
  // Pushed and not yet marked settled: how a window leaves its invoices between recording a batch and its next collect.
  await h.ds.query(`UPDATE invoices SET sync_state = 'pending' WHERE tenant_id = $1`, [tenantId]);

  const hold = await holdSettling(tenantId);
  try {
    const settling = new InvoiceSyncRepository(h.ds).settle(tenantId);
    await waitFor(async () => (await waitingFor('advisory')) > 0, { timeoutMs: 10_000, description: 'the settling statement between its read and its write' });
    // The change commits meanwhile, or waits for the settling statement: either way the invoice must end up to be sent again.
    let changed = false;
    const changing = h.ds.query(change, [tenantId]).then(() => {
      changed = true;
    });
    await waitFor(async () => changed || (await waitingFor('row')) > 0, { timeoutMs: 10_000, description: 'the change committed or waiting' });
    await hold.release();
    await Promise.all([settling, changing]);
  } finally {
    await hold.release();
  }
  expect(await states(tenantId)).toEqual({ x: 'pending' });
});

it('the status lists customers held for review and duplicates in bounded lists with exact totals', async () => {
  const { tenantId } = await h.tenant();
  for (let i = 0; i < 60; i++) {
    await h.link(tenantId, `r${String(i).padStart(2, '0')}`, 'review', null, 'two QuickBooks customers match');
  }
  const mirror = new CustomerMirrorRepository(h.ds);
  const section = new ReadCustomersSection(
    new ListCustomersForReview(h.ds),
    new ListDuplicates(h.ds, mirror, new CustomerLinkage(h.ds, new LinkageCandidateSearch(h.ds, mirror))),
    new ReadWaitingCustomers(h.ds),
  );
  const status = new ReadTenantStatus(h.ds, new InvoiceBacklog(h.ds), new InvoiceWindowRepository(h.ds), section);
  const s = await status.run(tenantId);
  expect(s?.customers?.heldForReviewTotal).toBe(60);
  expect(s?.customers?.heldForReview).toHaveLength(50);
  expect(s?.customers?.possibleDuplicatesTotal).toBe(0);
  expect(s?.customers?.awaitingFirstInvoice.total).toBe(0);
  expect(s?.customers?.awaitingCompanySettings).toMatchObject({ total: 0, load: { status: 'ready', failures: 0, lastError: null } });
  const full = await new ListCustomersForReview(h.ds).run(tenantId);
  expect(full).toMatchObject({ total: 60 });
  expect(full.customers).toHaveLength(60);
  // One held customer by id, wherever it stands in the queue (the page acts on it so): the newest, past a page of 10.
  const newest = full.customers[59]?.customerId ?? '';
  expect((await new ListCustomersForReview(h.ds).run(tenantId, { limit: 10 })).customers.map((c) => c.customerId)).not.toContain(newest);
  const one = await new ListCustomersForReview(h.ds).run(tenantId, { limit: 1, customerId: newest });
  expect(one.customers.map((c) => c.customerId)).toEqual([newest]);
  expect(one.total).toBe(60);
  expect((await new ListCustomersForReview(h.ds).run(tenantId, { limit: 1, customerId: 'not-held' })).customers).toEqual([]);
});
