import { InvoiceHarness } from './invoice-harness';

/** The app of companies the harness creates (made without an OAuth client id). */
const APP = '*';

jest.setTimeout(60_000);

let h: InvoiceHarness;
beforeAll(async () => {
  h = await InvoiceHarness.start();
});
afterAll(async () => {
  await h.close();
});

interface Usage {
  apps: Array<{ appId: string; core: number; corePlus: number; capped: boolean }>;
  companies: Array<{ realmId: string; core: number; corePlus: number }>;
}

it("the app's monthly read cap reached (the emulator's 403 / 3100): windows keep writing, no tenant needs a reconnect, the status says reads wait", async () => {
  const a = await h.tenant();
  const b = await h.tenant();
  const w = h.wire({ client: { maxRetries: 1 } });
  for (const t of [a, b]) {
    await h.linkedCustomer(t.tenantId, t.realmId, 'cus_1');
    await h.invoice(t.tenantId, { id: 'first' });
    expect(await w.runWindow.run({ tenantId: t.tenantId, trigger: 'run_now' })).toMatchObject({ status: 'finished', summary: { pushed: 1 } });
  }
  const usage = await h.admin<Usage>('GET', '/_emulator/usage');
  const spent = usage.apps.find((x) => x.appId === APP)?.corePlus ?? 0;
  await h.admin('PUT', '/_emulator/config', { usage: { corePlusMonthlyCap: spent, overCapAnswer: 'forbidden' } });
  try {
    for (const t of [a, b]) for (const id of ['x1', 'x2', 'x3']) await h.invoice(t.tenantId, { id });
    // a new customer link the mirror does not know: the window would ask QuickBooks whether it is active (a read, refused)
    for (const t of [a, b]) {
      const qboId = await h.linkedCustomer(t.tenantId, t.realmId, 'cus_2');
      await h.invoice(t.tenantId, { id: 'x4', customerId: 'cus_2' });
      expect(qboId).toBeTruthy();
    }
    for (const t of [a, b]) {
      const r = await w.runWindow.run({ tenantId: t.tenantId, trigger: 'run_now' });
      expect(r).toMatchObject({ outcome: 'ran', status: 'finished', summary: { pushed: 4, failed: 0 } });
      expect(h.qboInvoices(t.realmId)).toHaveLength(5);
      const [conn] = (await h.ds.query(`SELECT status FROM qbo_connections WHERE tenant_id = $1`, [t.tenantId])) as Array<{ status: string }>;
      expect(conn?.status).toBe('connected');
      const s = await w.status.run(t.tenantId);
      expect(s?.qboUsage?.app.readsRefused).toMatchObject({ scope: 'app' });
      expect(s?.qboUsage?.tenant.core).toBeGreaterThanOrEqual(2);
    }
    // QuickBooks metered no read past its cap, and the writes went through
    const after = await h.admin<Usage>('GET', '/_emulator/usage');
    const app = after.apps.find((x) => x.appId === APP);
    expect(app?.corePlus).toBe(spent);
    expect((app?.core ?? 0) - (usage.apps.find((x) => x.appId === APP)?.core ?? 0)).toBeGreaterThanOrEqual(8);
  } finally {
    await h.admin('PUT', '/_emulator/config', { usage: { corePlusMonthlyCap: null } });
  }
});
