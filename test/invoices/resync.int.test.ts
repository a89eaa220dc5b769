import { QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';
import { runCli } from '../support/run-cli';
import { InvoiceHarness } from './invoice-harness';

interface ResyncJson {
  checked: { invoices: number; customers: number };
  qboQueries: number;
  drift: Array<{ kind: string; invoiceId?: string; customerId?: string }>;
  applied: number;
  window: string | null;
}

/**
 * `qbo-sync resync` against the emulator with drift made on purpose in QuickBooks: an invoice
 * deleted there, one changed there, a linked customer made inactive. The dry run plans the three
 * repairs and writes nothing; the real run writes them and, with --now, a window creates the
 * deleted invoice again and sends our version of the changed one; the customer is queued for a
 * refresh as a webhook would. A second dry run finds no invoice drift.
 */
describe('qbo-sync resync', () => {
  let h: InvoiceHarness;

  beforeAll(async () => {
    h = await InvoiceHarness.start();
  });
  afterAll(async () => {
    await h.close();
  });

  it('plans and repairs what changed in QuickBooks', async () => {
    const { tenantId, realmId } = await h.tenant();
    const qboCustomer = await h.linkedCustomer(tenantId, realmId, 'cus_1');
    await h.linkedCustomer(tenantId, realmId, 'cus_2');
    for (const id of ['inv_keep', 'inv_deleted', 'inv_changed']) await h.invoice(tenantId, { id, customerId: id === 'inv_keep' ? 'cus_1' : 'cus_2' });
    const first = await h.wire().runWindow.run({ tenantId, trigger: 'run_now', requestedBy: 'test' });
    expect(first).toMatchObject({ outcome: 'ran', summary: { pushed: 3 } });

    // Drift, made in QuickBooks through its API.
    const conn = await new QboConnectionRepository(h.ds, h.cipher).find(tenantId);
    const api = async (path: string, body?: unknown): Promise<Record<string, Record<string, string>>> => {
      const res = await fetch(`${h.url}/v3/company/${realmId}/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${conn?.tokens?.accessToken ?? ''}`, accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as Record<string, Record<string, string>>;
    };
    const qboIdOf = async (invoiceId: string) => String((await h.syncRow(tenantId, invoiceId))?.qbo_invoice_id);
    const deletedId = await qboIdOf('inv_deleted');
    const changedId = await qboIdOf('inv_changed');
    const del = (await api(`invoice/${deletedId}`)).Invoice as Record<string, string>;
    await api('invoice?operation=delete', { Id: deletedId, SyncToken: del.SyncToken });
    const chg = (await api(`invoice/${changedId}`)).Invoice as Record<string, string>;
    await api('invoice', { Id: changedId, SyncToken: chg.SyncToken, sparse: true, DueDate: '2027-01-31' });
    const cus = (await api(`customer/${qboCustomer}`)).Customer as Record<string, string>;
    await api('customer', { Id: qboCustomer, SyncToken: cus.SyncToken, sparse: true, Active: false });

    const env = {
      DATABASE_URL: h.db.url,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      QBO_EMULATOR_URL: h.url,
      QBO_TOKEN_ENCRYPTION_KEY: h.key.toString('hex'),
      QBO_RETRY_BASE_DELAY_MS: '20',
    };
    const dry = await runCli(['resync', tenantId, '--dry-run', '--json'], env);
    expect(dry.stderr).toBe('');
    const plan = JSON.parse(dry.stdout) as ResyncJson;
    expect(plan.checked).toEqual({ invoices: 3, customers: 2 });
    expect(plan.qboQueries).toBe(2);
    expect(plan.drift.map((d) => `${d.kind} ${d.invoiceId ?? d.customerId}`).sort()).toEqual([
      'customer-inactive cus_1',
      'invoice-changed inv_changed',
      'invoice-deleted inv_deleted',
    ]);
    expect(plan.applied).toBe(0);
    expect(await h.syncRow(tenantId, 'inv_deleted')).toMatchObject({ qbo_invoice_id: deletedId });

    const run = await runCli(['resync', tenantId, '--now', '--json'], env);
    let done: ResyncJson;
    try {
      done = JSON.parse(run.stdout) as ResyncJson;
    } catch {
      throw new Error(`not JSON: ${run.stdout}`);
    }
    expect(done.applied).toBe(3);
    expect(done.window).toMatch(/finished: 1 pushed, 1 updated, 0 failed/);
    const live = h.qboInvoices(realmId).filter((i) => !i.voided);
    const recreated = String((await h.syncRow(tenantId, 'inv_deleted'))?.qbo_invoice_id);
    expect(recreated).not.toBe(deletedId);
    expect(live.map((i) => i.Id)).toContain(recreated);
    const queued = (await h.ds.query(`SELECT entity, entity_id FROM qbo_webhook_notifications WHERE realm_id = $1 AND processed_at IS NULL`, [realmId])) as unknown[];
    expect(queued).toEqual([{ entity: 'Customer', entity_id: qboCustomer }]);

    const again = JSON.parse((await runCli(['resync', tenantId, '--dry-run', '--json'], env)).stdout) as ResyncJson;
    expect(again.drift.filter((d) => d.kind.startsWith('invoice'))).toEqual([]);
  });
});
