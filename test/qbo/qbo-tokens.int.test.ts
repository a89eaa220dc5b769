import { QboError } from '../../src/qbo/qbo-error';
import { CountingRefresher, QboHarness } from './qbo-harness';

/** Token storage, refresh, rotation across replicas and reconnects, against Postgres and the emulator. */
describe('tokens', () => {
  let h: QboHarness;

  beforeAll(async () => {
    h = await QboHarness.start();
  });

  afterAll(async () => {
    await h?.close();
  });

  /** Makes the stored access token look expired, so the next caller must refresh. */
  async function ageAccessToken(tenantId: string): Promise<void> {
    await h.db.dataSource.query(`UPDATE qbo_connections SET access_expires_at = now() - interval '1 minute' WHERE tenant_id = $1`, [tenantId]);
  }

  it('stores tokens encrypted at rest and reads them back', async () => {
    const { tenantId, realmId, refreshToken } = await h.connectTenant('Stored Co');
    const rows = (await h.db.dataSource.query(`SELECT * FROM qbo_connections WHERE tenant_id = $1`, [tenantId])) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(1);
    const row = rows[0] ?? {};
    expect(String(row.refresh_token_enc)).not.toContain(refreshToken);
    expect(String(row.refresh_token_enc)).toMatch(/^v2\.k1\./); // names its key (k1: a bare key's id)
    expect(row.status).toBe('connected');
    const conn = await h.repo.find(tenantId);
    expect(conn).toMatchObject({ tenantId, realmId, companyName: 'Stored Co', status: 'connected' });
    expect(conn?.tokens?.refreshToken).toBe(refreshToken);
    expect(await h.repo.find('no-such-tenant')).toBeNull();
  });

  it('401/3200 after the access token expired: refreshed once and retried transparently', async () => {
    const { tenantId, realmId } = await h.connectTenant('Expired Co');
    const refresher = new CountingRefresher(h.oauth());
    const client = h.client(h.tokenManager(h.repo, refresher));
    expect((await client.getCompanyInfo(tenantId)).CompanyName).toBe('Expired Co');
    const before = await h.repo.find(tenantId);
    await h.expireAccessTokens(realmId);
    expect((await client.getCompanyInfo(tenantId)).CompanyName).toBe('Expired Co');
    expect(refresher.calls).toBe(1);
    const after = await h.repo.find(tenantId);
    expect(after?.tokenVersion).toBe((before?.tokenVersion ?? 0) + 1);
    expect(after?.tokens?.refreshToken).toBe(refresher.lastIssued?.refreshToken);
    const log = await h.requests(realmId);
    const statuses = log.filter((e) => e.path.includes('/companyinfo/')).map((e) => e.status);
    expect(statuses).toEqual([200, 401, 200]);
  });

  it('two replicas racing to refresh: one refresh reaches the emulator, both end with a working token', async () => {
    const { tenantId } = await h.connectTenant('Race Co');
    await ageAccessToken(tenantId);
    const r1 = new CountingRefresher(h.oauth());
    const r2 = new CountingRefresher(h.oauth());
    const tm1 = h.tokenManager(await h.separateRepo(), r1);
    const tm2 = h.tokenManager(await h.separateRepo(), r2);
    const [g1, g2] = await Promise.all([tm1.getAccess(tenantId), tm2.getAccess(tenantId)]);
    expect(r1.calls + r2.calls).toBe(1);
    expect(g1.accessToken).toBe(g2.accessToken);
    const issued = r1.lastIssued ?? r2.lastIssued;
    const stored = await h.repo.find(tenantId);
    expect(stored?.tokens?.refreshToken).toBe(issued?.refreshToken);
    expect(stored?.tokens?.accessToken).toBe(g1.accessToken);
    // Both work against the API.
    expect((await h.client(tm1).getCompanyInfo(tenantId)).CompanyName).toBe('Race Co');
    expect((await h.client(tm2).getCompanyInfo(tenantId)).CompanyName).toBe('Race Co');
    // And the stored (newest) refresh token is the valid one: another refresh succeeds.
    await ageAccessToken(tenantId);
    await expect(h.tokenManager(h.repo, r1).getAccess(tenantId)).resolves.toMatchObject({ tenantId });
  });

  it('many concurrent callers in one process share one refresh', async () => {
    const { tenantId } = await h.connectTenant('Crowd Co');
    await ageAccessToken(tenantId);
    const r = new CountingRefresher(h.oauth());
    const tm = h.tokenManager(h.repo, r);
    const grants = await Promise.all(Array.from({ length: 8 }, () => tm.getAccess(tenantId)));
    expect(r.calls).toBe(1);
    expect(new Set(grants.map((g) => g.accessToken)).size).toBe(1);
  });

  it('invalid_grant marks the connection needs_reconnect and throws kind reconnect; later calls wait without calling QBO', async () => {
    const { tenantId, realmId } = await h.connectTenant('Revoked Co');
    // An old (already rotated) refresh token gets invalid_grant.
    const tm = h.tokenManager();
    await ageAccessToken(tenantId);
    const old = (await h.repo.find(tenantId))?.tokens;
    await tm.getAccess(tenantId); // rotates
    await h.repo.withLock(tenantId, 5000, async (_c, tx) => {
      if (old) await tx.saveTokens({ ...old, accessExpiresAt: new Date(Date.now() - 60_000) });
    });
    const client = h.client(h.tokenManager());
    const err = await client.getCompanyInfo(tenantId).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QboError);
    expect(err).toMatchObject({ kind: 'reconnect', code: 'invalid_grant', retriable: false });
    const conn = await h.repo.find(tenantId);
    expect(conn?.status).toBe('needs_reconnect');
    expect(conn?.statusReason).toMatch(/invalid_grant/);
    const before = (await h.requests(realmId)).length;
    await expect(client.getCompanyInfo(tenantId)).rejects.toMatchObject({ kind: 'reconnect', code: 'NEEDS_RECONNECT' });
    expect((await h.requests(realmId)).length).toBe(before);
  });

  it('an unknown tenant is a reconnect error', async () => {
    await expect(h.tokenManager().getAccess('nobody')).rejects.toMatchObject({ kind: 'reconnect', code: 'NOT_CONNECTED' });
  });
});
