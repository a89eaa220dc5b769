import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { RunningEmulator, startEmulator } from '../../src/emulator';
import { RunInvoiceWindow } from '../../src/invoices/run-invoice-window';
import { QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';
import { TokenCipher } from '../../src/qbo/token-cipher';
import type { Worker } from '../../src/worker';
import { aCustomerEvent, anInvoiceEvent, asMessage } from '../support/builders';
import { EmulatorAdmin, emulatorBaseUrl } from '../support/emulator';
import { groupCaughtUp, produce, testKafka } from '../support/kafka';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { freshWorkerSettings, startInProcessWorker, WorkerSettings } from '../support/worker-harness';

/** One sample of a scrape: `name{labels} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parse(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1] as string] = l[2] as string;
    out.push({ name: m[1] as string, labels, value: Number(m[3]) });
  }
  return out;
}

/** The sum of the samples named `name` whose labels include `labels`. */
function sum(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((t, s) => t + s.value, 0);
}

/**
 * The worker's /metrics, scraped after real work: events recorded and dead-lettered, a customer
 * resolved against QuickBooks (the emulator), a token refreshed, a 429, an invoice window run
 * now; then the figures read at scrape time (lag, backlog, connections, open dead letters).
 */
describe('metrics', () => {
  let db: TestDatabase;
  let kafka: Kafka;
  let emulator: RunningEmulator;
  let s: WorkerSettings;
  let worker: Worker;
  const tenantId = uniqueName('acct');
  const key = randomBytes(32);

  beforeAll(async () => {
    db = await createTestDatabase();
    kafka = testKafka();
    emulator = await startEmulator({ port: 0 });
    s = await freshWorkerSettings(kafka, db.url, 2);
    s.extraEnv = {
      QBO_EMULATOR_URL: emulatorBaseUrl(emulator),
      QBO_TOKEN_ENCRYPTION_KEY: key.toString('base64'),
      QBO_THROTTLE_PAUSE_MS: '200',
      QBO_RETRY_BASE_DELAY_MS: '20',
      INVOICE_SCHEDULER_ENABLED: 'false',
      CUSTOMER_MIRROR_POLL_MS: '100',
      CUSTOMER_RESOLUTION_POLL_MS: '100',
    };
  });
  afterAll(async () => {
    await worker?.stop();
    await emulator.close();
    await db.drop();
  });

  it('counts the work done and reads lag and backlog at scrape', async () => {
    const admin = new EmulatorAdmin(emulatorBaseUrl(emulator));
    const company = await admin.createCompany('Metrics & Co');
    // Connected, with an access token already expired: the first call refreshes it.
    await new QboConnectionRepository(db.dataSource, new TokenCipher(key)).saveConnected(tenantId, company.realmId, company.companyName, {
      accessToken: company.accessToken,
      accessExpiresAt: new Date(Date.now() - 1000),
      refreshToken: company.refreshToken,
      refreshExpiresAt: new Date(Date.now() + 86_400_000),
    });
    await db.dataSource.query(`INSERT INTO tenants (tenant_id, enabled, invoices_from) VALUES ($1, true, '2026-01-01')`, [tenantId]);
    worker = await startInProcessWorker(s);

    await produce(kafka, s.customersTopic, [asMessage(aCustomerEvent({ id: 'cus_m' }, { tenantId })), { key: tenantId, value: 'not json' }]);
    await produce(kafka, s.invoicesTopic, [asMessage(anInvoiceEvent({ id: 'inv_m', customerId: 'cus_m' }, { tenantId }))]);
    await waitFor(() => groupCaughtUp(kafka, s.groupId, [s.customersTopic, s.invoicesTopic]), { description: 'ingest caught up' });
    await waitFor(
      async () =>
        ((await db.dataSource.query(`SELECT 1 FROM customer_links WHERE tenant_id = $1 AND customer_id = 'cus_m' AND qbo_customer_id IS NOT NULL`, [
          tenantId,
        ])) as unknown[]).length > 0,
      { description: 'the customer resolved (created in QuickBooks)' },
    );
    await admin.faults(company.realmId, { throttleNextRequests: 1 });
    const services = worker.services;
    if (services === undefined) throw new Error('no container');
    const result = await services.get(RunInvoiceWindow).run({ tenantId, trigger: 'run_now', requestedBy: 'metrics test' });
    expect(result).toMatchObject({ outcome: 'ran', status: 'finished', summary: { pushed: 1 } });

    const res = await fetch(`http://127.0.0.1:${worker.metricsPort}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const m = parse(await res.text());

    expect(sum(m, 'qbo_sync_events_recorded_total', { topic: s.customersTopic, outcome: 'accepted' })).toBe(1);
    expect(sum(m, 'qbo_sync_events_recorded_total', { topic: s.invoicesTopic, outcome: 'accepted' })).toBe(1);
    expect(sum(m, 'qbo_sync_events_dead_lettered_total', { reason: 'invalid_json' })).toBe(1);
    expect(sum(m, 'qbo_sync_ingest_batch_duration_seconds_count')).toBeGreaterThanOrEqual(2);
    // Lag: every partition of both topics, all caught up.
    const lag = m.filter((x) => x.name === 'qbo_sync_consumer_lag');
    expect(lag.map((x) => `${x.labels.topic}/${x.labels.partition}`).sort()).toEqual(
      [`${s.customersTopic}/0`, `${s.customersTopic}/1`, `${s.invoicesTopic}/0`, `${s.invoicesTopic}/1`].sort(),
    );
    expect(lag.every((x) => x.value === 0)).toBe(true);
    expect(sum(m, 'qbo_sync_dead_letters_open', { reason: 'invalid_json' })).toBe(1);

    expect(sum(m, 'qbo_sync_customer_resolutions_total', { outcome: 'created' })).toBe(1);
    expect(sum(m, 'qbo_sync_token_refreshes_total', { outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sum(m, 'qbo_sync_qbo_calls_total', { operation: 'POST /customer', outcome: 'ok' })).toBe(1);
    expect(sum(m, 'qbo_sync_qbo_calls_total', { outcome: 'retriable', code: '3001' })).toBe(1);
    expect(sum(m, 'qbo_sync_qbo_throttled_total')).toBe(1);
    expect(sum(m, 'qbo_sync_qbo_calls_total', { operation: 'POST /batch', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sum(m, 'qbo_sync_windows_total', { trigger: 'run_now', outcome: 'finished' })).toBe(1);
    expect(sum(m, 'qbo_sync_window_duration_seconds_count', { trigger: 'run_now', status: 'finished' })).toBe(1);

    expect(sum(m, 'qbo_sync_tenants', { connection: 'connected' })).toBe(1);
    expect(sum(m, 'qbo_sync_tenants', { connection: 'needs_reconnect' })).toBe(0);
    expect(sum(m, 'qbo_sync_invoices', { state: 'pending' })).toBe(0);
    expect(sum(m, 'qbo_sync_invoices', { state: 'failed' })).toBe(0);
    // The outbox lag (issue 15): the events this work wrote are counted until the relay publishes them.
    expect(m.some((x) => x.name === 'qbo_sync_outbox_unpublished')).toBe(true);
    expect(sum(m, 'qbo_sync_outbox_lag_seconds')).toBeGreaterThanOrEqual(0);
    // Node's own process metrics, under their usual names.
    expect(sum(m, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(m.some((x) => x.name === 'nodejs_heap_size_used_bytes')).toBe(true);

    // Its own port: not on the public/admin one.
    expect((await fetch(`http://127.0.0.1:${worker.httpPort}/metrics`)).status).not.toBe(200);
  });
});
