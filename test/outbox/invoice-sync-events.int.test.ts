import { syncEventSchema } from '../../src/outbox/sync-event-schemas';
import { InvoiceHarness } from '../invoices/invoice-harness';

/**
 * The invoice outcomes reach the outbox in the transactions that record them: created, updated,
 * voided in QuickBooks, failed before sending (bad data) or refused by QuickBooks; one version
 * counter per invoice; every event of the published schema.
 */
jest.setTimeout(60_000);

let h: InvoiceHarness;
beforeAll(async () => {
  h = await InvoiceHarness.start();
});
afterAll(async () => {
  await h.close();
});

interface Row {
  event_id: string;
  type: string;
  entity_id: string;
  version: string;
  occurred_at: Date;
  data: Record<string, unknown>;
}

const events = async (tenantId: string): Promise<Row[]> =>
  h.ds.query(`SELECT event_id, type, entity_id, version, occurred_at, data FROM sync_event_outbox WHERE tenant_id = $1 ORDER BY id`, [tenantId]);

it('invoice.synced (created, updated), invoice.voided and invoice.failed, each with its invoice version and the next event version', async () => {
  const { tenantId, realmId } = await h.tenant();
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  await h.invoice(tenantId, { id: 'inv_1', number: 'E-1', lines: [{ description: 'Drain', quantity: '3', unitPrice: '0.335' }] });
  await h.invoice(tenantId, { id: 'inv_2', number: 'E-2' });
  await h.invoice(tenantId, { id: 'inv_3', number: 'E-3-far-too-long-for-quickbooks' });
  const w = h.wire();
  expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ outcome: 'ran', summary: { pushed: 2, failed: 1 } });

  await h.invoice(tenantId, { id: 'inv_1', version: 2, number: 'E-1', lines: [{ description: 'Drain', quantity: '4', unitPrice: '10.005' }] });
  await h.invoice(tenantId, { id: 'inv_2', version: 2, voided: true });
  expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ outcome: 'ran', summary: { updated: 1, voided: 1 } });

  const rows = await events(tenantId);
  for (const r of rows) {
    // Each row makes a valid message of the published contract.
    syncEventSchema.parse({ eventId: r.event_id, type: r.type, tenantId, occurredAt: new Date(r.occurred_at).toISOString(), version: Number(r.version), data: r.data });
  }
  const qbo = h.qboInvoices(realmId);
  const id1 = qbo.find((i) => i.DocNumber === 'E-1')?.Id;
  const id2 = qbo.find((i) => i.DocNumber === 'E-2')?.Id;
  const byInvoice = (id: string) => rows.filter((r) => r.entity_id === id).map((r) => ({ type: r.type, version: Number(r.version), data: r.data }));
  expect(byInvoice('inv_1')).toEqual([
    {
      type: 'invoice.synced',
      version: 1,
      data: { invoiceId: 'inv_1', invoiceVersion: 1, operation: 'created', qboInvoiceId: id1, docNumber: 'E-1', total: '1.01', qboTotal: '1.01', qboTax: expect.anything() },
    },
    {
      type: 'invoice.synced',
      version: 2,
      data: { invoiceId: 'inv_1', invoiceVersion: 2, operation: 'updated', qboInvoiceId: id1, docNumber: 'E-1', total: '40.02', qboTotal: '40.02', qboTax: expect.anything() },
    },
  ]);
  expect(byInvoice('inv_2')).toEqual([
    { type: 'invoice.synced', version: 1, data: expect.objectContaining({ operation: 'created', qboInvoiceId: id2, total: '150.00' }) },
    { type: 'invoice.voided', version: 2, data: { invoiceId: 'inv_2', invoiceVersion: 2, qboInvoiceId: id2 } },
  ]);
  expect(byInvoice('inv_3')).toEqual([
    { type: 'invoice.failed', version: 1, data: { invoiceId: 'inv_3', invoiceVersion: 1, code: 'INVALID', reason: expect.stringContaining('at most 21') } },
  ]);
});

it('invoice.failed for a number QuickBooks already holds (found by the lookup after a 6140), once per version', async () => {
  const { tenantId, realmId } = await h.tenant();
  const customer = await h.linkedCustomer(tenantId, realmId, 'cus_1');
  await h.admin('POST', `/_emulator/realms/${realmId}/seed`, {
    invoices: [{ DocNumber: 'THEIRS-9', CustomerRef: { value: customer }, Line: [{ DetailType: 'SalesItemLineDetail', Amount: 5, SalesItemLineDetail: { ItemRef: { value: '1' }, Qty: 1, UnitPrice: 5 } }] }],
  });
  await h.invoice(tenantId, { id: 'inv_t', number: 'THEIRS-9' });
  const w = h.wire({ flush: { retryBaseDelayMs: 10 } });
  expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ summary: { failed: 1 } });
  await w.runWindow.run({ tenantId, trigger: 'run_now' }); // nothing new: no second event
  const rows = await events(tenantId);
  expect(rows.map((r) => [r.type, r.entity_id, r.version, r.data.code])).toEqual([['invoice.failed', 'inv_t', '1', '6140']]);
  expect(rows[0]?.data.reason).toMatch(/THEIRS-9 is already used in QuickBooks/);
});
