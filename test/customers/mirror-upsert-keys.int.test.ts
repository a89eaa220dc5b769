import { Client } from 'pg';
import { CustomerMirrorRepository } from '../../src/customers/customer-mirror-repository';
import { QboCustomer } from '../../src/qbo/qbo-client';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * A mirror upsert outside any transaction of the caller (a change read from QuickBooks, a link
 * by hand) rewrites the customer's match keys — deleted, then written again — in one
 * transaction: a candidate search running at that moment still sees the customer's keys. (It
 * was three statements: a search between the delete and the insert found no candidate, and the
 * resolver went on to create; seen as a CI failure of customer-resolution.)
 * A test-only trigger holds the key insert on an advisory lock while another connection looks.
 */

let db: TestDatabase;
const TENANT = 'acct_upsert_keys';
const REALM = 'realm_upsert_keys';
const LOCK = 7_301_001;
const customer: QboCustomer = { Id: '9', SyncToken: '0', DisplayName: 'Bethune Educational Center', BillAddr: { Line1: '843 W. 103rd Street', PostalCode: '60643' } };

beforeAll(async () => {
  db = await createTestDatabase();
  await db.dataSource.query(`INSERT INTO qbo_connections (tenant_id, realm_id) VALUES ($1, $2)`, [TENANT, REALM]);
  await db.dataSource.query(`INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status, loaded_at) VALUES ($1, $2, 'ready', now())`, [TENANT, REALM]);
  await new CustomerMirrorRepository(db.dataSource).upsert(TENANT, REALM, [customer]);
  await db.dataSource.query(`
    CREATE FUNCTION test_hold_key_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_advisory_lock(${LOCK}); PERFORM pg_advisory_unlock(${LOCK}); RETURN NULL; END $$`);
  await db.dataSource.query(`CREATE TRIGGER test_hold_key_insert BEFORE INSERT ON qbo_customer_match_keys FOR EACH STATEMENT EXECUTE FUNCTION test_hold_key_insert()`);
});

afterAll(async () => {
  await db.drop();
});

it("a concurrent search sees the customer's keys while an upsert rewrites them", async () => {
  const keysBefore = Number(((await db.dataSource.query(`SELECT count(*) AS n FROM qbo_customer_match_keys WHERE tenant_id = $1 AND qbo_id = '9'`, [TENANT])) as Array<{ n: string }>)[0]?.n);
  expect(keysBefore).toBeGreaterThan(0);
  const holder = new Client({ connectionString: db.url });
  await holder.connect();
  try {
    await holder.query(`SELECT pg_advisory_lock($1)`, [LOCK]);
    // The change read back from QuickBooks: the same customer, its address edited.
    const upsert = new CustomerMirrorRepository(db.dataSource).upsert(TENANT, REALM, [{ ...customer, SyncToken: '1', BillAddr: { Line1: '843 W 103rd St', PostalCode: '60643' } }]);
    // Wait until the upsert is held at its key insert (its keys already deleted in its statement before).
    for (let i = 0; i < 100; i++) {
      const [w] = (await holder.query(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = $1`, [LOCK])).rows as Array<{ n: string }>;
      if (Number(w?.n) > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const seen = Number(((await holder.query(`SELECT count(*) AS n FROM qbo_customer_match_keys WHERE tenant_id = $1 AND qbo_id = '9'`, [TENANT])).rows as Array<{ n: string }>)[0]?.n);
    await holder.query(`SELECT pg_advisory_unlock($1)`, [LOCK]);
    await upsert;
    expect(seen).toBe(keysBefore);
  } finally {
    await holder.end();
  }
});
