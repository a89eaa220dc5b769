import { QBO_CLIENT } from '../../src/qbo/qbo-client';
import { QboError } from '../../src/qbo/qbo-error';
import { Worker } from '../../src/worker';
import { EmulatorAdmin } from '../support/emulator';
import { waitFor } from '../support/wait-for';
import { CustomerHarness } from './customer-harness';

jest.setTimeout(120_000);

let h: CustomerHarness;
let worker: Worker;
beforeAll(async () => {
  h = await CustomerHarness.start();
  worker = await h.startWorker();
});
afterAll(async () => {
  await h?.close();
});

async function writesTo(realmId: string): Promise<string[]> {
  const log = await new EmulatorAdmin(h.emulator.url).requests(realmId);
  return log.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
}

async function refusal(p: Promise<unknown>): Promise<{ kind: string; code: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof QboError) return { kind: e.kind, code: e.code };
    throw e;
  }
  throw new Error('the write was not refused');
}

describe('Enable off stops every write to QuickBooks (issue 11, item 12)', () => {
  it('the resolver, an operator and a write already under way send nothing while the switch is off; switched on, the work goes', async () => {
    const off = await h.tenant({}, 'create', { enabled: false }); // connected, mirror loaded, sync off (as between Connect and Submit)
    const on = await h.tenant();

    await h.send(off.tenantId, { id: 'c1', displayName: 'Switched Off Sam', email: 'sam@off.example' });
    await waitFor(async () => (await h.link(off.tenantId, 'c1')) !== undefined, { description: 'the customer recorded' });
    // a later customer of an enabled tenant: once it is resolved, the resolver has had its turn at the earlier one
    await h.send(on.tenantId, { id: 'c1', displayName: 'Switched On Sue', email: 'sue@on.example' });
    expect(await h.resolved(on.tenantId, 'c1')).toMatchObject({ status: 'linked', method: 'create' });
    expect((await h.link(off.tenantId, 'c1'))?.resolved_version).toBeNull();

    // an operator's create is refused, with the reason
    const byHand = await h.api<{ error: string; message: string }>(worker, 'POST', `/api/tenants/${off.tenantId}/customers/c1/create`);
    expect(byHand.status).toBe(409);
    expect(byHand.body.error).toBe('sync_halted');
    expect(byHand.body.message).toContain('SYNC_DISABLED');

    // a write already under way when the switch goes off (the check is in Postgres, at the write)
    const qbo = worker.services?.get(QBO_CLIENT);
    if (!qbo) throw new Error('no QBO client bound');
    await h.db.dataSource.query(`UPDATE tenants SET enabled = false WHERE tenant_id = $1`, [on.tenantId]);
    expect(await refusal(qbo.createCustomer(on.tenantId, { DisplayName: 'Late Larry' }, { requestId: 'late-larry-1' }))).toEqual({ kind: 'halted', code: 'SYNC_DISABLED' });
    const line = { DetailType: 'SalesItemLineDetail', Amount: 10, SalesItemLineDetail: { ItemRef: { value: '1' }, Qty: 1, UnitPrice: 10 } };
    const invoice = { CustomerRef: { value: '1' }, Line: [line] };
    expect(await refusal(qbo.batch(on.tenantId, [{ bId: '1', operation: 'create', Invoice: invoice }], { requestId: 'late-batch-1' }))).toEqual({
      kind: 'halted',
      code: 'SYNC_DISABLED',
    });
    expect(await refusal(qbo.createInvoice(off.tenantId, invoice, { requestId: 'late-invoice-1' }))).toEqual({ kind: 'halted', code: 'SYNC_DISABLED' });

    expect(await writesTo(off.realmId)).toEqual([]);
    expect((await h.qboCustomers(off.realmId)).map((c) => c.DisplayName)).toEqual([]);
    expect((await h.qboCustomers(on.realmId)).map((c) => c.DisplayName)).toEqual(['Switched On Sue']);

    // switched on: the customer that waited is created
    await h.db.dataSource.query(`UPDATE tenants SET enabled = true WHERE tenant_id = $1`, [off.tenantId]);
    expect(await h.resolved(off.tenantId, 'c1')).toMatchObject({ status: 'linked', method: 'create' });
    expect((await h.qboCustomers(off.realmId)).map((c) => c.DisplayName)).toEqual(['Switched Off Sam']);
  });
});
