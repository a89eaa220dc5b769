import { CustomerHarness } from './customer-harness';
import { asPerson, startWebhookHarness, stopWebhookHarness } from './webhook-harness';
import { waitFor } from '../support/wait-for';

/**
 * Issue 13, webhooks keyed by company: two tenants connected to one QuickBooks company each read
 * the change a webhook announces (a notification is queued per tenant, each marks its own), and a
 * notification for a company no tenant holds is marked `no_tenant` at once instead of waiting,
 * silently, until retention. The backstop is an hour away: only the webhook can bring the changes.
 */
jest.setTimeout(120_000);

let h: CustomerHarness;
beforeAll(async () => {
  ({ h } = await startWebhookHarness());
});
afterAll(async () => {
  await stopWebhookHarness(h);
});

async function email(tenantId: string, qboId: string): Promise<string | null> {
  const rows = (await h.db.dataSource.query(`SELECT email FROM qbo_customer_mirror WHERE tenant_id = $1 AND qbo_id = $2`, [tenantId, qboId])) as Array<{ email: string | null }>;
  return rows[0]?.email ?? null;
}

it('two tenants on one company both read the change a webhook announces, each marking its own notification', async () => {
  const { tenantId: first, realmId, seeded } = await h.tenant({ customers: [{ DisplayName: 'Shared Realm Customer' }] });
  const second = await h.tenantOnRealm(realmId);
  const id = seeded.customers?.[0]?.Id ?? '';
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_change_cursor WHERE realm_id = $1`, [realmId])) as unknown[]).length === 2, {
    description: 'both tenants have their change cursor',
  });

  const person = await asPerson(h, realmId);
  const current = (await person('GET', `/customer/${id}`)).Customer as { SyncToken: string };
  await person('POST', '/customer?operation=update', { Id: id, SyncToken: current.SyncToken, sparse: true, PrimaryEmailAddr: { Address: 'shared@example.com' } });

  await waitFor(async () => (await email(first, id)) === 'shared@example.com' && (await email(second, id)) === 'shared@example.com', {
    description: 'both tenants mirrored the change',
    timeoutMs: 30_000,
  });
  // A tenant's notifications are marked after its read commits the mirror: wait for the marks, then assert what they say.
  const marks = async () =>
    (await h.db.dataSource.query(
      `SELECT tenant_id, processed_at IS NOT NULL AS processed, outcome FROM qbo_webhook_notifications WHERE realm_id = $1 AND entity_id = $2 ORDER BY tenant_id`,
      [realmId, id],
    )) as Array<{ tenant_id: string; processed: boolean; outcome: string | null }>;
  await waitFor(async () => (await marks()).every((r) => r.processed), { description: 'both notifications marked', timeoutMs: 30_000 }).catch(() => undefined);
  const rows = await marks();
  expect(rows).toEqual(
    [first, second].sort().map((t) => ({ tenant_id: t, processed: true, outcome: null })),
  );
});

it('a notification for a company no tenant holds is marked no_tenant at once', async () => {
  const orphan = h.emulator.createCompany('Nobody Holds Me');
  const person = await asPerson(h, orphan.realmId);
  await person('POST', '/customer', { DisplayName: 'Orphan Customer' });
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_webhook_notifications WHERE realm_id = $1`, [orphan.realmId])) as unknown[]).length > 0, {
    description: 'the webhook received',
  });
  const rows = (await h.db.dataSource.query(
    `SELECT tenant_id, processed_at IS NOT NULL AS processed, outcome FROM qbo_webhook_notifications WHERE realm_id = $1`,
    [orphan.realmId],
  )) as Array<{ tenant_id: string | null; processed: boolean; outcome: string | null }>;
  expect(rows).toEqual([{ tenant_id: null, processed: true, outcome: 'no_tenant' }]);
});
