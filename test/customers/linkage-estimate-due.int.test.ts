import { CustomerMirrorRepository } from '../../src/customers/customer-mirror-repository';
import { EstimateLinkageParameters } from '../../src/customers/estimate-linkage-parameters';
import { LinkageCandidateSearch } from '../../src/customers/linkage-candidate-search';
import { createLogger } from '../../src/logger';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * A tenant's linkage parameters are re-estimated after `everyDecisions` new decisions, not
 * only on the timer: an initial sync's burst learns its P(exists) from its own decisions.
 */

let db: TestDatabase;
let estimate: EstimateLinkageParameters;
const EVERY = 5;

beforeAll(async () => {
  db = await createTestDatabase();
  const mirror = new CustomerMirrorRepository(db.dataSource);
  const search = new LinkageCandidateSearch(db.dataSource, mirror);
  estimate = new EstimateLinkageParameters(db.dataSource, search, mirror, { intervalMs: 3_600_000, everyDecisions: EVERY, leaseMs: 60_000, mirrorSample: 100, recentIncoming: 100 }, createLogger('silent', 'test'));
  await db.dataSource.query(`INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status, loaded_at) VALUES ('acct_e', 'realm_e', 'ready', now() - interval '1 hour')`);
});

afterAll(async () => {
  await db.drop();
});

const decide = async (n: number, tenantId = 'acct_e') => {
  for (let i = 0; i < n; i++) {
    await db.dataSource.query(`INSERT INTO customer_decisions (tenant_id, customer_id, outcome, method, reason) VALUES ($1, $2, 'create', 'none', 'no candidate')`, [tenantId, `c${Math.random()}`]);
  }
};
const row = async () =>
  (await db.dataSource.query(`SELECT estimated_at, decision_watermark::text AS mark FROM customer_linkage_parameters WHERE tenant_id = 'acct_e'`))[0] as { estimated_at: Date | null; mark: string };

it('estimates once when first due, then again only after everyDecisions new decisions of the tenant', async () => {
  await estimate.runDue(10); // a round registers the ready tenant
  expect(await estimate.runDue(10)).toBe(1); // none yet: due
  const first = await row();
  expect(first.estimated_at).not.toBeNull();
  expect(await estimate.runDue(10)).toBe(0); // the timer is an hour away, no decisions

  await decide(EVERY - 1);
  await decide(EVERY * 3, 'acct_other'); // another tenant's decisions do not count
  expect(await estimate.runDue(10)).toBe(0);

  await decide(1);
  expect(await estimate.runDue(10)).toBe(1);
  const second = await row();
  const [newest] = (await db.dataSource.query(`SELECT max(id)::text AS max FROM customer_decisions WHERE tenant_id = 'acct_e'`)) as Array<{ max: string }>;
  expect(second.mark).toBe(newest?.max); // the decisions seen are not counted again
  expect(await estimate.runDue(10)).toBe(0);
});

it('after the first round, a mirror reloaded since is due again (found by its loaded_at, not by looking at every tenant)', async () => {
  await db.dataSource.query(`INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status, loaded_at) VALUES ('acct_r', 'realm_r', 'ready', now())`); // a load just finished
  await estimate.runDue(10); // registers acct_r
  expect(await estimate.runDue(10)).toBe(1); // never estimated: due
  expect(await estimate.runDue(10)).toBe(0);
  await db.dataSource.query(`UPDATE qbo_customer_mirror_state SET loaded_at = now() WHERE tenant_id = 'acct_r'`);
  expect(await estimate.runDue(10)).toBe(1);
  expect(await estimate.runDue(10)).toBe(0);
  // Many decisions of a tenant, then many rounds: each counted once.
  await decide(EVERY, 'acct_r');
  expect(await estimate.runDue(10)).toBe(1);
  expect(await estimate.runDue(10)).toBe(0);
});

it("keeps the levels of random pairs of the tenant's customers with its estimate: a partial agreement common by chance there weighs less", async () => {
  const { withCurrentDefaults, DEFAULT_LINKAGE_PARAMETERS } = await import('../../src/domain/linkage/linkage-parameters');
  const mirror = new CustomerMirrorRepository(db.dataSource);
  await db.dataSource.query(`INSERT INTO qbo_connections (tenant_id, realm_id) VALUES ('acct_u', 'realm_u') ON CONFLICT (tenant_id) DO NOTHING`);
  // A company whose customers' phones all run in one short range (555-0100 to 555-0139).
  const customers = Array.from({ length: 80 }, (_, i) => ({
    Id: String(i + 1),
    SyncToken: '0',
    DisplayName: `Customer ${['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Gum', 'Hazel'][i % 8]} ${i}`,
    PrimaryPhone: { FreeFormNumber: `(602) 555-01${String(i % 40).padStart(2, '0')}` },
    Active: true,
  }));
  await mirror.upsert('acct_u', 'realm_u', customers);
  const e = await estimate.estimate('acct_u', []);
  await estimate.store('acct_u', e);
  const [stored] = (await db.dataSource.query(`SELECT parameters FROM customer_linkage_parameters WHERE tenant_id = 'acct_u'`)) as Array<{ parameters: { randomPairs: { phone?: { typo?: number } } } }>;
  expect(stored?.parameters.randomPairs.phone?.typo ?? 0).toBeGreaterThan(50);
  const typo = withCurrentDefaults(stored?.parameters as never).fields.phone.typo;
  const d = DEFAULT_LINKAGE_PARAMETERS.fields.phone.typo;
  expect(Math.log2((typo?.m ?? 0) / (typo?.u ?? 1))).toBeLessThan(Math.log2((d?.m ?? 0) / (d?.u ?? 1)) - 1);
});

it("counts a postcode area's customers only in a mirror keyed at the current keys version", async () => {
  const { linkageRecord } = await import('../../src/domain/linkage/linkage-record');
  const mirror = new CustomerMirrorRepository(db.dataSource);
  const search = new LinkageCandidateSearch(db.dataSource, mirror);
  await db.dataSource.query(`INSERT INTO qbo_connections (tenant_id, realm_id) VALUES ('acct_z', 'realm_z'), ('acct_y', 'realm_y') ON CONFLICT (tenant_id) DO NOTHING`);
  // Twelve customers in Sugarcreek's area (446), three of them Stutzmans.
  const customers = Array.from({ length: 12 }, (_, i) => ({
    Id: String(i + 1),
    SyncToken: '0',
    DisplayName: i < 3 ? `${['Ervin', 'Jonas', 'Eli'][i]} Stutzman` : `Customer ${i}`,
    GivenName: i < 3 ? ['Ervin', 'Jonas', 'Eli'][i] : undefined,
    FamilyName: i < 3 ? 'Stutzman' : undefined,
    BillAddr: { Line1: `${100 + i} County Road 70`, City: 'Sugarcreek', CountrySubDivisionCode: 'OH', PostalCode: '44681' },
    Active: true,
  }));
  for (const [tenant, realm, version] of [['acct_z', 'realm_z', 'current'], ['acct_y', 'realm_y', 'older']] as const) {
    await mirror.upsert(tenant, realm, customers);
    await db.dataSource.query(
      `INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status, loaded_at, keys_version) VALUES ($1, $2, 'ready', now(), $3)`,
      [tenant, realm, version === 'current' ? (await import('../../src/domain/linkage/linkage-record')).LINKAGE_KEYS_VERSION : 1],
    );
  }
  const incoming = linkageRecord({ displayName: 'Ervin Stutzman', givenName: 'Ervin', familyName: 'Stutzman', address: { line1: '4806 CR 511', city: 'Sugarcreek', postalCode: '44681', country: 'US' } });
  const keyed = await search.find('acct_z', incoming);
  expect(keyed.frequencies.counts.get('za:446')).toBe(12);
  expect(keyed.frequencies.counts.get('fz:stutzman|446')).toBe(3);
  expect(keyed.frequencies.countCap).toBeGreaterThan(0);
  const older = await search.find('acct_y', incoming);
  expect(older.frequencies.counts.has('za:446')).toBe(false);
  expect(older.frequencies.counts.get('fz:stutzman|446')).toBe(3);
});
