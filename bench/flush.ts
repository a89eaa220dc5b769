import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config';
import { buildOfflineContainer } from '../src/container';
import { createDataSource, runMigrationsLocked } from '../src/db/data-source';
import { servicesUp } from '../src/dev-services';
import { startEmulator, RunningEmulator } from '../src/emulator';
import type { RequestLogEntry } from '../src/emulator/request-log';
import { RunDueWindows } from '../src/invoices/run-due-windows';
import { RunInvoiceWindow } from '../src/invoices/run-invoice-window';
import { TenantWindowLock } from '../src/invoices/tenant-window-lock';
import { createLogger } from '../src/logger';
import { QboConnectionRepository } from '../src/qbo/qbo-connection-repository';
import { createBenchDatabase } from './bench-database';

/**
 * `npm run bench:flush`: the invoice window's speed against the emulator, wired exactly as the
 * worker wires it (the container), Postgres from the dev services, the emulator in-process.
 *
 * 1. One company, 10,000 pending invoices (BENCH_INVOICES), every limit of emulator and client
 *    scaled by BENCH_SCALE (default 4: 160 batch requests a minute instead of 40, so the run
 *    takes about 2 minutes instead of 8). Reported: invoices per minute over the whole minutes
 *    from the first request (the limit is per minute, so that is the figure comparable to the
 *    ceiling of 1,200 × scale), the overall rate, and the 429s in the emulator's request log.
 * 2. 200 companies × 50 invoices with production limits (scale 1), companies in parallel:
 *    the wall time of one scheduler pass.
 * The last line is a JSON summary.
 */

const SCALE = Number(process.env.BENCH_SCALE ?? 4);
const INVOICES = Number(process.env.BENCH_INVOICES ?? 10_000);
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 200);
const PER_COMPANY = Number(process.env.BENCH_PER_COMPANY ?? 50);
const CEILING_PER_MIN = 1200;

const out = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  if (!Number.isFinite(SCALE) || SCALE < 1) throw new Error(`BENCH_SCALE must be a number ≥ 1, got ${process.env.BENCH_SCALE}`);
  const ep = await servicesUp({ log: (l) => process.stderr.write(`[services] ${l}\n`) });
  const db = await createBenchDatabase(ep.databaseUrl, `bench_flush_${Date.now().toString(36)}`);
  const databaseUrl = db.url;
  const emulator = await startEmulator({
    port: 0,
    config: {
      limits: { requestsPerMinute: 500 * SCALE, requestsPerSecond: 10 * SCALE, batchRequestsPerMinute: 40 * SCALE, batchRequestsPerMinuteAllApps: 120 * SCALE },
      requestLog: { maxEntriesPerRealm: 50_000 },
    },
  });
  const key = randomBytes(32).toString('hex');
  try {
    const single = await singleCompany(databaseUrl, ep.kafkaBrokers, emulator, key);
    const multi = await manyCompanies(databaseUrl, ep.kafkaBrokers, emulator, key);
    out(
      JSON.stringify({
        bench: 'flush',
        invoices_per_min: single.perMin === null ? null : Math.round(single.perMin),
        ceiling_per_min: CEILING_PER_MIN * SCALE,
        share_of_ceiling: single.perMin === null ? null : Number((single.perMin / (CEILING_PER_MIN * SCALE)).toFixed(3)),
        throttled: single.throttled + multi.throttled,
        companies: COMPANIES,
        multi_company_seconds: Number(multi.seconds.toFixed(1)),
        invoices: INVOICES,
        scale: SCALE,
        overall_invoices_per_min: Math.round(single.overallPerMin),
        single_company_seconds: Number(single.seconds.toFixed(1)),
        multi_company_invoices: multi.pushed,
      }),
    );
  } finally {
    await emulator.close();
    await db.drop().catch(() => undefined);
  }
}

function workerConfig(databaseUrl: string, brokers: string, emulatorUrl: string, key: string, scale: number) {
  return loadConfig({
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: brokers,
    DB_POOL_SIZE: '24',
    QBO_EMULATOR_URL: emulatorUrl,
    QBO_TOKEN_ENCRYPTION_KEY: key,
    QBO_RATE_LIMIT_PERCENT: String(100 * scale),
    INVOICE_WINDOW_CONCURRENCY: process.env.INVOICE_WINDOW_CONCURRENCY ?? '16',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
}

async function wire(databaseUrl: string, brokers: string, emulatorUrl: string, key: string, scale: number) {
  const config = workerConfig(databaseUrl, brokers, emulatorUrl, key, scale);
  const logger = createLogger(config.logLevel, 'bench-flush');
  const dataSource = createDataSource({ url: config.databaseUrl, poolSize: config.dbPoolSize, applicationName: 'bench-flush' });
  await dataSource.initialize();
  await runMigrationsLocked(dataSource);
  const container = buildOfflineContainer({ config, logger, dataSource }, 'bench-flush');
  return {
    dataSource,
    container,
    connections: container.get(QboConnectionRepository),
    close: async () => {
      await container.get(TenantWindowLock).close();
      await dataSource.destroy();
    },
  };
}

type Wired = Awaited<ReturnType<typeof wire>>;

/** A company in the emulator with `customers` customers, its tenant connected and enabled, links and invoices in Postgres. */
async function seedCompany(w: Wired, emulator: RunningEmulator, tenantId: string, invoices: number, customers: number): Promise<string> {
  const company = emulator.createCompany(`Bench ${tenantId}`);
  await w.connections.saveConnected(tenantId, company.realmId, company.companyName, {
    accessToken: company.accessToken,
    accessExpiresAt: new Date(Date.now() + 3_600_000),
    refreshToken: company.refreshToken,
    refreshExpiresAt: new Date(Date.now() + 86_400_000),
  });
  await w.dataSource.query(`UPDATE qbo_connections SET created_at = now() - interval '1 day' WHERE tenant_id = $1`, [tenantId]);
  await w.dataSource.query(
    `INSERT INTO tenants (tenant_id, enabled, batch_cron, time_zone, invoices_from) VALUES ($1, true, '* * * * *', 'UTC', '2000-01-01')`,
    [tenantId],
  );
  const res = await fetch(`${emulator.url}/_emulator/realms/${company.realmId}/seed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ customers: Array.from({ length: customers }, (_, i) => ({ DisplayName: `Customer ${i} of ${tenantId}` })) }),
  });
  const seeded = (await res.json()) as { customers: Array<{ Id: string }> };
  await w.dataSource.query(
    `INSERT INTO customers (tenant_id, id, version, display_name, last_event_id, occurred_at)
     SELECT $1, 'cus_' || g, 1, 'Customer ' || g, 'bench-' || $1 || '-c' || g, now() FROM generate_series(0, $2 - 1) g`,
    [tenantId, customers],
  );
  await w.dataSource.query(
    `INSERT INTO customer_links (tenant_id, customer_id, qbo_customer_id, status, realm_id)
     SELECT $1, 'cus_' || (ord - 1), id, 'linked', $3 FROM unnest($2::text[]) WITH ORDINALITY AS t(id, ord)
     ON CONFLICT (tenant_id, customer_id) DO UPDATE SET qbo_customer_id = EXCLUDED.qbo_customer_id, status = 'linked', realm_id = EXCLUDED.realm_id`,
    [tenantId, seeded.customers.map((c) => c.Id), company.realmId],
  );
  await w.dataSource.query(
    `INSERT INTO invoices (tenant_id, id, version, customer_id, number, issue_date, lines, last_event_id, occurred_at)
     SELECT $1, 'inv_' || g, 1, 'cus_' || (g % $3), 'B-' || g, DATE '2026-11-20',
            jsonb_build_array(jsonb_build_object('description', 'Service ' || g, 'quantity', ((g % 5) + 1)::text, 'unitPrice', ((g % 997) + 0.15)::text),
                              jsonb_build_object('description', 'Parts', 'quantity', '0.5', 'unitPrice', '19.99')),
            'bench-' || $1 || '-i' || g, now()
       FROM generate_series(0, $2 - 1) g`,
    [tenantId, invoices, customers],
  );
  return company.realmId;
}

async function requestLog(emulator: RunningEmulator, realmId: string): Promise<RequestLogEntry[]> {
  const res = await fetch(`${emulator.url}/_emulator/realms/${realmId}/requests`);
  return (await res.json()) as RequestLogEntry[];
}

async function singleCompany(databaseUrl: string, brokers: string, emulator: RunningEmulator, key: string) {
  out(`1. One company, ${INVOICES} pending invoices; limits ×${SCALE} (${40 * SCALE} batch requests/min, ${500 * SCALE} requests/min, ${10 * SCALE}/s)`);
  const w = await wire(databaseUrl, brokers, emulator.url, key, SCALE);
  try {
    const tenantId = `bench_single_${Date.now().toString(36)}`;
    const realmId = await seedCompany(w, emulator, tenantId, INVOICES, 100);
    const t0 = Date.now();
    const result = await w.container.get(RunInvoiceWindow).run({ tenantId, trigger: 'run_now', requestedBy: 'bench' });
    const seconds = (Date.now() - t0) / 1000;
    if (result.outcome !== 'ran') throw new Error(`the window did not run: ${result.outcome}`);
    const held = emulator.state.store.get(realmId)?.list('Invoice').length ?? 0;
    const log = await requestLog(emulator, realmId);
    const batches = log.filter((e) => e.path.endsWith('/batch') && e.status === 200).map((e) => Date.parse(e.time)).sort((a, b) => a - b);
    const throttled = log.filter((e) => e.throttled || e.status === 429).length;
    const first = batches[0] ?? t0;
    const last = batches.at(-1) ?? t0;
    // Invoices per minute over the whole minutes since the first batch request (the limit is per minute).
    const minutes = Math.floor((last - first) / 60_000);
    const itemsPerBatch = INVOICES / Math.max(1, batches.length - 1); // one batch is the item lookup
    const inWholeMinutes = batches.filter((t) => t < first + minutes * 60_000).length;
    const perMin = minutes >= 1 ? ((inWholeMinutes - 1) * itemsPerBatch) / minutes : (INVOICES / Math.max(0.001, (last - first) / 60_000));
    const overallPerMin = INVOICES / (seconds / 60);
    out(`   window ${result.status}: ${result.summary.pushed} pushed in ${result.summary.batches} batch requests; QBO holds ${held} invoices`);
    if (minutes >= 1) {
      out(`   ${Math.round(perMin)} invoices/min over the first ${minutes} whole minute(s) = ${((perMin / (CEILING_PER_MIN * SCALE)) * 100).toFixed(1)}% of the ceiling ${CEILING_PER_MIN * SCALE}/min (${CEILING_PER_MIN}/min × ${SCALE})`);
    } else {
      // QBO's limits are per minute: a run shorter than one says nothing about the share of the ceiling.
      out(`   the run took less than a whole minute: no share of the per-minute ceiling (raise BENCH_INVOICES or lower BENCH_SCALE)`);
    }
    out(`   overall ${Math.round(overallPerMin)} invoices/min (${seconds.toFixed(1)} s for ${INVOICES}, including the last partial minute); 429s seen: ${throttled}`);
    if (held !== INVOICES || result.summary.pushed !== INVOICES) throw new Error(`expected ${INVOICES} invoices in QBO, found ${held}`);
    // Part 2 measures its own companies only: this tenant takes no part in its windows.
    await w.dataSource.query(`UPDATE tenants SET enabled = false WHERE tenant_id = $1`, [tenantId]);
    return { perMin: minutes >= 1 ? perMin : null, overallPerMin, seconds, throttled };
  } finally {
    await w.close();
  }
}

async function manyCompanies(databaseUrl: string, brokers: string, emulator: RunningEmulator, key: string) {
  out(`2. ${COMPANIES} companies × ${PER_COMPANY} invoices, production limits (40 batch requests/min, 500 requests/min, 10/s per company)`);
  emulator.updateConfig({ limits: { requestsPerMinute: 500, requestsPerSecond: 10, batchRequestsPerMinute: 40, batchRequestsPerMinuteAllApps: 120 } });
  const w = await wire(databaseUrl, brokers, emulator.url, key, 1);
  try {
    const stamp = Date.now().toString(36);
    const realms: string[] = [];
    for (let i = 0; i < COMPANIES; i++) realms.push(await seedCompany(w, emulator, `bench_multi_${stamp}_${i}`, PER_COMPANY, 5));
    const t0 = Date.now();
    const results = await w.container.get(RunDueWindows).run(new Date());
    const seconds = (Date.now() - t0) / 1000;
    let pushed = 0;
    let throttled = 0;
    for (const r of results) if (r.result.outcome === 'ran') pushed += r.result.summary.pushed;
    for (const realmId of realms) throttled += (await requestLog(emulator, realmId)).filter((e) => e.throttled || e.status === 429).length;
    out(`   ${results.length} windows, ${pushed} invoices pushed in ${seconds.toFixed(1)} s; 429s seen: ${throttled}`);
    if (pushed !== COMPANIES * PER_COMPANY) throw new Error(`expected ${COMPANIES * PER_COMPANY} invoices pushed, got ${pushed}`);
    return { seconds, throttled, pushed };
  } finally {
    await w.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench:flush failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
