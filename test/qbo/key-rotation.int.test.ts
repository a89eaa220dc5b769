import { createCipheriv, randomBytes } from 'node:crypto';
import { createLogger } from '../../src/logger';
import { OAuthTokens, QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';
import { RotateTokenKey } from '../../src/qbo/rotate-token-key';
import { TokenCipher, TokenKeyError, TokenKeyring } from '../../src/qbo/token-cipher';
import { runCli } from '../support/run-cli';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * Key rotation against Postgres: tokens under a retired key (named, and the first unnamed v1
 * format) are re-encrypted by `qbo-sync rotate-key`, after which a keyring without the retired
 * key reads every token, and the same keyring could not before.
 */
describe('token key rotation', () => {
  let db: TestDatabase;
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const ring = (entries: Array<[string, Buffer]>, currentId: string): TokenKeyring => ({ currentId, keys: new Map(entries) });
  const repoWith = (r: TokenKeyring) => new QboConnectionRepository(db.dataSource, new TokenCipher(r));
  const tokens = (n: number): OAuthTokens => ({
    accessToken: `access-${n}`,
    accessExpiresAt: new Date(Date.now() + 3_600_000),
    refreshToken: `refresh-${n}`,
    refreshExpiresAt: new Date(Date.now() + 86_400_000),
  });

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('re-encrypts every token so that the retired key is no longer needed', async () => {
    const before = repoWith(ring([['k1', oldKey]], 'k1'));
    for (const n of [1, 2, 3]) await before.saveConnected(`tenant-${n}`, `realm-${n}`, `Company ${n}`, tokens(n));
    // tenant-3's tokens in the first format, which named no key (written before keys had ids).
    await db.dataSource.query(`UPDATE qbo_connections SET access_token_enc = $2, refresh_token_enc = $3 WHERE tenant_id = $1`, [
      'tenant-3',
      legacyV1(oldKey, 'access-3', 'tenant-3:access'),
      legacyV1(oldKey, 'refresh-3', 'tenant-3:refresh'),
    ]);
    await before.saveConnected('tenant-4', 'realm-4', null, tokens(4));
    await before.markDisconnected('tenant-4', 'revoked');

    const withoutOld = repoWith(ring([['k2', newKey]], 'k2'));
    await expect(withoutOld.find('tenant-1')).rejects.toThrow(TokenKeyError);
    await expect(withoutOld.find('tenant-3')).rejects.toThrow(TokenKeyError);

    // Rolled out with the new key current and the old one retired but readable: rotate.
    const rotating = repoWith(ring([['k2', newKey], ['k1', oldKey]], 'k2'));
    expect((await rotating.find('tenant-3'))?.tokens?.refreshToken).toBe('refresh-3');
    const versionsBefore = await tokenVersions();
    const env = {
      DATABASE_URL: db.url,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      QBO_TOKEN_ENCRYPTION_KEY: newKey.toString('base64'),
      QBO_TOKEN_ENCRYPTION_KEY_ID: 'k2',
      QBO_TOKEN_ENCRYPTION_OLD_KEYS: `k1:${oldKey.toString('base64')}`,
    };
    const check = await runCli(['rotate-key', '--check'], env);
    expect(check.stdout).toContain('stored tokens by key: k1=4, unnamed=2');
    const run = await runCli(['rotate-key'], env);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('token key rotation done'); // the audit line, on stderr with the other logs
    expect(run.stdout).toContain('tenants examined: 3; re-encrypted: 3; failed: 0');
    expect(run.stdout).toContain('stored tokens by key now: k2=6');
    // Only the ciphertexts changed: not the tokens, nor their version (no replica sees a refresh).
    expect(await tokenVersions()).toEqual(versionsBefore);

    // The retired key is gone from the keyring: every token still reads.
    for (const n of [1, 2, 3]) {
      const c = await withoutOld.find(`tenant-${n}`);
      expect(c?.tokens).toMatchObject({ accessToken: `access-${n}`, refreshToken: `refresh-${n}` });
    }
    expect((await withoutOld.find('tenant-4'))?.tokens).toBeNull();

    // A second run has nothing to do.
    const again = await new RotateTokenKey(withoutOld, new TokenCipher(ring([['k2', newKey]], 'k2')), { refreshMarginMs: 0, lockTimeoutMs: 5000 }, createLogger('silent')).run();
    expect(again).toMatchObject({ examined: 3, rewritten: 0, failed: [], tokensByKey: { k2: 6 } });
  });

  it('reports tenants whose key is missing and leaves them as they were', async () => {
    const lost = randomBytes(32);
    await repoWith(ring([['lost', lost]], 'lost')).saveConnected('tenant-lost', 'realm-x', null, tokens(9));
    const r = await new RotateTokenKey(repoWith(ring([['k2', newKey]], 'k2')), new TokenCipher(ring([['k2', newKey]], 'k2')), { refreshMarginMs: 0, lockTimeoutMs: 5000 }, createLogger('silent')).run();
    expect(r.failed).toEqual([{ tenantId: 'tenant-lost', reason: expect.stringContaining('key "lost", which is not configured') }]);
    expect(r.tokensByKey).toMatchObject({ lost: 2 });
    expect((await repoWith(ring([['lost', lost]], 'lost')).find('tenant-lost'))?.tokens?.accessToken).toBe('access-9');
  });

  async function tokenVersions(): Promise<Array<{ tenant_id: string; token_version: string }>> {
    return (await db.dataSource.query(`SELECT tenant_id, token_version FROM qbo_connections ORDER BY tenant_id`)) as Array<{ tenant_id: string; token_version: string }>;
  }
});

function legacyV1(key: Buffer, plaintext: string, aad: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  c.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return ['v1', iv.toString('base64'), c.getAuthTag().toString('base64'), ct.toString('base64')].join('.');
}
