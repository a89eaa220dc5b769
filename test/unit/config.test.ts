import { Config, ConfigError, loadConfig } from '../../src/config';
import { configSchema } from '../../src/config/config-schema';
import { readEnv } from '../../src/config/read-env';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', KAFKA_BROKERS: 'localhost:9092' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

/** The value at a dotted path of the loaded config. */
function at(c: Config, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], c);
}

const SANDBOX_API = 'https://sandbox-quickbooks.api.intuit.com';

/**
 * Every setting: where its value shows in Config, its default, and a bad value (null: every
 * non-empty string is accepted). A setting added to the schema without a row here fails below.
 */
const settings: Array<[env: string, path: string, def: unknown, bad: string | null]> = [
  ['DATABASE_URL', 'databaseUrl', 'required', 'mysql://x'],
  ['DB_POOL_SIZE', 'dbPoolSize', 10, '0'],
  ['DB_QBO_POOL_SIZE', 'dbQboPoolSize', 4, '0'],
  ['KAFKA_BROKERS', 'kafka.brokers', 'required', 'localhost'],
  ['KAFKA_CLIENT_ID', 'kafka.clientId', 'qbo-sync', null],
  ['KAFKA_GROUP_ID', 'kafka.groupId', 'qbo-sync', null],
  ['KAFKA_TOPIC_CUSTOMERS', 'kafka.topics.customers', 'customer-events', 'bad topic!'],
  ['KAFKA_TOPIC_INVOICES', 'kafka.topics.invoices', 'invoice-events', 'bad topic!'],
  ['KAFKA_TOPIC_DEAD_LETTER', 'kafka.topics.deadLetter', 'qbo-sync.dead-letter', 'a/b'],
  ['KAFKA_TOPIC_SYNC_EVENTS', 'kafka.topics.syncEvents', 'qbo-sync.sync-events', 'bad topic!'],
  ['KAFKA_FROM_BEGINNING', 'kafka.fromBeginning', true, 'maybe'],
  ['KAFKA_SESSION_TIMEOUT_MS', 'kafka.sessionTimeoutMs', 30000, '1000'],
  ['INGEST_PARTITIONS_CONCURRENTLY', 'kafka.partitionsConsumedConcurrently', 3, '65'],
  ['INGEST_CHUNK_SIZE', 'kafka.chunkSize', 2000, '1.5'],
  ['INGEST_MAX_BYTES_PER_PARTITION', 'kafka.maxBytesPerPartition', 1048576, '1k'],
  ['HTTP_HOST', 'http.host', '0.0.0.0', null],
  ['HTTP_PORT', 'http.port', 8080, 'eighty'],
  ['METRICS_HOST', 'metrics.host', '0.0.0.0', null],
  ['METRICS_PORT', 'metrics.port', 9464, '65536'],
  ['METRICS_COLLECT_TIMEOUT_MS', 'metrics.collectTimeoutMs', 5000, '99'],
  ['LOG_LEVEL', 'logLevel', 'info', 'loud'],
  ['SHUTDOWN_TIMEOUT_MS', 'shutdownTimeoutMs', 25000, '10'],
  ['MIGRATIONS_RUN_AT_BOOT', 'migrationsRunAtBoot', true, 'sometimes'],
  ['QBO_ENVIRONMENT', 'qbo.environment', 'sandbox', 'staging'],
  ['QBO_CLIENT_ID', 'qbo.clientId', 'qbo-sync-dev-client', null],
  ['QBO_CLIENT_SECRET', 'qbo.clientSecret', 'qbo-sync-dev-secret', null],
  ['QBO_REDIRECT_URI', 'qbo.redirectUri', 'http://localhost:8080/connections/qbo/callback', null],
  ['QBO_EMULATOR_URL', 'qbo.apiBaseUrl', SANDBOX_API, 'localhost:4010'],
  ['QBO_API_BASE_URL', 'qbo.apiBaseUrl', SANDBOX_API, 'ftp://x'],
  ['QBO_AUTHORIZE_URL', 'qbo.authorizeUrl', 'https://appcenter.intuit.com/connect/oauth2', 'appcenter'],
  ['QBO_TOKEN_URL', 'qbo.tokenUrl', 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer', '/tokens'],
  ['QBO_REVOKE_URL', 'qbo.revokeUrl', 'https://developer.api.intuit.com/v2/oauth2/tokens/revoke', 'revoke'],
  ['QBO_TOKEN_ENCRYPTION_KEY', 'qbo.tokenEncryptionKey', null, 'too-short'],
  ['QBO_TOKEN_ENCRYPTION_KEY_ID', 'qbo.tokenEncryptionKeyId', 'k1', 'bad id!'],
  ['QBO_TOKEN_ENCRYPTION_OLD_KEYS', 'qbo.tokenEncryptionOldKeys', [], 'k0:short'],
  ['QBO_MINOR_VERSION', 'qbo.minorVersion', 75, '0'],
  ['QBO_REQUEST_TIMEOUT_MS', 'qbo.requestTimeoutMs', 60000, '99'],
  ['QBO_MAX_RETRIES', 'qbo.maxRetries', 4, '21'],
  ['QBO_RETRY_BASE_DELAY_MS', 'qbo.retryBaseDelayMs', 500, '-1'],
  ['QBO_RETRY_MAX_DELAY_MS', 'qbo.retryMaxDelayMs', 30000, 'soon'],
  ['QBO_THROTTLE_PAUSE_MS', 'qbo.throttlePauseMs', 60000, '3600001'],
  ['QBO_RATE_PER_MINUTE', 'qbo.limits.perMinute', 500, '0'],
  ['QBO_RATE_PER_SECOND', 'qbo.limits.perSecond', 10, '0'],
  ['QBO_BATCH_PER_MINUTE', 'qbo.limits.batchesPerMinute', 40, '0'],
  ['QBO_MAX_CONCURRENT_PER_REALM', 'qbo.limits.maxConcurrent', 10, '1001'],
  ['QBO_RATE_LIMIT_PERCENT', 'qbo.limits.perMinute', 500, '0'],
  ['QBO_COREPLUS_MONTHLY_BUDGET', 'qbo.readBudget.monthlyCorePlusBudget', 500000, '-1'],
  ['QBO_COREPLUS_WARN_PERCENT', 'qbo.readBudget.warnPercent', 80, '101'],
  ['QBO_READ_PROBE_INTERVAL_MS', 'qbo.readBudget.probeIntervalMs', 3600000, '999'],
  ['QBO_TOKEN_REFRESH_MARGIN_MS', 'qbo.tokenRefreshMarginMs', 300000, '3000001'],
  ['QBO_TOKEN_LOCK_TIMEOUT_MS', 'qbo.tokenLockTimeoutMs', 30000, '99'],
  ['CUSTOMER_RESOLUTION_POLL_MS', 'customers.resolutionPollMs', 1000, '9'],
  ['CUSTOMER_RESOLUTION_CONCURRENCY', 'customers.resolutionConcurrency', 4, '65'],
  ['CUSTOMER_RESOLUTION_LEASE_MS', 'customers.resolutionLeaseMs', 30000, '999'],
  ['CUSTOMER_RESOLUTION_RETRY_MS', 'customers.resolutionRetryMs', 30000, '9'],
  ['CUSTOMER_MIRROR_POLL_MS', 'customers.mirrorPollMs', 2000, '9'],
  ['CUSTOMER_CDC_INTERVAL_MS', 'customers.cdcIntervalMs', 300000, '86400001'],
  ['CUSTOMER_CDC_BACKSTOP_MS', 'customers.cdcBackstopMs', 86400000, '2592000001'],
  ['CUSTOMER_WEBHOOK_DELAY_MS', 'customers.webhookDelayMs', 21600000, '-5'],
  ['CUSTOMER_WEBHOOK_OTHER_DELAY_MS', 'customers.webhookOtherDelayMs', 86400000, '-5'],
  ['CUSTOMER_CHANGES_READ_CONCURRENCY', 'customers.changesReadConcurrency', 4, '0'],
  ['CUSTOMER_MIRROR_LEASE_MS', 'customers.mirrorLeaseMs', 600000, '999'],
  ['CUSTOMER_LINKAGE_ESTIMATE_INTERVAL_MS', 'customers.linkageEstimateIntervalMs', 21600000, '59999'],
  ['CUSTOMER_LINKAGE_ESTIMATE_EVERY_DECISIONS', 'customers.linkageEstimateEveryDecisions', 250, '9'],
  ['ADMIN_API_TOKEN', 'connect.adminApiToken', null, 'short'],
  ['TENANT_LINK_SECRET', 'connect.tenantLinkSecret', null, 'x'.repeat(31)],
  ['TENANT_LINK_TTL_HOURS', 'connect.tenantLinkTtlHours', 72, 'a week'],
  ['TENANT_PAGE_FRAME_ANCESTORS', 'connect.tenantPageFrameAncestors', '', "'self'"],
  ['QBO_WEBHOOK_VERIFIER_TOKEN', 'connect.webhookVerifierToken', null, null],
  ['PUBLIC_BASE_URL', 'connect.publicBaseUrl', 'http://localhost:8080', 'sync.example.com'],
  ['CONNECT_STATE_TTL_SECONDS', 'connect.stateTtlSeconds', 600, '5'],
  ['INVOICE_SCHEDULER_ENABLED', 'invoices.schedulerEnabled', true, 'perhaps'],
  ['INVOICE_SCHEDULER_TICK_MS', 'invoices.tickMs', 30000, '49'],
  ['INVOICE_CLOCK_OFFSET_MS', 'invoices.clockOffsetMs', 0, '1e3'],
  ['INVOICE_WINDOW_SPREAD_MS', 'invoices.windowSpreadMs', 1800000, '86400001'],
  ['INVOICE_WINDOW_RETRY_BASE_MS', 'invoices.windowRetryBaseMs', 1800000, '999'],
  ['INVOICE_WINDOW_RETRIES', 'invoices.windowRetries', 3, '21'],
  ['INVOICE_WINDOW_CONCURRENCY', 'invoices.windowConcurrency', 16, '0'],
  ['INVOICE_BATCHES_IN_FLIGHT', 'invoices.batchesInFlight', 4, '51'],
  ['INVOICE_BATCH_SIZE', 'invoices.batchSize', 30, '31'],
  ['INVOICE_RETRY_ATTEMPTS', 'invoices.retryAttempts', 3, '-1'],
  ['INVOICE_RETRY_BASE_DELAY_MS', 'invoices.retryBaseDelayMs', 2000, 'x'],
  ['INVOICE_REQUEST_ID_TRUST_MS', 'invoices.requestIdTrustMs', 72000000, '999'],
  ['RETENTION_PROCESSED_EVENTS_DAYS', 'retention.processedEventsDays', 30, '-1'],
  ['RETENTION_WEBHOOK_NOTIFICATIONS_DAYS', 'retention.webhookNotificationsDays', 14, 'a fortnight'],
  ['RETENTION_CUSTOMER_DECISIONS_DAYS', 'retention.customerDecisionsDays', 365, '36501'],
  ['RETENTION_NOTICES_DAYS', 'retention.noticesDays', 180, '1.5'],
  ['RETENTION_SYNC_EVENTS_DAYS', 'retention.syncEventsDays', 7, '-1'],
  ['RETENTION_DEAD_LETTERS_DAYS', 'retention.deadLettersDays', 30, 'a month'],
  ['OUTBOX_RELAY_ENABLED', 'outbox.relayEnabled', true, 'sometimes'],
  ['OUTBOX_RELAY_POLL_MS', 'outbox.pollMs', 1000, '9'],
  ['OUTBOX_RELAY_BATCH_SIZE', 'outbox.batchSize', 500, '0'],
  ['OUTBOX_RELAY_RETRY_MAX_MS', 'outbox.retryMaxMs', 30000, '600001'],
  ['RETENTION_QBO_CALL_COUNTS_DAYS', 'retention.callCountsDays', 400, '36501'],
  ['RETENTION_INTERVAL_MS', 'retention.intervalMs', 3600000, '999'],
  ['RETENTION_BATCH_SIZE', 'retention.batchSize', 5000, '0'],
];

describe('loadConfig', () => {
  it('has a row above for every setting of the schema, each variable read by one setting', () => {
    const read = readEnv(configSchema, {}).settings.map((s) => s.meta.env);
    expect(new Set(read).size).toBe(read.length);
    expect([...read].sort()).toEqual(settings.map(([env]) => env).sort());
  });

  const defaults = settings.filter(([, , def]) => def !== 'required');
  it.each(defaults)('%s defaults (at %s) to %p', (env, path, def) => {
    expect(at(loadConfig(base), path)).toEqual(def);
    expect(at(loadConfig({ ...base, [env]: '  ' }), path)).toEqual(def);
  });

  it.each(settings.filter(([, , def]) => def === 'required'))('%s is required', (env) => {
    const { [env]: _dropped, ...rest } = base as Record<string, string>;
    expect(problemsOf(rest)).toEqual([`${env} is required`]);
  });

  const bad = settings.flatMap(([env, , , value]) => (value === null ? [] : [[env, value] as const]));
  it.each(bad)('a bad %s (%p) is refused, naming the variable', (env, value) => {
    expect(problemsOf({ ...base, [env]: value })).toEqual([expect.stringMatching(new RegExp(`^${env} `))]);
  });

  it('reports every bad value at once', () => {
    const problems = problemsOf({ KAFKA_BROKERS: 'localhost', HTTP_PORT: 'eighty', LOG_LEVEL: 'loud', ADMIN_API_TOKEN: 'short' });
    expect(problems).toEqual([
      'DATABASE_URL is required',
      'KAFKA_BROKERS must be a comma-separated list of host:port, got "localhost"',
      'HTTP_PORT must be an integer, got "eighty"',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      'ADMIN_API_TOKEN must be at least 16 characters (e.g. `openssl rand -base64 32`)',
    ]);
    expect(() => loadConfig({})).toThrow(/^Invalid configuration:\n {2}- DATABASE_URL is required\n {2}- KAFKA_BROKERS is required$/);
  });

  it('names each missing or bad variable', () => {
    expect(problemsOf({ ...base, HTTP_PORT: 'eighty' })).toEqual([expect.stringMatching(/^HTTP_PORT must be an integer/)]);
    expect(problemsOf({ ...base, HTTP_PORT: '70000' })).toEqual([expect.stringMatching(/^HTTP_PORT must be between/)]);
    expect(problemsOf({ ...base, QBO_ENVIRONMENT: 'dev' })).toEqual(['QBO_ENVIRONMENT must be sandbox or production']);
    expect(problemsOf({ ...base, DATABASE_URL: 'mysql://x' })).toEqual(['DATABASE_URL must be a postgres:// URL']);
  });

  it('parses lists, booleans, keys and URLs', () => {
    const c = loadConfig({ ...base, KAFKA_BROKERS: 'a:1, b:2', KAFKA_FROM_BEGINNING: 'false', MIGRATIONS_RUN_AT_BOOT: 'off' });
    expect(c.kafka.brokers).toEqual(['a:1', 'b:2']);
    expect(c.kafka.fromBeginning).toBe(false);
    expect(c.migrationsRunAtBoot).toBe(false);
    expect(loadConfig({ ...base, QBO_TOKEN_ENCRYPTION_KEY: 'ab'.repeat(32) }).qbo.tokenEncryptionKey).toEqual(Buffer.alloc(32, 0xab));
    expect(loadConfig({ ...base, PUBLIC_BASE_URL: 'https://sync.example.com//' }).connect.publicBaseUrl).toBe('https://sync.example.com');
  });

  it('derives the QBO endpoints, the scaled limits and the public URL', () => {
    const emu = loadConfig({ ...base, QBO_EMULATOR_URL: 'http://localhost:4010/', QBO_TOKEN_URL: 'http://tokens.test' }).qbo;
    expect(emu).toMatchObject({
      apiBaseUrl: 'http://localhost:4010',
      authorizeUrl: 'http://localhost:4010/connect/oauth2',
      tokenUrl: 'http://tokens.test',
      revokeUrl: 'http://localhost:4010/v2/oauth2/tokens/revoke',
    });
    expect(emu).not.toHaveProperty('emulatorUrl');
    expect(emu).not.toHaveProperty('rateLimitPercent');
    expect(loadConfig({ ...base, QBO_ENVIRONMENT: 'production' }).qbo.apiBaseUrl).toBe('https://quickbooks.api.intuit.com');
    expect(loadConfig({ ...base, QBO_RATE_LIMIT_PERCENT: '250' }).qbo.limits).toEqual({ perMinute: 1250, perSecond: 25, batchesPerMinute: 100, maxConcurrent: 10 });
    expect(loadConfig({ ...base, QBO_RATE_LIMIT_PERCENT: '1' }).qbo.limits).toEqual({ perMinute: 5, perSecond: 1, batchesPerMinute: 1, maxConcurrent: 10 });
    expect(loadConfig({ ...base, HTTP_PORT: '9000' }).connect.publicBaseUrl).toBe('http://localhost:9000');
    expect(loadConfig({ ...base, HTTP_PORT: '0' }).connect.publicBaseUrl).toBe('http://localhost:8080');
  });
});
