import { createDataSource } from '../../src/db/data-source';
import { WindowSchedule } from '../../src/domain/window-schedule';
import { windowOffsetMs } from '../../src/domain/window-spread';
import { InvoiceHarness } from './invoice-harness';

jest.setTimeout(90_000);

let h: InvoiceHarness;
beforeAll(async () => {
  h = await InvoiceHarness.start();
});
afterAll(async () => {
  await h.close();
});

const MINUTE = 60_000;
const SPREAD = 30 * MINUTE;

async function stored(tenantId: string): Promise<{ next: string | null; dirty: boolean; offset: number }> {
  const rows = (await h.ds.query(`SELECT next_window_at, schedule_dirty, window_offset_ms FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<{
    next_window_at: Date | null;
    schedule_dirty: boolean;
    window_offset_ms: number;
  }>;
  const r = rows[0];
  if (!r) throw new Error(`no tenant ${tenantId}`);
  return { next: r.next_window_at?.toISOString() ?? null, dirty: r.schedule_dirty, offset: r.window_offset_ms };
}

it("stores each tenant's next window time, recomputed when its settings or connection change and after each window", async () => {
  const w = h.wire();
  const { tenantId, realmId } = await h.tenant({ cron: '0 2 * * *', timeZone: 'Europe/Paris', connectedAt: new Date('2026-11-20T12:00:00Z') });
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  expect((await stored(tenantId)).dirty).toBe(true);
  await w.dueWindows.due(new Date('2026-11-20T13:00:00Z'));
  expect(await stored(tenantId)).toEqual({ next: '2026-11-21T01:00:00.000Z', dirty: false, offset: 0 });

  await h.ds.query(`UPDATE tenants SET batch_cron = '30 4 * * *' WHERE tenant_id = $1`, [tenantId]);
  expect((await stored(tenantId)).dirty).toBe(true);
  await w.dueWindows.due(new Date('2026-11-20T13:00:00Z'));
  expect((await stored(tenantId)).next).toBe('2026-11-21T03:30:00.000Z');

  await h.ds.query(`UPDATE tenants SET time_zone = 'America/New_York' WHERE tenant_id = $1`, [tenantId]);
  await w.dueWindows.due(new Date('2026-11-20T13:00:00Z'));
  expect((await stored(tenantId)).next).toBe('2026-11-21T09:30:00.000Z');

  // switched off: no time; on again: back
  await h.ds.query(`UPDATE tenants SET enabled = false WHERE tenant_id = $1`, [tenantId]);
  await w.dueWindows.due(new Date('2026-11-20T13:00:00Z'));
  expect((await stored(tenantId)).next).toBeNull();
  await h.ds.query(`UPDATE tenants SET enabled = true WHERE tenant_id = $1`, [tenantId]);
  expect((await w.dueWindows.due(new Date('2026-11-21T09:29:00Z'))).filter((d) => d.tenantId === tenantId)).toEqual([]);
  expect((await stored(tenantId)).next).toBe('2026-11-21T09:30:00.000Z');

  // the window runs; afterwards the next one is the next day's
  await h.invoice(tenantId, { id: 'i1' });
  const ran = (await w.dueWindows.run(new Date('2026-11-21T09:31:00Z'))).filter((r) => r.due.tenantId === tenantId);
  expect(ran.map((r) => r.due.scheduledFor)).toEqual([new Date('2026-11-21T09:30:00Z')]);
  expect(ran[0]?.result).toMatchObject({ outcome: 'ran', status: 'finished', summary: { pushed: 1 } });
  expect((await stored(tenantId)).dirty).toBe(true); // the scheduled window was recorded
  expect((await w.dueWindows.due(new Date('2026-11-21T09:32:00Z'))).filter((d) => d.tenantId === tenantId)).toEqual([]);
  expect((await stored(tenantId)).next).toBe('2026-11-22T09:30:00.000Z');

  // a connection that is gone schedules nothing; reconnected, it does again
  await h.ds.query(`UPDATE qbo_connections SET status = 'disconnected' WHERE tenant_id = $1`, [tenantId]);
  await w.dueWindows.due(new Date('2026-11-21T09:32:00Z'));
  expect((await stored(tenantId)).next).toBeNull();
  await h.ds.query(`UPDATE qbo_connections SET status = 'connected' WHERE tenant_id = $1`, [tenantId]);
  await w.dueWindows.due(new Date('2026-11-21T09:32:00Z'));
  expect((await stored(tenantId)).next).toBe('2026-11-22T09:30:00.000Z');

  // an unusable schedule: no time, nothing due, the tick goes on
  await h.ds.query(`UPDATE tenants SET batch_cron = 'not a cron' WHERE tenant_id = $1`, [tenantId]);
  expect((await w.dueWindows.due(new Date('2026-11-23T09:32:00Z'))).filter((d) => d.tenantId === tenantId)).toEqual([]);
  expect(await stored(tenantId)).toEqual({ next: null, dirty: false, offset: 0 });
});

it('the day the clocks go forward, the stored time is the first instant after the gap', async () => {
  const w = h.wire();
  const { tenantId } = await h.tenant({ cron: '0 2 * * *', timeZone: 'America/Los_Angeles', connectedAt: new Date('2026-03-07T12:00:00Z') });
  await w.dueWindows.due(new Date('2026-03-07T12:00:00Z'));
  expect((await stored(tenantId)).next).toBe('2026-03-08T10:00:00.000Z'); // 03:00 PDT: 02:00 does not exist that day
});

it('windows of many tenants sharing 02:00 start over the spread, each at its own deterministic offset, each once', async () => {
  const w = h.wire({ spreadMs: SPREAD });
  const schedule = WindowSchedule.parse('0 2 * * *', 'UTC');
  const tenants: string[] = [];
  for (let i = 0; i < 40; i++) tenants.push((await h.tenant({ cron: '0 2 * * *', timeZone: 'UTC', connectedAt: new Date('2026-06-01T12:00:00Z') })).tenantId);
  await w.dueWindows.due(new Date('2026-06-01T12:00:00Z'));
  const offsets = new Map<string, number>();
  for (const t of tenants) {
    const s = await stored(t);
    const offset = windowOffsetMs(t, SPREAD, schedule);
    offsets.set(t, offset);
    expect(s).toEqual({ next: new Date(Date.parse('2026-06-02T02:00:00Z') + offset).toISOString(), dirty: false, offset });
    expect(offset).toBeLessThan(SPREAD);
    // the status says when it starts, and why
    const status = await w.status.run(t, new Date('2026-06-01T12:00:00Z'));
    expect(status?.schedule.nextWindow?.utc).toBe(s.next);
  }
  expect(new Set(offsets.values()).size).toBeGreaterThan(30);

  // at 02:10 exactly the tenants whose offset has passed are due
  const at = new Date('2026-06-02T02:10:00Z');
  const due = (await w.dueWindows.due(at)).filter((d) => tenants.includes(d.tenantId));
  const expected = tenants.filter((t) => (offsets.get(t) ?? Infinity) <= 10 * MINUTE).sort();
  expect(due.map((d) => d.tenantId).sort()).toEqual(expected);
  for (const d of due) expect(d.scheduledFor).toEqual(new Date('2026-06-02T02:00:00Z'));

  // by 02:31 all have run, once each, for the 02:00 occurrence
  await w.dueWindows.run(new Date('2026-06-02T02:31:00Z'));
  await w.dueWindows.run(new Date('2026-06-02T02:32:00Z'));
  const rows = (await h.ds.query(
    `SELECT tenant_id, count(*)::int AS n, min(scheduled_for) AS at FROM invoice_windows WHERE tenant_id = ANY($1::text[]) GROUP BY tenant_id`,
    [tenants],
  )) as Array<{ tenant_id: string; n: number; at: Date }>;
  expect(rows).toHaveLength(40);
  for (const r of rows) expect([r.n, r.at.toISOString()]).toEqual([1, '2026-06-02T02:00:00.000Z']);
});

it('two replicas recomputing while settings change: every stored time follows the final settings', async () => {
  const other = createDataSource({ url: h.db.url, poolSize: 4, applicationName: 'replica-2' });
  await other.initialize();
  try {
    const a = h.wire();
    const b = h.wire({ dataSource: other });
    const tenants: string[] = [];
    for (let i = 0; i < 120; i++) tenants.push((await h.tenant({ cron: '0 2 * * *', timeZone: 'UTC', connectedAt: new Date('2026-06-01T12:00:00Z') })).tenantId);
    const changes = (async () => {
      for (const [i, t] of tenants.entries()) {
        if (i % 2 === 0) await other.query(`UPDATE tenants SET batch_cron = $2 WHERE tenant_id = $1`, [t, `${i % 60} 5 * * *`]);
      }
    })();
    await Promise.all([a.dueWindows.recomputeDirty(), b.dueWindows.recomputeDirty(), changes, a.dueWindows.recomputeDirty(), b.dueWindows.recomputeDirty()]);
    await a.dueWindows.recomputeDirty();
    for (const [i, t] of tenants.entries()) {
      const expected = i % 2 === 0 ? `2026-06-02T05:${String(i % 60).padStart(2, '0')}:00.000Z` : '2026-06-02T02:00:00.000Z';
      expect([t, await stored(t)]).toEqual([t, { next: expected, dirty: false, offset: 0 }]);
    }
  } finally {
    await other.destroy();
  }
});
