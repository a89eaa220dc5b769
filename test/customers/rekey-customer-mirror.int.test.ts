import { randomBytes } from 'crypto';
import { ApplyQboMerge } from '../../src/customers/apply-qbo-merge';
import { CustomerDecisionLog } from '../../src/customers/customer-decision-log';
import { CustomerLinkRepository } from '../../src/customers/customer-link-repository';
import { CustomerMirrorRepository } from '../../src/customers/customer-mirror-repository';
import { SyncCustomerMirror } from '../../src/customers/sync-customer-mirror';
import { RekeyCustomerMirror } from '../../src/customers/rekey-customer-mirror';
import { LINKAGE_KEYS_VERSION, linkageKeys, linkageRecord } from '../../src/domain/linkage/linkage-record';
import { createLogger } from '../../src/logger';
import { QboClient, QboCustomer } from '../../src/qbo/qbo-client';
import { QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';
import { TokenCipher } from '../../src/qbo/token-cipher';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * A mirror keyed under an older LINKAGE_KEYS_VERSION is re-keyed locally from its stored rows:
 * afterwards its match keys are exactly what the current code derives from each stored customer,
 * stale keys are gone and the version is current; other tenants are left alone, and two replicas
 * never re-key the same tenant at once.
 */

let db: TestDatabase;
let mirror: CustomerMirrorRepository;
const TENANT = 'acct_rk';
const OTHER = 'acct_rk_other';
const LOADING = 'acct_rk_loading';

const customers: QboCustomer[] = [
  { Id: '1', SyncToken: '0', DisplayName: 'A. Stanson', PrimaryEmailAddr: { Address: 'anne.stanson@example.org' } },
  { Id: '2', SyncToken: '0', DisplayName: 'K. Dunwell', PrimaryEmailAddr: { Address: 'kenneth.dunwell86@example.org' }, PrimaryPhone: { FreeFormNumber: '+44 20 7946 0018' } },
  { Id: '3', SyncToken: '0', DisplayName: 'Harbour Bakery Ltd', CompanyName: 'Harbour Bakery Ltd', BillAddr: { Line1: '12 Quay Street', City: 'Bristol', PostalCode: 'BS1 4DJ', Country: 'GB' } },
  { Id: '4', SyncToken: '0', DisplayName: 'Maria Lopez', GivenName: 'Maria', FamilyName: 'Lopez', PrimaryEmailAddr: { Address: 'maria@lopez.example' } },
  { Id: '5', SyncToken: '0', DisplayName: 'Okafor, Chidi', Active: false },
];

const rekeyer = (chunkSize = 2) => new RekeyCustomerMirror(db.dataSource, mirror, { leaseMs: 60_000, chunkSize }, createLogger('silent', 'test'));

const keyRows = async (tenantId: string): Promise<string[]> =>
  ((await db.dataSource.query(`SELECT qbo_id, key FROM qbo_customer_match_keys WHERE tenant_id = $1`, [tenantId])) as Array<{ qbo_id: string; key: string }>)
    .map((r) => `${r.qbo_id} ${r.key}`)
    .sort();

/** What the current code keys each stored customer of the tenant under. */
const expectedKeys = async (tenantId: string): Promise<string[]> => {
  const ids = ((await db.dataSource.query(`SELECT qbo_id FROM qbo_customer_mirror WHERE tenant_id = $1`, [tenantId])) as Array<{ qbo_id: string }>).map((r) => r.qbo_id);
  const stored = await mirror.getMany(tenantId, ids);
  return stored.flatMap((m) => linkageKeys(linkageRecord(m.contact)).map((k) => `${m.qboId} ${k}`)).sort();
};

const keysVersion = async (tenantId: string): Promise<number> =>
  ((await db.dataSource.query(`SELECT keys_version FROM qbo_customer_mirror_state WHERE tenant_id = $1`, [tenantId])) as Array<{ keys_version: number }>)[0]!.keys_version;

/** The keys as an older code left them: Stanson's and Dunwell's replaced by a stale key each, the version 1. */
const makeStale = async (tenantId: string): Promise<void> => {
  await db.dataSource.query(`DELETE FROM qbo_customer_match_keys WHERE tenant_id = $1 AND qbo_id IN ('1', '2')`, [tenantId]);
  await db.dataSource.query(`INSERT INTO qbo_customer_match_keys (tenant_id, key, qbo_id) VALUES ($1, 'n:a stanson', '1'), ($1, 'g:k', '2'), ($1, 'f:stale', '3')`, [tenantId]);
  await db.dataSource.query(`UPDATE qbo_customer_mirror_state SET keys_version = 1, claimed_until = NULL WHERE tenant_id = $1`, [tenantId]);
};

beforeAll(async () => {
  db = await createTestDatabase();
  mirror = new CustomerMirrorRepository(db.dataSource);
  for (const [tenantId, status] of [
    [TENANT, 'ready'],
    [OTHER, 'ready'],
    [LOADING, 'loading'],
  ] as const) {
    const realmId = `realm_${tenantId}`;
    await db.dataSource.query(`INSERT INTO qbo_connections (tenant_id, realm_id) VALUES ($1, $2)`, [tenantId, realmId]);
    await db.dataSource.query(`INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status, loaded_at) VALUES ($1, $2, $3, now())`, [tenantId, realmId, status]);
    await mirror.upsert(tenantId, realmId, customers);
  }
  // The other tenants: stale-looking keys the re-key must not touch (one already current, one still loading).
  for (const tenantId of [OTHER, LOADING]) {
    await db.dataSource.query(`INSERT INTO qbo_customer_match_keys (tenant_id, key, qbo_id) VALUES ($1, 'f:untouched', '1')`, [tenantId]);
  }
  await db.dataSource.query(`UPDATE qbo_customer_mirror_state SET keys_version = $2 WHERE tenant_id = $1`, [OTHER, LINKAGE_KEYS_VERSION]);
  await db.dataSource.query(`UPDATE qbo_customer_mirror_state SET keys_version = 1 WHERE tenant_id = $1`, [LOADING]);
});

afterAll(async () => {
  await db.drop();
});

it('re-keys a ready mirror of an older version from its stored rows, chunk by chunk; other tenants untouched', async () => {
  await makeStale(TENANT);
  // An estimate made on the old keys, not due for hours.
  await db.dataSource.query(
    `INSERT INTO customer_linkage_parameters (tenant_id, due_at) VALUES ($1, now() + interval '6 hours')
     ON CONFLICT (tenant_id) DO UPDATE SET due_at = EXCLUDED.due_at`,
    [TENANT],
  );
  const before = { other: await keyRows(OTHER), loading: await keyRows(LOADING) };
  expect(await keyRows(TENANT)).not.toEqual(await expectedKeys(TENANT));

  const outcome = await rekeyer().runOnce();

  expect(outcome).toEqual({ tenantId: TENANT, realmId: `realm_${TENANT}`, customers: customers.length, done: true });
  const keys = await keyRows(TENANT);
  expect(keys).toEqual(await expectedKeys(TENANT));
  expect(keys).not.toContain('1 n:a stanson'); // stale keys gone
  expect(keys).not.toContain('2 g:k');
  expect(keys).not.toContain('3 f:stale');
  // Today's parsing: "A. Stanson" a person with an initial; "K. Dunwell" at kenneth.dunwell86@ is Kenneth.
  expect(keys).toEqual(expect.arrayContaining(['1 f:stanson', '1 g:anne', '1 ff:stanson|a', '2 f:dunwell', '2 g:kenneth']));
  expect(await keysVersion(TENANT)).toBe(LINKAGE_KEYS_VERSION);
  // The estimate is due again, on the new keys.
  const [due] = (await db.dataSource.query(`SELECT due_at <= now() AS due FROM customer_linkage_parameters WHERE tenant_id = $1`, [TENANT])) as Array<{ due: boolean }>;
  expect(due?.due).toBe(true);

  expect(await keyRows(OTHER)).toEqual(before.other);
  expect(await keyRows(LOADING)).toEqual(before.loading);
  expect(await keysVersion(OTHER)).toBe(LINKAGE_KEYS_VERSION);
  expect(await keysVersion(LOADING)).toBe(1);

  expect(await rekeyer().runOnce()).toBeNull(); // nothing left to re-key
});

it('a tenant claimed by one replica is not re-keyed by another', async () => {
  await makeStale(TENANT);
  const first = rekeyer();
  const second = rekeyer();

  const claim = await first.claim();
  expect(claim).toEqual({ tenantId: TENANT, realmId: `realm_${TENANT}` });
  expect(await second.runOnce()).toBeNull(); // the claim holds: no other tenant is due
  expect(await keyRows(TENANT)).toContain('1 n:a stanson'); // the second did not re-key it

  expect(await first.rekey(claim!)).toMatchObject({ tenantId: TENANT, customers: customers.length, done: true });
  expect(await keyRows(TENANT)).toEqual(await expectedKeys(TENANT));
  expect(await keysVersion(TENANT)).toBe(LINKAGE_KEYS_VERSION);
});

it('two replicas run at the same time: the tenant is re-keyed once', async () => {
  await makeStale(TENANT);
  const outcomes = await Promise.all([rekeyer(1000).runOnce(), rekeyer(1000).runOnce()]);

  const ran = outcomes.filter((o) => o !== null);
  expect(ran).toEqual([{ tenantId: TENANT, realmId: `realm_${TENANT}`, customers: customers.length, done: true }]);
  expect(await keyRows(TENANT)).toEqual(await expectedKeys(TENANT));
  expect(await keysVersion(TENANT)).toBe(LINKAGE_KEYS_VERSION);
});

it('a full load records the current keys version (its keys were just written by this code)', async () => {
  const tenantId = 'acct_rk_load';
  await db.dataSource.query(`INSERT INTO qbo_connections (tenant_id, realm_id) VALUES ($1, 'realm_load')`, [tenantId]);
  await db.dataSource.query(`INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status) VALUES ($1, 'realm_load', 'loading')`, [tenantId]);
  expect(await keysVersion(tenantId)).toBe(1);
  // Only the read a full load makes (no QuickBooks here): one page of active customers.
  const qbo = {
    forEachCustomerPage: async (_tenantId: string, _conditions: unknown, onPage: (page: QboCustomer[]) => Promise<void>) => {
      const page = customers.filter((c) => c.Active !== false);
      await onPage(page);
      return page.length;
    },
  } as unknown as QboClient;
  const connections = new QboConnectionRepository(db.dataSource, new TokenCipher(randomBytes(32)));
  const merge = new ApplyQboMerge(db.dataSource, mirror, new CustomerLinkRepository(db.dataSource), new CustomerDecisionLog(db.dataSource), connections);
  await new SyncCustomerMirror(db.dataSource, qbo, mirror, merge, connections, createLogger('silent', 'test')).loadFull(tenantId, 'realm_load');

  expect(await keysVersion(tenantId)).toBe(LINKAGE_KEYS_VERSION);
  expect(await keyRows(tenantId)).toEqual(await expectedKeys(tenantId));
  expect(await rekeyer().claim()).toBeNull(); // nothing to re-key
});

it('a claimed tenant that moves to another company is dropped: nothing is keyed for the old one', async () => {
  await makeStale(TENANT);
  const r = rekeyer();
  const claim = await r.claim();
  expect(claim?.tenantId).toBe(TENANT);
  // The tenant reconnects to another company: the company-switch trigger forgets the mirror.
  await db.dataSource.query(`UPDATE qbo_connections SET realm_id = 'realm_new' WHERE tenant_id = $1`, [TENANT]);
  expect(await r.rekey(claim!)).toMatchObject({ tenantId: TENANT, customers: 0, done: false });
  expect(await db.dataSource.query(`SELECT 1 FROM qbo_customer_mirror_state WHERE tenant_id = $1`, [TENANT])).toEqual([]);
});
