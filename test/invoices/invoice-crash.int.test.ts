import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { anInvoiceEvent, aCustomerEvent, asMessage } from '../support/builders';
import { createTopics, produce, testKafka } from '../support/kafka';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { spawnWorkerProcess, WorkerProcess } from '../support/worker-harness';
import { EmulatedInvoice, InvoiceHarness, totalOf } from './invoice-harness';

/**
 * kill -9 at random points of a window, then restart, 20+ rounds (ROUNDS overrides): QBO ends up
 * holding each invoice exactly once at its latest version. Then two worker processes sharing one
 * database and one consumer group: one window per tenant at a time.
 */
jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/src/cli/qbo-sync.js');
const ROUNDS = Number(process.env.ROUNDS ?? 20);

let h: InvoiceHarness;
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does it)`);
  h = await InvoiceHarness.start();
});
afterAll(async () => {
  await h.close();
});

function qboEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: h.db.url,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    QBO_EMULATOR_URL: h.url,
    QBO_TOKEN_ENCRYPTION_KEY: h.key.toString('hex'),
    QBO_RETRY_BASE_DELAY_MS: '20',
    QBO_RETRY_MAX_DELAY_MS: '200',
    QBO_THROTTLE_PAUSE_MS: '500',
    QBO_REQUEST_TIMEOUT_MS: '3000',
    INVOICE_BATCH_SIZE: '5',
    INVOICE_RETRY_BASE_DELAY_MS: '20',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    ...extra,
  };
}

/** Latest expectation per upstream invoice: its number (null: none), total and whether it is voided. */
interface Expected {
  number: string | null;
  total: string;
  voided: boolean;
}

/**
 * Numbered invoices are counted by DocNumber. Number-less ones by what the sync linked: QBO holds
 * no number-less invoice the sync does not know (a second create would be one), and each live one
 * is found by its marker exactly once.
 */
function checkHolds(held: EmulatedInvoice[], expected: Map<string, Expected>, linked: Map<string, string>): void {
  const byNumber = new Map<string, EmulatedInvoice[]>();
  for (const inv of held.filter((i) => (i.DocNumber ?? '') !== '')) byNumber.set(inv.DocNumber ?? '', [...(byNumber.get(inv.DocNumber ?? '') ?? []), inv]);
  const dupes = [...byNumber.entries()].filter(([, xs]) => xs.length > 1).map(([n]) => n);
  expect(dupes).toEqual([]);
  const numberless = [...expected.entries()].filter(([, e]) => e.number === null).map(([id]) => id);
  const heldNumberless = held.filter((i) => (i.DocNumber ?? '') === '').map((i) => i.Id).sort();
  expect(heldNumberless).toEqual(numberless.flatMap((id) => (linked.has(id) ? [linked.get(id) as string] : [])).sort());
  for (const [id, e] of expected) {
    const found = e.number === null ? held.filter((i) => i.Id === linked.get(id)) : (byNumber.get(e.number) ?? []);
    const inv = found[0];
    if (e.voided) {
      if (inv) expect({ id, voided: inv.voided }).toEqual({ id, voided: true });
    } else {
      expect({ id, present: inv !== undefined, voided: inv?.voided, total: inv ? totalOf(inv) : null, note: inv?.PrivateNote }).toEqual({
        id,
        present: true,
        voided: false,
        total: e.total,
        note: `qbo-sync invoice ${id}`,
      });
    }
  }
}

it(`kill -9 at random points of a window, ${ROUNDS} rounds, each followed by a restart: each invoice once, at its latest version`, async () => {
  const { tenantId, realmId } = await h.tenant();
  await h.linkedCustomer(tenantId, realmId, 'cus_1');
  await h.faults(realmId, { latencyMs: 60, errorRate: 0.1, errorStatuses: [502, 503], dropRate: 0.1 });
  const expected = new Map<string, Expected>();
  const versions = new Map<string, number>();
  let next = 0;
  const write = async (id: string, voided = false) => {
    const v = (versions.get(id) ?? 0) + 1;
    versions.set(id, v);
    const cents = (Number(id.slice(1)) * 7 + v * 13) % 10_000;
    const unit = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    const qty = String((v % 3) + 1);
    // Every fourth invoice has no number: only its requestid (and, past its retention, its marker) keeps it single.
    const number = Number(id.slice(1)) % 4 === 3 ? null : `K-${id}`;
    await h.invoice(tenantId, { id, version: v, number, voided, lines: [{ quantity: qty, unitPrice: unit }] });
    const prev = expected.get(id);
    const total = (Math.round(Number(qty) * cents) / 100).toFixed(2);
    expected.set(id, { number, total: voided ? (prev?.total ?? total) : total, voided });
  };
  for (let i = 0; i < 40; i++) await write(`k${next++}`);

  let killedMidWindow = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // Upstream keeps changing between (and during) rounds: new invoices, new versions, voids.
    for (let i = 0; i < 6; i++) await write(`k${next++}`);
    for (let i = 0; i < 6; i++) {
      const id = `k${Math.floor(Math.random() * next)}`;
      if (!expected.get(id)?.voided) await write(id, Math.random() < 0.15);
    }
    const child = spawn(process.execPath, [CLI, 'run-now', tenantId, '--by', 'chaos'], { cwd: ROOT, env: qboEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    // Kill once the window has begun (a window row exists), after a random extra delay.
    const started = Date.now();
    await waitFor(
      async () =>
        ((await h.ds.query(`SELECT 1 FROM invoice_windows WHERE tenant_id = $1 AND status = 'running'`, [tenantId])) as unknown[]).length > 0 ||
        child.exitCode !== null,
      { timeoutMs: 20_000, intervalMs: 5, description: `round ${round}: the window started` },
    );
    if (Math.random() < 0.75) {
      // Mostly right after a batch was persisted (before or while it is sent), sometimes anywhere.
      await waitFor(
        async () =>
          ((await h.ds.query(`SELECT 1 FROM invoice_batches WHERE tenant_id = $1 AND status = 'open'`, [tenantId])) as unknown[]).length > 0 ||
          child.exitCode !== null,
        { timeoutMs: 20_000, intervalMs: 2, description: `round ${round}: a batch persisted` },
      );
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 60)));
    } else {
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 250)));
    }
    if (child.exitCode === null) {
      child.kill('SIGKILL');
      const open = (await exited, (await h.ds.query(`SELECT count(*)::int AS n FROM invoice_batches WHERE tenant_id = $1 AND status = 'open'`, [tenantId])) as Array<{ n: number }>);
      if ((open[0]?.n ?? 0) > 0) killedMidWindow += 1;
      if ((open[0]?.n ?? 0) > 0 && round % 4 === 1) {
        // Every fourth round the tenant then stays away past the requestid retention: the open requests are
        // abandoned and reconciled by DocNumber or by marker, never resent.
        await h.ds.query(`UPDATE invoice_batches SET created_at = now() - interval '21 hours' WHERE tenant_id = $1 AND status = 'open'`, [tenantId]);
        h.emulator.state.idempotency.clear();
      }
    } else {
      const code = await exited;
      expect({ round, code, out: code === 0 ? '' : out }).toEqual({ round, code: 0, out: '' });
    }
    expect(Date.now() - started).toBeLessThan(30_000);
  }

  // The restart after the last kill, with QBO healthy again: run until nothing is pending.
  await h.faults(realmId, {});
  await waitFor(
    async () => {
      const child = spawn(process.execPath, [CLI, 'run-now', tenantId], { cwd: ROOT, env: qboEnv(), stdio: 'ignore' });
      await new Promise((r) => child.on('exit', r));
      const s = (await h.ds.query(
        `SELECT (SELECT count(*)::int FROM invoice_batches WHERE tenant_id = $1 AND status = 'open') AS open`,
        [tenantId],
      )) as Array<{ open: number }>;
      const status = await h.wire().status.run(tenantId);
      return s[0]?.open === 0 && status?.invoices.pending === 0;
    },
    { timeoutMs: 60_000, intervalMs: 10, description: 'the final run pushed everything' },
  );
  const links = (await h.ds.query(`SELECT invoice_id, qbo_invoice_id FROM invoice_sync WHERE tenant_id = $1 AND qbo_invoice_id IS NOT NULL`, [tenantId])) as Array<{
    invoice_id: string;
    qbo_invoice_id: string;
  }>;
  checkHolds(h.qboInvoices(realmId), expected, new Map(links.map((l) => [l.invoice_id, l.qbo_invoice_id])));
  const failed = (await h.ds.query(`SELECT count(*)::int AS n FROM invoice_sync WHERE tenant_id = $1 AND failed_version IS NOT NULL`, [tenantId])) as Array<{ n: number }>;
  expect(failed[0]?.n).toBe(0);
  expect(killedMidWindow).toBeGreaterThan(ROUNDS / 4); // most kills landed with a batch in flight
});

it('two worker processes sharing one database and one consumer group: one window per tenant at a time, each invoice once', async () => {
  const kafka = testKafka();
  const topics = { customers: uniqueName('cust'), invoices: uniqueName('inv'), dead: uniqueName('dlq') };
  await createTopics(kafka, [topics.customers, topics.invoices, topics.dead]);
  const groupId = uniqueName('group');
  const tenants: Array<{ tenantId: string; realmId: string }> = [];
  for (let t = 0; t < 4; t++) {
    const x = await h.tenant({ cron: '*/2 * * * * *', connectedAt: new Date(Date.now() - 3_600_000) });
    await h.linkedCustomer(x.tenantId, x.realmId, 'cus_1');
    tenants.push(x);
  }
  const settings = {
    databaseUrl: h.db.url,
    groupId,
    customersTopic: topics.customers,
    invoicesTopic: topics.invoices,
    deadLetterTopic: topics.dead,
    extraEnv: { ...qboEnv({ INVOICE_SCHEDULER_TICK_MS: '100', INVOICE_BATCH_SIZE: '10', LOG_LEVEL: 'info' }), KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '' },
  };
  const workers: WorkerProcess[] = [spawnWorkerProcess(settings), spawnWorkerProcess(settings)];
  try {
    await waitFor(() => workers.every((w) => w.output().includes('invoice-scheduler')), {
      timeoutMs: 60_000,
      description: 'both workers started their scheduler',
    });
    const messages = tenants.flatMap((t) => [
      asMessage(aCustomerEvent({ id: 'cus_1' }, { tenantId: t.tenantId })),
      ...Array.from({ length: 25 }, (_, i) => asMessage(anInvoiceEvent({ id: `w${i}`, number: `W-${i}` }, { tenantId: t.tenantId }))),
    ]);
    await produce(kafka, topics.invoices, messages.filter((m) => m.value.includes('invoice.')));
    await produce(kafka, topics.customers, messages.filter((m) => m.value.includes('customer.')));
    await waitFor(() => tenants.every((t) => h.qboInvoices(t.realmId).length === 25), {
      timeoutMs: 90_000,
      description: () => `both workers running; invoices pushed (${workers.map((w) => w.output().slice(-500)).join(' | ')})`,
    });
    // Both replicas keep ticking: wait until each has run windows, then check they never overlapped.
    await waitFor(
      async () =>
        ((await h.ds.query(`SELECT DISTINCT runner FROM invoice_windows WHERE tenant_id = ANY($1) AND status <> 'running'`, [tenants.map((t) => t.tenantId)])) as unknown[])
          .length === 2,
      { timeoutMs: 30_000, description: 'windows run by both replicas' },
    );
    // The window that pushed a tenant's last invoices may still be recording its end: wait for each tenant's first finished one.
    await waitFor(
      async () =>
        ((await h.ds.query(`SELECT DISTINCT tenant_id FROM invoice_windows WHERE tenant_id = ANY($1) AND finished_at IS NOT NULL`, [tenants.map((t) => t.tenantId)])) as unknown[])
          .length === tenants.length,
      { timeoutMs: 30_000, description: 'a finished window for every tenant' },
    );
    for (const t of tenants) {
      const numbers = h.qboInvoices(t.realmId).map((i) => i.DocNumber);
      expect(new Set(numbers).size).toBe(25);
      const windows = (await h.ds.query(
        `SELECT runner, started_at, finished_at FROM invoice_windows WHERE tenant_id = $1 AND finished_at IS NOT NULL ORDER BY started_at`,
        [t.tenantId],
      )) as Array<{ runner: string; started_at: Date; finished_at: Date }>;
      expect(windows.length).toBeGreaterThan(0);
      for (let i = 1; i < windows.length; i++) {
        expect(new Date(windows[i]!.started_at).getTime()).toBeGreaterThanOrEqual(new Date(windows[i - 1]!.finished_at).getTime());
      }
    }
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
  }
});
