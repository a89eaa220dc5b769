import { randomBytes } from 'node:crypto';
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
