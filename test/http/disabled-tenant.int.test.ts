import { Kafka } from 'kafkajs';
import { RunningEmulator } from '../../src/emulator';
import { RunInvoiceWindow } from '../../src/invoices/run-invoice-window';
import { QBO_CLIENT } from '../../src/qbo/qbo-client';
import { Worker } from '../../src/worker';
import { aCustomerEvent, anInvoiceEvent, asMessage } from '../support/builders';
import { emulatorBaseUrl, signInAtEmulator } from '../support/emulator';
import { produce, testKafka } from '../support/kafka';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { ADMIN_TOKEN, openStartLink, startConnectEmulator, startConnectWorker } from './connect-harness';

let kafka: Kafka;
let db: TestDatabase;
let emulator: RunningEmulator;
let worker: Worker;
let base: string;
let emulatorUrl: string;
const topicsHolder: { customersTopic?: string; invoicesTopic?: string } = {};

beforeAll(async () => {
  kafka = testKafka();
  db = await createTestDatabase();
  emulator = await startConnectEmulator();
  emulatorUrl = emulatorBaseUrl(emulator);
  const started = await startConnectWorker(kafka, db, emulatorUrl);
  worker = started.worker;
  base = started.base;
  Object.assign(topicsHolder, started.topics);
});

afterAll(async () => {
  await worker?.stop();
  await emulator?.close();
  await db?.drop();
});

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** The user's round trip at the emulator, by HTTP (the browser version is in test/e2e). */
async function connect(tenantId: string, companyName: string): Promise<string> {
  const started = await api('POST', `/api/tenants/${tenantId}/connect`);
  const browser = await openStartLink(String(started.json.authorizeUrl));
  const callback = await signInAtEmulator(emulatorUrl, browser.authorizeUrl, companyName);
  const res = await fetch(`${base}${callback.pathname}${callback.search}`, { redirect: 'manual', headers: { cookie: browser.cookie } });
  expect(res.status).toBe(303);
  return callback.searchParams.get('realmId') ?? '';
}

it('a disabled tenant: its events are recorded, nothing is pushed; enabling opens its windows', async () => {
  const tenantId = uniqueName('acct');
  await produce(kafka, topicsHolder.customersTopic ?? '', [asMessage(aCustomerEvent({ id: 'cus_1', displayName: 'Disabled Dora' }, { tenantId }))]);
  await produce(kafka, topicsHolder.invoicesTopic ?? '', [
    asMessage(anInvoiceEvent({ id: 'inv_1', customerId: 'cus_1', number: 'DIS-1', issueDate: '2026-11-20' }, { tenantId })),
  ]);
  await waitFor(async () => ((await db.dataSource.query(`SELECT 1 FROM invoices WHERE tenant_id = $1`, [tenantId])) as unknown[]).length === 1, {
    description: 'the events recorded',
  });
  const [tenant] = (await db.dataSource.query(`SELECT enabled FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<{ enabled: boolean }>;
  expect(tenant?.enabled).toBe(false); // a tenant starts disabled
  expect((await api('PATCH', `/api/tenants/${tenantId}`, { invoicesFrom: '2026-11-01' })).status).toBe(200);
  const realmId = await connect(tenantId, 'Disabled Co');

  const services = worker.services;
  if (!services) throw new Error('worker has no container');
  const runWindow = services.get(RunInvoiceWindow);
  const qbo = services.get(QBO_CLIENT);
  const skipped = await runWindow.run({ tenantId, trigger: 'run_now', requestedBy: 'test' });
  expect(skipped).toMatchObject({ outcome: 'ran', status: 'skipped' });
  const requests = (await (await fetch(`${emulatorUrl}/_emulator/realms/${realmId}/requests`)).json()) as Array<{ method: string; path: string }>;
  expect(requests.filter((r) => r.method === 'POST' && /\/(invoice|batch)$/.test(r.path))).toEqual([]);
  expect(await qbo.findInvoicesByDocNumber(tenantId, 'DIS-1')).toEqual([]);
  // the page says so, in words
  const page = await (await fetch(`${base}/tenants/${tenantId}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).text();
  expect(page).toContain('The sync is off: customers and invoices are recorded, but nothing is sent to QuickBooks');
  expect(page).toMatch(/The last window, [^<]*, sent nothing: the tenant is disabled/);
  expect(page).toContain('Connected to QuickBooks company “Disabled Co”');

  // turned on: the window is no longer skipped (the invoice then waits only for its customer's match)
  expect((await api('PATCH', `/api/tenants/${tenantId}`, { enabled: true })).status).toBe(200);
  const opened = await runWindow.run({ tenantId, trigger: 'run_now', requestedBy: 'test' });
  expect(opened).toMatchObject({ outcome: 'ran' });
  expect(opened.outcome === 'ran' ? opened.status : null).not.toBe('skipped');
});
