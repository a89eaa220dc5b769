import { ConfigError, loadConfig } from '../../src/config';

/** A complete production environment: real app keys, public URLs, no test knob. */
const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://qbo_sync:secret@db.internal:5432/qbo_sync',
  KAFKA_BROKERS: 'kafka-1.internal:9092,kafka-2.internal:9092',
  QBO_ENVIRONMENT: 'production',
  QBO_CLIENT_ID: 'ABcdEFgh1234567890',
  QBO_CLIENT_SECRET: 'zyXW9876543210',
  QBO_REDIRECT_URI: 'https://sync.example.com/connections/qbo/callback',
  PUBLIC_BASE_URL: 'https://sync.example.com',
  QBO_TOKEN_ENCRYPTION_KEY: 'ab'.repeat(32),
  ADMIN_API_TOKEN: 'a'.repeat(32),
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

const without = (name: keyof typeof production) => ({ ...production, [name]: undefined });

describe('loadConfig with NODE_ENV=production', () => {
  it('accepts a complete production environment', () => {
    const c = loadConfig(production);
    expect(c.qbo).toMatchObject({
      clientId: 'ABcdEFgh1234567890',
      apiBaseUrl: 'https://quickbooks.api.intuit.com',
      limits: { perMinute: 500, perSecond: 10, batchesPerMinute: 40, maxConcurrent: 10 },
    });
    expect(c.connect.publicBaseUrl).toBe('https://sync.example.com');
    expect(c.invoices.clockOffsetMs).toBe(0);
  });

  it('accepts the test knobs at their neutral values', () => {
    expect(problemsOf({ ...production, INVOICE_CLOCK_OFFSET_MS: '0', QBO_RATE_LIMIT_PERCENT: '100', QBO_EMULATOR_URL: '' })).toEqual([]);
  });

  it.each([
    ['QBO_CLIENT_ID unset (the dev placeholder)', without('QBO_CLIENT_ID'), 'QBO_CLIENT_ID is the development placeholder'],
    ['QBO_CLIENT_ID set to the dev placeholder', { ...production, QBO_CLIENT_ID: 'qbo-sync-dev-client' }, 'QBO_CLIENT_ID is the development placeholder'],
    ['QBO_CLIENT_SECRET unset (the dev placeholder)', without('QBO_CLIENT_SECRET'), 'QBO_CLIENT_SECRET is the development placeholder'],
    ['QBO_REDIRECT_URI unset (localhost)', without('QBO_REDIRECT_URI'), 'QBO_REDIRECT_URI points at this machine'],
    ['QBO_REDIRECT_URI on 127.0.0.1', { ...production, QBO_REDIRECT_URI: 'http://127.0.0.1:8080/cb' }, 'QBO_REDIRECT_URI points at this machine'],
    ['PUBLIC_BASE_URL unset (localhost)', without('PUBLIC_BASE_URL'), 'PUBLIC_BASE_URL is required'],
    ['PUBLIC_BASE_URL on localhost', { ...production, PUBLIC_BASE_URL: 'http://localhost:9000' }, 'PUBLIC_BASE_URL points at this machine'],
    ['PUBLIC_BASE_URL on 127.0.0.1', { ...production, PUBLIC_BASE_URL: 'https://127.0.0.1' }, 'PUBLIC_BASE_URL points at this machine'],
    ['INVOICE_CLOCK_OFFSET_MS shifted', { ...production, INVOICE_CLOCK_OFFSET_MS: '-3600000' }, 'INVOICE_CLOCK_OFFSET_MS is a test knob'],
    ['QBO_RATE_LIMIT_PERCENT scaled', { ...production, QBO_RATE_LIMIT_PERCENT: '200' }, 'QBO_RATE_LIMIT_PERCENT is a test knob'],
    ['QBO_EMULATOR_URL set', { ...production, QBO_EMULATOR_URL: 'http://qbo-emulator:8090' }, 'QBO_EMULATOR_URL is for tests and demos only'],
  ])('refuses %s, naming the variable', (_case, env, message) => {
    const problems = problemsOf(env);
    expect(problems).toEqual([expect.stringContaining(message)]);
    expect(problems[0]).toMatch(/ \(refused with NODE_ENV=production\)$/);
  });

  it('reports every refusal at once, with the bad values', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DATABASE_URL: production.DATABASE_URL, KAFKA_BROKERS: production.KAFKA_BROKERS, HTTP_PORT: 'x', INVOICE_CLOCK_OFFSET_MS: '5000' });
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'HTTP_PORT',
      'QBO_CLIENT_ID',
      'QBO_CLIENT_SECRET',
      'QBO_REDIRECT_URI',
      'PUBLIC_BASE_URL',
      'INVOICE_CLOCK_OFFSET_MS',
    ]);
  });

  it('reports a value that does not parse once, as a bad value', () => {
    expect(problemsOf({ ...production, INVOICE_CLOCK_OFFSET_MS: 'soon' })).toEqual(['INVOICE_CLOCK_OFFSET_MS must be an integer, got "soon"']);
  });

  it('keeps the development defaults and test knobs outside production', () => {
    const dev = { DATABASE_URL: production.DATABASE_URL, KAFKA_BROKERS: production.KAFKA_BROKERS, INVOICE_CLOCK_OFFSET_MS: '5000', QBO_RATE_LIMIT_PERCENT: '200', QBO_EMULATOR_URL: 'http://127.0.0.1:4010' };
    for (const NODE_ENV of [undefined, 'development', 'test']) {
      const c = loadConfig({ ...dev, NODE_ENV });
      expect(c.qbo.clientId).toBe('qbo-sync-dev-client');
      expect(c.connect.publicBaseUrl).toBe('http://localhost:8080');
      expect(c.invoices.clockOffsetMs).toBe(5000);
    }
  });
});
