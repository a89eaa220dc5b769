import { TenantWindowLock } from '../../src/invoices/tenant-window-lock';
import { uniqueName } from '../support/unique';
import { ConnectHarness } from './connect-harness';

interface WindowJson {
  id: string;
  trigger: string;
  status: string;
  requestedBy: string | null;
}

/**
 * The operators' window API against Postgres and the emulator: run-now (200 when done, 409 while
 * another window holds the tenant, 404 for an unknown tenant), the window history, and the tenant
 * list with backlog and health.
 */
describe('admin API: windows and tenant health', () => {
  let h: ConnectHarness;
  const connected = uniqueName('acct');
  const idle = uniqueName('acct');

  beforeAll(async () => {
    h = await ConnectHarness.start();
    await h.createTenant(connected, { enabled: true });
    await h.connect(connected, 'Windows & Co');
    await h.createTenant(idle);
  });
  afterAll(async () => {
    await h.close();
  });

  it('runs a window now and lists it in the history', async () => {
    const run = await h.api('POST', `/api/tenants/${connected}/windows?requestedBy=ops-ann`);
    expect(run.status).toBe(200);
    expect(run.json).toMatchObject({ tenantId: connected, state: 'finished', window: { trigger: 'run_now', status: 'finished', requestedBy: 'ops-ann' } });

    const lock = await h.container.get(TenantWindowLock).tryAcquire(connected);
    try {
      const busy = await h.api('POST', `/api/tenants/${connected}/windows`);
      expect(busy).toMatchObject({ status: 409, json: { error: 'conflict' } });
    } finally {
      await lock?.release();
    }
    const second = await h.api('POST', `/api/tenants/${connected}/windows?wait=10`);
    expect(second.status).toBe(200);

    const history = await h.api('GET', `/api/tenants/${connected}/windows?limit=1`);
    expect(history.status).toBe(200);
    const first = history.json as { windows: WindowJson[]; next: string | null };
    expect(first.windows).toHaveLength(1);
    expect(first.windows[0]).toMatchObject({ requestedBy: 'api' });
    const older = await h.api('GET', `/api/tenants/${connected}/windows?limit=5&before=${first.next ?? ''}`);
    expect((older.json as { windows: WindowJson[]; next: string | null })).toMatchObject({ windows: [{ requestedBy: 'ops-ann' }], next: null });

    expect((await h.api('POST', `/api/tenants/${uniqueName('nobody')}/windows`)).status).toBe(404);
    expect((await h.api('GET', `/api/tenants/${uniqueName('nobody')}/windows`)).status).toBe(404);
  });

  it('lists tenants with their backlog and health', async () => {
    await h.db.dataSource.query(
      `INSERT INTO dead_letters (original_topic, original_partition, original_offset, code, tenant_id) VALUES ('customer-events', 0, 7, 'schema_violation', $1)`,
      [idle],
    );
    const res = await h.api('GET', '/api/tenants?limit=500');
    expect(res.status).toBe(200);
    const tenants = (res.json as { tenants: Array<{ tenantId: string; health: Record<string, unknown> }> }).tenants;
    expect(tenants.find((t) => t.tenantId === connected)?.health).toMatchObject({
      connection: 'connected',
      pending: 0,
      failed: 0,
      health: 'ok',
      problems: [],
      lastWindow: { status: 'finished' },
      deadLettersOpen: 0,
    });
    expect(tenants.find((t) => t.tenantId === idle)?.health).toMatchObject({
      connection: 'not_connected',
      health: 'disabled',
      deadLettersOpen: 1,
      problems: ['1 dead letter(s) not redriven'],
      lastWindow: null,
    });
  });
});
