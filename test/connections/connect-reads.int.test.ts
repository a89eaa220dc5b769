import { SyncCustomerMirror } from '../../src/customers/sync-customer-mirror';
import { SyncCompanyLists } from '../../src/invoices/sync-company-lists';
import { ConnectHarness } from '../http/connect-harness';
import { uniqueName } from '../support/unique';

/**
 * Issue 13, connect reads: the OAuth callback reads CompanyInfo once (the name, and the country the
 * company profile needs); the company lists loaded next reuse it. A US company of 50 customers then
 * costs, in CorePlus calls the emulator metered: CompanyInfo 1 (the callback), customers 1 page,
 * Preferences 1, accounts 1, items 1, tax codes 0 (a US company's lines carry TAX / NON).
 */
jest.setTimeout(120_000);

let h: ConnectHarness;
beforeAll(async () => {
  h = await ConnectHarness.start();
});
afterAll(async () => {
  await h?.close();
});

async function admin<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${h.emulator.url.replace(/\/+$/, '')}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The worker's reads of the company by what they read (CompanyInfo, Preferences, or the entity a query or read names). */
async function readsByEntity(realmId: string): Promise<Record<string, number>> {
  const log = await admin<Array<{ method: string; path: string; query: Record<string, string> }>>('GET', `/_emulator/realms/${realmId}/requests`);
  const counts: Record<string, number> = {};
  for (const r of log) {
    const tail = r.path.replace(/^\/v3\/company\/[^/]+\//, '');
    let entity: string | null = null;
    if (tail.startsWith('companyinfo')) entity = 'Companyinfo';
    else if (tail === 'preferences') entity = 'Preferences';
    else if (tail === 'cdc') entity = 'CDC';
    else if (tail === 'query') entity = /from\s+(\w+)/i.exec(String(r.query['query'] ?? ''))?.[1] ?? 'query';
    else if (r.method === 'GET') entity = tail.split('/')[0] ?? tail;
    if (entity === null) continue;
    const name = entity.charAt(0).toUpperCase() + entity.slice(1).toLowerCase();
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

async function corePlus(realmId: string): Promise<number> {
  const u = await admin<{ companies: Array<{ realmId: string; apps: Array<{ corePlus: number }> }> }>('GET', `/_emulator/usage?realmId=${realmId}`);
  return (u.companies.find((c) => c.realmId === realmId)?.apps ?? []).reduce((n, a) => n + a.corePlus, 0);
}

it('a connect of a US company reads CompanyInfo once (the callback), then one customers page, Preferences, accounts and items', async () => {
  const tenantId = uniqueName('connect-reads');
  await h.createTenant(tenantId);
  const { realmId } = await h.connect(tenantId, 'Reads Once Ltd');
  await admin('POST', `/_emulator/realms/${realmId}/seed`, {
    customers: Array.from({ length: 50 }, (_, i) => ({ DisplayName: `Customer ${i + 1}` })),
  });
  // The callback's read kept the country with the name.
  expect(await h.db.dataSource.query(`SELECT company_name, company_country FROM qbo_connections WHERE tenant_id = $1`, [tenantId])).toEqual([
    { company_name: 'Reads Once Ltd', company_country: 'US' },
  ]);
  expect(await readsByEntity(realmId)).toEqual({ Companyinfo: 1 });

  // What the worker's tasks do next: the customer mirror and the company lists.
  await h.container.get(SyncCustomerMirror).loadFull(tenantId, realmId);
  await h.container.get(SyncCompanyLists).loadFull(tenantId, realmId);

  expect(await readsByEntity(realmId)).toEqual({ Companyinfo: 1, Customer: 1, Preferences: 1, Account: 1, Item: 1 });
  expect(await corePlus(realmId)).toBe(5);
  // The profile was made from the callback's read.
  expect(await h.db.dataSource.query(`SELECT country, company_name FROM qbo_company_lists WHERE tenant_id = $1`, [tenantId])).toEqual([
    { country: 'US', company_name: 'Reads Once Ltd' },
  ]);
});

it('lists loaded without the callback read (a connection made before it was kept) read CompanyInfo themselves', async () => {
  const tenantId = uniqueName('connect-reads-old');
  await h.createTenant(tenantId);
  const { realmId } = await h.connect(tenantId, 'Older Connect Ltd');
  await h.db.dataSource.query(`UPDATE qbo_connections SET company_country = NULL, company_info_read_at = NULL WHERE tenant_id = $1`, [tenantId]);
  await h.container.get(SyncCompanyLists).loadFull(tenantId, realmId);
  expect(await readsByEntity(realmId)).toEqual({ Companyinfo: 2, Preferences: 1, Account: 1, Item: 1 });
});
