import { writeEntity } from '../../src/emulator/entity-operations';
import { InvoiceHarness, totalOf } from './invoice-harness';

jest.setTimeout(60_000);

let h: InvoiceHarness;
beforeAll(async () => {
  h = await InvoiceHarness.start({ batch: { executionOrder: 'shuffled' } });
});
afterAll(async () => {
  await h.close();
});

describe('a window', () => {
  it('creates, updates sparsely, voids; never sends an invoice voided before it was pushed', async () => {
    const { tenantId, realmId } = await h.tenant();
    const qboCustomer = await h.linkedCustomer(tenantId, realmId, 'cus_1');
    await h.invoice(tenantId, { id: 'inv_1', number: 'INV-1', lines: [{ description: 'Drain', quantity: '3', unitPrice: '0.335' }] });
    await h.invoice(tenantId, { id: 'inv_2', number: 'INV-2' });
    await h.invoice(tenantId, { id: 'inv_3', number: 'INV-3' });
    await h.invoice(tenantId, { id: 'inv_4', number: 'INV-4', voided: true });
    const w = h.wire();

    const first = await w.runWindow.run({ tenantId, trigger: 'run_now', requestedBy: 'test' });
    expect(first).toMatchObject({ outcome: 'ran', status: 'finished', summary: { pushed: 3, updated: 0, voided: 0, failed: 0 } });
    let held = h.qboInvoices(realmId);
    expect(held.map((i) => i.DocNumber).sort()).toEqual(['INV-1', 'INV-2', 'INV-3']);
    const inv1 = held.find((i) => i.DocNumber === 'INV-1');
    expect(totalOf(inv1!)).toBe('1.01'); // 3 × 0.335 = 1.005 → 1.01 half-up
    expect(inv1?.CustomerRef?.value).toBe(qboCustomer);
    expect(inv1?.PrivateNote).toBe('qbo-sync invoice inv_1');
    const sync1 = await h.syncRow(tenantId, 'inv_1');
    expect(sync1).toMatchObject({ qbo_invoice_id: inv1?.Id, qbo_sync_token: '0', qbo_doc_number: 'INV-1', pushed_version: '1', batch_id: null });

    await h.invoice(tenantId, { id: 'inv_1', version: 2, number: 'INV-1', lines: [{ description: 'Drain', quantity: '4', unitPrice: '10.005' }] });
    await h.invoice(tenantId, { id: 'inv_2', version: 2, voided: true });
    await h.invoice(tenantId, { id: 'inv_3', version: 2, number: 'INV-3' }); // same content: nothing to send
    const second = await w.runWindow.run({ tenantId, trigger: 'run_now' });
    expect(second).toMatchObject({ outcome: 'ran', status: 'finished', summary: { pushed: 0, updated: 1, voided: 1, failed: 0, batches: 1 } });
    held = h.qboInvoices(realmId);
    expect(held).toHaveLength(3);
    expect(totalOf(held.find((i) => i.DocNumber === 'INV-1')!)).toBe('40.02');
    expect(held.find((i) => i.DocNumber === 'INV-2')?.voided).toBe(true);
    expect(await h.syncRow(tenantId, 'inv_3')).toMatchObject({ pushed_version: '2' });

    // The update was sparse: only the lines travelled.
    const batches = (await h.ds.query(`SELECT items FROM invoice_batches WHERE tenant_id = $1 ORDER BY created_at`, [tenantId])) as Array<{
      items: Array<{ operation: string; invoice: Record<string, unknown> }>;
    }>;
    const update = batches.flatMap((b) => b.items).find((i) => i.operation === 'update');
    expect(Object.keys(update?.invoice ?? {}).sort()).toEqual(['Id', 'Line', 'SyncToken', 'sparse']);

    const status = await w.status.run(tenantId);
    expect(status?.invoices.pending).toBe(0);
    expect(status?.lastWindow).toMatchObject({ trigger: 'run_now', status: 'finished', updated: 1, voided: 1 });
  });

  it('keeps invoices whose customer is not linked waiting, with the reason, and skips disabled tenants', async () => {
    const { tenantId, realmId } = await h.tenant();
    await h.linkedCustomer(tenantId, realmId, 'cus_ok');
    await h.link(tenantId, 'cus_review', 'review', null, 'two QuickBooks customers match');
    await h.ds.query(
      `INSERT INTO customers (tenant_id, id, version, display_name, last_event_id, occurred_at) VALUES ($1, 'cus_pending', 1, 'P', 'e1', now())`,
      [tenantId],
    );
    await h.invoice(tenantId, { id: 'a', customerId: 'cus_ok' });
    await h.invoice(tenantId, { id: 'b', customerId: 'cus_review' });
    await h.invoice(tenantId, { id: 'c', customerId: 'cus_pending' });
    await h.invoice(tenantId, { id: 'd', customerId: 'cus_unknown' });
    await h.invoice(tenantId, { id: 'old', customerId: 'cus_ok', issueDate: '1999-12-31' });
    const w = h.wire();
    const r = await w.runWindow.run({ tenantId, trigger: 'run_now' });
    expect(r).toMatchObject({ status: 'finished', summary: { pushed: 1, waiting: 3 } });
    expect(h.qboInvoices(realmId).map((i) => i.DocNumber)).toEqual(['N-a']);
    const s = await w.status.run(tenantId);
    const reasons = Object.fromEntries((s?.invoices.waiting.reasons ?? []).map((x) => [x.reason, x.count]));
    expect(reasons).toEqual({
      'customer held for review: two QuickBooks customers match': 1,
      'customer not yet matched': 1,
      'customer not yet received (the invoice arrived before its customer)': 1,
    });
    expect(s?.invoices.beforeSyncStartDate).toBe(1);
    expect(s?.invoices.pending).toBe(3);

    await h.ds.query(`UPDATE tenants SET enabled = false WHERE tenant_id = $1`, [tenantId]);
    await h.linkedCustomer(tenantId, realmId, 'cus_pending');
    const skipped = await w.runWindow.run({ tenantId, trigger: 'run_now' });
    expect(skipped).toMatchObject({ status: 'skipped', summary: { pushed: 0 } });
    expect(skipped.outcome === 'ran' && skipped.summary.note).toMatch(/disabled/);
    expect(h.qboInvoices(realmId)).toHaveLength(1);
  });

  it('marks permanent failures with QBO reason and retries them when a newer version arrives', async () => {
    const { tenantId, realmId } = await h.tenant();
    await h.linkedCustomer(tenantId, realmId, 'cus_1');
    const w = h.wire();
    // The default item is one the mirror still holds but QuickBooks no longer has: QuickBooks refuses each invoice with its reason.
    await w.lists.loadFull(tenantId, realmId);
    await h.ds.query(
      `INSERT INTO qbo_item_mirror (tenant_id, qbo_id, realm_id, name, name_key, type, active) VALUES ($1, '999', $2, 'Gone', 'gone', 'Service', true)`,
      [tenantId, realmId],
    );
    await h.ds.query(`UPDATE tenants SET default_item_id = '999' WHERE tenant_id = $1`, [tenantId]);
    await h.invoice(tenantId, { id: 'x', number: 'X-1' });
    await h.invoice(tenantId, { id: 'long', number: 'THIS-NUMBER-IS-WAY-TOO-LONG' });
    const r = await w.runWindow.run({ tenantId, trigger: 'run_now' });
    expect(r).toMatchObject({ status: 'finished', summary: { pushed: 0, failed: 2 } });
    const s = await w.status.run(tenantId);
    const byId = Object.fromEntries((s?.invoices.failed.invoices ?? []).map((f) => [f.invoiceId, f]));
    expect(byId.x?.code).toBe('2500');
    expect(byId.x?.reason).toMatch(/Item Id=999/);
    expect(byId.long?.reason).toMatch(/27 characters; QuickBooks allows at most 21/);
    expect(s?.invoices.pending).toBe(0);
    expect(s?.lastWindow?.failures).toHaveLength(2);

    // Same version again: nothing is sent. A newer version is retried by itself.
    expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ summary: { failed: 0, batches: 0 } });
    await h.ds.query(`UPDATE tenants SET default_item_id = NULL WHERE tenant_id = $1`, [tenantId]);
    await h.invoice(tenantId, { id: 'x', version: 2, number: 'X-1' });
    await h.ds.query(`UPDATE tenants SET default_item_id = '12345' WHERE tenant_id = $1`, [tenantId]);
    // A default item that is not an item of the company at all: the window says so and sends nothing.
    const noItem = await w.runWindow.run({ tenantId, trigger: 'run_now' });
    expect(noItem).toMatchObject({ status: 'skipped' });
    expect(noItem.outcome === 'ran' && noItem.summary.note).toMatch(/default item \(Id 12345\) is not an active item/);
    await h.ds.query(`UPDATE tenants SET default_item_id = NULL WHERE tenant_id = $1`, [tenantId]);
    expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ summary: { pushed: 1, failed: 0 } });
    expect(h.qboInvoices(realmId).map((i) => i.DocNumber)).toEqual(['X-1']);
  });

  it('links an invoice found by its DocNumber (6140) instead of creating it twice, and refuses a number held by someone else', async () => {
    const { tenantId, realmId } = await h.tenant();
    const cust = await h.linkedCustomer(tenantId, realmId, 'cus_1');
    // A create whose answer was lost long ago: QBO holds it, the database does not know.
    await h.admin('POST', `/_emulator/realms/${realmId}/seed`, {
      invoices: [
        { DocNumber: 'MINE-1', CustomerRef: { value: cust }, PrivateNote: 'qbo-sync invoice mine', Line: [{ DetailType: 'SalesItemLineDetail', Amount: 1, SalesItemLineDetail: { ItemRef: { value: '1' }, Qty: 1, UnitPrice: 1 } }] },
        { DocNumber: 'THEIRS-1', CustomerRef: { value: cust }, Line: [{ DetailType: 'SalesItemLineDetail', Amount: 5, SalesItemLineDetail: { ItemRef: { value: '1' }, Qty: 1, UnitPrice: 5 } }] },
      ],
    });
    await h.invoice(tenantId, { id: 'mine', number: 'MINE-1', lines: [{ quantity: '2', unitPrice: '21.50' }] });
    await h.invoice(tenantId, { id: 'theirs', number: 'THEIRS-1' });
    const w = h.wire({ flush: { retryBaseDelayMs: 10 } });
    const r = await w.runWindow.run({ tenantId, trigger: 'run_now' });
    expect(r).toMatchObject({ status: 'finished', summary: { pushed: 0, updated: 1, failed: 1 } });
    const held = h.qboInvoices(realmId);
    expect(held).toHaveLength(2);
    expect(totalOf(held.find((i) => i.DocNumber === 'MINE-1')!)).toBe('43.00');
    const s = await w.status.run(tenantId);
    expect(s?.invoices.failed.invoices[0]?.reason).toMatch(/THEIRS-1 is already used in QuickBooks by invoice Id \d+, which this sync did not create/);
  });

  it('never pushes to a merged-away customer; the invoice waits until the link moves', async () => {
    const { tenantId, realmId } = await h.tenant();
    const loser = await h.linkedCustomer(tenantId, realmId, 'cus_loser');
    const keeper = await h.linkedCustomer(tenantId, realmId, 'cus_keeper');
    await h.admin('POST', `/_emulator/realms/${realmId}/merge`, { loserId: loser, keeperId: keeper });
    await h.invoice(tenantId, { id: 'm1', customerId: 'cus_loser' });
    const w = h.wire();
    const r = await w.runWindow.run({ tenantId, trigger: 'run_now' });
    expect(r).toMatchObject({ status: 'finished', summary: { pushed: 0, waiting: 1 } });
    expect(h.qboInvoices(realmId)).toHaveLength(0);
    const s = await w.status.run(tenantId);
    expect(s?.invoices.waiting.reasons[0]?.reason).toMatch(/inactive, e.g. merged/);

    await h.link(tenantId, 'cus_loser', 'linked', keeper); // the customers part follows the merge
    expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ summary: { pushed: 1, waiting: 0 } });
    expect(h.qboInvoices(realmId)[0]?.CustomerRef?.value).toBe(keeper);
  });

  it('an invoice held for an inactive customer goes once the customer is active again (same link)', async () => {
    const { tenantId, realmId } = await h.tenant();
    const cust = await h.linkedCustomer(tenantId, realmId, 'cus_re');
    const setActive = (active: boolean) => {
      const realm = h.realm(realmId);
      const syncToken = String(realm.get('Customer', cust)?.data.SyncToken ?? '0');
      writeEntity(h.emulator.state.context(realm), 'Customer', 'update', { Id: cust, SyncToken: syncToken, sparse: true, Active: active }, { allowDuplicateDocNumber: false });
    };
    setActive(false);
    await h.invoice(tenantId, { id: 'r1', customerId: 'cus_re' });
    const w = h.wire();
    expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ summary: { pushed: 0, waiting: 1 } });
    expect(h.qboInvoices(realmId)).toHaveLength(0);

    setActive(true); // reactivated in QuickBooks: the link does not change
    expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ summary: { pushed: 1, waiting: 0 } });
    expect(h.qboInvoices(realmId)[0]?.CustomerRef?.value).toBe(cust);
  });

  it('skips the window and keeps the invoices when the connection needs a reconnect', async () => {
    const { tenantId, realmId } = await h.tenant();
    await h.linkedCustomer(tenantId, realmId, 'cus_1');
    await h.invoice(tenantId, { id: 'k1' });
    await h.ds.query(`UPDATE qbo_connections SET access_expires_at = now() - interval '1 hour' WHERE tenant_id = $1`, [tenantId]);
    await h.admin('POST', '/v2/oauth2/tokens/revoke', { token: 'unused' }).catch(() => undefined);
    // Revoke the company's tokens in the emulator: the refresh gets invalid_grant.
    h.emulator.state.tokens.clear();
    const w = h.wire();
    const r = await w.runWindow.run({ tenantId, trigger: 'run_now' });
    expect(r).toMatchObject({ status: 'skipped', summary: { pushed: 0 } });
    expect(r.outcome === 'ran' && r.summary.note).toMatch(/reconnect/);
    const s = await w.status.run(tenantId);
    expect(s?.connection.status).toBe('needs_reconnect');
    expect(s?.invoices.pending).toBe(1);
    expect(h.qboInvoices(realmId)).toHaveLength(0);
  });

  it('a number holding a tab or a line break fails that invoice with the reason; the others go, the window finishes', async () => {
    const { tenantId, realmId } = await h.tenant();
    await h.linkedCustomer(tenantId, realmId, 'cus_1');
    await h.ds.query(`UPDATE tenants SET default_item_id = '1' WHERE tenant_id = $1`, [tenantId]);
    await h.invoice(tenantId, { id: 'tab', number: 'TAB\t1' });
    await h.invoice(tenantId, { id: 'ok', number: 'OK-1' });
    // A create sent before (its number held a line break) whose outcome is unknown: it needs a lookup by that number.
    await h.invoice(tenantId, { id: 'nl', number: 'NL-1' });
    await h.ds.query(
      `INSERT INTO invoice_sync (tenant_id, invoice_id, needs_check, qbo_doc_number) VALUES ($1, 'nl', 'lookup', $2)`,
      [tenantId, 'NL\n1'],
    );
    const w = h.wire();
    for (let run = 0; run < 2; run++) {
      const r = await w.runWindow.run({ tenantId, trigger: 'run_now' });
      expect(r).toMatchObject({ outcome: 'ran', status: 'finished' });
    }
    expect(h.qboInvoices(realmId).map((i) => i.DocNumber)).toEqual(['OK-1']);
    expect(await h.syncRow(tenantId, 'tab')).toMatchObject({
      failed_version: '1',
      failure_code: 'INVALID',
      failure_reason: expect.stringContaining('holds a tab, a line break or another control character'),
    });
    expect(await h.syncRow(tenantId, 'nl')).toMatchObject({
      failed_version: '1',
      failure_code: 'UNSEARCHABLE',
      needs_check: null,
      failure_reason: expect.stringContaining('cannot look this invoice up'),
    });
  });
});
