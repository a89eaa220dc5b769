import { InvoiceHarness } from './invoice-harness';

jest.setTimeout(60_000);

let h: InvoiceHarness;
beforeAll(async () => {
  h = await InvoiceHarness.start();
});
afterAll(async () => {
  await h.close();
});

it('403 / 3100 to a write (the app lost its rights to the company): the tenant needs a reconnect, the window is skipped with the reason, every invoice is kept', async () => {
  const { tenantId, realmId } = await h.tenant();
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  const w = h.wire({ client: { maxRetries: 1 } });
  // a tenant that has been syncing: its item is known, so its next window's first call is a write
  await h.invoice(tenantId, { id: 'r0' });
  expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ outcome: 'ran', status: 'finished', summary: { pushed: 1 } });
  for (const id of ['r1', 'r2', 'r3']) await h.invoice(tenantId, { id });
  await h.admin('PUT', `/_emulator/realms/${realmId}/rights`, { withdrawn: true });

  const r = await w.runWindow.run({ tenantId, trigger: 'run_now' });
  expect(r).toMatchObject({ outcome: 'ran', status: 'skipped', summary: { pushed: 0, failed: 0 } });
  expect(r.outcome === 'ran' && r.summary.note).toMatch(/reconnect/);
  expect((await h.requests(realmId)).some((x) => x.status === 403 && x.faultCode === '3100')).toBe(true);

  const [conn] = (await h.ds.query(`SELECT status, status_reason FROM qbo_connections WHERE tenant_id = $1`, [tenantId])) as Array<{ status: string; status_reason: string }>;
  expect(conn?.status).toBe('needs_reconnect');
  expect(conn?.status_reason).toContain('3100');
  const failed = (await h.ds.query(`SELECT count(*)::int AS n FROM invoice_sync WHERE tenant_id = $1 AND failed_version IS NOT NULL`, [tenantId])) as Array<{ n: number }>;
  expect(failed[0]?.n).toBe(0);
  const s = await w.status.run(tenantId);
  expect(s?.connection.status).toBe('needs_reconnect');
  expect(s?.invoices.pending).toBe(3);
  expect(h.qboInvoices(realmId)).toHaveLength(1);

  // the next window waits for the reconnect, sending nothing
  const before = (await h.requests(realmId)).length;
  expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ status: 'skipped' });
  expect((await h.requests(realmId)).length).toBe(before);

  // rights back and the user reconnects: every invoice goes, once
  await h.admin('PUT', `/_emulator/realms/${realmId}/rights`, { withdrawn: false });
  await h.ds.query(`UPDATE qbo_connections SET status = 'connected', status_reason = NULL WHERE tenant_id = $1`, [tenantId]);
  expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ outcome: 'ran', status: 'finished', summary: { pushed: 3 } });
  expect(h.qboInvoices(realmId).map((i) => i.DocNumber).sort()).toEqual(['N-r0', 'N-r1', 'N-r2', 'N-r3']);
});

it('403 / 3100 to a read before any write, with no other company to compare: the tenant stays connected, its reads wait, the invoices are kept, the status says so', async () => {
  // A refused read may be the app's monthly read cap (the emulator answers it 403 / 3100 by default): not taken for lost rights.
  const { tenantId, realmId } = await h.tenant();
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  for (const id of ['s1', 's2']) await h.invoice(tenantId, { id });
  await h.admin('PUT', `/_emulator/realms/${realmId}/rights`, { withdrawn: true });
  await h.ds.query(`UPDATE qbo_connections SET status = 'disconnected' WHERE tenant_id <> $1`, [tenantId]); // no other company to ask
  // The window must read before it writes: the company's lists (issue 12) are not read yet.
  await h.ds.query(`DELETE FROM qbo_company_lists WHERE tenant_id = $1`, [tenantId]);
  const w = h.wire({ client: { maxRetries: 1 } });

  const r = await w.runWindow.run({ tenantId, trigger: 'run_now' });
  expect(r).toMatchObject({ outcome: 'ran', status: 'incomplete', summary: { pushed: 0, failed: 0 } });
  expect(r.outcome === 'ran' && r.summary.note).toMatch(/reads wait/);
  const [conn] = (await h.ds.query(`SELECT status FROM qbo_connections WHERE tenant_id = $1`, [tenantId])) as Array<{ status: string }>;
  expect(conn?.status).toBe('connected');
  const s = await w.status.run(tenantId);
  expect(s?.invoices.pending).toBe(2);
  expect(s?.qboUsage?.app.readsRefused).toMatchObject({ scope: 'company' });

  // its reads wait without being sent until the next probe
  const before = (await h.requests(realmId)).length;
  expect(await w.runWindow.run({ tenantId, trigger: 'run_now' })).toMatchObject({ outcome: 'ran', status: 'incomplete' });
  expect((await h.requests(realmId)).length).toBe(before);
});
