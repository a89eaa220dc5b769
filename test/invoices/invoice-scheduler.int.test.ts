import { CountDeadLetters } from '../../src/ingest/dead-letter-counts';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createDataSource } from '../../src/db/data-source';
import { invoiceStatusRoutes } from '../../src/http/invoice-status-routes';
import { InvoiceScheduler } from '../../src/invoices/invoice-scheduler';
import { InvoiceBatchRepository } from '../../src/invoices/invoice-batch-repository';
import { InvoiceHarness } from './invoice-harness';

jest.setTimeout(60_000);

let h: InvoiceHarness;
beforeAll(async () => {
  h = await InvoiceHarness.start();
});
afterAll(async () => {
  await h.close();
});

const HOUR = 3_600_000;

it('runs a window missed while every pod was down once, in the tenant zone, and not again', async () => {
  const now = new Date('2026-11-21T05:30:00Z'); // 06:30 in Paris
  const { tenantId, realmId } = await h.tenant({ cron: '0 2 * * *', timeZone: 'Europe/Paris', connectedAt: new Date(now.getTime() - 72 * HOUR) });
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  await h.invoice(tenantId, { id: 'i1' });
  const w = h.wire();
  const due = (await w.dueWindows.due(now)).filter((d) => d.tenantId === tenantId);
  expect(due).toEqual([{ tenantId, scheduledFor: new Date('2026-11-21T01:00:00Z') }]);
  const results = await w.dueWindows.run(now);
  expect(results.find((r) => r.due.tenantId === tenantId)?.result).toMatchObject({ outcome: 'ran', status: 'finished', summary: { pushed: 1 } });
  expect((await w.dueWindows.due(now)).filter((d) => d.tenantId === tenantId)).toEqual([]);
  expect((await w.dueWindows.due(new Date(now.getTime() + 24 * HOUR))).filter((d) => d.tenantId === tenantId)).toEqual([
    { tenantId, scheduledFor: new Date('2026-11-22T01:00:00Z') },
  ]);
  const status = await w.status.run(tenantId, now);
  expect(status?.schedule.nextWindow).toEqual({ local: '2026-11-22T02:00:00 Europe/Paris', utc: '2026-11-22T01:00:00.000Z' });
  expect(status?.lastWindow).toMatchObject({ trigger: 'schedule', scheduledFor: '2026-11-21T01:00:00.000Z', pushed: 1 });
});

it('runs the window of the day the clocks go forward (02:00 does not exist: it runs at 03:00) and the day they go back once', async () => {
  // America/Los_Angeles, 2026-03-08: 02:00 PST jumps to 03:00 PDT.
  const { tenantId, realmId } = await h.tenant({ cron: '0 2 * * *', timeZone: 'America/Los_Angeles', connectedAt: new Date('2026-03-05T00:00:00Z') });
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  const w = h.wire();
  const ours = async (now: Date) => (await w.dueWindows.run(now)).filter((r) => r.due.tenantId === tenantId);
  await h.invoice(tenantId, { id: 'before' });
  expect((await ours(new Date('2026-03-07T12:00:00Z'))).map((r) => r.due.scheduledFor)).toEqual([new Date('2026-03-07T10:00:00Z')]);
  const status = await w.status.run(tenantId, new Date('2026-03-07T12:00:00Z'));
  expect(status?.schedule).toMatchObject({
    nextWindow: { local: '2026-03-08T03:00:00 America/Los_Angeles', utc: '2026-03-08T10:00:00.000Z' },
    clockChange: '02:00 does not exist on 2026-03-08 in America/Los_Angeles (the clocks go forward): that window runs at 03:00',
  });

  await h.invoice(tenantId, { id: 'dst-day' });
  expect(await ours(new Date('2026-03-08T09:59:00Z'))).toEqual([]); // 01:59 PST
  const ran = await ours(new Date('2026-03-08T10:00:30Z')); // 03:00:30 PDT
  expect(ran.map((r) => r.due.scheduledFor)).toEqual([new Date('2026-03-08T10:00:00Z')]);
  expect(ran[0]?.result).toMatchObject({ outcome: 'ran', status: 'finished', summary: { pushed: 1 } });
  expect(await ours(new Date('2026-03-08T20:00:00Z'))).toEqual([]);
  expect(h.qboInvoices(realmId).map((i) => i.PrivateNote)).toEqual(['qbo-sync invoice before', 'qbo-sync invoice dst-day']);

  // 2026-11-01: 01:30 exists twice (PDT, then PST); a 01:30 schedule runs once, at the first.
  await h.ds.query(`UPDATE tenants SET batch_cron = '30 1 * * *' WHERE tenant_id = $1`, [tenantId]);
  expect((await ours(new Date('2026-10-31T12:00:00Z'))).map((r) => r.due.scheduledFor)).toEqual([new Date('2026-10-31T08:30:00Z')]);
  expect((await ours(new Date('2026-11-01T08:31:00Z'))).map((r) => r.due.scheduledFor)).toEqual([new Date('2026-11-01T08:30:00Z')]);
  expect(await ours(new Date('2026-11-01T09:31:00Z'))).toEqual([]); // 01:31 PST: the second 01:30 runs nothing
  const windows = (await w.windows.list(tenantId)).map((x) => x.scheduledFor?.toISOString());
  expect(windows).toEqual(['2026-03-07T10:00:00.000Z', '2026-03-08T10:00:00.000Z', '2026-10-31T08:30:00.000Z', '2026-11-01T08:30:00.000Z']);
});

it('does not push history when a tenant connects: nothing is due before the first occurrence after connecting', async () => {
  const now = new Date('2026-11-21T05:30:00Z');
  const { tenantId } = await h.tenant({ cron: '0 2 * * *', connectedAt: new Date('2026-11-21T05:00:00Z'), invoicesFrom: null });
  const w = h.wire();
  expect((await w.dueWindows.due(now)).filter((d) => d.tenantId === tenantId)).toEqual([]);
  const status = await w.status.run(tenantId, now);
  expect(status?.tenant.syncFrom).toBe('2026-11-21'); // invoices_from defaults to the day the tenant connected
});

it('two replicas racing: one window per tenant, each invoice once; run-now waits its turn', async () => {
  const now = new Date('2026-11-21T05:30:00Z');
  const tenants: Array<{ tenantId: string; realmId: string }> = [];
  for (let i = 0; i < 6; i++) {
    const t = await h.tenant({ cron: '*/5 * * * *', connectedAt: new Date(now.getTime() - HOUR) });
    await h.linkedCustomer(t.tenantId, t.realmId, 'cus_1');
    for (let j = 0; j < 35; j++) await h.invoice(t.tenantId, { id: `x${j}` });
    tenants.push(t);
  }
  const other = createDataSource({ url: h.db.url, poolSize: 6, applicationName: 'replica-2' });
  await other.initialize();
  try {
    const a = h.wire();
    const b = h.wire({ dataSource: other });
    const [ra, rb] = await Promise.all([a.dueWindows.run(now), b.dueWindows.run(now)]);
    const ours = new Set(tenants.map((t) => t.tenantId));
    const ran = [...ra, ...rb].filter((r) => ours.has(r.due.tenantId) && r.result.outcome === 'ran');
    expect(ran).toHaveLength(6);
    for (const t of tenants) {
      const rows = (await h.ds.query(`SELECT count(*)::int AS n FROM invoice_windows WHERE tenant_id = $1`, [t.tenantId])) as Array<{ n: number }>;
      expect(rows[0]?.n).toBe(1);
      expect(h.qboInvoices(t.realmId)).toHaveLength(35);
    }

    // While a window holds a tenant, run-now is refused (one at a time per tenant).
    const t0 = tenants[0]!;
    const held = await b.lock.tryAcquire(t0.tenantId);
    expect(held).not.toBeNull();
    expect(await a.runWindow.run({ tenantId: t0.tenantId, trigger: 'run_now' })).toEqual({ outcome: 'busy' });
    await held?.release();
    expect(await a.runWindow.run({ tenantId: t0.tenantId, trigger: 'run_now' })).toMatchObject({ outcome: 'ran' });
  } finally {
    await other.destroy();
  }
});

it('resumes a window whose runner died, finishing its open batch first', async () => {
  const now = new Date('2026-11-21T05:30:00Z');
  const { tenantId, realmId } = await h.tenant({ cron: '0 * * * *', connectedAt: new Date(now.getTime() - 2 * HOUR) });
  const qboCustomer = await h.linkedCustomer(tenantId, realmId, 'cus_1');
  await h.invoice(tenantId, { id: 'o1', number: 'O-1' });
  // The dead runner: it claimed the 05:00 window and persisted a batch, then died.
  const ins = (await h.ds.query(
    `INSERT INTO invoice_windows (tenant_id, trigger, scheduled_for, runner) VALUES ($1, 'schedule', '2026-11-21T05:00:00Z', 'dead:1') RETURNING id`,
    [tenantId],
  )) as Array<{ id: string }>;
  await new InvoiceBatchRepository(h.ds).persistBatches(tenantId, realmId, String(ins[0]?.id), [
    [
      {
        bId: '1',
        invoiceId: 'o1',
        number: 'O-1',
        version: 1,
        operation: 'create',
        qboCustomerId: qboCustomer,
        payload: null,
        invoice: { CustomerRef: { value: qboCustomer }, DocNumber: 'O-1', PrivateNote: 'qbo-sync invoice o1', Line: [{ DetailType: 'SalesItemLineDetail', Amount: 150, SalesItemLineDetail: { ItemRef: { value: '1' }, Qty: 2, UnitPrice: 75 } }] },
      },
    ],
  ]);
  const w = h.wire();
  expect((await w.dueWindows.due(now)).filter((d) => d.tenantId === tenantId)).toEqual([{ tenantId, scheduledFor: null }]);
  const results = await w.dueWindows.run(now);
  expect(results.find((r) => r.due.tenantId === tenantId)?.result).toMatchObject({ outcome: 'ran', status: 'finished', summary: { pushed: 1 } });
  const windows = await w.windows.list(tenantId);
  expect(windows).toHaveLength(1);
  expect(windows[0]).toMatchObject({ status: 'finished', resumed: 1, pushed: 1 });
  expect(h.qboInvoices(realmId).map((i) => i.DocNumber)).toEqual(['O-1']);
});

it('the scheduler task runs due windows on its tick and stops cleanly', async () => {
  const { tenantId, realmId } = await h.tenant({ cron: '* * * * * *', connectedAt: new Date(Date.now() - HOUR) });
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  await h.invoice(tenantId, { id: 's1' });
  const w = h.wire();
  const scheduler = new InvoiceScheduler(w.dueWindows, 100, { now: () => new Date() }, h.logger);
  await scheduler.start();
  try {
    const { waitFor } = await import('../support/wait-for');
    await waitFor(() => h.qboInvoices(realmId).length === 1, { description: 'the scheduled window pushed the invoice' });
  } finally {
    await scheduler.stop();
  }
  expect((await w.windows.list(tenantId)).every((x) => x.trigger === 'schedule')).toBe(true);
});

it('GET /api/tenants/:tenantId/status answers the status JSON, 404 for an unknown tenant', async () => {
  const { tenantId, realmId } = await h.tenant();
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  await h.invoice(tenantId, { id: 'p1' });
  await h.invoice(tenantId, { id: 'p2', customerId: 'nobody' });
  const w = h.wire();
  await w.runWindow.run({ tenantId, trigger: 'run_now', requestedBy: 'ops' });
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler); // as the admin server: the routes validate with their zod schemas
  app.setSerializerCompiler(serializerCompiler);
  await app.register(async (scope) => invoiceStatusRoutes(w.status, new CountDeadLetters(h.ds))(scope));
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const res = await fetch(`${base}/api/tenants/${tenantId}/status`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as Record<string, Record<string, unknown>>;
  expect(body.connection).toMatchObject({ status: 'connected', realm: realmId });
  expect(body.invoices).toMatchObject({ pending: 1, waiting: { total: 1 } });
  expect(body.schedule).toMatchObject({ cron: '0 2 * * *', timeZone: 'UTC' });
  expect(body.lastWindow).toMatchObject({ trigger: 'run_now', requestedBy: 'ops', pushed: 1, status: 'finished' });
  expect((await fetch(`${base}/api/tenants/nope_never_seen/status`)).status).toBe(404);
  await app.close();
});
