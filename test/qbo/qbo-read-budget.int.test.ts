import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { Logger } from '../../src/logger';
import { withCallPurpose } from '../../src/qbo/qbo-call-purpose';
import { QboError } from '../../src/qbo/qbo-error';
import type { QboReadBudget, ReadBudgetSettings } from '../../src/qbo/qbo-read-budget';
import { QboUsageMeter } from '../../src/qbo/qbo-usage-meter';
import { ReadQboUsage } from '../../src/qbo/read-qbo-usage';
import { readBudget } from '../support/read-budget';
import { CLIENT_ID, QboHarness } from './qbo-harness';

jest.setTimeout(60_000);

let h: QboHarness;
beforeAll(async () => {
  h = await QboHarness.start();
});
afterAll(async () => {
  await h.close();
});

interface EmulatorUsage {
  month: string;
  corePlusMonthlyCap: number | null;
  apps: Array<{ appId: string; core: number; corePlus: number; capped: boolean }>;
  companies: Array<{ realmId: string; core: number; corePlus: number }>;
}

const rid = () => randomUUID();
const usage = () => h.admin<EmulatorUsage>('GET', '/_emulator/usage');
const appCorePlus = async () => (await usage()).apps.find((a) => a.appId === CLIENT_ID)?.corePlus ?? 0;
const realmUsage = async (realmId: string) => (await h.admin<EmulatorUsage>('GET', `/_emulator/usage?realmId=${realmId}`)).companies[0] ?? { core: 0, corePlus: 0 };

/** A logger whose lines the test reads. */
function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) });
  return { logger, lines };
}

function budget(logger: Logger, settings: Partial<ReadBudgetSettings> = {}, ds = h.db.dataSource): QboReadBudget {
  return readBudget(ds, logger, settings);
}

async function counts(tenantId: string): Promise<Array<{ purpose: string; core: number; core_plus: number }>> {
  return (await h.db.dataSource.query(`SELECT purpose, core, core_plus FROM qbo_call_counts WHERE tenant_id = $1 ORDER BY purpose`, [tenantId])) as Array<{
    purpose: string;
    core: number;
    core_plus: number;
  }>;
}

async function connectionStatus(tenantId: string): Promise<string> {
  const rows = (await h.db.dataSource.query(`SELECT status FROM qbo_connections WHERE tenant_id = $1`, [tenantId])) as Array<{ status: string }>;
  return rows[0]?.status ?? 'none';
}

it('counts every call in Postgres per tenant, day and purpose, as Core or CorePlus, as the emulator meters them', async () => {
  const { tenantId, realmId } = await h.connectTenant('Counted Co');
  const client = h.client();
  const created = await client.createCustomer(tenantId, { DisplayName: 'Counted One' }, { requestId: rid() });
  await client.readCustomer(tenantId, created.Id);
  await withCallPurpose('check', () => client.queryCustomers(tenantId, [{ field: 'DisplayName', value: 'Counted One' }]));
  await client.batch(tenantId, [{ bId: '1', operation: 'create', Customer: { DisplayName: 'Counted Two' } }, { bId: '2', Query: 'SELECT * FROM Item' }], { requestId: rid().slice(0, 36) });
  await withCallPurpose('backstop', () => client.changedSince(tenantId, ['Customer'], new Date(Date.now() - 3_600_000)));

  expect(await counts(tenantId)).toEqual([
    { purpose: 'backstop', core: 0, core_plus: 1 },
    { purpose: 'check', core: 0, core_plus: 1 },
    { purpose: 'other', core: 1, core_plus: 2 }, // the read by id, and the batch: its create is Core, its query CorePlus
    { purpose: 'write', core: 1, core_plus: 0 },
  ]);
  const emulated = await realmUsage(realmId);
  expect({ core: emulated.core, corePlus: emulated.corePlus }).toEqual({ core: 2, corePlus: 4 });

  const view = await new ReadQboUsage(new QboUsageMeter(h.db.dataSource), budget(h.logger)).run(tenantId, realmId);
  expect(view.tenant).toMatchObject({ core: 2, corePlus: 4, today: { core: 2, corePlus: 4 } });
  expect(view.app).toMatchObject({ budget: 500_000, backstopDeferred: false, readsRefused: null });
  expect(view.app.app.corePlus).toBeGreaterThanOrEqual(4);
});

it('past 80% of the monthly budget: backstop reads wait unsent, other reads and writes go on, operators are warned once', async () => {
  const { tenantId, realmId } = await h.connectTenant('Budget Co');
  const spent = (await new QboUsageMeter(h.db.dataSource).appMonth()).corePlus;
  const settings = { monthlyCorePlusBudget: Math.max(1, Math.floor(spent / 0.8)) };
  const a = capturingLogger();
  const b = capturingLogger();
  const replica2 = await h.separatePool();
  const clientA = h.client(undefined, undefined, {}, budget(a.logger, settings));
  const clientB = h.client(undefined, undefined, {}, budget(b.logger, settings, replica2));
  const before = (await h.requests(realmId)).length;

  for (const client of [clientA, clientB, clientA]) {
    const err = await withCallPurpose('backstop', () => client.changedSince(tenantId, ['Customer'], new Date(Date.now() - 60_000))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QboError);
    expect(err).toMatchObject({ kind: 'deferred', code: 'READS_DEFERRED', retriable: true });
  }
  expect((await h.requests(realmId)).length).toBe(before); // nothing was sent

  // reads that are not backstops, and writes, go on
  const created = await clientA.createCustomer(tenantId, { DisplayName: 'Written Past 80' }, { requestId: rid() });
  await withCallPurpose('check', () => clientB.readCustomer(tenantId, created.Id));
  expect(await realmUsage(realmId)).toMatchObject({ core: 1, corePlus: 1 });

  // one warning for this crossing, from whichever replica crossed first, structured
  const warnings = [...a.lines, ...b.lines].filter((l) => l.event === 'qbo_read_budget_warning');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatchObject({ level: 40, budget: settings.monthlyCorePlusBudget, warnPercent: 80 });
  const view = await new ReadQboUsage(new QboUsageMeter(h.db.dataSource), budget(h.logger, settings)).run(tenantId, realmId);
  expect(view.app).toMatchObject({ backstopDeferred: true, budget: settings.monthlyCorePlusBudget });
});

it("QuickBooks refusing the app's reads (its monthly cap, 403 / 3100) is not lost rights: reads wait, writes go on, the status says so", async () => {
  const one = await h.connectTenant('Capped One');
  const two = await h.connectTenant('Capped Two');
  const client = h.client();
  await h.config({ usage: { corePlusMonthlyCap: await appCorePlus(), overCapAnswer: 'forbidden' } });
  try {
    const err = await client.readCustomer(one.tenantId, '1').catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'deferred', code: 'READS_REFUSED' });
    // the probe of the other company was refused too: the app's cap, for every company
    expect(await connectionStatus(one.tenantId)).toBe('connected');
    expect(await connectionStatus(two.tenantId)).toBe('connected');
    const [app] = (await h.db.dataSource.query(`SELECT refused_month, refused_since FROM qbo_app_reads`)) as Array<{ refused_month: string | null; refused_since: Date | null }>;
    expect(app?.refused_month).toBe(new Date().toISOString().slice(0, 7));

    // the other company's reads wait without being sent; writes of both go on
    const sentBefore = (await h.requests(two.realmId)).length;
    expect(await client.queryCustomers(two.tenantId, []).catch((e: unknown) => e)).toMatchObject({ kind: 'deferred', code: 'READS_REFUSED' });
    expect((await h.requests(two.realmId)).length).toBe(sentBefore);
    const coreBefore = (await realmUsage(one.realmId)).core + (await realmUsage(two.realmId)).core;
    await client.createCustomer(one.tenantId, { DisplayName: 'Written While Capped 1' }, { requestId: rid() });
    await client.createCustomer(two.tenantId, { DisplayName: 'Written While Capped 2' }, { requestId: rid() });
    expect((await realmUsage(one.realmId)).core + (await realmUsage(two.realmId)).core).toBe(coreBefore + 2);

    const view = await new ReadQboUsage(new QboUsageMeter(h.db.dataSource), budget(h.logger)).run(two.tenantId, two.realmId);
    expect(view.app.readsRefused).toMatchObject({ scope: 'app' });

    // next month's budget (the cap lifted): the next probe read is answered and reads go on
    await h.config({ usage: { corePlusMonthlyCap: null } });
    await h.db.dataSource.query(`UPDATE qbo_app_reads SET probe_at = now() - interval '1 second'`);
    await client.queryCustomers(two.tenantId, []);
    await client.readCustomer(one.tenantId, '1');
    expect((await new ReadQboUsage(new QboUsageMeter(h.db.dataSource), budget(h.logger)).run(two.tenantId, two.realmId)).app.readsRefused).toBeNull();
  } finally {
    await h.config({ usage: { corePlusMonthlyCap: null, overCapAnswer: 'forbidden' } });
  }
});

it('the cap answered as a 429 once the budget is spent: the read waits, the company is not paused, writes go on', async () => {
  const { tenantId, realmId } = await h.connectTenant('Capped By 429');
  const client = h.client(undefined, undefined, {}, budget(h.logger, { monthlyCorePlusBudget: 1 }));
  await h.config({ usage: { corePlusMonthlyCap: await appCorePlus(), overCapAnswer: 'throttle' } });
  try {
    expect(await client.queryCustomers(tenantId, []).catch((e: unknown) => e)).toMatchObject({ kind: 'deferred', code: 'READS_REFUSED' });
    const paused = (await h.db.dataSource.query(`SELECT 1 FROM qbo_realm_budgets WHERE realm_id = $1 AND paused_until > now()`, [realmId])) as unknown[];
    expect(paused).toHaveLength(0);
    await client.createCustomer(tenantId, { DisplayName: 'Written After 429' }, { requestId: rid() });
    expect(await connectionStatus(tenantId)).toBe('connected');
  } finally {
    await h.config({ usage: { corePlusMonthlyCap: null, overCapAnswer: 'forbidden' } });
    await h.db.dataSource.query(`UPDATE qbo_app_reads SET refused_month = NULL, refused_since = NULL, refused_reason = NULL, probe_at = NULL`);
  }
});

it("a company that withdrew the app's rights: its read is refused while another company's is answered, so it needs a reconnect", async () => {
  const lost = await h.connectTenant('Rights Gone');
  const fine = await h.connectTenant('Rights Kept');
  const client = h.client();
  await client.queryCustomers(fine.tenantId, []); // the other company has been read lately
  await h.admin('PUT', `/_emulator/realms/${lost.realmId}/rights`, { withdrawn: true });
  const err = await client.queryCustomers(lost.tenantId, []).catch((e: unknown) => e);
  expect(err).toMatchObject({ kind: 'reconnect' });
  expect(await connectionStatus(lost.tenantId)).toBe('needs_reconnect');
  expect(await connectionStatus(fine.tenantId)).toBe('connected');
  const [app] = (await h.db.dataSource.query(`SELECT refused_month FROM qbo_app_reads`)) as Array<{ refused_month: string | null }>;
  expect(app?.refused_month).toBeNull();
});

it('a company alone whose read is refused: only its reads wait, and a refused write then shows the lost rights', async () => {
  await h.db.dataSource.query(`UPDATE qbo_connections SET status = 'disconnected'`); // no other company to compare with
  const alone = await h.connectTenant('Alone');
  const client = h.client();
  await h.admin('PUT', `/_emulator/realms/${alone.realmId}/rights`, { withdrawn: true });
  expect(await client.queryCustomers(alone.tenantId, []).catch((e: unknown) => e)).toMatchObject({ kind: 'deferred', code: 'READS_REFUSED' });
  expect(await connectionStatus(alone.tenantId)).toBe('connected');
  const view = await new ReadQboUsage(new QboUsageMeter(h.db.dataSource), budget(h.logger)).run(alone.tenantId, alone.realmId);
  expect(view.app.readsRefused).toMatchObject({ scope: 'company' });
  const sent = (await h.requests(alone.realmId)).length;
  expect(await client.readCustomer(alone.tenantId, '1').catch((e: unknown) => e)).toMatchObject({ kind: 'deferred' });
  expect((await h.requests(alone.realmId)).length).toBe(sent);

  expect(await client.createCustomer(alone.tenantId, { DisplayName: 'Refused Write' }, { requestId: rid() }).catch((e: unknown) => e)).toMatchObject({ kind: 'reconnect' });
  expect(await connectionStatus(alone.tenantId)).toBe('needs_reconnect');
  expect(await h.db.dataSource.query(`SELECT 1 FROM qbo_realm_read_refusals WHERE realm_id = $1`, [alone.realmId])).toHaveLength(0);
});
