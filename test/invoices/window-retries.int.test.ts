import { createDataSource } from '../../src/db/data-source';
import { InvoiceHarness } from './invoice-harness';

jest.setTimeout(90_000);

let h: InvoiceHarness;
beforeAll(async () => {
  h = await InvoiceHarness.start();
});
afterAll(async () => {
  await h.close();
});

const MIN = 60_000;
const RETRY = { baseMs: 30 * MIN, maxRetries: 3 };
/** QuickBooks refuses fast: no retry inside the client, one inside the window. */
const FAST = { client: { maxRetries: 0, requestTimeoutMs: 2000 }, flush: { retryAttempts: 1, retryBaseDelayMs: 10 }, windowRetry: RETRY };

async function tenantRow(tenantId: string): Promise<{ window_retry_at: Date | null; window_retries: number }> {
  const rows = (await h.ds.query(`SELECT window_retry_at, window_retries FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<{ window_retry_at: Date | null; window_retries: number }>;
  if (!rows[0]) throw new Error('no tenant row');
  return rows[0];
}

async function seed(n: number, cron = '0 2 * * *'): Promise<{ tenantId: string; realmId: string }> {
  const t = await h.tenant({ cron, connectedAt: new Date('2026-11-18T00:00:00Z') });
  await h.linkedCustomer(t.tenantId, t.realmId, 'cus_1');
  for (let i = 0; i < n; i++) await h.invoice(t.tenantId, { id: `r${i}`, number: `R-${i}` });
  return t;
}

it('a window QuickBooks did not answer is incomplete, tried again with backoff the same night, and sends everything once it answers', async () => {
  const { tenantId, realmId } = await seed(7);
  await h.faults(realmId, { errorRate: 1, errorStatuses: [503] });
  const w = h.wire(FAST);
  const ours = async (now: Date) => (await w.dueWindows.run(now)).filter((r) => r.due.tenantId === tenantId);

  const first = await ours(new Date('2026-11-21T02:00:10Z'));
  expect(first.map((r) => r.result)).toEqual([expect.objectContaining({ outcome: 'ran', status: 'incomplete' })]);
  expect(await tenantRow(tenantId)).toEqual({ window_retry_at: new Date('2026-11-21T02:30:10Z'), window_retries: 1 });
  expect(await ours(new Date('2026-11-21T02:20:00Z'))).toEqual([]); // not yet

  // still down at the first retry: the next one is twice as far
  const second = await ours(new Date('2026-11-21T02:30:30Z'));
  expect(second.map((r) => [r.due.retry, r.result.outcome === 'ran' ? r.result.status : r.result.outcome])).toEqual([[1, 'incomplete']]);
  expect(await tenantRow(tenantId)).toEqual({ window_retry_at: new Date('2026-11-21T03:30:30Z'), window_retries: 2 });

  await h.faults(realmId, {});
  const third = await ours(new Date('2026-11-21T03:31:00Z'));
  expect(third.map((r) => r.result)).toEqual([expect.objectContaining({ outcome: 'ran', status: 'finished', summary: expect.objectContaining({ pushed: 7 }) })]);
  expect(await tenantRow(tenantId)).toEqual({ window_retry_at: null, window_retries: 0 });
  expect(h.qboInvoices(realmId).map((i) => i.DocNumber).sort()).toEqual(['R-0', 'R-1', 'R-2', 'R-3', 'R-4', 'R-5', 'R-6']);

  const windows = await w.windows.list(tenantId);
  expect(windows.map((x) => [x.trigger, x.status])).toEqual([
    ['schedule', 'incomplete'],
    ['retry', 'incomplete'],
    ['retry', 'finished'],
  ]);
  expect(windows[0]?.carried).toBe(7);
  expect(windows[0]?.note).toMatch(/QuickBooks did not answer/);
  // the regular schedule is untouched: the next night's window is still due at 02:00
  expect((await w.dueWindows.due(new Date('2026-11-22T02:00:05Z'))).filter((d) => d.tenantId === tenantId)).toEqual([
    { tenantId, scheduledFor: new Date('2026-11-22T02:00:00Z') },
  ]);
});

it('no retry at or after the next regular window, and none past the allowed tries', async () => {
  const hourly = await seed(2, '0 * * * *'); // the next regular window is an hour away: one 30-minute retry fits, a 60-minute one does not
  await h.faults(hourly.realmId, { errorRate: 1, errorStatuses: [503] });
  const w = h.wire(FAST);
  const ours = async (now: Date) => (await w.dueWindows.run(now)).filter((r) => r.due.tenantId === hourly.tenantId);
  await ours(new Date('2026-11-21T05:00:05Z'));
  expect((await tenantRow(hourly.tenantId)).window_retry_at).toEqual(new Date('2026-11-21T05:30:05Z'));
  await ours(new Date('2026-11-21T05:30:10Z'));
  expect(await tenantRow(hourly.tenantId)).toEqual({ window_retry_at: null, window_retries: 0 }); // 06:30:10 would be after 06:00
  await h.faults(hourly.realmId, {});
});

it('two replicas at the retry time: the retry runs once', async () => {
  const { tenantId, realmId } = await seed(3);
  await h.faults(realmId, { errorRate: 1, errorStatuses: [503] });
  const a = h.wire(FAST);
  await a.dueWindows.run(new Date('2026-11-21T02:00:10Z'));
  await h.faults(realmId, {});
  const other = createDataSource({ url: h.db.url, poolSize: 4, applicationName: 'replica-2' });
  await other.initialize();
  try {
    const b = h.wire({ ...FAST, dataSource: other });
    const at = new Date('2026-11-21T02:31:00Z');
    const [ra, rb] = await Promise.all([a.dueWindows.run(at), b.dueWindows.run(at)]);
    const ran = [...ra, ...rb].filter((r) => r.due.tenantId === tenantId && r.result.outcome === 'ran');
    expect(ran).toHaveLength(1);
    const rows = (await h.ds.query(`SELECT trigger, status FROM invoice_windows WHERE tenant_id = $1 ORDER BY id`, [tenantId])) as Array<{ trigger: string; status: string }>;
    expect(rows).toEqual([
      { trigger: 'schedule', status: 'incomplete' },
      { trigger: 'retry', status: 'finished' },
    ]);
    expect(h.qboInvoices(realmId)).toHaveLength(3);
  } finally {
    await other.destroy();
  }
});
