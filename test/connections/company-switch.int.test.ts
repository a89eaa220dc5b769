import { randomBytes } from 'node:crypto';
import { QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';
import { TokenCipher } from '../../src/qbo/token-cipher';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** A tenant reconnected to another QuickBooks company forgets every QBO id of the old one. */

let db: TestDatabase;
let connections: QboConnectionRepository;
const tokens = () => ({
  accessToken: randomBytes(8).toString('hex'),
  accessExpiresAt: new Date(Date.now() + 3600_000),
  refreshToken: randomBytes(8).toString('hex'),
  refreshExpiresAt: new Date(Date.now() + 86400_000),
});

beforeAll(async () => {
  db = await createTestDatabase();
  connections = new QboConnectionRepository(db.dataSource, new TokenCipher(randomBytes(32)));
});

afterAll(async () => {
  await db.drop();
});

async function seedSyncState(tenantId: string): Promise<void> {
  const q = (sql: string, params: unknown[]) => db.dataSource.query(sql, params);
  await q(`INSERT INTO customer_links (tenant_id, customer_id, qbo_customer_id, status, resolved_version, wanted_version) VALUES ($1, 'cus_1', '58', 'linked', 3, 3)`, [tenantId]);
  await q(`INSERT INTO qbo_customer_mirror_state (tenant_id, realm_id, status) VALUES ($1, 'realm-a', 'ready')`, [tenantId]);
  await q(`INSERT INTO qbo_customer_mirror (tenant_id, qbo_id, display_name, active, match_keys) VALUES ($1, '58', 'Ann O''Neil', true, '{}')`, [tenantId]);
  await q(`INSERT INTO invoice_batches (id, tenant_id, request_id, items) VALUES ($1 || '-b1', $1, $1 || '-r1', '[]'), ($1 || '-b2', $1, $1 || '-r2', '[]')`, [tenantId]);
  await q(`UPDATE invoice_batches SET status = 'recorded' WHERE id = $1 || '-b2'`, [tenantId]);
  await q(`INSERT INTO invoice_sync (tenant_id, invoice_id, qbo_invoice_id, qbo_sync_token, qbo_customer_id, pushed_version, batch_id) VALUES ($1, 'inv_1', '130', '0', '58', 2, $1 || '-b1')`, [tenantId]);
}

async function state(tenantId: string) {
  const one = async (sql: string) => (await db.dataSource.query(sql, [tenantId]))[0];
  return {
    link: await one(`SELECT status, qbo_customer_id, resolved_version FROM customer_links WHERE tenant_id = $1`),
    mirrorRows: Number((await one(`SELECT count(*) n FROM qbo_customer_mirror WHERE tenant_id = $1`)).n),
    mirrorState: Number((await one(`SELECT count(*) n FROM qbo_customer_mirror_state WHERE tenant_id = $1`)).n),
    invoiceSync: Number((await one(`SELECT count(*) n FROM invoice_sync WHERE tenant_id = $1`)).n),
    batches: (await db.dataSource.query(`SELECT id, status FROM invoice_batches WHERE tenant_id = $1 ORDER BY id`, [tenantId])) as Array<{ id: string; status: string }>,
    notices: (await db.dataSource.query(`SELECT kind, message FROM customer_link_notices WHERE tenant_id = $1`, [tenantId])) as Array<{ kind: string; message: string }>,
  };
}

describe('reconnecting a tenant to another QuickBooks company', () => {
  it('keeps everything when the same company is reconnected', async () => {
    await connections.saveConnected('acct_same', 'realm-a', 'Acme', tokens());
    await seedSyncState('acct_same');
    await connections.saveConnected('acct_same', 'realm-a', 'Acme', tokens());
    const s = await state('acct_same');
    expect(s.link).toEqual({ status: 'linked', qbo_customer_id: '58', resolved_version: '3' });
    expect([s.mirrorRows, s.mirrorState, s.invoiceSync]).toEqual([1, 1, 1]);
    expect(s.batches.map((b) => b.status)).toEqual(['open', 'recorded']);
    expect(s.notices).toEqual([]);
  });

  it('forgets the old company: links matched again, mirror reloaded, open batches abandoned unsent, invoices afresh, tenant told', async () => {
    await connections.saveConnected('acct_moved', 'realm-a', 'Acme', tokens());
    await seedSyncState('acct_moved');
    await connections.saveConnected('acct_moved', 'realm-b', 'Acme (new books)', tokens());
    const s = await state('acct_moved');
    expect(s.link).toEqual({ status: 'pending', qbo_customer_id: null, resolved_version: null });
    expect([s.mirrorRows, s.mirrorState, s.invoiceSync]).toEqual([0, 0, 0]);
    expect(s.batches.map((b) => b.status)).toEqual(['abandoned', 'recorded']);
    expect(s.notices).toEqual([{ kind: 'company-changed', message: expect.stringContaining('from QuickBooks company realm-a to realm-b') }]);
    const [conn] = await db.dataSource.query(`SELECT realm_id, status FROM qbo_connections WHERE tenant_id = 'acct_moved'`);
    expect(conn).toEqual({ realm_id: 'realm-b', status: 'connected' });
  });
});
