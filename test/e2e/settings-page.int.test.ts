import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kafka } from 'kafkajs';
import { Browser, chromium } from 'playwright-core';
import { RunningEmulator } from '../../src/emulator';
import { TenantLinkSigner } from '../../src/http/tenant-link-signer';
import { Worker } from '../../src/worker';
import { startConnectEmulator, startConnectWorker } from '../http/connect-harness';
import { aCustomerEvent, anInvoiceEvent, asMessage } from '../support/builders';
import { emulatorBaseUrl } from '../support/emulator';
import { produce, testKafka } from '../support/kafka';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';
import { waitFor } from '../support/wait-for';
import { CHROMIUM, CHROMIUM_ARGS } from './dashboard-browser';

const ROOT = path.resolve(__dirname, '../..');

let kafka: Kafka;
let db: TestDatabase;
let emulator: RunningEmulator;
let worker: Worker;
let browser: Browser;
let base: string;
const tenantId = uniqueName('acct');

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH`);
  kafka = testKafka();
  db = await createTestDatabase();
  emulator = await startConnectEmulator();
  const started = await startConnectWorker(kafka, db, emulatorBaseUrl(emulator));
  worker = started.worker;
  base = started.base;
  const topics = started.topics;
  // the tenant exists because the worker has seen its events (ingest registers it)
  await produce(kafka, topics.customersTopic, [asMessage(aCustomerEvent({ id: 'cus_1' }, { tenantId }))]);
  await produce(kafka, topics.invoicesTopic, [asMessage(anInvoiceEvent({ id: 'inv_1', customerId: 'cus_1', number: 'INV-1042' }, { tenantId }))]);
  await waitFor(async () => {
    const rows = (await db.dataSource.query(`SELECT 1 FROM invoices WHERE tenant_id = $1`, [tenantId])) as unknown[];
    return rows.length === 1;
  }, { description: 'the events recorded' });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  await emulator?.close();
  await db?.drop();
});

it('a bookkeeper turns the sync on, connects QuickBooks through Intuit’s sign-in, and submits', async () => {
  const signer = worker.services?.get(TenantLinkSigner);
  if (!signer) throw new Error('no signer bound');
  const link = signer.link(base, tenantId, new Date(Date.now() + 3_600_000));
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });

  await page.goto(link);
  expect(new URL(page.url()).search).toBe(''); // the signature moved into a cookie
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('QuickBooks Online');
  expect(await page.getByTestId('connection-state').textContent()).toContain('No QuickBooks company is connected yet');

  // the Enable switch, by keyboard: focus it and press Space
  const toggle = page.getByRole('switch', { name: /Enable QuickBooks sync/ });
  expect(await toggle.isChecked()).toBe(false);
  await toggle.focus();
  await page.keyboard.press('Space');
  expect(await toggle.isChecked()).toBe(true);
  await page.getByLabel('Time zone').selectOption('America/Los_Angeles');

  // Connect → the emulator's sign-in page (Intuit's, in production)
  await page.getByRole('button', { name: /Connect to QuickBooks/ }).click();
  await page.waitForURL((u) => u.pathname === '/connect/oauth2');
  await page.getByLabel('Email or user ID').fill('bookkeeper@example.com');
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByLabel(/New company name/).fill('Ann’s Plumbing LLC');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();

  // back on the settings page: the company is shown, the unsaved choices kept for Submit
  await page.waitForURL((u) => u.pathname === `/tenants/${tenantId}` && u.searchParams.has('connected'));
  expect(await page.getByTestId('connection-state').textContent()).toContain('Connected to QuickBooks company “Ann’s Plumbing LLC”');
  expect(await page.getByRole('status').first().textContent()).toContain('click Submit to save');
  expect(await toggle.isChecked()).toBe(true);
  expect(await page.getByLabel('Time zone').inputValue()).toBe('America/Los_Angeles');
  const [before] = (await db.dataSource.query(`SELECT enabled FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<{ enabled: boolean }>;
  expect(before?.enabled).toBe(false); // not saved until Submit

  await page.getByRole('button', { name: 'Submit' }).click();
  await page.waitForURL((u) => u.searchParams.get('saved') === '1');
  expect(await page.getByRole('status').first().textContent()).toContain('Settings saved.');
  expect(await page.getByTestId('connection-state').textContent()).toContain('“Ann’s Plumbing LLC”');
  const statusText = (await page.getByTestId('status-lines').textContent()) ?? '';
  expect(statusText).toMatch(/at 02:00 Pacific Time/);
  expect(await toggle.isChecked()).toBe(true);

  const [saved] = (await db.dataSource.query(`SELECT enabled, time_zone FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<{ enabled: boolean; time_zone: string }>;
  expect(saved).toEqual({ enabled: true, time_zone: 'America/Los_Angeles' });
  const [conn] = (await db.dataSource.query(`SELECT status, company_name FROM qbo_connections WHERE tenant_id = $1`, [tenantId])) as Array<Record<string, unknown>>;
  expect(conn).toEqual({ status: 'connected', company_name: 'Ann’s Plumbing LLC' });

  // keyboard users see where they are: the focused control has a visible outline
  await page.getByRole('button', { name: 'Submit' }).focus();
  await page.keyboard.press('Shift+Tab');
  const outline = await page.evaluate('document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : "none"');
  expect(outline).not.toBe('none');

  await page.evaluate('document.activeElement && document.activeElement.blur()');
  mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
  mkdirSync(path.join(ROOT, 'docs/images'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'test-output/settings-page.png'), fullPage: true });
  // The README's picture is refreshed on demand only, so a test run leaves the tree clean.
  if (process.env.UPDATE_SCREENSHOT === '1') {
    await page.screenshot({ path: path.join(ROOT, 'docs/images/settings-page.png'), fullPage: true });
  }
  await page.close();
});

it('shows bad settings next to their fields, keeps what was typed, and saves nothing', async () => {
  const signer = worker.services?.get(TenantLinkSigner);
  if (!signer) throw new Error('no signer bound');
  // The company's lists are read in the background after the connect; the page offers items by name once they are.
  await waitFor(async () => {
    const rows = (await db.dataSource.query(`SELECT 1 FROM qbo_company_lists WHERE tenant_id = $1 AND status = 'ready'`, [tenantId])) as unknown[];
    return rows.length === 1;
  }, { description: "the company's lists read after the connect" });
  const page = await browser.newPage();
  await page.goto(signer.link(base, tenantId, new Date(Date.now() + 3_600_000)));
  await page.getByText('Advanced: the schedule as a cron expression').click(); // the raw cron is kept under "Advanced"
  await page.getByLabel('Schedule').fill('0 26 * * *');
  // The default item is picked by name from the company's items (nobody types an Id).
  expect(await page.getByLabel('Default item for invoice lines').locator('option').allTextContents()).toEqual(expect.arrayContaining(['Services']));
  await page.getByLabel('Default item for invoice lines').selectOption({ label: 'Services' });
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.waitForLoadState();
  const summary = page.locator('#error-summary');
  expect(await summary.textContent()).toContain('The settings were not saved');
  expect(await page.evaluate('document.activeElement ? document.activeElement.id : null')).toBe('error-summary');
  expect(await page.getByLabel('Schedule').getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByLabel('Schedule').inputValue()).toBe('0 26 * * *');
  expect(await page.getByLabel('Default item for invoice lines').inputValue()).toBe('1');
  const [row] = (await db.dataSource.query(`SELECT batch_cron, default_item_id FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<Record<string, unknown>>;
  expect(row).toEqual({ batch_cron: '0 2 * * *', default_item_id: null });
  await page.close();
});

it('Enter in a settings field saves the settings; it never starts Connect / Reconnect', async () => {
  const signer = worker.services?.get(TenantLinkSigner);
  if (!signer) throw new Error('no signer bound');
  const page = await browser.newPage();
  await page.goto(signer.link(base, tenantId, new Date(Date.now() + 3_600_000)));
  expect(await page.getByTestId('connection-state').textContent()).toContain('Connected to QuickBooks company'); // Enter would reconnect
  const [states] = (await db.dataSource.query(`SELECT count(*)::int AS n FROM connect_oauth_states WHERE tenant_id = $1`, [tenantId])) as Array<{ n: number }>;

  await page.getByText('Advanced: the schedule as a cron expression').click();
  await page.getByLabel('Schedule').fill('15 3 * * *');
  await page.getByLabel('Schedule').press('Enter');
  // wherever Enter leads: back here saved, or to the sign-in page (the defect)
  await page.waitForURL((u) => u.searchParams.get('saved') === '1' || u.pathname === '/connect/oauth2');
  expect(new URL(page.url()).pathname).toBe(`/tenants/${tenantId}`);
  expect(await page.getByRole('status').first().textContent()).toContain('Settings saved.');
  await page.getByLabel('Default item for invoice lines').selectOption({ label: 'Services' });
  await page.getByLabel('Send time').press('Enter');
  await page.waitForURL((u) => u.searchParams.get('saved') === '1' || u.pathname === '/connect/oauth2');

  const [row] = (await db.dataSource.query(`SELECT batch_cron, default_item_id FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<Record<string, unknown>>;
  expect(row).toEqual({ batch_cron: '15 3 * * *', default_item_id: '1' });
  const [after] = (await db.dataSource.query(`SELECT count(*)::int AS n FROM connect_oauth_states WHERE tenant_id = $1`, [tenantId])) as Array<{ n: number }>;
  expect(after?.n).toBe(states?.n); // no Connect round trip was started
  await page.close();
});
