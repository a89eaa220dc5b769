import { invoiceRequestId } from '../../src/qbo/request-ids';
import { InvoiceHarness, totalOf } from './invoice-harness';

/**
 * Invoices without a number cannot be looked up by DocNumber after an unknown outcome: their create
 * goes alone with the requestid of the invoice version, and an old request (past the requestid
 * retention) is reconciled by the sync's PrivateNote marker before anything is created again.
 */
jest.setTimeout(90_000);

let h: InvoiceHarness;
beforeAll(async () => {
  h = await InvoiceHarness.start();
});
afterAll(async () => {
  await h.close();
});

const marker = (id: string) => `qbo-sync invoice ${id}`;

async function setup(): Promise<{ tenantId: string; realmId: string }> {
  const t = await h.tenant();
  await h.linkedCustomer(t.tenantId, t.realmId, 'cus_1');
  await h.ds.query(`UPDATE tenants SET default_item_id = '1' WHERE tenant_id = $1`, [t.tenantId]);
  return t;
}

/** A window whose create reached QBO but whose answer was lost: the request row stays open. */
async function lostAnswer(tenantId: string, realmId: string): Promise<void> {
  await h.faults(realmId, { dropRate: 1 });
  const crashed = h.wire({ client: { maxRetries: 0 }, flush: { retryAttempts: 0 } });
  expect(await crashed.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ status: 'incomplete', summary: { pushed: 0 } });
  await h.faults(realmId, {});
}

async function requestRows(tenantId: string): Promise<Array<{ request_id: string; status: string; last_error: string | null }>> {
  return (await h.ds.query(`SELECT request_id, status, last_error FROM invoice_batches WHERE tenant_id = $1 ORDER BY created_at`, [tenantId])) as Array<{
    request_id: string;
    status: string;
    last_error: string | null;
  }>;
}

it('a number-less create goes alone with the requestid of its invoice version', async () => {
  const { tenantId, realmId } = await setup();
  await h.invoice(tenantId, { id: 'a1', number: null });
  await h.invoice(tenantId, { id: 'a2', number: 'A-2' });
  const r = await h.wire().runWindow.run({ tenantId, trigger: 'run_now' });
  expect(r).toMatchObject({ status: 'finished', summary: { pushed: 2 } });
  const rows = await requestRows(tenantId);
  expect(rows.map((x) => x.request_id)).toContain(invoiceRequestId(tenantId, 'a1', 1, 'create'));
  const log = await h.requests(realmId);
  expect(log.filter((x) => x.requestId === invoiceRequestId(tenantId, 'a1', 1, 'create')).map((x) => `${x.method} ${x.path}`)).toEqual([
    `POST /v3/company/${realmId}/invoice`,
  ]);
});

it('an abandoned request whose number-less create reached QBO: found by its marker, linked, QBO holds it once at its latest version', async () => {
  const { tenantId, realmId } = await setup();
  await h.invoice(tenantId, { id: 'nl1', number: null, lines: [{ quantity: '1', unitPrice: '10.00' }] });
  await lostAnswer(tenantId, realmId);
  expect(h.qboInvoices(realmId)).toHaveLength(1);
  // The request is older than the requestid is trusted, and QBO has forgotten the requestid.
  await h.ds.query(`UPDATE invoice_batches SET created_at = now() - interval '21 hours' WHERE tenant_id = $1`, [tenantId]);
  h.emulator.state.idempotency.clear();
  await h.invoice(tenantId, { id: 'nl1', version: 2, number: null, lines: [{ quantity: '2', unitPrice: '10.00' }] });

  // QuickBooks cannot be asked: the request stays open, its invoice held with the reason, nothing created.
  await h.faults(realmId, { errorRate: 1, errorStatuses: [503] });
  const held = await h.wire({ client: { maxRetries: 0 }, flush: { retryAttempts: 0 } }).runWindow.run({ tenantId, trigger: 'run_now' });
  await h.faults(realmId, {});
  expect(held).toMatchObject({ status: 'incomplete' });
  expect(await requestRows(tenantId)).toEqual([expect.objectContaining({ status: 'open', last_error: expect.stringContaining('held rather than risk creating it twice') })]);
  expect(h.qboInvoices(realmId)).toHaveLength(1);

  const r = await h.wire().runWindow.run({ tenantId, trigger: 'run_now' });
  expect(r).toMatchObject({ status: 'finished', summary: { pushed: 0, updated: 1 } });
  const invoices = h.qboInvoices(realmId);
  expect(invoices).toHaveLength(1);
  expect(invoices[0]?.PrivateNote).toBe(marker('nl1'));
  expect(totalOf(invoices[0]!)).toBe('20.00');
  expect(await h.syncRow(tenantId, 'nl1')).toMatchObject({ qbo_invoice_id: invoices[0]?.Id, pushed_version: '2', batch_id: null, needs_check: null });
});

it('an abandoned request whose number-less create never reached QBO: planned again with the same requestid, created once', async () => {
  const { tenantId, realmId } = await setup();
  await h.invoice(tenantId, { id: 'nl2', number: null });
  // Refused before it was applied (5xx) on every try: the row stays open, nothing in QBO.
  await h.faults(realmId, { errorRate: 1, errorStatuses: [503] });
  await h.wire({ client: { maxRetries: 0 }, flush: { retryAttempts: 0 } }).runWindow.run({ tenantId, trigger: 'run_now' });
  await h.faults(realmId, {});
  expect(h.qboInvoices(realmId)).toHaveLength(0);
  await h.ds.query(`UPDATE invoice_batches SET created_at = now() - interval '21 hours' WHERE tenant_id = $1`, [tenantId]);

  const r = await h.wire().runWindow.run({ tenantId, trigger: 'run_now' });
  expect(r).toMatchObject({ status: 'finished', summary: { pushed: 1 } });
  expect(h.qboInvoices(realmId).map((i) => i.PrivateNote)).toEqual([marker('nl2')]);
  const rows = await requestRows(tenantId);
  expect(rows.map((x) => x.status)).toEqual(['abandoned', 'recorded']);
  expect(new Set(rows.map((x) => x.request_id))).toEqual(new Set([invoiceRequestId(tenantId, 'nl2', 1, 'create')]));
});

it('a number-less create whose answer was lost is resent with the same requestid next run: QBO replays it, one invoice', async () => {
  const { tenantId, realmId } = await setup();
  await h.invoice(tenantId, { id: 'nl3', number: null });
  await lostAnswer(tenantId, realmId);
  await h.invoice(tenantId, { id: 'nl3', version: 2, number: null, lines: [{ quantity: '1', unitPrice: '1.00' }] });
  const r = await h.wire().runWindow.run({ tenantId, trigger: 'run_now' });
  expect(r).toMatchObject({ status: 'finished', summary: { pushed: 1, updated: 1 } });
  const invoices = h.qboInvoices(realmId);
  expect(invoices).toHaveLength(1);
  expect(totalOf(invoices[0]!)).toBe('1.00');
  const log = await h.requests(realmId);
  expect(log.filter((x) => x.requestId === invoiceRequestId(tenantId, 'nl3', 1, 'create')).at(-1)?.replayed).toBe(true);
});
