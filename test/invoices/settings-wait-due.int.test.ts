import { CustomerLinkRepository } from '../../src/customers/customer-link-repository';
import { ChangeReadSchedule } from '../../src/invoices/change-read-schedule';
import { ResolveWindowCustomers } from '../../src/invoices/resolve-window-customers';
import { InvoiceHarness } from './invoice-harness';

/**
 * Issue 12, currency: a customer whose create waits for the company's settings (link method
 * 'awaiting-company-settings', just after a connect) is due for resolution only once the lists of
 * the tenant's connected company are loaded, and alike for everything that asks linkDueSql: the
 * resolution task's claim, the window's customer step, and the change-read schedule (which reads a
 * tenant's customer changes at once while customers wait to be resolved). A list loaded for a
 * former company does not make it due. All of it read from Postgres, so any replica sees it.
 */
jest.setTimeout(60_000);

let h: InvoiceHarness;
let links: CustomerLinkRepository;
let schedule: ChangeReadSchedule;
beforeAll(async () => {
  h = await InvoiceHarness.start();
  links = new CustomerLinkRepository(h.ds);
  schedule = new ChangeReadSchedule(h.ds, { delayMs: 3_600_000, otherDelayMs: 3_600_000, backstopMs: 86_400_000, leaseMs: 60_000 });
});
afterAll(async () => {
  await h.close();
});

/** A connected tenant, customers mirrored, its lists not loaded (`lists`: the lists row as it is), one customer waiting for the settings with an invoice, a customer change pending. */
async function waitingTenant(lists: 'failed' | 'loading'): Promise<{ tenantId: string; realmId: string }> {
  const { tenantId, realmId } = await h.tenant({ loadLists: false });
  await h.ds.query(`INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status) VALUES ($1, $2, 'ready')`, [tenantId, realmId]);
  // Its next window far off: a customer change is read at once only because a customer waits to be resolved.
  await h.ds.query(`UPDATE tenants SET next_window_at = now() + interval '1 day' WHERE tenant_id = $1`, [tenantId]);
  await h.ds.query(`INSERT INTO qbo_company_lists (tenant_id, realm_id, status, attempts, last_error) VALUES ($1, $2, $3, 2, '503: QuickBooks did not answer')`, [
    tenantId,
    realmId,
    lists,
  ]);
  await h.ds.query(`INSERT INTO customers (tenant_id, id, version, display_name, last_event_id, occurred_at) VALUES ($1, 'cus_w', 1, 'Waiting Co', $2, now())`, [
    tenantId,
    `evt-${tenantId}`,
  ]);
  await h.ds.query(
    `UPDATE customer_links SET status = 'pending', method = 'awaiting-company-settings', resolved_version = 1, realm_id = $2,
            status_reason = 'waiting for the company''s settings' WHERE tenant_id = $1 AND customer_id = 'cus_w'`,
    [tenantId, realmId],
  );
  await h.invoice(tenantId, { id: 'inv_w', customerId: 'cus_w', currency: 'USD' });
  await h.ds.query(`INSERT INTO qbo_change_cursor (tenant_id, realm_id, cdc_since, next_read_at) VALUES ($1, $2, now(), now() + interval '1 hour')`, [tenantId, realmId]);
  await h.ds.query(`INSERT INTO qbo_webhook_notifications (tenant_id, realm_id, entity, entity_id, operation) VALUES ($1, $2, 'Customer', '1', 'Update')`, [tenantId, realmId]);
  return { tenantId, realmId };
}

/** What the resolution task's claim takes of the tenant (given back at once). */
async function taskClaims(tenantId: string): Promise<string[]> {
  const got = await links.claim(500, 'test-task', 60_000);
  await links.releaseClaims(got, 'test-task');
  return got.filter((c) => c.tenantId === tenantId).map((c) => c.customerId);
}

/** What the window's customer step resolves for the tenant (resolution stubbed; claims ended after). */
async function windowResolves(tenantId: string): Promise<string[]> {
  const resolved: string[] = [];
  const step = new ResolveWindowCustomers(h.ds, links, { run: async (_t: string, customerId: string) => void resolved.push(customerId) }, { leaseMs: 60_000, concurrency: 1, retryDelayMs: 0 }, h.logger);
  await step.run(tenantId);
  await h.ds.query(`UPDATE customer_links SET claimed_by = NULL, claimed_until = NULL WHERE tenant_id = $1`, [tenantId]);
  return resolved;
}

/** Whether the change-read schedule reads the tenant now (its cursor due), after a round's wake-up and a recompute. */
async function readNow(tenantId: string): Promise<{ woken: boolean; recomputed: boolean }> {
  await h.ds.query(`UPDATE qbo_change_cursor SET next_read_at = now() + interval '1 hour' WHERE tenant_id = $1`, [tenantId]);
  await schedule.wakeWaitingCustomers();
  const [w] = (await h.ds.query(`SELECT next_read_at <= now() AS due FROM qbo_change_cursor WHERE tenant_id = $1`, [tenantId])) as Array<{ due: boolean }>;
  await schedule.recompute([tenantId]);
  const [r] = (await h.ds.query(`SELECT next_read_at <= now() AS due FROM qbo_change_cursor WHERE tenant_id = $1`, [tenantId])) as Array<{ due: boolean }>;
  return { woken: w?.due === true, recomputed: r?.due === true };
}

it('not due while the lists are not loaded (failed or loading), nor when they are loaded for a former company; due everywhere once loaded for the connected one', async () => {
  for (const state of ['failed', 'loading'] as const) {
    const { tenantId, realmId } = await waitingTenant(state);
    expect(await taskClaims(tenantId)).toEqual([]);
    expect(await windowResolves(tenantId)).toEqual([]);
    expect(await readNow(tenantId)).toEqual({ woken: false, recomputed: false });

    // Loaded, but for the company the tenant was connected to before: still not due.
    await h.ds.query(`UPDATE qbo_company_lists SET status = 'ready', realm_id = 'former-realm', loaded_at = now() WHERE tenant_id = $1`, [tenantId]);
    expect(await taskClaims(tenantId)).toEqual([]);
    expect(await windowResolves(tenantId)).toEqual([]);
    expect(await readNow(tenantId)).toEqual({ woken: false, recomputed: false });

    // Loaded for the connected company: due for the task, the window and the change reading alike.
    await h.ds.query(`UPDATE qbo_company_lists SET realm_id = $2 WHERE tenant_id = $1`, [tenantId, realmId]);
    expect(await taskClaims(tenantId)).toEqual(['cus_w']);
    expect(await windowResolves(tenantId)).toEqual(['cus_w']);
    expect(await readNow(tenantId)).toEqual({ woken: true, recomputed: true });
  }
});

it('a customer waiting for its first invoice is not made due by the lists (only by an invoice)', async () => {
  const { tenantId, realmId } = await waitingTenant('failed');
  await h.ds.query(`UPDATE customer_links SET method = 'awaiting-invoice' WHERE tenant_id = $1`, [tenantId]);
  await h.ds.query(`UPDATE invoices SET voided = true WHERE tenant_id = $1`, [tenantId]);
  await h.ds.query(`UPDATE qbo_company_lists SET status = 'ready', loaded_at = now() WHERE tenant_id = $1 AND realm_id = $2`, [tenantId, realmId]);
  expect(await taskClaims(tenantId)).toEqual([]);
  expect(await readNow(tenantId)).toEqual({ woken: false, recomputed: false });
});
