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
 * deleted there, one changed there, one voided there by a person, a linked customer made inactive.
 * The dry run plans the four repairs and writes nothing; the real run writes them and, with --now,
 * a window creates the deleted invoice again and sends our version of the changed one, while the
 * voided one is recorded as voided in QuickBooks and not re-sent; the customer is queued for a
 * refresh as a webhook would. Every QuickBooks read of the plan is a counted query through the
 * client. A second dry run finds no invoice drift.
 */
describe('qbo-sync resync', () => {
  let h: InvoiceHarness;

  beforeAll(async () => {
    // The drift is made by hand through the API in quick succession: more than QuickBooks' 10 a second.
    h = await InvoiceHarness.start({ limits: { requestsPerSecond: 40 } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('plans and repairs what changed in QuickBooks', async () => {
    const { tenantId, realmId } = await h.tenant();
    const qboCustomer = await h.linkedCustomer(tenantId, realmId, 'cus_1');
    await h.linkedCustomer(tenantId, realmId, 'cus_2');
    for (const id of ['inv_keep', 'inv_deleted', 'inv_changed', 'inv_voided']) await h.invoice(tenantId, { id, customerId: id === 'inv_keep' ? 'cus_1' : 'cus_2' });
    const first = await h.wire().runWindow.run({ tenantId, trigger: 'run_now', requestedBy: 'test' });
    expect(first).toMatchObject({ outcome: 'ran', summary: { pushed: 4 } });

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
    const voidedId = await qboIdOf('inv_voided');
    const del = (await api(`invoice/${deletedId}`)).Invoice as Record<string, string>;
    await api('invoice?operation=delete', { Id: deletedId, SyncToken: del.SyncToken });
    const chg = (await api(`invoice/${changedId}`)).Invoice as Record<string, string>;
    await api('invoice', { Id: changedId, SyncToken: chg.SyncToken, sparse: true, DueDate: '2027-01-31' });
    const vo = (await api(`invoice/${voidedId}`)).Invoice as Record<string, string>;
    await api('invoice?operation=void', { Id: voidedId, SyncToken: vo.SyncToken });
    const voidedToken = ((await api(`invoice/${voidedId}`)).Invoice as Record<string, string>).SyncToken;
    const cus = (await api(`customer/${qboCustomer}`)).Customer as Record<string, string>;
    await api('customer', { Id: qboCustomer, SyncToken: cus.SyncToken, sparse: true, Active: false });

    const env = {
      DATABASE_URL: h.db.url,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      QBO_EMULATOR_URL: h.url,
      QBO_TOKEN_ENCRYPTION_KEY: h.key.toString('hex'),
      QBO_RETRY_BASE_DELAY_MS: '20',
    };
    const queriesBefore = (await h.requests(realmId)).filter((r) => r.path.includes('/query')).length;
    const dry = await runCli(['resync', tenantId, '--dry-run', '--json'], env);
    expect(dry.stderr).toBe('');
    const plan = JSON.parse(dry.stdout) as ResyncJson;
    expect(plan.checked).toEqual({ invoices: 4, customers: 2 });
    expect(plan.qboQueries).toBe(2);
    expect((await h.requests(realmId)).filter((r) => r.path.includes('/query')).length - queriesBefore).toBe(plan.qboQueries);
    expect(plan.drift.map((d) => `${d.kind} ${d.invoiceId ?? d.customerId}`).sort()).toEqual([
      'customer-inactive cus_1',
      'invoice-changed inv_changed',
      'invoice-deleted inv_deleted',
      'invoice-voided inv_voided',
    ]);
    const text = await runCli(['resync', tenantId, '--dry-run'], env);
    expect(text.stdout).toContain(`invoice inv_voided: voided in QuickBooks (Id ${voidedId}) → recorded as voided, not re-sent`);
    expect(plan.applied).toBe(0);
    expect(await h.syncRow(tenantId, 'inv_deleted')).toMatchObject({ qbo_invoice_id: deletedId });
    expect(await h.syncRow(tenantId, 'inv_voided')).toMatchObject({ voided_in_qbo: false });

    const run = await runCli(['resync', tenantId, '--now', '--json'], env);
    let done: ResyncJson;
    try {
      done = JSON.parse(run.stdout) as ResyncJson;
    } catch {
      throw new Error(`not JSON: ${run.stdout}`);
    }
    expect(done.applied).toBe(4);
    expect(done.window).toMatch(/finished: 1 pushed, 1 updated, 0 failed/);
    expect(await h.syncRow(tenantId, 'inv_voided')).toMatchObject({ voided_in_qbo: true, qbo_sync_token: voidedToken, failure_code: null });
    expect(h.qboInvoices(realmId).find((i) => i.Id === voidedId)?.voided).toBe(true);
    expect(((await api(`invoice/${voidedId}`)).Invoice as Record<string, string>).SyncToken).toBe(voidedToken); // not sent again
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
