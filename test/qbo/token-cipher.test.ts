import { createCipheriv, randomBytes } from 'node:crypto';
import { TokenCipher, TokenKeyError } from '../../src/qbo/token-cipher';
import { loadConfig } from '../../src/config';

describe('TokenCipher', () => {
  const key = randomBytes(32);

  it('round-trips and uses a fresh IV per value', () => {
    const c = new TokenCipher(key);
    const a = c.encrypt('eyJhbGciOi.secret-token', 'tenant-1:access');
    const b = c.encrypt('eyJhbGciOi.secret-token', 'tenant-1:access');
    expect(a).not.toBe(b);
    expect(a).not.toContain('secret-token');
    expect(c.decrypt(a, 'tenant-1:access')).toBe('eyJhbGciOi.secret-token');
    expect(c.decrypt(b, 'tenant-1:access')).toBe('eyJhbGciOi.secret-token');
  });

  it('refuses another tenant, another key, or tampered data', () => {
    const c = new TokenCipher(key);
    const a = c.encrypt('token', 'tenant-1:refresh');
    expect(() => c.decrypt(a, 'tenant-2:refresh')).toThrow(TokenKeyError);
    expect(() => new TokenCipher(randomBytes(32)).decrypt(a, 'tenant-1:refresh')).toThrow(TokenKeyError);
    const parts = a.split('.');
    const ct = Buffer.from(parts[3] ?? '', 'base64');
    ct[0] = (ct[0] ?? 0) ^ 1;
    expect(() => c.decrypt([parts[0], parts[1], parts[2], ct.toString('base64')].join('.'), 'tenant-1:refresh')).toThrow(TokenKeyError);
  });

  it('names its key, reads values of every configured key and v1 values that name none', () => {
    const oldKey = randomBytes(32);
    const before = new TokenCipher({ currentId: 'old', keys: new Map([['old', oldKey]]) });
    const underOld = before.encrypt('refresh-1', 't:refresh');
    expect(underOld.startsWith('v2.old.')).toBe(true);
    const v1 = legacyV1(oldKey, 'refresh-0', 't:refresh');
    const rotated = new TokenCipher({ currentId: 'new', keys: new Map([['new', key], ['old', oldKey]]) });
    expect(rotated.decrypt(underOld, 't:refresh')).toBe('refresh-1');
    expect(rotated.decrypt(v1, 't:refresh')).toBe('refresh-0');
    expect(rotated.keyIdOf(v1)).toBeNull();
    expect(rotated.needsRotation(underOld)).toBe(true);
    expect(rotated.needsRotation(v1)).toBe(true);
    const fresh = rotated.encrypt('refresh-2', 't:refresh');
    expect(rotated.keyIdOf(fresh)).toBe('new');
    expect(rotated.needsRotation(fresh)).toBe(false);
    const retired = new TokenCipher({ currentId: 'new', keys: new Map([['new', key]]) });
    expect(retired.decrypt(fresh, 't:refresh')).toBe('refresh-2');
    expect(() => retired.decrypt(underOld, 't:refresh')).toThrow(/key "old", which is not configured/);
    expect(() => retired.decrypt(v1, 't:refresh')).toThrow(TokenKeyError);
  });

  it('refuses a keyring whose current id has no key', () => {
    expect(() => new TokenCipher({ currentId: 'b', keys: new Map([['a', key]]) })).toThrow(/current token key id "b"/);
  });

  it('reads retired keys from QBO_TOKEN_ENCRYPTION_OLD_KEYS', () => {
    const base = { DATABASE_URL: 'postgres://x@h/db', KAFKA_BROKERS: 'h:9092', QBO_TOKEN_ENCRYPTION_KEY: key.toString('base64') };
    const old = randomBytes(32);
    const q = loadConfig({ ...base, QBO_TOKEN_ENCRYPTION_KEY_ID: 'k2', QBO_TOKEN_ENCRYPTION_OLD_KEYS: `k1:${old.toString('hex')}` }).qbo;
    expect(q.tokenEncryptionKeyId).toBe('k2');
    expect(q.tokenEncryptionOldKeys).toEqual([{ id: 'k1', key: old }]);
    expect(() => loadConfig({ ...base, QBO_TOKEN_ENCRYPTION_OLD_KEYS: `k1:${old.toString('hex')}` })).toThrow(/must not hold the current key id/);
  });

  it('needs a 32-byte key', () => {
    expect(() => new TokenCipher(null)).toThrow(/QBO_TOKEN_ENCRYPTION_KEY/);
    expect(() => new TokenCipher(randomBytes(16))).toThrow(TokenKeyError);
  });

  it('is validated at boot by the config schema', () => {
    const base = { DATABASE_URL: 'postgres://x@h/db', KAFKA_BROKERS: 'h:9092' };
    expect(loadConfig({ ...base, QBO_TOKEN_ENCRYPTION_KEY: key.toString('base64') }).qbo.tokenEncryptionKey).toEqual(key);
    expect(loadConfig({ ...base, QBO_TOKEN_ENCRYPTION_KEY: key.toString('hex') }).qbo.tokenEncryptionKey).toEqual(key);
    expect(() => loadConfig({ ...base, QBO_TOKEN_ENCRYPTION_KEY: 'too-short' })).toThrow(/QBO_TOKEN_ENCRYPTION_KEY/);
    const emu = loadConfig({ ...base, QBO_EMULATOR_URL: 'http://localhost:4010/' }).qbo;
    expect(emu).toMatchObject({
      apiBaseUrl: 'http://localhost:4010',
      tokenUrl: 'http://localhost:4010/oauth2/v1/tokens/bearer',
      revokeUrl: 'http://localhost:4010/v2/oauth2/tokens/revoke',
      authorizeUrl: 'http://localhost:4010/connect/oauth2',
    });
    expect(loadConfig({ ...base, QBO_ENVIRONMENT: 'production' }).qbo.apiBaseUrl).toBe('https://quickbooks.api.intuit.com');
  });
});

/** A value in the first format (`v1.iv.tag.ct`, no key id), as the worker wrote before keys had ids. */
function legacyV1(key: Buffer, plaintext: string, aad: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  c.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return ['v1', iv.toString('base64'), c.getAuthTag().toString('base64'), ct.toString('base64')].join('.');
}
