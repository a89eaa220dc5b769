import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../src/config';
import { buildOfflineContainer } from '../src/container';
import { createDataSource, runMigrationsLocked } from '../src/db/data-source';
import { servicesUp } from '../src/dev-services';
import { RunningEmulator, startEmulator } from '../src/emulator';
import { createNameEntity } from '../src/emulator/name-lists';
import { ReadConnectedCompany } from '../src/connections/read-connected-company';
import { SyncCustomerMirror } from '../src/customers/sync-customer-mirror';
import { EstimateLinkageParameters } from '../src/customers/estimate-linkage-parameters';
import { ProcessCompanyChanges } from '../src/invoices/process-company-changes';
import { RunDueWindows } from '../src/invoices/run-due-windows';
import { SyncCompanyLists } from '../src/invoices/sync-company-lists';
import { createLogger } from '../src/logger';
import { QboConnectionRepository } from '../src/qbo/qbo-connection-repository';
import { createBenchDatabase } from './bench-database';
import { simulatedDay } from './economy-day';
import { sharedCompany } from './economy-throttle';
import type { Container } from 'inversify';
import type { DataSource } from 'typeorm';

/**
 * `npm run bench:economy` (issue 13). The last line is a JSON summary.
 *
 * - `full_load_peak_rss_mb`: a company of BENCH_CUSTOMERS (200,000) customers loaded into the
 *   customer mirror by a worker started as the image starts it (`node --max-old-space-size=128
 *   dist/src/main.js`); the worker's peak resident memory (VmHWM) when the mirror is ready.
 * - `tenants_10k_tick_ms`: one scheduler tick (RunDueWindows.due) with BENCH_TENANTS (10,000)
 *   connected tenants, none due; the median of 5 ticks.
 * - `cdc_round_10k_ms`: one change-reading round (ProcessCompanyChanges.run) with the same
 *   tenants' companies mirrored, none due; the median of 5 rounds after the process's first.
 * - `connect_customer_reads_per_1000_customers` and `connect_list_reads`: what connecting a US
 *   company of BENCH_CONNECT_CUSTOMERS (2,500) customers costs in CorePlus calls, split in two: the
 *   customer load's pages per 1,000 customers, and the fixed reads of the company's stable lists
 *   (Preferences, accounts, items; tax codes outside the US); `connect_company_info_reads` is the
 *   OAuth callback's CompanyInfo read, which the lists reuse.
 */
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 200_000);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 10_000);
const CONNECT_CUSTOMERS = Number(process.env.BENCH_CONNECT_CUSTOMERS ?? 2_500);
/** Which parts run (all by default): tick, connect, load, coreplus, throttle. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'tick,connect,load,coreplus,throttle').split(',').map((p) => p.trim()));
const out = (line = '') => process.stdout.write(`${line}\n`);

function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function main(): Promise<void> {
  const ep = await servicesUp({ log: (l) => process.stderr.write(`[services] ${l}\n`) });
  const db = await createBenchDatabase(ep.databaseUrl, `bench_economy_${Date.now().toString(36)}`);
  const emulator = await startEmulator({ port: 0, config: { limits: { requestsPerMinute: 1_000_000, requestsPerSecond: 10_000 }, usage: { corePlusMonthlyCap: null } } });
  const key = randomBytes(32).toString('hex');
  const config = loadConfig({ DATABASE_URL: db.url, KAFKA_BROKERS: ep.kafkaBrokers, QBO_EMULATOR_URL: emulator.url, QBO_TOKEN_ENCRYPTION_KEY: key, LOG_LEVEL: 'warn' });
  const logger = createLogger('warn', 'bench-economy');
  const dataSource = createDataSource({ url: db.url, poolSize: 4, applicationName: 'bench-economy' });
  await dataSource.initialize();
  await runMigrationsLocked(dataSource);
  const container = buildOfflineContainer({ config, logger, dataSource }, 'bench-economy');
  const connections = container.get(QboConnectionRepository);
  const summary: Record<string, number | string> = {};
  try {
    if (PARTS.has('tick')) Object.assign(summary, await schedulerTick(dataSource, container.get(RunDueWindows), container.get(ProcessCompanyChanges), container.get(EstimateLinkageParameters)));
    if (PARTS.has('connect')) Object.assign(summary, await connectReads(dataSource, emulator, connections, container));
    if (PARTS.has('load')) Object.assign(summary, await bigCompanyLoad(dataSource, emulator, connections, db.url, ep.kafkaBrokers, key));
    if (PARTS.has('coreplus')) Object.assign(summary, await simulatedDay(ep.databaseUrl, ep.kafkaBrokers, key));
    if (PARTS.has('throttle')) Object.assign(summary, await sharedCompany(ep.databaseUrl, ep.kafkaBrokers, key));
  } finally {
    await dataSource.destroy();
    await emulator.close();
    await db.drop();
  }
  out(JSON.stringify(summary));
}


/** `tenants_10k_tick_ms`: one scheduler tick (RunDueWindows.due) with TENANTS connected tenants, none due (median of 5). */
async function schedulerTick(
  dataSource: DataSource,
  scheduler: RunDueWindows,
  changes: ProcessCompanyChanges,
  estimate: EstimateLinkageParameters,
): Promise<Record<string, number>> {
  const summary: Record<string, number> = {};
    // ---- 1. the scheduler's tick with 10,000 tenants, none due (all connected now, nightly cron)
    const t0 = Date.now();
    await dataSource.query(
      `INSERT INTO tenants (tenant_id, enabled, batch_cron, time_zone) SELECT 'tick_' || g, true, '0 2 * * *', 'UTC' FROM generate_series(1, $1) g`,
      [TENANTS],
    );
    await dataSource.query(
      `INSERT INTO qbo_connections (tenant_id, realm_id, company_name, access_token_enc, access_expires_at, refresh_token_enc, refresh_expires_at, status)
       SELECT 'tick_' || g, 'realm_' || g, 'Co ' || g, 'x', now() + interval '1 hour', 'x', now() + interval '90 days', 'disconnected' FROM generate_series(1, $1) g`,
      [TENANTS],
    );
    await dataSource.query(`UPDATE qbo_connections SET status = 'connected', created_at = now() WHERE tenant_id LIKE 'tick_%'`);
    out(`# ${TENANTS} tenants inserted in ${Date.now() - t0} ms`);
    // One-time: the next window time of every new tenant (after a migration, or when they all connect at once).
    const r0 = Date.now();
    const computed = await scheduler.recomputeDirty();
    summary['tenants_10k_recompute_ms'] = Date.now() - r0;
    out(`next window time of ${computed} tenants computed once in ${summary['tenants_10k_recompute_ms']} ms`);
    const ticks: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const s = process.hrtime.bigint();
      const due = await scheduler.due(new Date());
      ticks.push(Number(process.hrtime.bigint() - s) / 1e6);
      if (due.length !== 0) throw new Error(`expected no tenant due, got ${due.length}`);
    }
    ticks.sort((a, b) => a - b);
    summary['tenants_10k_tick_ms'] = Math.round(ticks[2] ?? NaN);
    out(`tenants_10k_tick_ms: ${summary['tenants_10k_tick_ms']} (ticks ${ticks.map((t) => t.toFixed(0)).join(', ')})`);
    // ---- the change-reading round (ProcessCompanyChanges.run) with the same tenants' companies mirrored and read an hour ago, none due
    await dataSource.query(
      `INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status, loaded_at, cdc_since, last_cdc_at)
       SELECT 'tick_' || g, 'realm_' || g, 'ready', now() - interval '2 days', now() - interval '1 hour', now() - interval '1 hour' FROM generate_series(1, $1) g`,
      [TENANTS],
    );
    await dataSource.query(
      `INSERT INTO qbo_change_cursor (tenant_id, realm_id, cdc_since, last_read_at, next_read_at)
       SELECT 'tick_' || g, 'realm_' || g, now() - interval '1 hour', now() - interval '1 hour', now() + interval '23 hours' FROM generate_series(1, $1) g`,
      [TENANTS],
    );
    await dataSource.query(`ANALYZE qbo_change_cursor; ANALYZE qbo_customer_mirror_state`);
    // A process's first round looks at every mirror once (cursors to start); the rounds after it only at what loaded since.
    const f0 = process.hrtime.bigint();
    if ((await changes.run(50)) !== 0) throw new Error('expected no tenant due in the change-reading round');
    summary['cdc_round_10k_first_ms'] = Math.round(Number(process.hrtime.bigint() - f0) / 1e6);
    const rounds: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const s = process.hrtime.bigint();
      const handled = await changes.run(50);
      rounds.push(Number(process.hrtime.bigint() - s) / 1e6);
      if (handled !== 0) throw new Error(`expected no tenant due, got ${handled}`);
    }
    rounds.sort((a, b) => a - b);
    summary['cdc_round_10k_ms'] = Math.round(rounds[2] ?? NaN);
    out(`cdc_round_10k_ms: ${summary['cdc_round_10k_ms']} (rounds ${rounds.map((t) => t.toFixed(0)).join(', ')}; the process's first ${summary['cdc_round_10k_first_ms']} ms)`);
    // ---- the linkage estimate's round (EstimateLinkageParameters.runDue) with the same tenants estimated an hour ago, none due
    await dataSource.query(
      `INSERT INTO customer_linkage_parameters (tenant_id, estimated_at, due_at) SELECT 'tick_' || g, now() - interval '1 hour', now() + interval '23 hours' FROM generate_series(1, $1) g`,
      [TENANTS],
    );
    await dataSource.query(`ANALYZE customer_linkage_parameters`);
    const e0 = process.hrtime.bigint();
    if ((await estimate.runDue(1)) !== 0) throw new Error('expected no linkage estimate due');
    summary['estimate_round_10k_first_ms'] = Math.round(Number(process.hrtime.bigint() - e0) / 1e6);
    const estimates: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const s = process.hrtime.bigint();
      const handled = await estimate.runDue(1);
      estimates.push(Number(process.hrtime.bigint() - s) / 1e6);
      if (handled !== 0) throw new Error(`expected no linkage estimate due, got ${handled}`);
    }
    estimates.sort((a, b) => a - b);
    summary['estimate_round_10k_ms'] = Math.round(estimates[2] ?? NaN);
    out(`estimate_round_10k_ms: ${summary['estimate_round_10k_ms']} (rounds ${estimates.map((t) => t.toFixed(0)).join(', ')}; the process's first ${summary['estimate_round_10k_first_ms']} ms)`);
    await dataSource.query(`DELETE FROM customer_linkage_parameters WHERE tenant_id LIKE 'tick_%'`);
    await dataSource.query(`DELETE FROM qbo_change_cursor WHERE tenant_id LIKE 'tick_%'`);
    await dataSource.query(`DELETE FROM qbo_customer_mirror_state WHERE tenant_id LIKE 'tick_%'`);
    await dataSource.query(`DELETE FROM qbo_connections WHERE tenant_id LIKE 'tick_%'`);
    await dataSource.query(`DELETE FROM tenants WHERE tenant_id LIKE 'tick_%'`);

  return summary;
}

/** The CorePlus calls the emulator metered on a company, every app. */
async function corePlusOf(emulator: RunningEmulator, realmId: string): Promise<number> {
  const res = await fetch(`${emulator.url.replace(/\/+$/, '')}/_emulator/usage?realmId=${realmId}`);
  const usage = (await res.json()) as { companies: Array<{ realmId: string; apps: Array<{ corePlus: number }> }> };
  return (usage.companies.find((c) => c.realmId === realmId)?.apps ?? []).reduce((n, a) => n + a.corePlus, 0);
}

/** Fills a company with `n` customers straight into the emulator's store (the seed endpoint checks name uniqueness in O(n) per customer). */
function fillCustomers(emulator: RunningEmulator, realmId: string, n: number, inactiveEvery = 0): void {
  const realm = emulator.state.store.get(realmId);
  if (!realm) throw new Error('no realm');
  const ctx = emulator.state.context(realm);
  const first = createNameEntity(ctx, 'Customer', { DisplayName: 'Big Customer 1', CompanyName: 'Big Co 1', PrimaryEmailAddr: { Address: 'c1@example.com' } });
  for (let i = 2; i <= n; i += 1) {
    const id = realm.nextId('Customer');
    const data = structuredClone(first.data);
    Object.assign(data, { Id: id, DisplayName: `Big Customer ${i}`, CompanyName: `Big Co ${i}`, PrimaryEmailAddr: { Address: `c${i}@example.com` }, Active: inactiveEvery === 0 || i % inactiveEvery !== 0 });
    realm.put({ ...first, id, data, updatedAtMs: realm.stamp() });
  }
}

/**
 * The connect of a US company of CONNECT_CUSTOMERS customers, as the worker runs it: the OAuth
 * callback's CompanyInfo read (ReadConnectedCompany), the customer mirror's load and the company
 * lists' load; the CorePlus calls of each step, from the emulator's meter.
 */
async function connectReads(
  dataSource: DataSource,
  emulator: RunningEmulator,
  connections: QboConnectionRepository,
  container: Container,
): Promise<Record<string, number>> {
  const company = emulator.createCompany('Connect Co');
  fillCustomers(emulator, company.realmId, CONNECT_CUSTOMERS);
  const tenantId = 'connect_tenant';
  await connections.saveConnected(tenantId, company.realmId, null, {
    accessToken: company.accessToken,
    accessExpiresAt: new Date(Date.now() + 3_600_000),
    refreshToken: company.refreshToken,
    refreshExpiresAt: new Date(Date.now() + 86_400_000),
  });
  await dataSource.query(`INSERT INTO tenants (tenant_id, enabled) VALUES ($1, true)`, [tenantId]);
  await container.get(ReadConnectedCompany).run(tenantId, company.realmId);
  const afterCallback = await corePlusOf(emulator, company.realmId);
  await container.get(SyncCustomerMirror).loadFull(tenantId, company.realmId);
  const afterCustomers = await corePlusOf(emulator, company.realmId);
  await container.get(SyncCompanyLists).loadFull(tenantId, company.realmId);
  const afterLists = await corePlusOf(emulator, company.realmId);
  const customerReads = afterCustomers - afterCallback;
  const summary = {
    connect_company_info_reads: afterCallback,
    connect_customer_reads: customerReads,
    connect_customer_reads_per_1000_customers: Number(((customerReads * 1000) / CONNECT_CUSTOMERS).toFixed(2)),
    connect_list_reads: afterLists - afterCustomers,
  };
  out(
    `connect of a US company of ${CONNECT_CUSTOMERS} customers: CompanyInfo ${summary.connect_company_info_reads} (the OAuth callback), ` +
      `customers ${customerReads} pages (${summary.connect_customer_reads_per_1000_customers} per 1,000), lists ${summary.connect_list_reads} (Preferences, accounts, items)`,
  );
  return summary;
}

/** `full_load_peak_rss_mb`: a CUSTOMERS-customer company loaded by a worker started as the image starts it. */
async function bigCompanyLoad(
  dataSource: DataSource,
  emulator: RunningEmulator,
  connections: QboConnectionRepository,
  databaseUrl: string,
  kafkaBrokers: string,
  key: string,
): Promise<Record<string, number>> {
  const summary: Record<string, number> = {};
    // ---- 2. a 200,000-customer company loaded by a worker started as the image starts it
    const company = emulator.createCompany('Big Co');
    fillCustomers(emulator, company.realmId, CUSTOMERS, 50);
    const tenantId = 'big_tenant';
    await connections.saveConnected(tenantId, company.realmId, company.companyName, {
      accessToken: company.accessToken,
      accessExpiresAt: new Date(Date.now() + 3_600_000),
      refreshToken: company.refreshToken,
      refreshExpiresAt: new Date(Date.now() + 86_400_000),
    });
    await dataSource.query(`INSERT INTO tenants (tenant_id, enabled) VALUES ($1, true)`, [tenantId]);
    const started = Date.now();
    const worker = spawn(process.execPath, ['--max-old-space-size=128', resolve(__dirname, '../src/main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: databaseUrl,
        KAFKA_BROKERS: kafkaBrokers,
        KAFKA_GROUP_ID: `bench-economy-${Date.now()}`,
        QBO_EMULATOR_URL: emulator.url,
        QBO_TOKEN_ENCRYPTION_KEY: key,
        QBO_RATE_LIMIT_PERCENT: '100000',
        CUSTOMER_MIRROR_POLL_MS: '200',
        HTTP_PORT: '0',
        METRICS_PORT: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    let exited: number | null = null;
    worker.on('exit', (code) => (exited = code ?? -1));
    let loaded = 0;
    for (;;) {
      if (exited !== null) throw new Error(`the worker died during the load (exit ${exited})`);
      const rows: Array<{ status: string; loaded_count: number | null }> = await dataSource.query(
        `SELECT status, loaded_count FROM qbo_customer_mirror_state WHERE tenant_id = $1`,
        [tenantId],
      );
      if (rows[0]?.status === 'ready') {
        loaded = Number(rows[0].loaded_count);
        break;
      }
      if (Date.now() - started > 20 * 60_000) throw new Error('the load took more than 20 minutes');
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (Date.now() - started) / 1000;
    summary['full_load_peak_rss_mb'] = peakRssMb(worker.pid ?? 0);
    summary['full_load_customers'] = loaded;
    summary['full_load_seconds'] = Math.round(seconds);
    out(`full load: ${loaded} customers in ${seconds.toFixed(0)} s, worker peak RSS ${summary['full_load_peak_rss_mb']} MB`);
    worker.kill('SIGTERM');
    await new Promise((r) => worker.once('exit', r));
  return summary;
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
