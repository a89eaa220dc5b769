import { InvoiceHarness } from './invoice-harness';

/**
 * Issue 12, item 5 without webhooks: the CDC backstop reads each pushed invoice's balance back, and
 * an update of an invoice known to have payments re-reads it first, so a SyncToken bumped by a
 * payment never fails the update with 5010.
 */
let h: InvoiceHarness;
beforeAll(async () => {
  h = await InvoiceHarness.start();
});
afterAll(async () => {
  await h.close();
});

/**
 * A payment recorded in QuickBooks (by a person, in production: not through the app). Here it goes
 * through the emulator's API with the app's token, so it shares the realm's 10-per-second window with
 * the worker's own calls, which cannot know of it: a throttled attempt waits out the second and retries.
 */
async function pay(token: string, realmId: string, invoiceId: string, customerId: string, amount: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${h.url}/v3/company/${realmId}/payment?minorversion=75`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ CustomerRef: { value: customerId }, TotalAmt: amount, Line: [{ Amount: amount, LinkedTxn: [{ TxnId: invoiceId, TxnType: 'Invoice' }] }] }),
    });
    if (res.status === 200) return;
    if (res.status !== 429 || attempt >= 5) throw new Error(`payment refused: ${await res.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
  }
}

it('CDC records balances and paid state; an update of a paid invoice re-reads it first and goes through', async () => {
  const { tenantId, realmId, accessToken } = await h.tenant();
  const customer = await h.linkedCustomer(tenantId, realmId, 'cus_1');
  await h.invoice(tenantId, { id: 'p1', number: 'P-1', lines: [{ description: 'Work', quantity: '1', unitPrice: '100.00' }] });
  await h.invoice(tenantId, { id: 'p2', number: 'P-2', lines: [{ description: 'Work', quantity: '1', unitPrice: '40.00' }] });
  const w = h.wire();
  expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ summary: { pushed: 2 } });
  expect(await h.syncRow(tenantId, 'p1')).toMatchObject({ qbo_balance: '100.00', qbo_total: '100.00', paid_state: 'unpaid' });
  const [q1, q2] = ['P-1', 'P-2'].map((n) => h.qboInvoices(realmId).find((i) => i.DocNumber === n));
  await pay(accessToken, realmId, q1?.Id ?? '', customer, 30);
  await pay(accessToken, realmId, q2?.Id ?? '', customer, 40);

  // The daily CDC backstop (webhooks lost): one call for every entity; balances recorded, the newer SyncToken kept.
  const backstop = async () => {
    await h.ds.query(
      `INSERT INTO qbo_change_cursor (tenant_id, realm_id, cdc_since) VALUES ($1, $2, now() - interval '1 hour')
       ON CONFLICT (tenant_id) DO UPDATE SET cdc_since = EXCLUDED.cdc_since`,
      [tenantId, realmId],
    );
    await w.changes.read(tenantId, realmId);
  };
  const cdcCalls = async () => (await h.requests(realmId)).filter((r) => r.method === 'GET' && r.path.endsWith('/cdc'));
  const cdcBefore = (await cdcCalls()).length;
  await backstop();
  const cdc = (await cdcCalls()).slice(cdcBefore);
  expect(cdc).toHaveLength(1);
  expect(String(cdc[0]?.query['entities']).split(',').sort()).toEqual(['Account', 'Customer', 'Invoice', 'Item', 'Payment', 'TaxCode']);
  expect(await h.syncRow(tenantId, 'p1')).toMatchObject({ qbo_balance: '70.00', paid_state: 'partly-paid', qbo_sync_token: '1' });
  expect(await h.syncRow(tenantId, 'p2')).toMatchObject({ qbo_balance: '0.00', paid_state: 'paid' });
  // invoice.payment_changed in the outbox, written with the balance (issue 15, item 3); polled again: no second event.
  const paymentEvents = async () =>
    (await h.ds.query(`SELECT entity_id, data FROM sync_event_outbox WHERE tenant_id = $1 AND type = 'invoice.payment_changed' ORDER BY entity_id`, [tenantId])) as Array<{
      entity_id: string;
      data: Record<string, unknown>;
    }>;
  expect(await paymentEvents()).toMatchObject([
    { entity_id: 'p1', data: { invoiceId: 'p1', balance: '70.00', amountPaid: '30.00', paidInFull: false, previousBalance: '100.00', total: '100.00' } },
    { entity_id: 'p2', data: { invoiceId: 'p2', balance: '0.00', amountPaid: '40.00', paidInFull: true, previousBalance: '40.00' } },
  ]);
  await backstop();
  expect(await paymentEvents()).toHaveLength(2);
  const status = await w.status.run(tenantId);
  expect(status?.quickbooks).toBeUndefined(); // the harness wires ReadTenantStatus without that section

  // A second payment nobody told us about: the stored SyncToken is stale again.
  await pay(accessToken, realmId, q1?.Id ?? '', customer, 10);
  await h.invoice(tenantId, { id: 'p1', version: 2, number: 'P-1', memo: 'Updated', lines: [{ description: 'Work', quantity: '1', unitPrice: '100.00' }] });
  const before = (await h.requests(realmId)).length;
  expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ summary: { updated: 1, failed: 0 } });
  const calls = (await h.requests(realmId)).slice(before).map((r) => `${r.method} ${r.path}`);
  const reread = calls.findIndex((c) => c.startsWith('GET') && c.includes(`/invoice/${q1?.Id ?? ''}`));
  const update = calls.findIndex((c) => c.startsWith('POST') && c.includes('/batch'));
  expect(reread).toBeGreaterThanOrEqual(0);
  expect(update).toBeGreaterThan(reread);
  expect(h.qboInvoices(realmId).find((i) => i.DocNumber === 'P-1')).toMatchObject({ CustomerMemo: { value: 'Updated' }, Balance: 60 });
  expect(await h.syncRow(tenantId, 'p1')).toMatchObject({ pushed_version: '2', qbo_balance: '60.00', paid_state: 'partly-paid', failure_code: null });
});
