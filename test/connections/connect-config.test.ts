import { ConfigError, loadConfig } from '../../src/config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', KAFKA_BROKERS: 'localhost:9092' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}

describe('connect configuration', () => {
  it('defaults to everything locked: no operator token, no links, no webhooks', () => {
    const c = loadConfig(base);
    expect(c.connect).toEqual({
      adminApiToken: null,
      tenantLinkSecret: null,
      tenantLinkTtlHours: 72,
      webhookVerifierToken: null,
      publicBaseUrl: 'http://localhost:8080',
      stateTtlSeconds: 600,
      tenantPageFrameAncestors: '', // no framing
    });
  });

  it('names the variable of a bad value', () => {
    expect(problemsOf({ ...base, ADMIN_API_TOKEN: 'short' })).toEqual([expect.stringMatching(/^ADMIN_API_TOKEN must be at least 16 characters/)]);
    expect(problemsOf({ ...base, TENANT_LINK_SECRET: 'x'.repeat(31) })).toEqual([expect.stringMatching(/^TENANT_LINK_SECRET must be at least 32/)]);
    expect(problemsOf({ ...base, PUBLIC_BASE_URL: 'sync.example.com' })).toEqual([expect.stringMatching(/^PUBLIC_BASE_URL must be an http\(s\) URL/)]);
    expect(problemsOf({ ...base, CONNECT_STATE_TTL_SECONDS: '5' })).toEqual([expect.stringMatching(/^CONNECT_STATE_TTL_SECONDS must be between/)]);
    expect(problemsOf({ ...base, TENANT_LINK_TTL_HOURS: 'a week' })).toEqual([expect.stringMatching(/^TENANT_LINK_TTL_HOURS must be an integer/)]);
    const ok = loadConfig({ ...base, ADMIN_API_TOKEN: 't'.repeat(16), PUBLIC_BASE_URL: 'https://sync.example.com/', HTTP_PORT: '9000' });
    expect(ok.connect.publicBaseUrl).toBe('https://sync.example.com');
    expect(ok.connect.adminApiToken).toBe('t'.repeat(16));
  });
});
