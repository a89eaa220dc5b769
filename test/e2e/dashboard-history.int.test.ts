import { existsSync, mkdirSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { RunDueWindows } from '../../src/invoices/run-due-windows';
import { ADMIN_TOKEN, ConnectHarness, freePort, LINK_SECRET } from '../http/connect-harness';
import { runCli } from '../support/run-cli';
import { EmulatorAdmin, emulatorBaseUrl } from '../support/emulator';
import { uniqueName } from '../support/unique';
import { axeViolations, CHROMIUM, CHROMIUM_ARGS } from './dashboard-browser';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../..');
let h: ConnectHarness;
let admin: EmulatorAdmin;
let browser: Browser;
let hostPort: number;
let host: Server;
const HOST_ORIGIN = () => `http://localhost:${hostPort}`;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH`);
  hostPort = await freePort();
  h = await ConnectHarness.start({
    TENANT_PAGE_FRAME_ANCESTORS: `http://localhost:${hostPort}`,
    // QuickBooks refusing is given up on quickly within a window (the window then ends incomplete)
    INVOICE_RETRY_ATTEMPTS: '1',
    INVOICE_RETRY_BASE_DELAY_MS: '10',
    INVOICE_WINDOW_RETRY_BASE_MS: String(30 * 60_000),
    INVOICE_WINDOW_SPREAD_MS: '0', // the windows start on the hour: the test's clock says which one runs
  });
  admin = new EmulatorAdmin(emulatorBaseUrl(h.emulator));
  // The host product: a page of its own origin that frames the tenant page (?src=<link>).
  host = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Host product</title></head><body><h1>Host</h1><iframe title="QuickBooks" src="${src.replace(/"/g, '&quot;')}" width="900" height="700"></iframe></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(hostPort, '127.0.0.1', resolve));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // The harness (migrations, the worker, the emulator) and a browser: on a loaded two-core machine
  // this start has taken over the 120 s a test is given.
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
  await h?.close();
});

/** A connected, enabled tenant with `n` invoices ready for its window (02:00 UTC unless `cron`). */
async function connectedTenant(n: number, cron = '0 2 * * *'): Promise<{ tenantId: string; realmId: string }> {
  const tenantId = uniqueName('acct');
  await h.createTenant(tenantId, { enabled: true, batchCron: cron, timeZone: 'UTC', invoicesFrom: '2000-01-01' });
  const { realmId } = await h.connect(tenantId, `Company ${tenantId}`);
  await h.db.dataSource.query(`UPDATE qbo_connections SET created_at = now() - interval '3 days' WHERE tenant_id = $1`, [tenantId]);
  const seeded = await admin.seed<{ customers: Array<{ Id: string }> }>(realmId, { customers: [{ DisplayName: `Ann ${tenantId}` }] });
  const qboId = seeded.customers[0]?.Id;
  await h.db.dataSource.query(
    `INSERT INTO customers (tenant_id, id, version, display_name, last_event_id, occurred_at) VALUES ($1, 'cus_1', 1, 'Ann', $2, now())`,
    [tenantId, uniqueName('evt')],
  );
  await h.db.dataSource.query(
    `INSERT INTO customer_links (tenant_id, customer_id, qbo_customer_id, status, realm_id) VALUES ($1, 'cus_1', $2, 'linked', $3)
     ON CONFLICT (tenant_id, customer_id) DO UPDATE SET qbo_customer_id = $2, status = 'linked', realm_id = $3, updated_at = now()`,
    [tenantId, qboId, realmId],
  );
  for (let i = 0; i < n; i++) await invoice(tenantId, `inv_${i}`, `INV-${1000 + i}`, '2026-11-20');
  return { tenantId, realmId };
}

async function invoice(tenantId: string, id: string, number: string, issueDate: string): Promise<void> {
  await h.db.dataSource.query(
    `INSERT INTO invoices (tenant_id, id, version, voided, customer_id, number, issue_date, lines, memo, last_event_id, occurred_at, currency, data)
     VALUES ($1, $2, 1, false, 'cus_1', $3, $4, $5::jsonb, null, $6, now(), null, '{}'::jsonb)`,
    [tenantId, id, number, issueDate, JSON.stringify([{ description: 'Drain cleaning', quantity: '2', unitPrice: '75.00' }]), uniqueName('evt')],
  );
}

async function link(tenantId: string): Promise<string> {
  const res = await h.api('POST', `/api/tenants/${encodeURIComponent(tenantId)}/link`, {});
  if (res.status !== 200) throw new Error(`link: ${res.status} ${JSON.stringify(res.json)}`);
  return String(res.json.url);
}

async function open(tenantId: string, viewport = { width: 1000, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(await link(tenantId));
  return page;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, `test-output/${name}.png`), fullPage: true });
  if (process.env.UPDATE_SCREENSHOT === '1') {
    mkdirSync(path.join(ROOT, 'docs/images'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, `docs/images/${name}.png`), fullPage: true });
  }
}

it('history shows a window QuickBooks did not answer, its next try, and the retry that sent everything', async () => {
  // the window is due a minute ago (today, whatever the hour the test runs at): its retry comes before the next one
  const due = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000);
  const { tenantId, realmId } = await connectedTenant(7, `${due.getUTCMinutes()} ${due.getUTCHours()} * * *`);
  const scheduler = h.container.get(RunDueWindows);
  await admin.faults(realmId, { errorRate: 1, errorStatuses: [503] });
  const night = new Date(due.getTime() + 10_000);
  const first = (await scheduler.run(night)).filter((r) => r.due.tenantId === tenantId);
  expect(first.map((r) => (r.result.outcome === 'ran' ? r.result.status : r.result.outcome))).toEqual(['incomplete']);

  const page = await open(tenantId);
  const summary = page.getByTestId('history-summary');
  expect(await summary.textContent()).toMatch(/did not finish: QuickBooks did not answer; 7 invoices carried; next try at/);
  expect(await summary.locator('time').last().getAttribute('datetime')).toBe(new Date(night.getTime() + 30 * 60_000).toISOString());
  const rows = page.getByTestId('history-table').locator('tbody tr');
  expect(await rows.count()).toBe(1);
  expect(await rows.first().textContent()).toMatch(/Scheduled[\s\S]*QuickBooks did not answer; 7 invoices carried; next try at/);
  expect(await page.getByTestId('status-lines').textContent()).toMatch(/did not finish: QuickBooks did not answer; 0 invoices sent, 7 invoices carried; next try at (\d{1,2} [A-Z][a-z]+, )?\d\d:\d\d UTC/); // the date only when the try falls on another day (a run near midnight)
  await expectAccessible(page);
  await page.evaluate('document.activeElement && document.activeElement.blur()');
  await screenshot(page, 'dashboard-history');
  await page.close();

  await admin.faults(realmId, {});
  const retried = (await scheduler.run(new Date(night.getTime() + 31 * 60_000))).filter((r) => r.due.tenantId === tenantId);
  expect(retried.map((r) => [r.due.retry, r.result.outcome === 'ran' ? r.result.status : r.result.outcome])).toEqual([[1, 'finished']]);

  const after = await open(tenantId);
  expect(await after.getByTestId('history-summary').count()).toBe(0);
  const texts = await after.getByTestId('history-table').locator('tbody tr').allTextContents();
  expect(texts).toHaveLength(2);
  expect(texts[0]).toMatch(/Retry\s*7\s*0\s*Done/);
  expect(texts[1]).toMatch(/Scheduled[\s\S]*QuickBooks did not answer; 7 invoices carried; they go in the next window/);
  await expectAccessible(after);
  await after.close();
});

it('settings by time of day and days are saved as the right cron; a schedule with no day is refused, named', async () => {
  const { tenantId } = await connectedTenant(0);
  const page = await open(tenantId);
  expect(await page.getByLabel('Send time').inputValue()).toBe('02:00');
  expect(await page.getByRole('checkbox', { name: 'Sunday' }).isChecked()).toBe(true);
  expect(await page.locator('details.advanced').getAttribute('open')).toBeNull(); // the cron is under "Advanced"

  // no day at all: refused, the error named next to the days and in the summary
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) await page.getByRole('checkbox', { name: day }).uncheck();
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.waitForLoadState();
  expect(await page.locator('#error-summary').textContent()).toContain('Days needs at least one day');
  expect(await page.locator('#sendDays-error').textContent()).toContain('needs at least one day');
  await expectAccessible(page);

  await page.getByLabel('Send time').fill('18:30');
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
    const box = page.getByRole('checkbox', { name: day });
    await box.focus();
    await page.keyboard.press('Space'); // by keyboard
  }
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.waitForURL((u) => u.searchParams.get('saved') === '1');
  const [row] = (await h.db.dataSource.query(`SELECT batch_cron FROM tenants WHERE tenant_id = $1`, [tenantId])) as Array<{ batch_cron: string }>;
  expect(row?.batch_cron).toBe('30 18 * * 1-5');
  expect(await page.getByLabel('Schedule').inputValue()).toBe('30 18 * * 1-5');
  expect(await page.getByRole('checkbox', { name: 'Saturday' }).isChecked()).toBe(false);

  // the time zones are grouped by region and named by their place
  expect(await page.locator('#timeZone optgroup[label="Europe"] option[value="Europe/Paris"]').textContent()).toBe('Paris');
  await expectAccessible(page);
  await page.close();
});

it('the time zone is proposed from the browser while none was saved', async () => {
  const tenantId = uniqueName('acct');
  await h.db.dataSource.query(`INSERT INTO tenants (tenant_id) VALUES ($1)`, [tenantId]);
  const context = await browser.newContext({ timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  await page.goto(await link(tenantId));
  expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Paris');
  expect(await page.locator('#timeZone-hint').textContent()).toContain('Proposed from your browser');
  await context.close();
});

it('notices are dismissed (kept in Postgres); invoices left out by the start date are shown with how to include them', async () => {
  const { tenantId } = await connectedTenant(1);
  await invoice(tenantId, 'old_1', 'OLD-1', '1999-06-30');
  const [n] = (await h.db.dataSource.query(
    `INSERT INTO customer_link_notices (tenant_id, customer_id, kind, message) VALUES ($1, 'cus_1', 'merge-followed', 'QuickBooks customer 58 was merged into 12: Ann now follows 12.') RETURNING id`,
    [tenantId],
  )) as Array<{ id: string }>;
  const page = await open(tenantId);
  expect(await page.getByTestId('left-out-banner').textContent()).toMatch(/1 invoice is left out by the start date[\s\S]*To include it, choose an earlier date/);
  const notice = page.getByTestId(`notice-${n?.id}`);
  expect(await notice.textContent()).toContain('A QuickBooks merge was followed');
  await expectAccessible(page);
  await notice.getByRole('button', { name: /Dismiss/ }).click();
  await page.waitForURL((u) => u.searchParams.get('dismissed') === '1');
  expect(await page.getByTestId(`notice-${n?.id}`).count()).toBe(0);
  expect(await page.getByRole('status').first().textContent()).toContain('Notice dismissed.');
  const [row] = (await h.db.dataSource.query(`SELECT acknowledged_at FROM customer_link_notices WHERE id = $1`, [n?.id])) as Array<{ acknowledged_at: Date | null }>;
  expect(row?.acknowledged_at).not.toBeNull();
  await expectAccessible(page);

  // a tax difference is a notice too; its dismissal holds for that difference only
  await h.db.dataSource.query(
    `INSERT INTO invoice_sync (tenant_id, invoice_id, total_difference) VALUES ($1, 'inv_0', 'QuickBooks computed tax 12.38 where your system had 12.00')
     ON CONFLICT (tenant_id, invoice_id) DO UPDATE SET total_difference = EXCLUDED.total_difference`,
    [tenantId],
  );
  await page.goto(`${h.base}/tenants/${tenantId}`);
  const tax = page.getByTestId('notice-tax:inv_0');
  expect(await tax.textContent()).toMatch(/QuickBooks computed another tax or total[\s\S]*Invoice INV-1000: QuickBooks computed tax 12.38 where your system had 12.00\./);
  await tax.getByRole('button', { name: /Dismiss/ }).press('Enter'); // by keyboard
  await page.waitForURL((u) => u.searchParams.get('dismissed') === '1');
  expect(await page.getByTestId('notice-tax:inv_0').count()).toBe(0);
  expect(await h.db.dataSource.query(`SELECT invoice_id, message FROM tax_difference_dismissals WHERE tenant_id = $1`, [tenantId])).toEqual([
    { invoice_id: 'inv_0', message: 'QuickBooks computed tax 12.38 where your system had 12.00' },
  ]);
  await h.db.dataSource.query(`UPDATE invoice_sync SET total_difference = 'QuickBooks computed tax 12.50 where your system had 12.00' WHERE tenant_id = $1`, [tenantId]);
  await page.reload();
  expect(await page.getByTestId('notice-tax:inv_0').count()).toBe(1); // another difference shows again
  await expectAccessible(page);
  await page.close();

  // a Dismiss without the page's form token changes nothing
  const [n2] = (await h.db.dataSource.query(`INSERT INTO customer_link_notices (tenant_id, kind, message) VALUES ($1, 'company-changed', 'moved') RETURNING id`, [tenantId])) as Array<{ id: string }>;
  const res = await fetch(`${h.base}/tenants/${tenantId}/notices/${n2?.id}/dismiss`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `qbo_sync_link=${encodeURIComponent(new URL(await link(tenantId)).searchParams.get('sig') ?? '')}` },
    body: 'csrf=wrong',
  });
  expect(res.status).toBe(403);
});

it('needs-reconnect is a banner at the top with Reconnect, and the connect button says Reconnect', async () => {
  const { tenantId } = await connectedTenant(0);
  await h.db.dataSource.query(`UPDATE qbo_connections SET status = 'needs_reconnect', status_reason = 'QuickBooks refused the refresh token' WHERE tenant_id = $1`, [tenantId]);
  const page = await open(tenantId);
  const banner = page.getByTestId('reconnect-banner');
  expect(await banner.textContent()).toContain('QuickBooks must be reconnected');
  expect(await page.locator('#connect-button').textContent()).toBe('Reconnect QuickBooks');
  // the banner is the first thing under the heading
  const firstAfterH1 = await page.evaluate('document.querySelector("h1").nextElementSibling.getAttribute("data-testid")');
  expect(firstAfterH1).toBe('reconnect-banner');
  await expectAccessible(page);
  await screenshot(page, 'dashboard-reconnect');
  await banner.getByRole('button', { name: 'Reconnect' }).click();
  await page.waitForURL((u) => u.pathname === '/connect/oauth2'); // Intuit's sign-in (the emulator's)
  await page.close();
});

it('on a phone (390 px) the status is the first section', async () => {
  const { tenantId } = await connectedTenant(2);
  const page = await open(tenantId, { width: 390, height: 844 });
  const first = await page.evaluate('document.querySelector("main section").id');
  expect(first).toBe('status');
  const top = async (sel: string) => (await page.locator(sel).boundingBox())?.y ?? Infinity;
  expect(await top('#status')).toBeLessThan(await top('#settings-form'));
  expect(await top('#status')).toBeLessThan(844);
  const overflow = await page.evaluate('document.documentElement.scrollWidth > window.innerWidth');
  expect(overflow).toBe(false);
  await expectAccessible(page);
  await screenshot(page, 'dashboard-phone');
  await page.close();
});

it('embedding: the host product frames the page (CSP frame-ancestors), and revoked links are refused', async () => {
  const { tenantId } = await connectedTenant(0);
  const url = await link(tenantId);
  const res = await fetch(url, { redirect: 'manual' });
  expect(res.status).toBe(303);
  expect(res.headers.get('set-cookie')).toMatch(/SameSite=None; Secure; Partitioned/);
  const pageRes = await fetch(`${h.base}/tenants/${tenantId}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(pageRes.headers.get('content-security-policy')).toContain(`frame-ancestors ${HOST_ORIGIN()};`);
  expect(pageRes.headers.get('x-frame-options')).toBeNull();

  // in the host product's page, another site: the page loads in the frame and keeps its session
  const page = await browser.newPage();
  await page.goto(`${HOST_ORIGIN()}/?src=${encodeURIComponent(url)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('QuickBooks Online');

  // revoked: the page's cookie and the old link are refused; a new link works
  const revoked = await h.api('POST', `/api/tenants/${encodeURIComponent(tenantId)}/links/revoke`);
  expect(revoked).toEqual({ status: 200, json: { tenantId, revoked: true, generation: 1 } });
  await page.reload();
  await expect(frame.getByRole('alert').textContent()).resolves.toContain("this tenant's links were revoked");
  const direct = await browser.newPage();
  const old = await direct.goto(url);
  expect(old?.status()).toBe(401);
  expect(await direct.getByRole('alert').textContent()).toContain('revoked');
  const fresh = await direct.goto(await link(tenantId));
  expect(fresh?.status()).toBe(200);
  expect(await direct.getByRole('heading', { level: 1 }).textContent()).toContain('QuickBooks Online');
  expect((await h.api('POST', '/api/tenants/acct_nobody/links/revoke')).status).toBe(404);

  // the operator's CLI revokes too (the built CLI, its own process); its new links work
  const key = h.config.qbo.tokenEncryptionKey;
  const env = {
    DATABASE_URL: h.db.url,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    TENANT_LINK_SECRET: LINK_SECRET,
    PUBLIC_BASE_URL: h.base,
    QBO_EMULATOR_URL: emulatorBaseUrl(h.emulator),
    ...(key ? { QBO_TOKEN_ENCRYPTION_KEY: Buffer.from(key).toString('hex') } : {}),
  };
  const cli = await runCli(['revoke-tenant-links', tenantId], env);
  expect({ code: cli.code, stderr: cli.stderr }).toEqual({ code: 0, stderr: '' });
  expect(cli.stdout).toContain('link generation 2');
  expect((await direct.reload())?.status()).toBe(401); // the cookie of generation 1
  const made = await runCli(['tenant-link', tenantId], env);
  expect(made.code).toBe(0);
  expect((await direct.goto(made.stdout.trim()))?.status()).toBe(200);
  await direct.close();
  await page.close();
});
