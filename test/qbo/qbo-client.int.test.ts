import { entityRequestId, batchRequestId } from '../../src/qbo/request-ids';
import { NodeQuickbooksClient } from '../../src/qbo/node-quickbooks-client';
import { QboError } from '../../src/qbo/qbo-error';
import { QueryProgrammingError } from '../../src/qbo/qbo-query';
import { QboInvoiceInput } from '../../src/qbo/qbo-client';
import { waitFor } from '../support/wait-for';
import { QboHarness } from './qbo-harness';

/** The adapter against the real emulator: customers, names, invoices, batch, errors, retries. */
describe('NodeQuickbooksClient against the emulator', () => {
  let h: QboHarness;
  let client: NodeQuickbooksClient;
  let tenantId: string;
  let realmId: string;
  let itemId: string;
  let customerId: string;
  let n = 0;
  const rid = (what: string) => entityRequestId(tenantId, what, `${what}-${++n}`, 1);

  beforeAll(async () => {
    h = await QboHarness.start({ emulatorConfig: { batch: { executionOrder: 'shuffled' } } });
    client = h.client();
    ({ tenantId, realmId } = await h.connectTenant('Adapter Co'));
    const seeded = await h.seed(realmId, {
      items: [{ Name: 'Widget', UnitPrice: 10 }],
      customers: [{ DisplayName: 'Seeded Customer' }],
      vendors: [{ DisplayName: 'Vendor Holds This' }],
      employees: [{ DisplayName: 'Employee Holds This', GivenName: 'Emp', FamilyName: 'Loyee' }],
    });
    itemId = String(seeded.items?.[0]?.Id);
    customerId = String(seeded.customers?.[0]?.Id);
  });

  afterAll(async () => {
    await h?.close();
  });

  const invoice = (docNumber: string, overrides: Partial<QboInvoiceInput> = {}): QboInvoiceInput => ({
    CustomerRef: { value: customerId },
    DocNumber: docNumber,
    TxnDate: '2025-11-20',
    Line: [{ DetailType: 'SalesItemLineDetail', Amount: 25.5, SalesItemLineDetail: { ItemRef: { value: itemId }, Qty: 3, UnitPrice: 8.5 } }],
    ...overrides,
  });

  it.each([["Zoë O'Brien \\ Co"], ['株式会社テスト'], ['Ελληνική Εταιρεία'], ["Back\\slash 'n' quote's \\\\ end\\"]])(
    'round-trips %s through create and query by DisplayName',
    async (name) => {
      const created = await client.createCustomer(tenantId, { DisplayName: name, CompanyName: name.slice(0, 50) }, { requestId: rid('Customer') });
      expect(created.DisplayName).toBe(name);
      const found = await client.queryCustomers(tenantId, [{ field: 'DisplayName', value: name }]);
      expect(found.map((c) => c.Id)).toEqual([created.Id]);
      expect(await client.count(tenantId, 'Customer', [{ field: 'DisplayName', value: name }])).toBe(1);
      const read = await client.readCustomer(tenantId, created.Id);
      expect(read?.DisplayName).toBe(name);
    },
  );

  it('normalises curly quotes in query literals (the emulator rejects them, like real QBO breaks on them)', async () => {
    await client.createCustomer(tenantId, { DisplayName: "Curly O'Neil" }, { requestId: rid('Customer') });
    const found = await client.queryCustomers(tenantId, [{ field: 'DisplayName', value: 'Curly O’Neil' }]);
    expect(found).toHaveLength(1);
  });

  it('sends a colon as given and classifies the validation fault as permanent', async () => {
    const err = await client.createCustomer(tenantId, { DisplayName: 'Parent:Child' }, { requestId: rid('Customer') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QboError);
    expect(err).toMatchObject({ kind: 'permanent', retriable: false, httpStatus: 400 });
  });

  it('rejects a non-whitelisted field before any request', async () => {
    const before = (await h.requests(realmId)).length;
    await expect(client.queryCustomers(tenantId, [{ field: 'PrimaryPhone', value: '1' }])).rejects.toThrow(QueryProgrammingError);
    expect((await h.requests(realmId)).length).toBe(before);
  });

  it('6240: a duplicate name is permanent, and the name holders can be found (vendor, employee too)', async () => {
    const err = await client.createCustomer(tenantId, { DisplayName: 'Vendor Holds This' }, { requestId: rid('Customer') }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'permanent', code: '6240' });
    expect(await client.findNameHolders(tenantId, 'Vendor Holds This')).toEqual([
      expect.objectContaining({ entity: 'Vendor', displayName: 'Vendor Holds This' }),
    ]);
    expect((await client.readVendorByDisplayName(tenantId, 'Vendor Holds This'))?.DisplayName).toBe('Vendor Holds This');
    expect((await client.readEmployeeByDisplayName(tenantId, 'Employee Holds This'))?.DisplayName).toBe('Employee Holds This');
    expect(await client.readVendorByDisplayName(tenantId, 'Nobody')).toBeNull();
  });

  it('finds inactive customers too, and pages through results', async () => {
    const small = h.client(undefined, undefined, { pageSize: 2 });
    const prefix = `Pager ${Date.now()}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await client.createCustomer(tenantId, { DisplayName: `${prefix} ${i}`, CompanyName: prefix }, { requestId: rid('Customer') });
      ids.push(c.Id);
    }
    const first = await client.readCustomer(tenantId, ids[0] ?? '');
    await client.updateCustomer(tenantId, { Id: first?.Id ?? '', SyncToken: first?.SyncToken ?? '', Active: false });
    const all = await small.queryCustomers(tenantId, [{ field: 'CompanyName', value: prefix }]);
    expect(all.map((c) => c.Id).sort()).toEqual([...ids].sort());
    const active = await small.queryCustomers(tenantId, [{ field: 'CompanyName', value: prefix }], { activeOnly: true });
    expect(active).toHaveLength(4);
    expect(await client.count(tenantId, 'Customer', [{ field: 'CompanyName', value: prefix }])).toBe(5);
  });

  it('readCustomer / readInvoice return null for an unknown Id', async () => {
    expect(await client.readCustomer(tenantId, '999999')).toBeNull();
    expect(await client.readInvoice(tenantId, '999999')).toBeNull();
  });

  it('5010: a stale SyncToken is a conflict; with reapplyOnConflict it is re-read and re-applied', async () => {
    const c = await client.createCustomer(tenantId, { DisplayName: `Conflict ${Date.now()}` }, { requestId: rid('Customer') });
    await client.updateCustomer(tenantId, { Id: c.Id, SyncToken: c.SyncToken, Notes: 'first' });
    const stale = client.updateCustomer(tenantId, { Id: c.Id, SyncToken: c.SyncToken, Notes: 'second' });
    await expect(stale).rejects.toMatchObject({ kind: 'conflict', code: '5010', retriable: false });
    const ok = await client.updateCustomer(tenantId, { Id: c.Id, SyncToken: c.SyncToken, Notes: 'second' }, { reapplyOnConflict: true });
    expect(ok.Notes).toBe('second');
    expect((await client.readCustomer(tenantId, c.Id))?.Notes).toBe('second');
  });

  it('creates, finds by DocNumber, updates and voids an invoice', async () => {
    const doc = `INV-${Date.now() % 1e9}`;
    const created = await client.createInvoice(tenantId, invoice(doc), { requestId: rid('Invoice') });
    expect(created.DocNumber).toBe(doc);
    expect((await client.findInvoicesByDocNumber(tenantId, doc)).map((i) => i.Id)).toEqual([created.Id]);
    expect(await client.findInvoicesByDocNumber(tenantId, `${doc}-none`)).toEqual([]);
    const updated = await client.updateInvoice(tenantId, { Id: created.Id, SyncToken: created.SyncToken, PrivateNote: 'updated' });
    expect(updated.PrivateNote).toBe('updated');
    const voided = await client.voidInvoice(tenantId, { Id: updated.Id, SyncToken: updated.SyncToken });
    expect(voided.Id).toBe(created.Id);
    expect(Number(voided.TotalAmt ?? 0)).toBe(0);
    expect(await client.count(tenantId, 'Invoice', [{ field: 'DocNumber', value: doc }])).toBe(1);
  });

  it('6140 duplicate DocNumber, 6070 bad amount, 610/2500 unknown customer: permanent', async () => {
    const doc = `DUP-${Date.now() % 1e9}`;
    await client.createInvoice(tenantId, invoice(doc), { requestId: rid('Invoice') });
    await expect(client.createInvoice(tenantId, invoice(doc), { requestId: rid('Invoice') })).rejects.toMatchObject({ kind: 'permanent', code: '6140' });
    const badAmount = invoice(`AMT-${Date.now() % 1e9}`, {
      Line: [{ DetailType: 'SalesItemLineDetail', Amount: 26, SalesItemLineDetail: { ItemRef: { value: itemId }, Qty: 3, UnitPrice: 8.5 } }],
    });
    await expect(client.createInvoice(tenantId, badAmount, { requestId: rid('Invoice') })).rejects.toMatchObject({ kind: 'permanent', code: '6070' });
    const err = await client
      .createInvoice(tenantId, invoice(`REF-${Date.now() % 1e9}`, { CustomerRef: { value: '987654' } }), { requestId: rid('Invoice') })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'permanent' });
    expect(['610', '2500']).toContain((err as QboError).code);
  });

  it('batch: per-item results matched by bId whatever the execution order, with the requestid sent', async () => {
    const stamp = Date.now() % 1e8;
    const requestId = batchRequestId(tenantId, `batch-${stamp}`);
    const items = Array.from({ length: 6 }, (_, i) => ({
      bId: `b${i}`,
      operation: 'create' as const,
      Invoice:
        i === 3
          ? invoice(`B${stamp}-${i}`, {
              Line: [{ DetailType: 'SalesItemLineDetail', Amount: 1, SalesItemLineDetail: { ItemRef: { value: itemId }, Qty: 3, UnitPrice: 8.5 } }],
            })
          : invoice(`B${stamp}-${i}`),
    }));
    const results = await client.batch(tenantId, items, { requestId });
    expect(results.map((r) => r.bId)).toEqual(items.map((i) => i.bId));
    for (const r of results) {
      if (r.bId === 'b3') {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatchObject({ kind: 'permanent', code: '6070' });
      } else {
        expect(r.ok).toBe(true);
        if (r.ok && r.entity === 'Invoice') expect(r.value.DocNumber).toBe(`B${stamp}-${r.bId.slice(1)}`);
      }
    }
    const log = await h.requests(realmId);
    expect(log.filter((e) => e.path.endsWith('/batch') && e.requestId === requestId)).toHaveLength(1);
    // Sending the same batch again with the same requestid replays: no new invoices.
    const again = await client.batch(tenantId, items, { requestId });
    expect(again.filter((r) => r.ok)).toHaveLength(5);
    expect(await client.count(tenantId, 'Invoice', [{ field: 'DocNumber', value: `B${stamp}-0` }])).toBe(1);
  });

  it('CDC returns the changed customers and invoices', async () => {
    const since = new Date(Date.now() - 60_000);
    const c = await client.createCustomer(tenantId, { DisplayName: `CDC ${Date.now()}` }, { requestId: rid('Customer') });
    const changes = await client.changedSince(tenantId, ['Customer', 'Invoice'], since);
    expect(changes.customers.map((x) => x.Id)).toContain(c.Id);
    expect(changes.invoices.length).toBeGreaterThan(0);
  });

  it('5xx: retried with the same requestid and body, applied once', async () => {
    const doc = `R5-${Date.now() % 1e9}`;
    const requestId = rid('Invoice');
    await h.faults(realmId, { errorRate: 1, errorStatuses: [503] });
    const p = client.createInvoice(tenantId, invoice(doc), { requestId });
    await waitFor(async () => (await h.requests(realmId)).filter((e) => e.requestId === requestId && e.status === 503).length >= 2, {
      description: 'two injected 503s',
    });
    await h.faults(realmId, {});
    const created = await p;
    expect(created.DocNumber).toBe(doc);
    const attempts = (await h.requests(realmId)).filter((e) => e.requestId === requestId);
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(attempts.map((e) => e.path))).toEqual(new Set([attempts[0]?.path]));
    expect(attempts.filter((e) => e.status === 200)).toHaveLength(1);
    expect(await client.findInvoicesByDocNumber(tenantId, doc)).toHaveLength(1);
  });

  it('a connection dropped after the apply is retried with the same requestid without a second effect', async () => {
    const doc = `DROP-${Date.now() % 1e9}`;
    const requestId = rid('Invoice');
    await h.faults(realmId, { dropRate: 1 });
    const p = client.createInvoice(tenantId, invoice(doc), { requestId });
    await waitFor(async () => (await h.requests(realmId)).some((e) => e.requestId === requestId && e.dropped), { description: 'a dropped request' });
    await h.faults(realmId, {});
    const created = await p;
    expect(created.DocNumber).toBe(doc);
    const attempts = (await h.requests(realmId)).filter((e) => e.requestId === requestId);
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts.some((e) => e.replayed)).toBe(true);
    expect(await client.findInvoicesByDocNumber(tenantId, doc)).toHaveLength(1);
  });

  it('times out a slow call (aborting it) and classifies it retriable', async () => {
    const impatient = h.client(undefined, undefined, { requestTimeoutMs: 300, maxRetries: 0 });
    await h.faults(realmId, { latencyMs: 1500 });
    const before = (await h.requests(realmId)).length;
    try {
      const t0 = Date.now();
      const err = await impatient.readCustomer(tenantId, customerId).catch((e: unknown) => e);
      expect(err).toMatchObject({ kind: 'retriable', retriable: true, code: 'TIMEOUT' });
      expect(Date.now() - t0).toBeLessThan(1200);
    } finally {
      await h.faults(realmId, {});
      // Let the emulator finish the abandoned request, so nothing is left running.
      await waitFor(async () => (await h.requests(realmId)).length > before, { description: 'the slow request to finish' });
    }
  });

  it('company info', async () => {
    expect((await client.getCompanyInfo(tenantId)).CompanyName).toBe('Adapter Co');
  });
});
