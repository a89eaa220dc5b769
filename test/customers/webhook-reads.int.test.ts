import { waitFor } from '../support/wait-for';
import { CustomerHarness } from './customer-harness';
import { asPerson, pendingNotifications, startWebhookHarness, stopWebhookHarness } from './webhook-harness';

jest.setTimeout(120_000);

let h: CustomerHarness;
beforeAll(async () => {
  ({ h } = await startWebhookHarness());
});
afterAll(async () => {
  await stopWebhookHarness(h);
});

async function reads(tenantId: string, purpose: string): Promise<number> {
  const rows = (await h.db.dataSource.query(`SELECT COALESCE(sum(core_plus), 0)::int AS n FROM qbo_call_counts WHERE tenant_id = $1 AND purpose = $2`, [tenantId, purpose])) as Array<{
    n: number;
  }>;
  return rows[0]?.n ?? 0;
}


it('changes made together in QuickBooks cost one read; the sync\'s own creates cost none; invoice changes are not read', async () => {
  const { tenantId, realmId, seeded } = await h.tenant({
    customers: [{ DisplayName: 'Wren Ash' }, { DisplayName: 'Iris Oak' }, { DisplayName: 'Cole Pine' }],
  });
  expect(await reads(tenantId, 'load')).toBe(1); // three customers: one page
  const user = await asPerson(h, realmId);
  const ids = (seeded.customers ?? []).map((c) => c.Id);
  for (const [i, id] of ids.entries()) {
    const current = (await user('GET', `/customer/${id}`)).Customer as { SyncToken: string };
    await user('POST', '/customer?operation=update', { Id: id, SyncToken: current.SyncToken, sparse: true, PrimaryEmailAddr: { Address: `new${i}@example.com` } });
  }
  await waitFor(async () => (await h.db.dataSource.query(`SELECT 1 FROM qbo_webhook_notifications WHERE realm_id = $1`, [realmId])).length === 3, {
    description: 'three webhooks queued',
  });
  await waitFor(async () => (await pendingNotifications(h, realmId)) === 0, { description: 'the notifications read', timeoutMs: 20_000 });
  expect(await reads(tenantId, 'webhook')).toBe(1);
  const emails = (await h.db.dataSource.query(`SELECT email FROM qbo_customer_mirror WHERE tenant_id = $1 ORDER BY qbo_id`, [tenantId])) as Array<{ email: string }>;
  expect(emails.map((e) => e.email).sort()).toEqual(['new0@example.com', 'new1@example.com', 'new2@example.com']);

  // A customer the sync creates: QuickBooks announces it too, and the mirror already holds the create's answer.
  await h.send(tenantId, { id: 'up1', displayName: 'Quinn Birch', email: 'quinn@birch.example' });
  const link = await h.resolved(tenantId, 'up1');
  expect(link.status).toBe('linked');
  await waitFor(
    async () => (await h.db.dataSource.query(`SELECT 1 FROM qbo_webhook_notifications WHERE realm_id = $1 AND entity_id = $2 AND processed_at IS NOT NULL`, [realmId, link.qbo_customer_id])).length === 1,
    { description: "the sync's own create announced and done", timeoutMs: 20_000 },
  );
  expect(await reads(tenantId, 'webhook')).toBe(1);

  // An invoice created in QuickBooks: queued for the company lists' consumer (payments, issue 12),
  // which does not read a create; the customer reads stay at one.
  const before = (await h.db.dataSource.query(`SELECT count(*)::int AS n FROM qbo_webhook_notifications WHERE realm_id = $1`, [realmId])) as Array<{ n: number }>;
  const created = (await user('POST', '/invoice', {
    CustomerRef: { value: ids[0] },
    Line: [{ DetailType: 'SalesItemLineDetail', Amount: 10, SalesItemLineDetail: { ItemRef: { value: '1' }, Qty: 1, UnitPrice: 10 } }],
  })).Invoice as { Id: string };
  await waitFor(
    async () =>
      (await h.admin<Array<{ body: string; delivered: boolean }>>('GET', '/_emulator/webhooks')).some(
        (d) => d.delivered && d.body.includes('"name":"Invoice"') && d.body.includes(`"id":"${created.Id}"`) && d.body.includes(realmId),
      ),
    { description: 'the invoice webhook delivered' },
  );
  const after = (await h.db.dataSource.query(`SELECT count(*)::int AS n FROM qbo_webhook_notifications WHERE realm_id = $1`, [realmId])) as Array<{ n: number }>;
  expect(after[0]?.n).toBe((before[0]?.n ?? 0) + 1);
  expect(await reads(tenantId, 'webhook')).toBe(1);
});
