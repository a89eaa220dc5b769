import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { QboConnectionRepository } from '../src/qbo/qbo-connection-repository';
import { TokenCipher } from '../src/qbo/token-cipher';
import { RunningEmulator, startEmulator } from '../src/emulator';
import { createBenchDatabase } from './bench-database';
import { freePort, sleep, spawnWorker, until } from './bench-worker';
import { rng } from './rng';

/**
 * `coreplus_per_tenant_day` (issue 13): TENANTS connected companies in steady state over a simulated
 * day, webhooks on, time compressed: one simulated day lasts DAY_SECONDS, and every setting that
 * is a duration is divided by the same factor (the webhook delay, the CDC backstop, the window's
 * spread, the scheduler's tick; the nightly window becomes a cron firing once per simulated day).
 * Each tenant's company holds CUSTOMERS customers. Day 0 warms up (the mirrors load: that is the
 * connect cost; the first windows look the item up; three upstream customers per tenant are
 * matched to QuickBooks customers) with the same changes as day 1, so day 1 is steady state. Each
 * day, per tenant: CUSTOMER_CHANGES customers and INVOICE_CHANGES invoices changed in QuickBooks
 * by a person (another app's connection: its calls are not the worker's), one new upstream
 * customer (created in QuickBooks by the sync) and three upstream invoices, at random times.
 * The figure is what QuickBooks metered (the emulator's /_emulator/usage) for the worker's app
 * during day 1, per tenant; the worker's own counts (qbo_call_counts) give the split by purpose.
 */
const TENANTS = Number(process.env.BENCH_DAY_TENANTS ?? 1000);
const CUSTOMERS = Number(process.env.BENCH_DAY_CUSTOMERS ?? 50);
const DAY_SECONDS = Number(process.env.BENCH_DAY_SECONDS ?? 240);
const CUSTOMER_CHANGES = Number(process.env.BENCH_DAY_CUSTOMER_CHANGES ?? 2);
const INVOICE_CHANGES = Number(process.env.BENCH_DAY_INVOICE_CHANGES ?? 2);
/** CUSTOMER_WEBHOOK_DELAY_MS as configured (before scaling): the default unless BENCH_DAY_WEBHOOK_DELAY_MS says otherwise. */
const WEBHOOK_DELAY_MS = Number(process.env.BENCH_DAY_WEBHOOK_DELAY_MS ?? loadConfig({ DATABASE_URL: 'postgres://x', KAFKA_BROKERS: 'x:1' }).customers.webhookDelayMs);
/** CUSTOMER_WEBHOOK_OTHER_DELAY_MS likewise (BENCH_DAY_WEBHOOK_OTHER_DELAY_MS). */
const WEBHOOK_OTHER_DELAY_MS = Number(process.env.BENCH_DAY_WEBHOOK_OTHER_DELAY_MS ?? loadConfig({ DATABASE_URL: 'postgres://x', KAFKA_BROKERS: 'x:1' }).customers.webhookOtherDelayMs);
const WORKER_APP = '*'; // companies created in-process are connected without an OAuth client id
const USER_APP = 'a-person-in-quickbooks';
const VERIFIER = 'bench-economy-verifier';
const out = (line = '') => process.stdout.write(`${line}\n`);

interface Usage {
  apps: Array<{ appId: string; core: number; corePlus: number }>;
}

interface Company {
  tenantId: string;
  realmId: string;
  userToken: string;
  customerIds: string[];
}

export async function simulatedDay(serverUrl: string, kafkaBrokers: string, key: string): Promise<Record<string, number>> {
  if (!Number.isInteger(DAY_SECONDS / 60) || 60 % (DAY_SECONDS / 60) !== 0) throw new Error('BENCH_DAY_SECONDS must be a whole number of minutes dividing an hour (120, 180, 240, 300, 360, 600, ...)');
  const factor = 86_400 / DAY_SECONDS;
  const scaled = (ms: number) => Math.max(1, Math.round(ms / factor));
  const db = await createBenchDatabase(serverUrl, `bench_economy_day_${Date.now().toString(36)}`);
  const emulator = await startEmulator({ port: 0, config: { webhooks: { urls: [], verifierToken: VERIFIER, createUpdateEvents: true, initialBackoffMs: 200 }, usage: { corePlusMonthlyCap: null } } });
  const kafka = new Kafka({ clientId: 'bench-economy-day', brokers: kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const topics = { customers: `bench-day-customers-${Date.now()}`, invoices: `bench-day-invoices-${Date.now()}` };
  const pg = createDataSource({ url: db.url, poolSize: 4, applicationName: 'bench-economy-day' });
  const port = await freePort();
  const rand = rng(13);
  const summary: Record<string, number> = {};
  let worker: ReturnType<typeof spawnWorker> | null = null;
  let companies0: Company[] = [];
  try {
    worker = spawnWorker(
      {
        DATABASE_URL: db.url,
        KAFKA_BROKERS: kafkaBrokers,
        KAFKA_GROUP_ID: `bench-day-${Date.now()}`,
        KAFKA_TOPIC_CUSTOMERS: topics.customers,
        KAFKA_TOPIC_INVOICES: topics.invoices,
        KAFKA_TOPIC_DEAD_LETTER: `bench-day-dlq-${Date.now()}`,
        QBO_EMULATOR_URL: emulator.url,
        QBO_TOKEN_ENCRYPTION_KEY: key,
        QBO_WEBHOOK_VERIFIER_TOKEN: VERIFIER,
        HTTP_PORT: String(port),
        DB_POOL_SIZE: '16',
        // every duration divided by the compression factor
        CUSTOMER_WEBHOOK_DELAY_MS: String(scaled(WEBHOOK_DELAY_MS)),
        CUSTOMER_WEBHOOK_OTHER_DELAY_MS: String(scaled(WEBHOOK_OTHER_DELAY_MS)),
        CUSTOMER_CDC_BACKSTOP_MS: String(scaled(86_400_000)),
        INVOICE_WINDOW_SPREAD_MS: String(scaled(1_800_000)),
        INVOICE_SCHEDULER_TICK_MS: String(Math.max(50, scaled(30_000))),
        CUSTOMER_MIRROR_POLL_MS: '100',
        CUSTOMER_RESOLUTION_POLL_MS: '100',
      },
      'day-worker',
    );
    // The worker migrates the database at boot.
    await pg.initialize();
    await until(async () => (await pg.query(`SELECT to_regclass('public.invoice_item_refs') IS NOT NULL AS ok`))[0]?.ok === true, 'the worker to migrate', 120_000);
    emulator.updateConfig({ webhooks: { urls: [`http://127.0.0.1:${port}/webhooks/intuit`] } });

    // ---- the companies, their customers, the tenants connected (the mirror loads: the connect cost)
    const t0 = Date.now();
    companies0 = await createCompanies(emulator, pg, new QboConnectionRepository(pg, new TokenCipher(Buffer.from(key, 'hex'))), DAY_SECONDS);
    const companies = companies0;
    await until(async () => Number((await pg.query(`SELECT count(*) AS n FROM qbo_customer_mirror_state WHERE status = 'ready'`))[0]?.n) >= TENANTS, 'every mirror loaded', 30 * 60_000, 1000);
    // The connect is over once the company's lists are read too (they load beside the mirror).
    await until(async () => Number((await pg.query(`SELECT count(*) AS n FROM qbo_company_lists WHERE status = 'ready'`))[0]?.n) >= TENANTS, "every company's lists loaded", 30 * 60_000, 1000);
    const afterConnect = await appUsage(emulator);
    summary['connect_coreplus_per_company'] = Number((afterConnect.corePlus / TENANTS).toFixed(2));
    const connectSplit = [...(await purposes(pg)).entries()].map(([p, n]) => `${p} ${(n / TENANTS).toFixed(2)}`).join(', ');
    out(`${TENANTS} companies of ${CUSTOMERS} customers connected, mirrored and their lists read in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${afterConnect.corePlus} CorePlus calls (${summary['connect_coreplus_per_company']} per company; by purpose: ${connectSplit})`);

    // ---- day 0: warm-up (upstream customers matched, the first windows)
    const dayMs = DAY_SECONDS * 1000;
    for (const c of companies) {
      for (let k = 0; k < 3; k++) await publishCustomer(producer, topics.customers, c, k, seededCustomer(c.tenantId, k));
    }
    await runDay(producer, topics, emulator, companies, dayMs, rand, 'warm-up');
    // ---- day 1: measured
    const before = await appUsage(emulator);
    const purposesBefore = await purposes(pg);
    const d1 = Date.now();
    await runDay(producer, topics, emulator, companies, dayMs, rand, 'measured');
    const after = await appUsage(emulator);
    const purposesAfter = await purposes(pg);
    const corePlus = after.corePlus - before.corePlus;
    summary['coreplus_per_tenant_day'] = Number((corePlus / TENANTS).toFixed(2));
    summary['core_per_tenant_day'] = Number(((after.core - before.core) / TENANTS).toFixed(2));
    const split = [...purposesAfter.entries()].map(([p, n]) => `${p} ${((n - (purposesBefore.get(p) ?? 0)) / TENANTS).toFixed(2)}`).join(', ');
    out(`day 1 (${((Date.now() - d1) / 1000).toFixed(0)} s): ${corePlus} CorePlus calls for ${TENANTS} tenants = ${summary['coreplus_per_tenant_day']} per tenant per day (by purpose, per tenant: ${split}); ${summary['core_per_tenant_day']} Core`);
    const pushed = Number((await pg.query(`SELECT count(*) AS n FROM invoice_sync WHERE pushed_version IS NOT NULL`))[0]?.n ?? 0);
    const published = Number((await pg.query(`SELECT count(*) AS n FROM invoices`))[0]?.n ?? 0);
    summary['day_invoices_pushed'] = pushed;
    out(`invoices: ${published} from upstream, ${pushed} in QuickBooks`);
    // A worker that falls behind reads less than it should: notifications waiting over a day (none should) show it.
    const waiting = (await pg.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE received_at < now() - $1 * interval '1 millisecond')::int AS old FROM qbo_webhook_notifications WHERE processed_at IS NULL AND tenant_id IS NOT NULL`,
      [dayMs],
    )) as Array<{ n: number; old: number }>;
    summary['day_end_notifications_waiting'] = waiting[0]?.n ?? 0;
    summary['day_end_notifications_overdue'] = waiting[0]?.old ?? 0;
    out(`notifications waiting at the day's end: ${waiting[0]?.n ?? 0} (for the next window); ${waiting[0]?.old ?? 0} overdue (waiting over a day: the worker behind)`);
    if (worker.exited() !== null) throw new Error(`the worker exited (${worker.exited()})`);
  } finally {
    await worker?.stop();
    await producer.disconnect().catch(() => undefined);
    if (pg.isInitialized) await pg.destroy().catch(() => undefined);
    if (process.env.BENCH_DAY_DEBUG === '1') {
      const reads = new Map<string, number>();
      for (const c of companies0) {
        for (const e of emulator.state.requestLog.list(c.realmId)) {
          if (e.method !== 'GET' || e.path.includes('/customer/')) continue;
          const q = (e.query['query'] ?? '').replace(/'[^']*'/g, "'…'").replace(/\d+/g, 'N').slice(0, 90);
          const k = `${e.path.replace(/\/v3\/company\/[^/]+/, '')} ${q}`;
          reads.set(k, (reads.get(k) ?? 0) + 1);
        }
      }
      for (const [k, n] of [...reads.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) out(`  debug: ${n} × ${k}`);
      out(`  debug: database kept: ${db.url}`);
    }
    await emulator.close();
    if (process.env.BENCH_DAY_DEBUG !== '1') await db.drop().catch(() => undefined);
  }
  return summary;
}

const GIVEN = ['Ann', 'Bea', 'Cal', 'Dov', 'Eli', 'Fay', 'Gus', 'Hal', 'Ida', 'Jon', 'Kim', 'Lev', 'Mae', 'Ned', 'Ola', 'Pia'];
const SYLLABLES = ['ka', 'to', 'ri', 'mu', 'se', 'lo', 'na', 'vi', 'de', 'gu', 'pa', 'zo', 'fe', 'hi', 'bu', 'ye'];

/** A customer of a tenant's company: names as distinct as real ones (no shared surname), its own e-mail. */
function seededCustomer(tenantId: string, k: number): { given: string; family: string; email: string } {
  let h = 2166136261;
  for (const ch of `${tenantId}/${k}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const word = Array.from({ length: 3 }, (_, i) => SYLLABLES[(h >>> (i * 4)) & 15]).join('');
  const family = `${word.charAt(0).toUpperCase()}${word.slice(1)}${SYLLABLES[(h >>> 12) & 15]}`;
  const given = GIVEN[(h >>> 16) & 15] as string;
  return { given, family, email: `${given}.${family}.${k}@${tenantId.replace(/_/g, '-')}.example`.toLowerCase() };
}

async function createCompanies(emulator: RunningEmulator, pg: DataSource, connections: QboConnectionRepository, daySeconds: number): Promise<Company[]> {
  const companies: Company[] = [];
  const cron = `0 */${daySeconds / 60} * * * *`; // once per simulated day
  for (let i = 0; i < TENANTS; i++) {
    const tenantId = `day_${i}`;
    const company = emulator.createCompany(`Day Co ${i}`);
    const customers = Array.from({ length: CUSTOMERS }, (_, k) => {
      const s = seededCustomer(tenantId, k);
      return { DisplayName: `${s.given} ${s.family}`, GivenName: s.given, FamilyName: s.family, PrimaryEmailAddr: { Address: s.email } };
    });
    const res = await fetch(`${emulator.url}/_emulator/realms/${company.realmId}/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ customers }) });
    const seeded = (await res.json()) as { customers: Array<{ Id: string }> };
    const user = emulator.state.tokens.connect(company.realmId, USER_APP, emulator.state.config);
    companies.push({ tenantId, realmId: company.realmId, userToken: user.access_token, customerIds: seeded.customers.map((c) => c.Id) });
    await pg.query(`INSERT INTO tenants (tenant_id, enabled, batch_cron, time_zone, invoices_from) VALUES ($1, true, $2, 'UTC', '2000-01-01')`, [tenantId, cron]);
    await connections.saveConnected(tenantId, company.realmId, company.companyName, {
      accessToken: company.accessToken,
      accessExpiresAt: new Date(Date.now() + 3_600_000),
      refreshToken: company.refreshToken,
      refreshExpiresAt: new Date(Date.now() + 86_400_000),
    });
  }
  return companies;
}

/** One simulated day: each company's changes at random times within it; resolves when the day is over. */
async function runDay(
  producer: Producer,
  topics: { customers: string; invoices: string },
  emulator: RunningEmulator,
  companies: Company[],
  dayMs: number,
  rand: () => number,
  label: string,
): Promise<void> {
  type Action = { at: number; run: () => Promise<void> };
  const actions: Action[] = [];
  const day = label === 'measured' ? 'M' : 'W';
  for (const c of companies) {
    for (let k = 0; k < CUSTOMER_CHANGES; k++) {
      const id = c.customerIds[Math.floor(rand() * c.customerIds.length)] as string;
      actions.push({ at: rand() * dayMs, run: () => changeCustomer(emulator, c, id, rand) });
    }
    for (let k = 0; k < INVOICE_CHANGES; k++) {
      actions.push({ at: rand() * dayMs, run: () => changeInvoice(emulator, c, k) });
    }
    const fresh = `${label}${c.tenantId}`;
    actions.push({ at: rand() * dayMs, run: () => publishCustomer(producer, topics.customers, c, `new_${label}`, { given: 'New', family: `Upstream ${fresh}`, email: `new.${fresh}@example.com` }) });
    for (let k = 0; k < 3; k++) {
      const n = `${day}${c.tenantId.replace('day_', '')}-${k}`;
      actions.push({ at: rand() * dayMs, run: () => publishInvoice(producer, topics.invoices, c, n, k) });
    }
  }
  actions.sort((a, b) => a.at - b.at);
  const start = Date.now();
  let failed = 0;
  for (const a of actions) {
    const wait = start + a.at - Date.now();
    if (wait > 0) await sleep(wait);
    await a.run().catch(() => {
      failed += 1;
    });
  }
  const rest = start + dayMs - Date.now();
  if (rest > 0) await sleep(rest);
  out(`  ${label} day: ${actions.length} changes made${failed > 0 ? ` (${failed} failed)` : ''}`);
}

async function api(emulator: RunningEmulator, c: Company, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${emulator.url}/v3/company/${c.realmId}${path}`, {
    method,
    headers: { authorization: `Bearer ${c.userToken}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

/** A person edits a customer in QuickBooks (its phone). */
async function changeCustomer(emulator: RunningEmulator, c: Company, id: string, rand: () => number): Promise<void> {
  const current = (await api(emulator, c, 'GET', `/customer/${id}`)).Customer as { SyncToken: string };
  await api(emulator, c, 'POST', '/customer?operation=update', { Id: id, SyncToken: current.SyncToken, sparse: true, PrimaryPhone: { FreeFormNumber: `312 555 ${String(Math.floor(rand() * 9000) + 1000)}` } });
}

/** A person changes an invoice in QuickBooks: a memo on one the sync pushed, or a new one. */
async function changeInvoice(emulator: RunningEmulator, c: Company, k: number): Promise<void> {
  const realm = emulator.state.store.get(c.realmId);
  const ours = realm?.list('Invoice').find((e) => String(e.data['PrivateNote'] ?? '').startsWith('qbo-sync'));
  if (ours !== undefined && k % 2 === 0) {
    await api(emulator, c, 'POST', '/invoice?operation=update', { Id: ours.id, SyncToken: String(ours.data['SyncToken']), sparse: true, CustomerMemo: { value: 'Paid by cheque, thanks' } });
    return;
  }
  await api(emulator, c, 'POST', '/invoice', {
    CustomerRef: { value: c.customerIds[0] },
    Line: [{ DetailType: 'SalesItemLineDetail', Amount: 40, SalesItemLineDetail: { ItemRef: { value: '1' }, Qty: 1, UnitPrice: 40 } }],
  });
}

async function publishCustomer(producer: Producer, topic: string, c: Company, k: number | string, s: { given: string; family: string; email: string }): Promise<void> {
  const value = {
    eventId: randomUUID(),
    type: 'customer.upserted',
    tenantId: c.tenantId,
    occurredAt: new Date().toISOString(),
    version: 1,
    data: { id: `cus_${k}`, displayName: `${s.given} ${s.family}`, givenName: s.given, familyName: s.family, email: s.email },
  };
  await producer.send({ topic, acks: -1, messages: [{ key: c.tenantId, value: JSON.stringify(value) }] });
}

async function publishInvoice(producer: Producer, topic: string, c: Company, n: string, k: number): Promise<void> {
  const value = {
    eventId: randomUUID(),
    type: 'invoice.upserted',
    tenantId: c.tenantId,
    occurredAt: new Date().toISOString(),
    version: 1,
    data: {
      id: `inv_${n}`,
      customerId: `cus_${k % 3}`,
      number: `D${n}`,
      issueDate: new Date().toISOString().slice(0, 10),
      currency: 'USD',
      lines: [{ description: 'Service call', quantity: '1', unitPrice: '95.00' }],
    },
  };
  await producer.send({ topic, acks: -1, messages: [{ key: c.tenantId, value: JSON.stringify(value) }] });
}

async function appUsage(emulator: RunningEmulator): Promise<{ core: number; corePlus: number }> {
  const res = await fetch(`${emulator.url}/_emulator/usage`);
  const u = (await res.json()) as Usage;
  const app = u.apps.find((a) => a.appId === WORKER_APP);
  return { core: app?.core ?? 0, corePlus: app?.corePlus ?? 0 };
}

async function purposes(pg: DataSource): Promise<Map<string, number>> {
  const rows = (await pg.query(`SELECT purpose, sum(core_plus)::int AS n FROM qbo_call_counts GROUP BY purpose`)) as Array<{ purpose: string; n: number }>;
  return new Map(rows.map((r) => [r.purpose, r.n]));
}
