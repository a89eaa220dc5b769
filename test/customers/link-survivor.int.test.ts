import { CustomerLinkRepository } from '../../src/customers/customer-link-repository';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** A link written after its target was merged away lands on the survivor. */

let db: TestDatabase;
let links: CustomerLinkRepository;

beforeAll(async () => {
  db = await createTestDatabase();
  links = new CustomerLinkRepository(db.dataSource);
  await db.dataSource.query(`INSERT INTO qbo_connections (tenant_id, realm_id) VALUES ('acct_m', 'realm_m')`);
  await db.dataSource.query(
    `INSERT INTO qbo_customer_mirror (tenant_id, qbo_id, display_name, active, merged_into, match_keys) VALUES
       ('acct_m', '10', 'Ann (deleted)', false, '11', '{}'),
       ('acct_m', '11', 'Ann (deleted-2)', false, '12', '{}'),
       ('acct_m', '12', 'Ann O''Neil', true, NULL, '{}'),
       ('acct_m', '20', 'Bob', true, NULL, '{}')`,
  );
});

afterAll(async () => {
  await db.drop();
});

const stored = async (customerId: string) =>
  (await db.dataSource.query(`SELECT qbo_customer_id, status FROM customer_links WHERE tenant_id = 'acct_m' AND customer_id = $1`, [customerId]))[0];

describe('writing a link', () => {
  it('follows merges recorded in the mirror, through a chain, to the survivor', async () => {
    await links.settle('acct_m', 'cus_late', { status: 'linked', qboCustomerId: '10', reason: 'email', method: 'email', version: 1, realmId: 'realm_m' });
    expect(await stored('cus_late')).toEqual({ qbo_customer_id: '12', status: 'linked' });
  });

  it('keeps a target that was not merged, and an unknown one, as given', async () => {
    await links.settle('acct_m', 'cus_bob', { status: 'linked', qboCustomerId: '20', reason: 'name', method: 'name', version: 1, realmId: 'realm_m' });
    await links.settle('acct_m', 'cus_new', { status: 'linked', qboCustomerId: '99', reason: 'created', method: 'create', version: 1, realmId: 'realm_m' });
    await links.settle('acct_m', 'cus_held', { status: 'review', qboCustomerId: null, reason: 'ambiguous', method: 'score', version: 1, realmId: 'realm_m' });
    expect(await stored('cus_bob')).toEqual({ qbo_customer_id: '20', status: 'linked' });
    expect(await stored('cus_new')).toEqual({ qbo_customer_id: '99', status: 'linked' });
    expect(await stored('cus_held')).toEqual({ qbo_customer_id: null, status: 'review' });
  });
});
