import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { createDataSource, runMigrationsLocked } from '../db/data-source';
import { servicesUp } from '../dev-services';
import { groupCaughtUp } from '../dev-services/kafka-progress';
import { startEmulator } from '../emulator';
import { ReadTenantStatus } from '../invoices/read-tenant-status';
import { RunInvoiceWindow } from '../invoices/run-invoice-window';
import { createLogger } from '../logger';
import { SyncEvent, syncEventSchema } from '../outbox/sync-event-schemas';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { QBO_CLIENT } from '../qbo/qbo-client';
import { QboConnectionRepository } from '../qbo/qbo-connection-repository';
import { TokenCipher } from '../qbo/token-cipher';
import { generateEvents, SampleEvent } from '../sample/sample-events';
import { Worker } from '../worker';

/**
 * The main job end to end on the local defaults: Postgres and Kafka, the QBO emulator with a
 * company that already holds some customers, customer and invoice events (some invalid) on the
 * default topics, the worker consuming them, customers resolved against QuickBooks (one
 * duplicate avoided, new ones created, each with its reason), an invoice window run now
 * (time compressed: the normal path waits for the nightly window), the invoices in the
 * emulator, the tenant's status, and the sync events it published back to upstream.
 *
 * A second tenant is connected to a Canadian company (issue 12): its invoices show tax codes by
 * line, QuickBooks' tax against upstream's, and currencies. (A story told top to bottom: longer than
 * the house's 300 lines, on purpose.)
 *
 * It works in its own database (qbo_sync_demo), created afresh on each run, because the
 * emulator keeps its companies in memory and starts empty each time.
 */

const SAMPLE_SIZE = 400;
const TENANT_PREFIX = 'demo';
const CONNECTED = 'demo_1';
/** The second tenant, connected to a Canadian company (issue 12): HST, exempt lines, currencies. */
const CANADIAN = 'demo_2';
const DEMO_DB = 'qbo_sync_demo';

const out = (line = '') => process.stdout.write(`${line}\n`);

function invalidSamples(): Array<{ topic: 'customers' | 'invoices'; key: string; value: string | null }> {
  const base = { tenantId: CONNECTED, occurredAt: '2026-11-21T10:15:00Z', version: 1 };
  return [
    { topic: 'customers', key: CONNECTED, value: '{"eventId": "demo-bad-1", "type": "customer.upserted", oops' },
    {
      topic: 'customers',
      key: CONNECTED,
      value: JSON.stringify({ ...base, eventId: 'demo-bad-2', type: 'customer.upserted', data: { id: 'cus_x', email: 'x@y.z' } }),
    },
    {
      topic: 'invoices',
      key: CONNECTED,
      value: JSON.stringify({ ...base, eventId: 'demo-bad-3', type: 'invoice.upserted', data: { id: 'inv_x', customerId: 'cus_1', issueDate: '2026-11-20', lines: [] } }),
    },
    { topic: 'invoices', key: CONNECTED, value: JSON.stringify({ ...base, eventId: 'demo-bad-4', type: 'invoice.paid', data: { id: 'inv_1' } }) },
    { topic: 'invoices', key: CONNECTED, value: null },
  ];
}

type CustomerData = { id: string; displayName: string; givenName: string; familyName: string; companyName: string | null; email: string; phone: string };

/** Customers of a tenant, latest version each, from the generated stream. */
function connectedCustomers(events: SampleEvent[], tenantId = CONNECTED): CustomerData[] {
  const byId = new Map<string, CustomerData>();
  for (const e of events) {
    const v = e.value as { tenantId: string; type: string; data: CustomerData };
    if (v.tenantId === tenantId && v.type === 'customer.upserted') byId.set(v.data.id, v.data);
  }
  return [...byId.values()];
}

/** Two invoices of the Canadian tenant in its home currency: taxable lines (HST ON), an exempt one, and upstream's tax a cent off. */
function canadianInvoices(customerId: string): Array<{ key: string; value: string }> {
  const invoice = (id: string, number: string | null, lines: unknown[], extra: Record<string, unknown>) => ({
    key: CANADIAN,
    value: JSON.stringify({
      eventId: `demo-ca-${id}`,
      type: 'invoice.upserted',
      tenantId: CANADIAN,
      occurredAt: '2026-11-21T10:15:00Z',
      version: 1,
      data: { id, customerId, number, issueDate: '2026-11-20', currency: 'CAD', lines, ...extra },
    }),
  });
  return [
    invoice('inv_ca_1', 'CA-1001', [
      { description: 'Kitchen renovation, labour', quantity: '10', unitPrice: '85.00', itemCode: 'SERVICES', taxable: true },
      { description: 'Permit fee (exempt)', quantity: '1', unitPrice: '120.00', taxable: false },
    ], { taxAmount: '110.51' }),
    invoice('inv_ca_2', 'CA-1002', [{ description: 'Tile, supplied and fitted', quantity: '3', unitPrice: '41.50', itemCode: 'TILE-M', taxCode: 'HST ON' }], {}),
  ];
}

async function waitUntil(what: string, pred: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main(): Promise<void> {
  out('1. Postgres and Kafka (npm run services -- up) ...');
  const ep = await servicesUp({ log: (l) => process.stderr.write(`   ${l}\n`) });
  out(`   ${ep.mode} services; Kafka at ${ep.kafkaBrokers}`);

  const admin = new Client({ connectionString: ep.databaseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DEMO_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DEMO_DB}`);
  await admin.end();
  const dbUrl = new URL(ep.databaseUrl);
  dbUrl.pathname = `/${DEMO_DB}`;

  out('2. The QuickBooks emulator, with a company that already has customers ...');
  const emulator = await startEmulator({ port: 0 });
  const company = emulator.createCompany("Ann's Plumbing & Heating");
  const events = generateEvents({ count: SAMPLE_SIZE, tenants: 3, seed: 2026, tenantPrefix: TENANT_PREFIX });
  const ours = connectedCustomers(events);
  const [a, b] = [ours[0], ours.find((c) => c.companyName !== null && c !== ours[0])];
  if (a === undefined || b === undefined) throw new Error('the sample lacks the customers the demo needs');
  const existing = [
    // The same person, written "Last, First" and with the email in capitals: QBO holds her already.
    { DisplayName: `${a.familyName}, ${a.givenName}`, GivenName: a.givenName, FamilyName: a.familyName, PrimaryEmailAddr: { Address: a.email.toUpperCase() } },
    // The same company, in capitals, without its legal suffix's punctuation, and its phone in another format.
    {
      DisplayName: (b.companyName ?? '').toUpperCase().replace(/[.,]/g, ''),
      CompanyName: (b.companyName ?? '').toUpperCase().replace(/[.,]/g, ''),
      PrimaryPhone: { FreeFormNumber: b.phone.replace(/^\+1 /, '(').replace(/ (\d{3}) /, ') $1-') },
    },
    { DisplayName: 'Riverside Dental Group', CompanyName: 'Riverside Dental Group', PrimaryEmailAddr: { Address: 'office@riverside-dental.example' } },
    { DisplayName: 'Walk-in customer' },
  ];
  const seeded = await fetch(`${emulator.url}/_emulator/realms/${company.realmId}/seed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ customers: existing, vendors: [{ DisplayName: 'Acme Pipe Supply' }] }),
  });
  if (!seeded.ok) throw new Error(`seeding the emulator failed: ${seeded.status} ${await seeded.text()}`);
  out(`   ${company.companyName} (realm ${company.realmId}) at ${emulator.url}, holding: ${existing.map((c) => `"${c.DisplayName}"`).join(', ')}`);
  const canadian = emulator.createCompany('Maple Renovations Ltd.', { country: 'CA', multiCurrency: true });
  out(`   and a Canadian company, ${canadian.companyName} (realm ${canadian.realmId}): home currency CAD, multi-currency on, tax codes HST ON 13% / Zero-rated / Exempt`);

  const tokenKey = randomBytes(32);
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: dbUrl.toString(),
    KAFKA_BROKERS: ep.kafkaBrokers,
    KAFKA_GROUP_ID: process.env.KAFKA_GROUP_ID ?? 'qbo-sync-demo',
    QBO_EMULATOR_URL: emulator.url,
    QBO_TOKEN_ENCRYPTION_KEY: tokenKey.toString('base64'),
    HTTP_PORT: process.env.HTTP_PORT ?? '0',
    METRICS_PORT: process.env.METRICS_PORT ?? '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
  });

  out(`3. ${CONNECTED} turns the integration on and connects the company (the page's Enable + Connect, done directly here) ...`);
  const ds = createDataSource({ url: config.databaseUrl, poolSize: 2 });
  await ds.initialize();
  await runMigrationsLocked(ds);
  await new QboConnectionRepository(ds, new TokenCipher(tokenKey)).saveConnected(CONNECTED, company.realmId, company.companyName, {
    accessToken: company.accessToken,
    accessExpiresAt: new Date(Date.now() + 3600_000),
    refreshToken: company.refreshToken,
    refreshExpiresAt: new Date(Date.now() + 100 * 86400_000),
  });
  await ds.query(
    `INSERT INTO tenants (tenant_id, enabled, time_zone, invoices_from) VALUES ($1, true, 'America/Los_Angeles', '2026-01-01')
     ON CONFLICT (tenant_id) DO UPDATE SET enabled = true, time_zone = EXCLUDED.time_zone, invoices_from = EXCLUDED.invoices_from`,
    [CONNECTED],
  );
  await new QboConnectionRepository(ds, new TokenCipher(tokenKey)).saveConnected(CANADIAN, canadian.realmId, canadian.companyName, {
    accessToken: canadian.accessToken,
    accessExpiresAt: new Date(Date.now() + 3600_000),
    refreshToken: canadian.refreshToken,
    refreshExpiresAt: new Date(Date.now() + 100 * 86400_000),
  });
  await ds.query(
    `INSERT INTO tenants (tenant_id, enabled, time_zone, invoices_from, unmapped_item_policy) VALUES ($1, true, 'America/Toronto', '2026-01-01', 'create')
     ON CONFLICT (tenant_id) DO UPDATE SET enabled = true, time_zone = EXCLUDED.time_zone, invoices_from = EXCLUDED.invoices_from,
       unmapped_item_policy = EXCLUDED.unmapped_item_policy`,
    [CANADIAN],
  );
  out(`   ${CANADIAN} connects ${canadian.companyName} (unknown item codes: create a service item); demo_3 stays disconnected: its events are recorded, nothing is sent.`);

  const kafka = new Kafka({ clientId: 'qbo-sync-demo', brokers: config.kafka.brokers, logLevel: logLevel.NOTHING });
  const topics = config.kafka.topics;
  const kadmin = kafka.admin();
  await kadmin.connect();
  const present = new Set(await kadmin.listTopics());
  const missing = [topics.customers, topics.invoices, topics.deadLetter, topics.syncEvents].filter((t) => !present.has(t));
  if (missing.length > 0) await kadmin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic })) });
  const dlqStart = new Map((await kadmin.fetchTopicOffsets(topics.deadLetter)).map((p) => [p.partition, BigInt(p.high)]));
  const syncStart = new Map((await kadmin.fetchTopicOffsets(topics.syncEvents)).map((p) => [p.partition, BigInt(p.high)]));

  const bad = invalidSamples();
  const caCustomer = connectedCustomers(events, CANADIAN)[0];
  if (caCustomer === undefined) throw new Error(`the sample has no customer of ${CANADIAN}`);
  out(`4. Publishing ${events.length} customer and invoice events for 3 tenants, and ${bad.length} invalid ones ...`);
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  for (const kind of ['customers', 'invoices'] as const) {
    await producer.send({
      topic: topics[kind],
      acks: -1,
      messages: [
        ...events.filter((e) => e.topic === kind).map((e) => ({ key: e.key, value: JSON.stringify(e.value) })),
        ...bad.filter((x) => x.topic === kind).map((x) => ({ key: x.key, value: x.value })),
        ...(kind === 'invoices' ? canadianInvoices(caCustomer.id) : []),
      ],
    });
  }
  await producer.disconnect();

  out('5. The worker consumes them and resolves the connected tenants\' customers against QuickBooks ...');
  const worker = new Worker(config, createLogger(config.logLevel));
  await worker.start();
  const services = worker.services;
  if (services === undefined) throw new Error('the worker did not start');
  await waitUntil('the worker to consume every event', () => groupCaughtUp(kadmin, config.kafka.groupId, [topics.customers, topics.invoices]));
  await waitUntil(`every customer of ${CONNECTED} and ${CANADIAN} to be resolved`, async () => {
    const [r] = await ds.query(
      `SELECT count(*)::int n FROM customers c
         LEFT JOIN customer_links l ON l.tenant_id = c.tenant_id AND l.customer_id = c.id
        WHERE c.tenant_id = ANY($1::text[]) AND NOT c.deleted AND (l.status IS NULL OR l.status = 'pending')
          -- in the multi-currency company a customer without invoices waits for its first one (its currency)
          AND NOT (COALESCE(l.method, '') = 'awaiting-invoice' AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.tenant_id = c.tenant_id AND i.customer_id = c.id AND NOT i.voided))`,
      [[CONNECTED, CANADIAN]],
    );
    return r.n === 0;
  });

  const perTenant: Array<{ tenant_id: string; customers: number; invoices: number; voided: number }> = await ds.query(
    `SELECT t.tenant_id,
            (SELECT count(*)::int FROM customers c WHERE c.tenant_id = t.tenant_id) customers,
            (SELECT count(*)::int FROM invoices i WHERE i.tenant_id = t.tenant_id) invoices,
            (SELECT count(*)::int FROM invoices i WHERE i.tenant_id = t.tenant_id AND i.voided) voided
       FROM tenants t ORDER BY 1`,
  );
  for (const r of perTenant) out(`   recorded for ${r.tenant_id}: ${r.customers} customers, ${r.invoices} invoices (${r.voided} voided)`);
  const decisions: Array<{ customer_id: string; outcome: string; method: string; reason: string; qbo_customer_id: string | null; repairs: unknown[] }> =
    await ds.query(
      `SELECT DISTINCT ON (customer_id) customer_id, outcome, method, reason, qbo_customer_id, repairs
         FROM customer_decisions WHERE tenant_id = $1 ORDER BY customer_id, id DESC`,
      [CONNECTED],
    );
  const linked = decisions.filter((d) => d.outcome === 'link');
  const created = decisions.filter((d) => d.outcome === 'create' || d.outcome === 'ambiguous-create');
  out(`   ${CONNECTED}: ${linked.length} linked to customers QuickBooks already had (duplicates avoided), ${created.length} created`);
  for (const d of linked) out(`     linked   ${d.customer_id} → QBO ${d.qbo_customer_id} by ${d.method}: ${d.reason}`);
  const createdExample = created.find((d) => d.repairs.length > 0) ?? created[0];
  if (createdExample) out(`     created  ${createdExample.customer_id} → QBO ${createdExample.qbo_customer_id}: ${createdExample.reason}`);

  out('6. The invoice window, run now (normally it waits for 02:00 in the tenant\'s zone) ...');
  const result = await services.get(RunInvoiceWindow).run({ tenantId: CONNECTED, trigger: 'run_now', requestedBy: 'demo' });
  if (result.outcome !== 'ran') throw new Error(`the window did not run: ${result.outcome}`);
  const w = result.summary;
  out(`   window ${result.status}: ${w.pushed} created, ${w.updated} updated, ${w.voided} voided, ${w.failed} failed, ${w.waiting} waiting, in ${w.batches} batch requests`);
  for (const f of w.failures.slice(0, 3)) out(`     failed: ${JSON.stringify(f)}`);
  const qbo = services.get(QBO_CLIENT);
  const [invoiceCount, customerCount] = await withCallPurpose('operator', async () => [await qbo.count(CONNECTED, 'Invoice'), await qbo.count(CONNECTED, 'Customer')]);
  out(`   QuickBooks now holds ${invoiceCount} invoices and ${customerCount} customers for ${company.companyName}`);

  out(`7. ${CONNECTED}'s status (npm run cli -- status ${CONNECTED}; GET /api/tenants/${CONNECTED}/status):`);
  const status = await services.get(ReadTenantStatus).run(CONNECTED);
  if (status) {
    out(`   connection: ${status.connection.status} to ${status.connection.company}`);
    out(`   pending invoices: ${status.invoices.pending}; waiting: ${status.invoices.waiting.total}; failed: ${status.invoices.failed.total}`);
    for (const f of status.invoices.failed.invoices.slice(0, 3)) out(`     ${f.number ?? f.invoiceId} was not sent: ${f.reason}`);
    out(`   next window: ${status.schedule.nextWindow?.local ?? 'none'} (${status.schedule.timeZone})`);
    if (status.lastWindow) {
      const w = status.lastWindow;
      out(`   last window: ${w.status}, ${w.pushed} pushed, ${w.updated} updated, ${w.voided} voided, ${w.failed} failed, in ${w.batches} batch requests`);
    }
  }

  await showCanadian(services, canadian.realmId, emulator.url, canadian.accessToken);

  out(`9. What it dead-lettered (topic ${topics.deadLetter}):`);
  const reader = kafka.consumer({ groupId: `qbo-sync-demo-reader-${Date.now()}`, maxWaitTimeInMs: 100 });
  await reader.connect();
  await reader.subscribe({ topic: topics.deadLetter, fromBeginning: true });
  const letters: string[] = [];
  const expected = worker.consumer?.counters.deadLettered ?? 0;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 10_000);
    void reader.run({
      eachMessage: async ({ partition, message }) => {
        if (BigInt(message.offset) < (dlqStart.get(partition) ?? 0n)) return;
        const h = (k: string) => message.headers?.[k]?.toString() ?? '';
        letters.push(`   ${h('x-error-code')} at ${h('x-original-topic')}/${h('x-original-partition')}@${h('x-original-offset')}: ${h('x-error-message')}`);
        if (letters.length >= expected) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await reader.disconnect();
  for (const l of letters) out(l);

  out(`9. What it told upstream (topic ${topics.syncEvents}: each outcome written with its state change, then published):`);
  await waitUntil('the outbox to be published', async () => {
    const [r] = await ds.query(`SELECT count(*)::int n FROM sync_event_outbox WHERE published_at IS NULL`);
    return r.n === 0;
  });
  const [{ n: written }] = await ds.query(`SELECT count(*)::int n FROM sync_event_outbox`);
  const told = await readSyncEvents(kafka, topics.syncEvents, syncStart, written);
  const byType = new Map<string, number>();
  for (const e of told) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  out(`   ${told.length} events: ${[...byType.entries()].map(([t, n]) => `${n} ${t}`).join(', ')}`);
  const shown = new Set<string>();
  for (const e of told) {
    if (shown.has(e.type)) continue; // one of each type, in full
    shown.add(e.type);
    out(`   ${JSON.stringify(e)}`);
  }

  await worker.stop();
  await ds.destroy();
  await kadmin.disconnect();
  await emulator.close();
  out();
  out('Done. Postgres and Kafka keep running for the next command; stop them with: npm run services -- down');
}

/** The sync events published since `start` (per partition), parsed, until `count` are read (or 15 s pass). */
async function readSyncEvents(kafka: Kafka, topic: string, start: Map<number, bigint>, count: number): Promise<SyncEvent[]> {
  const reader = kafka.consumer({ groupId: `qbo-sync-demo-sync-reader-${Date.now()}`, maxWaitTimeInMs: 100 });
  await reader.connect();
  await reader.subscribe({ topic, fromBeginning: true });
  const events: SyncEvent[] = [];
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 15_000);
    void reader.run({
      eachMessage: async ({ partition, message }) => {
        if (BigInt(message.offset) < (start.get(partition) ?? 0n)) return;
        const value: unknown = JSON.parse(message.value?.toString() ?? 'null');
        syncEventSchema.parse(value); // what we publish is what the schema says
        events.push(value as SyncEvent);
        if (events.length >= count) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await reader.disconnect();
  return events;
}

/** Step 8: the Canadian tenant's window, and what QuickBooks holds: tax codes by line, its tax against upstream's, currencies. */
async function showCanadian(services: NonNullable<Worker['services']>, realmId: string, emulatorUrl: string, accessToken: string): Promise<void> {
  out(`8. ${CANADIAN}'s window, into the Canadian company ...`);
  const result = await services.get(RunInvoiceWindow).run({ tenantId: CANADIAN, trigger: 'run_now', requestedBy: 'demo' });
  if (result.outcome !== 'ran') throw new Error(`the window did not run: ${result.outcome}`);
  const w = result.summary;
  out(`   window ${result.status}: ${w.pushed} created, ${w.failed} failed, in ${w.batches} batch requests${w.note ? `; ${w.note}` : ''}`);
  for (const f of w.failures.slice(0, 3)) out(`     not sent: ${f.number ?? f.invoiceId}: ${f.reason}`);
  const query = async (q: string): Promise<Array<Record<string, unknown>>> => {
    const res = await fetch(`${emulatorUrl}/v3/company/${realmId}/query?query=${encodeURIComponent(q)}&minorversion=75`, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
    });
    const body = (await res.json()) as { QueryResponse?: Record<string, Array<Record<string, unknown>>> };
    return Object.values(body.QueryResponse ?? {}).find((v) => Array.isArray(v)) ?? [];
  };
  const codes = new Map((await query('select * from TaxCode')).map((c) => [String(c['Id']), String(c['Name'])]));
  const items = new Map((await query('select * from Item')).map((i) => [String(i['Id']), String(i['Name'])]));
  for (const number of ['CA-1001', 'CA-1002']) {
    const [inv] = await query(`select * from Invoice where DocNumber = '${number}'`);
    if (inv === undefined) continue;
    const lines = (inv['Line'] as Array<{ DetailType: string; Amount: number; SalesItemLineDetail?: { ItemRef: { value: string }; TaxCodeRef?: { value: string } } }>).filter(
      (l) => l.DetailType === 'SalesItemLineDetail',
    );
    const tax = (inv['TxnTaxDetail'] as { TotalTax?: number } | undefined)?.TotalTax;
    out(`   ${number}: ${(inv['CurrencyRef'] as { value: string }).value} ${String(inv['TotalAmt'])} (tax ${String(tax)}), customer ${(inv['CustomerRef'] as { name?: string }).name ?? ''}`);
    for (const l of lines) {
      const d = l.SalesItemLineDetail;
      out(`     ${l.Amount} on item "${items.get(d?.ItemRef.value ?? '') ?? '?'}", tax code ${codes.get(d?.TaxCodeRef?.value ?? '') ?? '?'}`);
    }
  }
  const status = await services.get(ReadTenantStatus).run(CANADIAN);
  const q = status?.quickbooks;
  if (q) {
    for (const d of q.differences.invoices.slice(0, 3)) out(`   ${d.number ?? d.invoiceId}: ${d.message}`);
    out(`   (the whole status: npm run cli -- status ${CANADIAN}; the company's lists: npm run cli -- items list ${CANADIAN})`);
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`demo failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
