import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { TenantLinkSigner } from '../../src/http/tenant-link-signer';
import { TenantWindowLock } from '../../src/invoices/tenant-window-lock';
import { Worker } from '../../src/worker';
import { ADMIN_TOKEN, CustomerHarness } from '../customers/customer-harness';
import { anInvoiceEvent, asMessage } from '../support/builders';
import { produce } from '../support/kafka';
import { waitFor } from '../support/wait-for';
import { axeViolations, CHROMIUM, CHROMIUM_ARGS } from './dashboard-browser';

/**
 * The bookkeeper's page acts (issue 14, items 1, 2, 3, 5), driven in headless Chromium against
 * the whole worker (Kafka → ingest → mirror → resolution → windows) and the QBO emulator:
 * link a held customer to a candidate, create a new customer for another, send now, see a
 * failure with the QuickBooks invoice holding its number, fix it there and Retry, find invoices
 * by number. Each state is checked with axe (0 violations); outcomes are asserted in Postgres and
 * in the emulator.
 */

const ROOT = path.resolve(__dirname, '../..');
const LINK_SECRET = 'dashboard-test-link-secret-0123456789abcdefghij';
const PHONE_LEE = { FreeFormNumber: '(415) 555-0100' };
const PHONE_PARK = { FreeFormNumber: '(212) 555-0147' };

let h: CustomerHarness;
let worker: Worker;
let browser: Browser;
let tenantId: string;
let realmId: string;
let seeded: Record<string, Array<{ Id: string }>>;
let conflictId: string;
let link: () => string;

/** QuickBooks' API of the test company, with a token of its own. */
async function qbo<T>(method: string, p: string, body?: unknown): Promise<T> {
  const token = h.emulator.state.tokens.connect(realmId, null, h.emulator.state.config).access_token;
  const res = await fetch(`${h.emulator.url.replace(/\/+$/, '')}/v3/company/${realmId}/${p}${p.includes('?') ? '&' : '?'}minorversion=75`, {
    method,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${p} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function qboInvoices(): Promise<Array<{ Id: string; DocNumber?: string; SyncToken: string; CustomerRef?: { value: string } }>> {
  const q = encodeURIComponent('SELECT * FROM Invoice MAXRESULTS 1000');
  const body = await qbo<{ QueryResponse?: { Invoice?: Array<{ Id: string; DocNumber?: string; SyncToken: string; CustomerRef?: { value: string } }> } }>('GET', `query?query=${q}`);
  return body.QueryResponse?.Invoice ?? [];
}

async function open(width = 1000): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(link());
  return page;
}

async function linkRow(customerId: string): Promise<{ status: string; qbo_customer_id: string | null; method: string | null } | undefined> {
  const rows = (await h.db.dataSource.query(`SELECT status, qbo_customer_id, method FROM customer_links WHERE tenant_id = $1 AND customer_id = $2`, [tenantId, customerId])) as Array<{
    status: string;
    qbo_customer_id: string | null;
    method: string | null;
  }>;
  return rows[0];
}

async function syncRow(invoiceId: string): Promise<Record<string, unknown> | undefined> {
  const rows = (await h.db.dataSource.query(
    `SELECT s.qbo_invoice_id, s.qbo_doc_number, s.failure_code, s.failed_version, s.conflict_qbo_invoice_id, i.sync_state
       FROM invoices i LEFT JOIN invoice_sync s ON s.tenant_id = i.tenant_id AND s.invoice_id = i.id WHERE i.tenant_id = $1 AND i.id = $2`,
    [tenantId, invoiceId],
  )) as Array<Record<string, unknown>>;
  return rows[0];
}

/**
 * The page's full screenshot in test-output/, and the part from section `from` to section `to`
 * for the README (docs/images/, refreshed only with UPDATE_SCREENSHOT=1, so a run leaves the tree clean).
 */
async function screenshot(page: Page, name: string, from: string, to: string): Promise<void> {
  await page.evaluate('document.activeElement && document.activeElement.blur()');
  mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, `test-output/${name}.png`), fullPage: true });
  if (process.env.UPDATE_SCREENSHOT === '1') {
    // In page coordinates (the page may be scrolled to an anchor): the box plus the scroll offset.
    const box = (selector: string) =>
      page.evaluate(`(function () { var r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { y: r.top + window.scrollY, height: r.height }; })()`) as Promise<{
        y: number;
        height: number;
      }>;
    const top = await box(from);
    const bottom = await box(to);
    const width = page.viewportSize()?.width ?? 1000;
    const y = Math.max(0, top.y - 12);
    mkdirSync(path.join(ROOT, 'docs/images'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, `docs/images/${name}.png`), fullPage: true, clip: { x: 0, y, width, height: bottom.y + bottom.height + 12 - y } });
  }
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH`);
  h = await CustomerHarness.start();
  worker = await h.startWorker({ TENANT_LINK_SECRET: LINK_SECRET, QBO_MAX_RETRIES: '1' });
  // Two households sharing a phone each: "S. Lee" could be Sam or Sue, "T. Park" Tom or Tina.
  const t = await h.tenant(
    {
      customers: [
        { DisplayName: 'Sam Lee', GivenName: 'Sam', FamilyName: 'Lee', PrimaryPhone: PHONE_LEE },
        {
          DisplayName: 'Sue Lee',
          GivenName: 'Sue',
          FamilyName: 'Lee',
          PrimaryPhone: PHONE_LEE,
          PrimaryEmailAddr: { Address: 'sue@lee-family.example' },
          BillAddr: { Line1: '12 Vallejo St', City: 'San Francisco', CountrySubDivisionCode: 'CA', PostalCode: '94133' },
        },
        { DisplayName: 'Tom Park', GivenName: 'Tom', FamilyName: 'Park', PrimaryPhone: PHONE_PARK },
        { DisplayName: 'Tina Park', GivenName: 'Tina', FamilyName: 'Park', PrimaryPhone: PHONE_PARK },
        { DisplayName: 'Dana Fox', GivenName: 'Dana', FamilyName: 'Fox', PrimaryEmailAddr: { Address: 'dana@fox.example' } },
      ],
    },
    'review',
  );
  tenantId = t.tenantId;
  realmId = t.realmId;
  seeded = t.seeded;
  await h.db.dataSource.query(`UPDATE tenants SET invoices_from = '2026-01-01' WHERE tenant_id = $1`, [tenantId]);
  // Someone typed invoice INV-3001 in QuickBooks by hand: the sync's INV-3001 cannot take the number.
  const dana = seeded.customers?.[4]?.Id ?? '';
  const hand = await h.admin<{ invoices: Array<{ Id: string }> }>('POST', `/_emulator/realms/${realmId}/seed`, {
    invoices: [{ CustomerRef: { value: dana }, DocNumber: 'INV-3001', Line: [{ DetailType: 'SalesItemLineDetail', Amount: 40, SalesItemLineDetail: { ItemRef: { value: '1' }, Qty: 1, UnitPrice: 40 } }] }],
  });
  conflictId = hand.invoices[0]?.Id ?? '';

  await h.send(tenantId, { id: 'c_lee', displayName: 'S.  Lee', phone: '415 555 0100' });
  await h.send(tenantId, { id: 'c_park', displayName: 'T. Park', phone: '212 555 0147' });
  await h.send(tenantId, { id: 'c_fox', displayName: 'Dana Fox', givenName: 'Dana', familyName: 'Fox', email: 'dana@fox.example' });
  await produce(h.kafka, h.settings.invoicesTopic, [
    asMessage(anInvoiceEvent({ id: 'inv_lee', customerId: 'c_lee', number: 'INV-3000', issueDate: '2026-11-20' }, { tenantId })),
    asMessage(anInvoiceEvent({ id: 'inv_dup', customerId: 'c_fox', number: 'INV-3001', issueDate: '2026-11-21' }, { tenantId })),
    asMessage(anInvoiceEvent({ id: 'inv_ok', customerId: 'c_fox', number: 'INV-3002', issueDate: '2026-11-22' }, { tenantId })),
  ]);
  expect(await h.resolved(tenantId, 'c_lee')).toMatchObject({ status: 'review' });
  expect(await h.resolved(tenantId, 'c_park')).toMatchObject({ status: 'review' });
  expect(await h.resolved(tenantId, 'c_fox')).toMatchObject({ status: 'linked' });
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM invoices WHERE tenant_id = $1`, [tenantId])) as unknown[]).length === 3, {
    description: 'the invoices recorded',
  });

  const signer = worker.services?.get(TenantLinkSigner);
  if (!signer) throw new Error('no signer bound');
  const base = `http://127.0.0.1:${worker.httpPort ?? 0}`;
  link = () => signer.link(base, tenantId, new Date(Date.now() + 3_600_000));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

it('review: a held customer is shown beside its candidates, and "This is the same customer" links it as the person’s decision', async () => {
  const page = await open(390);
  const review = page.getByTestId('review').filter({ has: page.getByRole('heading', { name: 'S. Lee' }) });
  const text = (await review.textContent()) ?? '';
  expect(text).toContain('Sam Lee');
  expect(text).toContain('Sue Lee');
  expect(text).toContain('sue@lee-family.example');
  expect(text).toContain('12 Vallejo St, San Francisco, CA 94133');
  expect(text).toContain('Open balance in QuickBooks');
  expect(text).toMatch(/Same phone.*sign they are the same customer/);
  expect(text).not.toContain('c_lee'); // names, not internal ids
  expect(await axeViolations(page)).toEqual([]);
  // 390 px: nothing wider than the screen
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  await review.screenshot({ path: path.join(ROOT, 'test-output/dashboard-review-phone.png') });

  const sue = seeded.customers?.[1]?.Id ?? '';
  // by keyboard: focus the button of Sue Lee's candidate and press Enter
  const button = review.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Sue Lee/ }) }).getByRole('button', { name: /This is the same customer/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.hash === '#reviews-notice' && u.search === '');
  expect(await page.locator('#reviews-notice').textContent()).toContain('S. Lee is now linked to the QuickBooks customer “Sue Lee”');

  expect(await linkRow('c_lee')).toMatchObject({ status: 'linked', method: 'operator', qbo_customer_id: sue });
  const decisions = (await h.db.dataSource.query(`SELECT outcome, actor FROM customer_decisions WHERE tenant_id = $1 AND customer_id = 'c_lee' ORDER BY id`, [tenantId])) as Array<{
    outcome: string;
    actor: string | null;
  }>;
  expect(decisions.at(-1)).toEqual({ outcome: 'operator-link', actor: 'bookkeeper (tenant page)' });
  const labels = (await h.db.dataSource.query(`SELECT qbo_customer_id, is_match FROM customer_labelled_pairs WHERE tenant_id = $1 AND customer_id = 'c_lee'`, [tenantId])) as Array<{
    qbo_customer_id: string;
    is_match: boolean;
  }>;
  expect(labels).toEqual(expect.arrayContaining([{ qbo_customer_id: sue, is_match: true }]));
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

it('review: "Create a new customer" creates one in QuickBooks and links it', async () => {
  const before = (await h.qboCustomers(realmId)).length;
  const page = await open();
  const review = page.getByTestId('review').filter({ has: page.getByRole('heading', { name: 'T. Park' }) });
  await screenshot(page, 'dashboard-review', '#send-now', '#reviews');
  await review.getByRole('button', { name: /Create a new customer/ }).click();
  await page.waitForURL((u) => u.hash === '#reviews-notice' && u.search === '');
  expect(await page.locator('#reviews-notice').textContent()).toContain('A new QuickBooks customer was created for T. Park');
  const row = await linkRow('c_park');
  expect(row).toMatchObject({ status: 'linked', method: 'operator-create' });
  const after = await h.qboCustomers(realmId);
  expect(after).toHaveLength(before + 1);
  expect(after.find((c) => c.Id === row?.qbo_customer_id)?.DisplayName).toBe('T. Park');
  expect(await page.getByTestId('review').count()).toBe(0);
  expect(await page.locator('#reviews').textContent()).toContain('No customer is held for review.');
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

it('send now: the pending invoices go out in one run and the page says what it did; the number taken in QuickBooks is a failure that names its holder', async () => {
  const page = await open();
  expect(await page.getByTestId('ready-count').textContent()).toContain('3 invoices are ready to send');
  await page.getByRole('button', { name: 'Send now' }).click();
  await page.waitForURL((u) => u.searchParams.has('run'));
  const windowId = new URL(page.url()).searchParams.get('run') ?? '';
  const [w] = (await h.db.dataSource.query(`SELECT trigger, requested_by FROM invoice_windows WHERE id = $1`, [windowId])) as Array<{ trigger: string; requested_by: string }>;
  expect(w).toEqual({ trigger: 'run_now', requested_by: 'bookkeeper (tenant page)' });
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM invoice_windows WHERE id = $1 AND status <> 'running'`, [windowId])) as unknown[]).length === 1, {
    description: 'the run finished',
  });
  await page.reload();
  expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('send-now-result');
  const result = (await page.getByTestId('run-result').textContent()) ?? '';
  expect(result).toMatch(/has finished: 2 invoices sent \(2 new\), 1 invoice not sent/);

  const inQbo = await qboInvoices();
  expect(inQbo.map((i) => i.DocNumber).sort()).toEqual(['INV-3000', 'INV-3001', 'INV-3002']); // 3001 is the hand-typed one
  expect(inQbo.find((i) => i.DocNumber === 'INV-3000')?.CustomerRef?.value).toBe(seeded.customers?.[1]?.Id);
  expect(await syncRow('inv_dup')).toMatchObject({ failure_code: '6140', conflict_qbo_invoice_id: conflictId, qbo_invoice_id: null });

  const failure = page.getByTestId('failure');
  expect(await failure.count()).toBe(1);
  const text = (await failure.textContent()) ?? '';
  expect(text).toContain('Invoice INV-3001');
  expect(text).toContain('Dana Fox');
  expect(text).toContain('150.00');
  expect(text).toContain('21 November 2026');
  expect(text).toContain('its number is already used by another invoice in QuickBooks');
  expect(text).toContain(`QuickBooks Id ${conflictId}`);
  expect(text).toContain('What to do');
  expect(await failure.getByRole('link', { name: /Open it in QuickBooks/ }).getAttribute('href')).toContain(`txnId=${conflictId}`);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'dashboard-failure', '#send-now', '#failures');
  await page.close();
});

it('retry: after the number is freed in QuickBooks, Retry puts the invoice back and the next run sends it', async () => {
  // The bookkeeper renumbers the hand-typed invoice in QuickBooks.
  const hand = (await qboInvoices()).find((i) => i.Id === conflictId);
  await qbo('POST', 'invoice', { Id: conflictId, SyncToken: hand?.SyncToken ?? '0', sparse: true, DocNumber: 'MANUAL-3001' });

  const page = await open();
  await page.getByTestId('failure').getByRole('button', { name: /Retry/ }).click();
  await page.waitForURL((u) => u.hash === '#failures-notice' && u.search === '');
  expect(await page.locator('#failures-notice').textContent()).toContain('Invoice INV-3001 will be sent again in the next run');
  expect(await syncRow('inv_dup')).toMatchObject({ failed_version: null, failure_code: null, sync_state: 'pending' });
  expect(await page.locator('#failures').textContent()).toContain('No invoice is held back.');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Send now' }).click();
  await page.waitForURL((u) => u.searchParams.has('run'));
  const windowId = new URL(page.url()).searchParams.get('run') ?? '';
  await waitFor(async () => ((await h.db.dataSource.query(`SELECT 1 FROM invoice_windows WHERE id = $1 AND status <> 'running'`, [windowId])) as unknown[]).length === 1, {
    description: 'the run finished',
  });
  const sent = await syncRow('inv_dup');
  expect(sent?.qbo_invoice_id).not.toBeNull();
  expect((await qboInvoices()).find((i) => i.Id === sent?.qbo_invoice_id)?.DocNumber).toBe('INV-3001');
  await page.close();
});

it('find: an invoice by its number says where it stands', async () => {
  await produce(h.kafka, h.settings.invoicesTopic, [asMessage(anInvoiceEvent({ id: 'inv_new', customerId: 'c_unknown', number: 'INV-3100', issueDate: '2026-11-23' }, { tenantId }))]);
  await waitFor(async () => (await syncRow('inv_new')) !== undefined, { description: 'the new invoice recorded' });

  const page = await open(390);
  const search = page.getByRole('searchbox', { name: 'Invoice number' });
  await search.fill('inv-3002');
  await search.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('find') === 'inv-3002');
  const found = page.getByTestId('found');
  expect(await found.count()).toBe(1);
  expect(await found.getByTestId('found-state').textContent()).toBe('Sent to QuickBooks');
  const text = (await found.textContent()) ?? '';
  expect(text).toContain('QuickBooks number');
  expect(text).toContain('INV-3002');
  expect(text).toContain('Not paid yet');
  const qboId = (await syncRow('inv_ok'))?.qbo_invoice_id as string;
  expect(await found.getByRole('link', { name: /Open invoice INV-3002 in QuickBooks/ }).getAttribute('href')).toContain(`txnId=${qboId}`);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('searchbox', { name: 'Invoice number' }).fill('INV-3100');
  await page.getByRole('button', { name: 'Find' }).click();
  await page.waitForURL((u) => u.searchParams.get('find') === 'INV-3100');
  expect(await page.getByTestId('found-state').textContent()).toBe('Waiting for its customer');
  expect(await page.getByTestId('found').textContent()).toContain('Its customer has not been received yet');

  await page.getByRole('searchbox', { name: 'Invoice number' }).fill('NOPE-1');
  await page.getByRole('button', { name: 'Find' }).click();
  await page.waitForURL((u) => u.searchParams.get('find') === 'NOPE-1');
  expect(await page.getByTestId('find-results').textContent()).toContain('No invoice numbered “NOPE-1”');
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  await page.close();
});

it('send now while a run is going on starts no second one, and says so', async () => {
  // Another replica's window (or the schedule's) holds the tenant's lock.
  const locks = new TenantWindowLock(h.db.url);
  const lock = await locks.tryAcquire(tenantId);
  if (lock === null) throw new Error('the tenant lock is taken');
  try {
    await produce(h.kafka, h.settings.invoicesTopic, [asMessage(anInvoiceEvent({ id: 'inv_ok', customerId: 'c_fox', number: 'INV-3002', issueDate: '2026-11-22', memo: 'changed' }, { tenantId, version: 2 }))]);
    await waitFor(async () => (await syncRow('inv_ok'))?.sync_state === 'pending', { description: 'the change recorded' });
    const page = await open();
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.waitForURL((u) => u.hash === '#send-now-notice' && u.search === '');
    expect(await page.getByRole('status').filter({ hasText: 'A run is already going on for this account' }).count()).toBe(1);
    // the notice has the focus: it is read out, and Tab goes on from there
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('send-now-notice');
    expect(await page.locator('#send-now-notice').textContent()).toContain('A run is already going on for this account');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  } finally {
    await lock.release();
    await locks.close();
  }
  const [n] = (await h.db.dataSource.query(`SELECT count(*)::int AS n FROM invoice_windows WHERE tenant_id = $1`, [tenantId])) as Array<{ n: number }>;
  expect(n?.n).toBe(2);
});

it('a form without its token changes nothing', async () => {
  const res = await fetch(`http://127.0.0.1:${worker.httpPort ?? 0}/tenants/${tenantId}/send-now`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `qbo_sync_link=${encodeURIComponent(new URL(link()).searchParams.get('sig') ?? '')}` },
    body: 'csrf=wrong',
    redirect: 'manual',
  });
  expect(res.status).toBe(403);
  const [n] = (await h.db.dataSource.query(`SELECT count(*)::int AS n FROM invoice_windows WHERE tenant_id = $1`, [tenantId])) as Array<{ n: number }>;
  expect(n?.n).toBe(2);
});

it('operators have the same Retry in the API: refused for an invoice that is not failed', async () => {
  const api = (invoiceId: string) =>
    fetch(`http://127.0.0.1:${worker.httpPort ?? 0}/api/tenants/${tenantId}/invoices/${invoiceId}/retry`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  const sent = await api('inv_ok');
  expect(sent.status).toBe(409);
  expect(await sent.json()).toMatchObject({ error: 'refused', message: expect.stringContaining('is not failed') });
  expect((await api('inv_nope')).status).toBe(404);
  expect(await syncRow('inv_ok')).toMatchObject({ failed_version: null });
});
