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
    // next month: the refusal is over (otherwise the next probe read, an hour later, would end it)
    await h.ds.query(`UPDATE qbo_app_reads SET refused_month = NULL, refused_since = NULL, refused_reason = NULL, probe_at = NULL`);
  }
});

it('a window reads nothing back after its writes: its only reads are the company lists (once per company) and the inactive-customer check', async () => {
  const t = await h.tenant();
  const w = h.wire();
  await h.linkedCustomer(t.tenantId, t.realmId, 'cus_1');
  const reads = async () =>
    (await h.ds.query(`SELECT purpose, sum(core)::int AS core, sum(core_plus)::int AS core_plus FROM qbo_call_counts WHERE tenant_id = $1 GROUP BY purpose ORDER BY purpose`, [t.tenantId])) as Array<{
      purpose: string;
      core: number;
      core_plus: number;
    }>;
  for (const id of ['a1', 'a2', 'a3']) await h.invoice(t.tenantId, { id });
  expect(await w.runWindow.run({ tenantId: t.tenantId, trigger: 'run_now' })).toMatchObject({ status: 'finished', summary: { pushed: 3, batches: 1 } });
  expect(await reads()).toEqual([
    { purpose: 'check', core: 0, core_plus: 1 }, // is the linked customer inactive? (this harness has no mirror to answer it)
    // The company's lists, read once and kept (issue 12): CompanyInfo, Preferences, accounts, items (a US company's tax codes are never used: not read).
    { purpose: 'connect', core: 0, core_plus: 4 },
    { purpose: 'write', core: 3, core_plus: 0 }, // one batch of three creates: three Core calls
  ]);
  for (const id of ['a4', 'a5']) await h.invoice(t.tenantId, { id });
  await h.invoice(t.tenantId, { id: 'a1', version: 2, memo: 'changed upstream' });
  expect(await w.runWindow.run({ tenantId: t.tenantId, trigger: 'run_now' })).toMatchObject({ status: 'finished', summary: { pushed: 2, updated: 1 } });
  expect(await reads()).toEqual([
    { purpose: 'check', core: 0, core_plus: 2 },
    { purpose: 'connect', core: 0, core_plus: 4 }, // not read again
    { purpose: 'write', core: 6, core_plus: 0 },
  ]);
});
