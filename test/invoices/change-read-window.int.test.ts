import type { Worker } from '../../src/worker';
import { CustomerHarness } from '../customers/customer-harness';
import { asPerson, stopWebhookHarness } from '../customers/webhook-harness';
import { waitFor } from '../support/wait-for';

/**
 * Issue 13 (reads spent like money), through the worker with webhooks on: a person's change of a
 * customer in QuickBooks is not read after the payment delay (60 s here) but waits for what needs
 * it; once the tenant's invoice window is moved near (a schedule every 30 s), the change is read
 * before the window starts (its lead: a sixth of the delay, 10 s), by one CDC call; an operator's
 * run-now reads them first itself.
 */
jest.setTimeout(150_000);

let h: CustomerHarness;
let worker: Worker;
beforeAll(async () => {
  h = await CustomerHarness.start();
  worker = await h.startWorker({
    CUSTOMER_WEBHOOK_DELAY_MS: '60000',
    CUSTOMER_WEBHOOK_OTHER_DELAY_MS: '3600000',
    CUSTOMER_CDC_BACKSTOP_MS: '3600000',
    INVOICE_WINDOW_SPREAD_MS: '0',
    INVOICE_SCHEDULER_ENABLED: 'true',
    INVOICE_SCHEDULER_TICK_MS: '200',
  });
  h.emulator.updateConfig({ webhooks: { urls: [`http://127.0.0.1:${worker.httpPort ?? 0}/webhooks/intuit`], createUpdateEvents: true } });
});
afterAll(async () => {
  await stopWebhookHarness(h);
});

async function cdcCalls(realmId: string): Promise<Array<{ time: string }>> {
  const log = await h.admin<Array<{ method: string; path: string; time: string }>>('GET', `/_emulator/realms/${realmId}/requests`);
  return log.filter((r) => r.method === 'GET' && r.path.endsWith('/cdc'));
}

async function mirroredEmail(tenantId: string, qboId: string): Promise<string | null> {
  const rows = (await h.db.dataSource.query(`SELECT email FROM qbo_customer_mirror WHERE tenant_id = $1 AND qbo_id = $2`, [tenantId, qboId])) as Array<{ email: string | null }>;
  return rows[0]?.email ?? null;
}

/** A tenant whose customer (seeded with e-mail `from`) a person changes to `to` in QuickBooks; resolves once the webhook is queued. */
async function changedInQuickBooks(name: string, from: string, to: string): Promise<{ tenantId: string; realmId: string; id: string }> {
  const { tenantId, realmId, seeded } = await h.tenant({ customers: [{ DisplayName: name, PrimaryEmailAddr: { Address: from } }] });
  const id = seeded.customers?.[0]?.Id ?? '';
  // The tenant's window twelve hours from now, whatever the time of day the test runs: with the
  // default schedule (02:00) a run at 01:20 found its window 37 minutes away, near enough to read.
  await h.db.dataSource.query(`UPDATE tenants SET batch_cron = $2, time_zone = 'UTC' WHERE tenant_id = $1`, [tenantId, `0 ${(new Date().getUTCHours() + 12) % 24} * * *`]);
  await waitFor(
    async () =>
      ((await h.db.dataSource.query(`SELECT 1 FROM tenants WHERE tenant_id = $1 AND NOT schedule_dirty AND next_window_at > now() + interval '11 hours'`, [tenantId])) as unknown[]).length === 1,
    { description: "the scheduler took the tenant's new window" },
  );
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_change_cursor WHERE tenant_id = $1`, [tenantId])) as unknown[]).length === 1, {
    description: 'the cursor started',
  });
  const person = await asPerson(h, realmId);
  const current = (await person('GET', `/customer/${id}`)).Customer as { SyncToken: string };
  await person('POST', '/customer?operation=update', { Id: id, SyncToken: current.SyncToken, sparse: true, PrimaryEmailAddr: { Address: to } });
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_webhook_notifications WHERE tenant_id = $1 AND entity = 'Customer'`, [tenantId])) as unknown[]).length > 0, {
    description: 'the webhook queued',
  });
  return { tenantId, realmId, id };
}

it("a customer changed in QuickBooks waits for the tenant's window and is read before it starts", async () => {
  const { tenantId, realmId, id } = await changedInQuickBooks('Window Customer', 'before@example.com', 'after@example.com');
  // The window is about twelve hours away: the change is due in an hour (the other delay), not in
  // the payment delay's minute; it was queued and scheduled in one transaction.
  const due = (await h.db.dataSource.query(`SELECT extract(epoch FROM next_read_at - now()) AS s FROM qbo_change_cursor WHERE tenant_id = $1`, [tenantId])) as Array<{ s: string }>;
  expect(Number(due[0]?.s)).toBeGreaterThan(50 * 60);
  expect(await cdcCalls(realmId)).toHaveLength(0);
  expect(await mirroredEmail(tenantId, id)).toBe('before@example.com');

  // A schedule every 30 s: the change is read before the next window starts. Set at least 18 s
  // before the next half minute, so the window is further away than the read's lead (10 s): set
  // within the lead, the read is due at once and races the window's start (a scheduled window
  // reads nothing itself), which a loaded machine once lost by 73 ms.
  await waitFor(async () => new Date().getUTCSeconds() % 30 < 12, { description: 'the half minute begun', timeoutMs: 31_000, intervalMs: 100 });
  await h.db.dataSource.query(`UPDATE tenants SET batch_cron = '*/30 * * * * *' WHERE tenant_id = $1`, [tenantId]);
  await waitFor(async () => (await mirroredEmail(tenantId, id)) === 'after@example.com', { description: 'the change read', timeoutMs: 60_000 });
  await waitFor(
    async () => ((await h.db.dataSource.query(`SELECT 1 FROM invoice_windows WHERE tenant_id = $1 AND trigger = 'schedule'`, [tenantId])) as unknown[]).length > 0,
    { description: 'a scheduled window ran', timeoutMs: 60_000 },
  );
  const calls = await cdcCalls(realmId);
  expect(calls).toHaveLength(1);
  const [first] = (await h.db.dataSource.query(
    `SELECT started_at FROM invoice_windows WHERE tenant_id = $1 AND trigger = 'schedule' ORDER BY started_at LIMIT 1`,
    [tenantId],
  )) as Array<{ started_at: Date }>;
  expect(new Date(calls[0]?.time ?? 0).getTime()).toBeLessThan(first?.started_at.getTime() ?? 0);
});

it("an operator's run-now reads the company's pending changes before it pushes", async () => {
  const { tenantId, realmId, id } = await changedInQuickBooks('Run Now Customer', 'old@example.com', 'new@example.com');
  expect(await cdcCalls(realmId)).toHaveLength(0);

  const res = await h.api<{ state: string }>(worker, 'POST', `/api/tenants/${tenantId}/windows?wait=30`);
  expect(res.status).toBe(200);
  expect(res.body.state).toBe('finished');
  // Read by the window itself, before it returned: one CDC call, the notification processed.
  expect(await mirroredEmail(tenantId, id)).toBe('new@example.com');
  expect(await cdcCalls(realmId)).toHaveLength(1);
  const pending = (await h.db.dataSource.query(`SELECT count(*)::int AS n FROM qbo_webhook_notifications WHERE tenant_id = $1 AND processed_at IS NULL`, [tenantId])) as Array<{ n: number }>;
  expect(pending[0]?.n).toBe(0);
});
