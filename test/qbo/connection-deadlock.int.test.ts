import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { OAuthTokens, QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';
import { TokenCipher } from '../../src/qbo/token-cipher';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * A reconnect (saveConnected) whose row's trigger touches the tenant's change cursor, while
 * another transaction holds the cursor and then asks for the connection row, as a worker's
 * round can: Postgres undoes one of the two as a deadlock's victim. The connect is retried and
 * lands; without the retry it failed ("deadlock detected", seen in CI with two workers running
 * during a company switch).
 */
jest.setTimeout(30_000);

describe('a reconnect chosen as a deadlock victim', () => {
  let db: TestDatabase;
  const tokens: OAuthTokens = { accessToken: 'access', accessExpiresAt: new Date(Date.now() + 3_600_000), refreshToken: 'refresh', refreshExpiresAt: new Date(Date.now() + 86_400_000) };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('is retried and lands', async () => {
    const repo = new QboConnectionRepository(db.dataSource, new TokenCipher({ currentId: 'k', keys: new Map([['k', randomBytes(32)]]) }));
    await repo.saveConnected('tenant-d', 'realm-1', null, tokens);
    await db.dataSource.query(`UPDATE qbo_connections SET status = 'disconnected' WHERE tenant_id = 'tenant-d'`);
    await db.dataSource.query(`INSERT INTO qbo_change_cursor (tenant_id, realm_id, cdc_since, last_read_at, next_read_at) VALUES ('tenant-d', 'realm-1', now(), now(), now() + interval '1 hour')`);

    const other = new Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`UPDATE qbo_change_cursor SET updated_at = now() WHERE tenant_id = 'tenant-d'`);
      // The reconnect takes the connection row, then waits for the cursor (its trigger)...
      const reconnect = repo.saveConnected('tenant-d', 'realm-2', 'Other Company', tokens);
      await new Promise((resolve) => setTimeout(resolve, 200));
      // ...while the other transaction, holding the cursor, asks for the connection row: a cycle.
      const blocked = other.query(`UPDATE qbo_connections SET updated_at = now() WHERE tenant_id = 'tenant-d'`);
      // The reconnect waited first, so it finds the cycle and is undone; the other transaction then
      // gets the row and commits, and the retried reconnect lands after it.
      await blocked;
      await other.query('COMMIT');
      await reconnect;
    } finally {
      await other.end();
    }
    const rows = (await db.dataSource.query(`SELECT realm_id, status, company_name FROM qbo_connections WHERE tenant_id = 'tenant-d'`)) as Array<{ realm_id: string; status: string; company_name: string }>;
    expect(rows).toEqual([{ realm_id: 'realm-2', status: 'connected', company_name: 'Other Company' }]);
  });
});
