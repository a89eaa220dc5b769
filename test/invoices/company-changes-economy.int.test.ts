import { CustomerHarness } from '../customers/customer-harness';
import { asPerson, PERSON, pendingNotifications, startWebhookHarness, stopWebhookHarness } from '../customers/webhook-harness';
import { waitFor } from '../support/wait-for';

/**
 * Issue 13: what QuickBooks meters (the emulator's GET /_emulator/usage) for a connect, for a day of
 * webhooks and for the daily backstop: every entity of a company is read by ONE change-data-capture
 * call, whether webhooks announced the changes or the backstop looks for missed ones.
 */
jest.setTimeout(120_000);

let h: CustomerHarness;
beforeAll(async () => {
  // Webhooks on: notifications of a tenant wait up to 1.5 s to be read together; the backstop is forced by the test.
  ({ h } = await startWebhookHarness());
});
afterAll(async () => {
  await stopWebhookHarness(h);
});

interface UsageReport {
  companies: Array<{ realmId: string; apps: Array<{ appId: string; core: number; corePlus: number }> }>;
}

/** CorePlus calls the emulator metered for the worker's app (every app but the person's) on the company. */
async function workerReads(realmId: string): Promise<number> {
  const u = await h.admin<UsageReport>('GET', `/_emulator/usage?realmId=${realmId}`);
  return (u.companies.find((c) => c.realmId === realmId)?.apps ?? []).filter((a) => a.appId !== PERSON).reduce((n, a) => n + a.corePlus, 0);
}

async function purposes(tenantId: string): Promise<Record<string, number>> {
  const rows = (await h.db.dataSource.query(`SELECT purpose, sum(core_plus)::int AS n FROM qbo_call_counts WHERE tenant_id = $1 GROUP BY purpose`, [tenantId])) as Array<{
    purpose: string;
    n: number;
  }>;
  return Object.fromEntries(rows.filter((r) => r.n > 0).map((r) => [r.purpose, r.n]));
}

async function cdcCalls(realmId: string): Promise<Array<{ query: Record<string, string> }>> {
  const log = await h.admin<Array<{ method: string; path: string; query: Record<string, string> }>>('GET', `/_emulator/realms/${realmId}/requests`);
  return log.filter((r) => r.method === 'GET' && r.path.endsWith('/cdc'));
}

it('a connect reads the customers by page plus the four lists a US company uses; a day of webhooks costs one read; the backstop is one call for every entity', async () => {
  const { tenantId, realmId, seeded } = await h.tenant({ customers: [{ DisplayName: 'Wren Ash' }, { DisplayName: 'Iris Oak' }, { DisplayName: 'Cole Pine' }] });
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_company_lists WHERE tenant_id = $1 AND status = 'ready'`, [tenantId])) as unknown[]).length === 1, {
    description: 'the company lists loaded',
  });
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_change_cursor WHERE tenant_id = $1`, [tenantId])) as unknown[]).length === 1, {
    description: 'the change cursor started from the loads',
  });

  // Connect: one page of customers (3 < 1,000) + CompanyInfo, Preferences, accounts, items (one page each);
  // a US company's tax codes are never used (its lines carry TAX / NON), so not read. No CDC.
  expect(await workerReads(realmId)).toBe(1 + 4);
  expect(await purposes(tenantId)).toEqual({ load: 1, connect: 4 });
  expect(await cdcCalls(realmId)).toHaveLength(0);

  // A day: a person changes two customers, adds an item, an invoice and a payment, close together.
  const person = await asPerson(h, realmId);
  const ids = (seeded.customers ?? []).map((c) => c.Id);
  for (const [i, id] of ids.slice(0, 2).entries()) {
    const current = (await person('GET', `/customer/${id}`)).Customer as { SyncToken: string };
    await person('POST', '/customer?operation=update', { Id: id, SyncToken: current.SyncToken, sparse: true, PrimaryEmailAddr: { Address: `day${i}@example.com` } });
  }
  const item = (await person('POST', '/item', { Name: 'Gutter cleaning', Type: 'Service', IncomeAccountRef: { value: '1' } })).Item as { Id: string };
  const invoice = (await person('POST', '/invoice', {
    CustomerRef: { value: ids[0] },
    Line: [{ DetailType: 'SalesItemLineDetail', Amount: 50, SalesItemLineDetail: { ItemRef: { value: item.Id }, Qty: 1, UnitPrice: 50 } }],
  })).Invoice as { Id: string };
  await person('POST', '/payment', { CustomerRef: { value: ids[0] }, TotalAmt: 20, Line: [{ Amount: 20, LinkedTxn: [{ TxnId: invoice.Id, TxnType: 'Invoice' }] }] });
  await waitFor(
    async () => {
      const rows = (await h.db.dataSource.query(`SELECT DISTINCT entity FROM qbo_webhook_notifications WHERE realm_id = $1`, [realmId])) as Array<{ entity: string }>;
      return ['Customer', 'Invoice', 'Item', 'Payment'].every((e) => rows.some((r) => r.entity === e));
    },
    { description: 'the webhooks of customers, the item, the invoice and the payment queued' },
  );
  await waitFor(async () => (await pendingNotifications(h, realmId)) === 0, { description: 'the notifications read', timeoutMs: 30_000 });
  expect(await workerReads(realmId)).toBe(5 + 1);
  expect(await cdcCalls(realmId)).toHaveLength(1);
  const emails = (await h.db.dataSource.query(`SELECT email FROM qbo_customer_mirror WHERE tenant_id = $1 AND qbo_id = ANY($2::text[]) ORDER BY email`, [tenantId, ids.slice(0, 2)])) as Array<{
    email: string;
  }>;
  expect(emails.map((e) => e.email)).toEqual(['day0@example.com', 'day1@example.com']);
  expect(await h.db.dataSource.query(`SELECT name FROM qbo_item_mirror WHERE tenant_id = $1 AND qbo_id = $2`, [tenantId, item.Id])).toEqual([{ name: 'Gutter cleaning' }]);

  // The daily backstop (forced: the last read a day ago): one CDC call for every entity.
  await h.db.dataSource.query(`UPDATE qbo_change_cursor SET last_read_at = now() - interval '2 days', next_read_at = now() WHERE tenant_id = $1`, [tenantId]);
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM qbo_change_cursor WHERE tenant_id = $1 AND last_read_at > now() - interval '1 day'`, [tenantId])) as unknown[]).length === 1, {
    description: 'the backstop ran',
  });
  const cdc = await cdcCalls(realmId);
  expect(cdc).toHaveLength(2);
  expect(String(cdc[1]?.query['entities']).split(',').sort()).toEqual(['Account', 'Customer', 'Invoice', 'Item', 'Payment', 'TaxCode']);
  // The day: at most 2 CorePlus calls (one for the webhooks, one backstop), each labelled.
  expect((await workerReads(realmId)) - 5).toBeLessThanOrEqual(2);
  expect(await purposes(tenantId)).toEqual({ load: 1, connect: 4, webhook: 1, backstop: 1 });
});
