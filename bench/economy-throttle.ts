import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { createDataSource } from '../src/db/data-source';
import { startEmulator } from '../src/emulator';
import type { RequestLogEntry } from '../src/emulator/request-log';
import { QboConnectionRepository } from '../src/qbo/qbo-connection-repository';
import { TokenCipher } from '../src/qbo/token-cipher';
import { createBenchDatabase } from './bench-database';
import { freePort, runCli, spawnWorker, until } from './bench-worker';

/**
 * `throttled` and `share_of_ceiling` (issue 13): one company, two tenants connected to it (A with
 * 4,000 invoices for 400 new customers, B with 1,000 for 100), every event published to Kafka and
 * consumed by THREE worker processes (one consumer group), which resolve the 500 customers at once
 * (creates in QuickBooks from three processes); then A's scheduled window (on whichever worker
 * takes it) and an operator's run-now for B (the CLI, a fourth process) push the 5,000 invoices
 * at the same time. Every process shares the company's budget through Postgres. Limits are
 * QuickBooks' production limits × SCALE (default 1). Reported: the 429s in the emulator's request
 * log for the company (the whole run), and the invoices created per minute over the whole minutes
 * from the first invoice as a share of the ceiling 1,200 × SCALE a minute (40 batch requests of 30).
 */
const SCALE = Number(process.env.BENCH_THROTTLE_SCALE ?? 1);
const INVOICES = Number(process.env.BENCH_THROTTLE_INVOICES ?? 5000);
const CUSTOMERS = Number(process.env.BENCH_THROTTLE_CUSTOMERS ?? 500);
const CEILING_PER_MIN = 1200;
const out = (line = '') => process.stdout.write(`${line}\n`);

export async function sharedCompany(serverUrl: string, kafkaBrokers: string, key: string): Promise<Record<string, number>> {
  const db = await createBenchDatabase(serverUrl, `bench_economy_throttle_${Date.now().toString(36)}`);
  const emulator = await startEmulator({
    port: 0,
    config: {
      limits: { requestsPerMinute: 500 * SCALE, requestsPerSecond: 10 * SCALE, batchRequestsPerMinute: 40 * SCALE, batchRequestsPerMinuteAllApps: 120 * SCALE },
      requestLog: { maxEntriesPerRealm: 100_000 },
      usage: { corePlusMonthlyCap: null },
    },
  });
  const stamp = Date.now().toString(36);
  const topics = { customers: `bench-thr-customers-${stamp}`, invoices: `bench-thr-invoices-${stamp}`, deadLetter: `bench-thr-dlq-${stamp}` };
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    KAFKA_BROKERS: kafkaBrokers,
    KAFKA_GROUP_ID: `bench-thr-${stamp}`,
    KAFKA_TOPIC_CUSTOMERS: topics.customers,
    KAFKA_TOPIC_INVOICES: topics.invoices,
    KAFKA_TOPIC_DEAD_LETTER: topics.deadLetter,
    QBO_EMULATOR_URL: emulator.url,
    QBO_TOKEN_ENCRYPTION_KEY: key,
    QBO_RATE_LIMIT_PERCENT: String(100 * SCALE),
    INVOICE_WINDOW_SPREAD_MS: '0', // one tenant per window time here: nothing to spread
    INVOICE_SCHEDULER_TICK_MS: '500',
    CUSTOMER_RESOLUTION_POLL_MS: '200',
    CUSTOMER_MIRROR_POLL_MS: '200',
  };
  const ds = createDataSource({ url: db.url, poolSize: 4, applicationName: 'bench-economy-throttle' });
  const workers: Array<ReturnType<typeof spawnWorker>> = [];
  const summary: Record<string, number> = {};
  try {
    for (let i = 0; i < 3; i++) workers.push(spawnWorker({ ...env, HTTP_PORT: String(await freePort()) }, `worker-${i + 1}`));
    await ds.initialize();
    await until(async () => (await ds.query(`SELECT to_regclass('public.invoice_item_refs') IS NOT NULL AS ok`))[0]?.ok === true, 'the workers to migrate', 120_000);

    // ---- one company, two tenants on it (their windows wait: a yearly cron until the customers are in)
    const company = emulator.createCompany('Shared Co');
    const second = emulator.state.tokens.connect(company.realmId, null, emulator.state.config);
    const connections = new QboConnectionRepository(ds, new TokenCipher(Buffer.from(key, 'hex')));
    const tenants = [
      { tenantId: `thr_a_${stamp}`, customers: Math.round(CUSTOMERS * 0.8), invoices: Math.round(INVOICES * 0.8), access: company.accessToken, refresh: company.refreshToken },
      { tenantId: `thr_b_${stamp}`, customers: CUSTOMERS - Math.round(CUSTOMERS * 0.8), invoices: INVOICES - Math.round(INVOICES * 0.8), access: second.access_token, refresh: second.refresh_token },
    ];
    for (const t of tenants) {
      await ds.query(`INSERT INTO tenants (tenant_id, enabled, batch_cron, time_zone, invoices_from) VALUES ($1, true, '0 0 1 1 *', 'UTC', '2000-01-01')`, [t.tenantId]);
      await connections.saveConnected(t.tenantId, company.realmId, company.companyName, {
        accessToken: t.access,
        accessExpiresAt: new Date(Date.now() + 3_600_000),
        refreshToken: t.refresh,
        refreshExpiresAt: new Date(Date.now() + 86_400_000),
      });
    }
    await until(async () => Number((await ds.query(`SELECT count(*) AS n FROM qbo_customer_mirror_state WHERE status = 'ready'`))[0]?.n) === 2, 'the mirrors', 120_000);

    // ---- the events: 500 new customers and 5,000 invoices, through Kafka to the three workers
    const t0 = Date.now();
    const kafka = new Kafka({ clientId: 'bench-economy-throttle', brokers: kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    for (const t of tenants) {
      const customers = Array.from({ length: t.customers }, (_, k) => ({
        key: t.tenantId,
        value: JSON.stringify(envelope('customer.upserted', t.tenantId, { id: `cus_${k}`, displayName: `Shared ${t.tenantId.slice(4, 5)} Customer ${k}`, email: `c${k}.${t.tenantId}@example.com` })),
      }));
      await producer.send({ topic: topics.customers, acks: -1, messages: customers });
      const invoices = Array.from({ length: t.invoices }, (_, k) => ({
        key: t.tenantId,
        value: JSON.stringify(
          envelope('invoice.upserted', t.tenantId, {
            id: `inv_${k}`,
            customerId: `cus_${k % t.customers}`,
            number: `${t.tenantId.slice(4, 5).toUpperCase()}-${k}`,
            issueDate: '2026-11-20',
            lines: [
              { description: 'Service call', quantity: String((k % 4) + 1), unitPrice: '95.00' },
              { description: 'Parts', quantity: '0.5', unitPrice: '19.99' },
            ],
          }),
        ),
      }));
      for (let i = 0; i < invoices.length; i += 500) await producer.send({ topic: topics.invoices, acks: -1, messages: invoices.slice(i, i + 500) });
    }
    await producer.disconnect();
    await until(
      async () => Number((await ds.query(`SELECT count(*) AS n FROM customer_links WHERE status = 'linked'`))[0]?.n) >= CUSTOMERS,
      'the 500 customers created and linked',
      30 * 60_000,
      1000,
    );
    const created = Number((await ds.query(`SELECT count(*) AS n FROM qbo_customer_mirror WHERE created_by_sync`))[0]?.n);
    out(`${CUSTOMERS} customers resolved by three workers in ${((Date.now() - t0) / 1000).toFixed(0)} s (${created} created in QuickBooks)`);
    await until(async () => Number((await ds.query(`SELECT count(*) AS n FROM invoices`))[0]?.n) >= INVOICES, 'the invoices ingested', 10 * 60_000, 1000);

    // ---- A's window, scheduled (a worker takes it), and B's run-now from the CLI, at the same time
    const at = new Date(Date.now() + 5_000);
    await ds.query(`UPDATE tenants SET batch_cron = $2 WHERE tenant_id = $1`, [tenants[0]?.tenantId, `${at.getUTCSeconds()} ${at.getUTCMinutes()} ${at.getUTCHours()} * * *`]);
    await ds.query(`UPDATE qbo_connections SET created_at = now() - interval '1 hour' WHERE tenant_id = $1`, [tenants[0]?.tenantId]);
    await until(async () => Date.now() >= at.getTime(), 'the window time', 60_000, 100);
    const runNow = runCli(['run-now', tenants[1]?.tenantId ?? '', '--by', 'bench'], env);
    await until(
      async () => Number((await ds.query(`SELECT count(*) AS n FROM invoice_sync WHERE pushed_version IS NOT NULL`))[0]?.n) >= INVOICES,
      'every invoice in QuickBooks',
      60 * 60_000,
      1000,
    );
    const cli = await runNow;
    out(`run-now for B (the CLI, a fourth process): exit ${cli.code}: ${cli.stdout.split('\n').find((l) => l.startsWith('window ')) ?? cli.stdout.trim()}`);

    // ---- what QuickBooks saw
    const realm = emulator.state.store.get(company.realmId);
    const times = (realm?.list('Invoice') ?? []).map((e) => Date.parse(String((e.data['MetaData'] as { CreateTime?: string } | undefined)?.CreateTime ?? ''))).sort((a, b) => a - b);
    const log: RequestLogEntry[] = emulator.state.requestLog.list(company.realmId);
    const throttled = log.filter((e) => e.throttled || e.status === 429).length;
    const first = times[0] ?? 0;
    const last = times.at(-1) ?? 0;
    const minutes = Math.floor((last - first) / 60_000);
    const perMin = minutes >= 1 ? times.filter((t) => t < first + minutes * 60_000).length / minutes : null;
    summary['throttled'] = throttled;
    summary['throttle_requests'] = log.length;
    summary['throttle_invoices'] = times.length;
    if (perMin !== null) {
      summary['invoices_per_min'] = Math.round(perMin);
      summary['share_of_ceiling'] = Number((perMin / (CEILING_PER_MIN * SCALE)).toFixed(3));
    }
    out(
      `${times.length} invoices in QuickBooks, the last ${((last - first) / 1000).toFixed(0)} s after the first; ` +
        (perMin === null
          ? 'less than a whole minute: no share of the per-minute ceiling'
          : `${Math.round(perMin)} invoices/min over the first ${minutes} whole minute(s) = ${((perMin / (CEILING_PER_MIN * SCALE)) * 100).toFixed(1)}% of the ceiling ${CEILING_PER_MIN * SCALE}/min`),
    );
    out(`${log.length} requests to the company from 4 processes, ${throttled} answered 429`);
    for (const w of workers) if (w.exited() !== null) throw new Error(`a worker exited (${w.exited()})`);
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    if (ds.isInitialized) await ds.destroy().catch(() => undefined);
    await emulator.close();
    await db.drop().catch(() => undefined);
  }
  return summary;
}

function envelope(type: string, tenantId: string, data: Record<string, unknown>): Record<string, unknown> {
  return { eventId: randomUUID(), type, tenantId, occurredAt: new Date().toISOString(), version: 1, data };
}
