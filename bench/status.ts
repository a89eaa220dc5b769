import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../src/config';
import { buildOfflineContainer } from '../src/container';
import { CustomerMirrorRepository } from '../src/customers/customer-mirror-repository';
import { createDataSource, runMigrationsLocked } from '../src/db/data-source';
import { servicesUp } from '../src/dev-services';
import { startEmulator } from '../src/emulator';
import { CollectTenantStatus } from '../src/http/collect-tenant-status';
import { FLUSH_OPTIONS } from '../src/invoices/flush-options';
import { InvoiceSyncRepository } from '../src/invoices/invoice-sync-repository';
import { LoadRunCompany } from '../src/invoices/load-run-company';
import { PlanInvoiceBatches } from '../src/invoices/plan-invoice-batches';
import { ReadTenantStatus } from '../src/invoices/read-tenant-status';
import { TenantWindowLock } from '../src/invoices/tenant-window-lock';
import { WindowRun } from '../src/invoices/window-run';
import { createLogger } from '../src/logger';
import { QboConnectionRepository } from '../src/qbo/qbo-connection-repository';
import { createBenchDatabase } from './bench-database';

/**
 * `npm run bench:status`: what a tenant's history costs (issue 11, item 17). One tenant with
 * BENCH_HISTORY (default 100,000) invoices already in QuickBooks and BENCH_CUSTOMERS (default
 * 10,000) customers (mirrored, linked, a few hundred held for review, duplicate flags), plus a
 * day's work: 300 new invoices, 50 waiting for their customer, 30 failed. Wired as the worker
 * wires it (the container), Postgres from the dev services, the emulator in-process.
 *
 * 1. The status: the JSON of GET /api/tenants/{id}/status (invoices and customers sections)
 *    and the settings page's status (CollectTenantStatus), median and worst of BENCH_RUNS.
 * 2. A window's first batch: collect the first page and plan it (the inactive-customer check
 *    goes to the emulator), median and worst of BENCH_RUNS; and, once, the first settle after
 *    the history was loaded (every invoice pending, as after a backfill).
 * Targets: status < 200 ms, first batch planned < 1 s. The last line is a JSON summary.
 * BENCH_KEEP_DB=1 keeps the database for EXPLAIN.
 */

const HISTORY = Number(process.env.BENCH_HISTORY ?? 100_000);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const NEW_INVOICES = 300;
const WAITING = 50;
const FAILED = 30;
const REVIEW = 300;
const FLAGS = 40;

const out = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const ep = await servicesUp({ log: (l) => process.stderr.write(`[services] ${l}\n`) });
  const db = await createBenchDatabase(ep.databaseUrl, `bench_status_${Date.now().toString(36)}`);
  const emulator = await startEmulator({ port: 0 });
  const config = loadConfig({
    DATABASE_URL: db.url,
    KAFKA_BROKERS: ep.kafkaBrokers,
    QBO_EMULATOR_URL: emulator.url,
    QBO_TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  const logger = createLogger(config.logLevel, 'bench-status');
  const dataSource = createDataSource({ url: config.databaseUrl, poolSize: 8, applicationName: 'bench-status' });
  await dataSource.initialize();
  try {
    await runMigrationsLocked(dataSource);
    const container = buildOfflineContainer({ config, logger, dataSource }, 'bench-status');
    const tenantId = 'bench_history';
    const t0 = Date.now();
    const company = emulator.createCompany('Bench history');
    await container.get(QboConnectionRepository).saveConnected(tenantId, company.realmId, company.companyName, {
      accessToken: company.accessToken,
      accessExpiresAt: new Date(Date.now() + 3_600_000),
      refreshToken: company.refreshToken,
      refreshExpiresAt: new Date(Date.now() + 86_400_000),
    });
    await dataSource.query(`UPDATE qbo_connections SET created_at = '2024-01-01' WHERE tenant_id = $1`, [tenantId]);
    await dataSource.query(`INSERT INTO tenants (tenant_id, enabled, invoices_from, default_item_id) VALUES ($1, true, '2024-01-01', '1')`, [tenantId]);
    await seed(dataSource, container.get(CustomerMirrorRepository), tenantId, company.realmId);
    out(`seeded ${HISTORY} invoices already in QuickBooks, ${NEW_INVOICES + WAITING + FAILED} of the day, ${CUSTOMERS} customers in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const repo = container.get(InvoiceSyncRepository);
    const s0 = Date.now();
    await repo.settle(tenantId);
    const firstSettleMs = Date.now() - s0;
    out(`first settle after loading (every invoice pending, as after a backfill or the migration): ${firstSettleMs} ms`);
    await dataSource.query(`ANALYZE invoices`); // what autovacuum does after that many changed rows (and the migration does)

    const status = container.get(ReadTenantStatus);
    const page = container.get(CollectTenantStatus);
    const json = await timed(async () => {
      const s = await status.run(tenantId);
      if (s?.invoices.pending !== NEW_INVOICES + WAITING) throw new Error(`unexpected status: ${JSON.stringify(s?.invoices)}`);
    });
    out(`status JSON (invoices + customers): median ${json.median} ms, worst ${json.worst} ms over ${RUNS} runs`);
    const pageStatus = await timed(async () => {
      const s = await page.run(tenantId);
      if (s === null || s.reviews.length === 0) throw new Error('unexpected page status');
    });
    out(`settings page status: median ${pageStatus.median} ms, worst ${pageStatus.worst} ms`);

    const planner = container.get(PlanInvoiceBatches);
    const options = container.get(FLUSH_OPTIONS);
    const pageSize = options.batchSize * Math.max(4, options.batchesInFlight * 2);
    let planned = 0;
    const runCompany = await container.get(LoadRunCompany).forRun(tenantId, company.realmId); // the company's lists, read once (as a window does)
    if ('missing' in runCompany) throw new Error(runCompany.missing);
    const firstBatch = await timed(async () => {
      const run = new WindowRun({ tenantId, windowId: null }, options);
      run.realmId = company.realmId;
      run.company = runCompany;
      const candidates = await repo.collect(tenantId, company.realmId, pageSize, []);
      const batches = await planner.plan(run, candidates);
      planned = batches[0]?.length ?? 0;
      if (planned === 0) throw new Error('nothing planned');
    }, 1100); // each run as a window's first: the company's per-second request budget unused by the run before

    out(`window over ${HISTORY} pushed invoices: first batch (${planned} items, page of ${pageSize}) planned in median ${firstBatch.median} ms, worst ${firstBatch.worst} ms`);
    const collectOnly = await timed(async () => {
      await repo.collect(tenantId, company.realmId, pageSize, []);
    });
    out(`   of which collecting the page (Postgres only; the rest is the inactive-customer query to QuickBooks): median ${collectOnly.median} ms, worst ${collectOnly.worst} ms`);

    const ok = json.worst < 200 && pageStatus.worst < 200 && firstBatch.worst < 1000;
    out(
      JSON.stringify({
        bench: 'status',
        invoices: HISTORY,
        customers: CUSTOMERS,
        status_ms_median: json.median,
        status_ms_worst: json.worst,
        page_status_ms_median: pageStatus.median,
        page_status_ms_worst: pageStatus.worst,
        first_batch_ms_median: firstBatch.median,
        first_batch_ms_worst: firstBatch.worst,
        collect_ms_median: collectOnly.median,
        collect_ms_worst: collectOnly.worst,
        first_settle_ms: firstSettleMs,
        targets_met: ok,
      }),
    );
    await container.get(TenantWindowLock).close();
  } finally {
    await dataSource.destroy();
    await emulator.close();
    if (process.env.BENCH_KEEP_DB === '1') process.stderr.write(`kept ${db.url}\n`);
    else await db.drop().catch(() => undefined);
  }
}

async function timed(fn: () => Promise<void>, pauseMs = 0): Promise<{ median: number; worst: number }> {
  await fn(); // warm-up: plans cached, pages in memory
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (pauseMs > 0) await sleep(pauseMs);
    const t = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { median: Math.round(ms[Math.floor(ms.length / 2)] ?? 0), worst: Math.round(ms.at(-1) ?? 0) };
}

type Db = ReturnType<typeof createDataSource>;

async function seed(ds: Db, mirror: CustomerMirrorRepository, tenantId: string, realmId: string): Promise<void> {
  // Customers: in the mirror (half created by the sync), upstream, linked; some held for review with a decision.
  for (let from = 0; from < CUSTOMERS; from += 1000) {
    const chunk = Array.from({ length: Math.min(1000, CUSTOMERS - from) }, (_, k) => {
      const i = from + k;
      return { Id: String(i + 1), SyncToken: '0', DisplayName: `Customer ${i}`, Active: true, PrimaryEmailAddr: { Address: `c${i}@example.com` } };
    });
    await mirror.upsert(tenantId, realmId, chunk.slice(0, 500), { createdBySync: true });
    await mirror.upsert(tenantId, realmId, chunk.slice(500), {});
  }
  await ds.query(
    `INSERT INTO customers (tenant_id, id, version, display_name, email, last_event_id, occurred_at)
     SELECT $1, 'cus_' || g, 1, 'Customer ' || g, 'c' || g || '@example.com', 'seed-c' || g, now() FROM generate_series(0, $2::int - 1) g`,
    [tenantId, CUSTOMERS],
  );
  await ds.query(
    `INSERT INTO customer_links (tenant_id, customer_id, qbo_customer_id, status, status_reason)
     SELECT $1, 'cus_' || g, CASE WHEN g < $3::int THEN NULL ELSE (g + 1)::text END, CASE WHEN g < $3::int THEN 'review' ELSE 'linked' END,
            CASE WHEN g < $3::int THEN 'two QuickBooks customers match' END
       FROM generate_series(0, $2::int - 1) g
     ON CONFLICT (tenant_id, customer_id) DO UPDATE SET qbo_customer_id = EXCLUDED.qbo_customer_id, status = EXCLUDED.status,
       status_reason = EXCLUDED.status_reason`,
    [tenantId, CUSTOMERS, REVIEW],
  );
  await ds.query(
    `INSERT INTO customer_decisions (tenant_id, customer_id, outcome, method, reason, candidates)
     SELECT $1, 'cus_' || g, 'review', 'score', 'two QuickBooks customers match',
            jsonb_build_array(jsonb_build_object('qboCustomerId', '1', 'score', 0.8), jsonb_build_object('qboCustomerId', '2', 'score', 0.79))
       FROM generate_series(0, $2::int - 1) g, generate_series(1, 3) attempt`,
    [tenantId, REVIEW],
  );
  await ds.query(
    `INSERT INTO customer_duplicate_flags (tenant_id, qbo_customer_id, other_qbo_customer_id, score, evidence)
     SELECT $1, (g + 1)::text, (g + 501)::text, 0.7, '["same email"]'::jsonb FROM generate_series(0, $2::int - 1) g`,
    [tenantId, FLAGS],
  );
  // History: invoices already in QuickBooks at their latest version (customers of the linked range).
  const lines = `jsonb_build_array(jsonb_build_object('description', 'Service', 'quantity', '1', 'unitPrice', '100.00'))`;
  await ds.query(
    `INSERT INTO invoices (tenant_id, id, version, customer_id, number, issue_date, lines, last_event_id, occurred_at, updated_at)
     SELECT $1, 'old_' || g, 1, 'cus_' || ($3::int + g % ($4::int - $3::int)), 'H-' || g, DATE '2025-01-01' + (g % 300), ${lines}, 'seed-i' || g, now(),
            now() - interval '400 days' + g * interval '1 minute'
       FROM generate_series(0, $2::int - 1) g`,
    [tenantId, HISTORY, REVIEW, CUSTOMERS],
  );
  await ds.query(
    `INSERT INTO invoice_sync (tenant_id, invoice_id, qbo_invoice_id, qbo_sync_token, qbo_doc_number, pushed_version, pushed_payload, pushed_at)
     SELECT $1, 'old_' || g, (g + 1)::text, '0', 'H-' || g, 1, '{}'::jsonb, now() - interval '1 day' FROM generate_series(0, $2::int - 1) g`,
    [tenantId, HISTORY],
  );
  // The day's work: new invoices of linked customers, some waiting for a customer held for review, some failed.
  await ds.query(
    `INSERT INTO invoices (tenant_id, id, version, customer_id, number, issue_date, lines, last_event_id, occurred_at)
     SELECT $1, 'new_' || g, 1, CASE WHEN g >= $2::int AND g < $2::int + $3::int THEN 'cus_' || (g - $2::int) ELSE 'cus_' || ($5::int + g) END, 'N-' || g, DATE '2026-11-20', ${lines}, 'seed-n' || g, now()
       FROM generate_series(0, $2::int + $3::int + $4::int - 1) g`,
    [tenantId, NEW_INVOICES, WAITING, FAILED, REVIEW],
  );
  await ds.query(
    `INSERT INTO invoice_sync (tenant_id, invoice_id, failed_version, failure_code, failure_reason)
     SELECT $1, 'new_' || g, 1, '6000', 'A business validation error occurred' FROM generate_series($2::int + $3::int, $2::int + $3::int + $4::int - 1) g`,
    [tenantId, NEW_INVOICES, WAITING, FAILED],
  );
  // What holds a QuickBooks id carries its company (realm).
  await ds.query(`UPDATE customer_links SET realm_id = $2 WHERE tenant_id = $1`, [tenantId, realmId]);
  await ds.query(`UPDATE invoice_sync SET realm_id = $2 WHERE tenant_id = $1`, [tenantId, realmId]);
  await ds.query(`ANALYZE`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
