import { z } from 'zod';

/**
 * One validated schema over the environment. A bad value stops the boot with a
 * message naming the variable.
 */

const intFrom = (name: string, def: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      if (!/^-?\d+$/.test(v.trim())) {
        ctx.addIssue({ code: 'custom', message: `${name} must be an integer, got "${v}"` });
        return z.NEVER;
      }
      const n = Number(v);
      if (n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${name} must be between ${min} and ${max}, got ${n}` });
        return z.NEVER;
      }
      return n;
    });

const boolFrom = (name: string, def: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      const t = v.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(t)) return true;
      if (['0', 'false', 'no', 'off'].includes(t)) return false;
      ctx.addIssue({ code: 'custom', message: `${name} must be true or false, got "${v}"` });
      return z.NEVER;
    });

const nonEmpty = (name: string, def?: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const value = v === undefined || v.trim() === '' ? def : v.trim();
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: `${name} is required` });
        return z.NEVER;
      }
      return value;
    });

const topicName = (name: string, def: string) =>
  nonEmpty(name, def).refine((v) => /^[a-zA-Z0-9._-]{1,249}$/.test(v), {
    message: `${name} must be a Kafka topic name (letters, digits, ".", "_", "-")`,
  });

/** An optional absolute http(s) URL; trailing slashes dropped. */
const urlFrom = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return undefined;
      const t = v.trim().replace(/\/+$/, '');
      if (!/^https?:\/\/[^\s/]+/.test(t)) {
        ctx.addIssue({ code: 'custom', message: `${name} must be an http(s) URL, got "${v}"` });
        return z.NEVER;
      }
      return t;
    });

/** QBO_TOKEN_ENCRYPTION_KEY: 32 bytes as base64 or hex. Optional here; the token store refuses to start without it. */
const encryptionKeyFrom = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return null;
      const t = v.trim();
      const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(t) ? Buffer.from(t, 'base64') : null;
      if (key === null || key.length !== 32) {
        ctx.addIssue({ code: 'custom', message: `${name} must be 32 bytes as base64 (44 chars) or hex (64 chars)` });
        return z.NEVER;
      }
      return key;
    });

const qboEnvSchema = {
  QBO_ENVIRONMENT: nonEmpty('QBO_ENVIRONMENT', 'sandbox').refine((v) => v === 'sandbox' || v === 'production', {
    message: 'QBO_ENVIRONMENT must be sandbox or production',
  }),
  QBO_CLIENT_ID: nonEmpty('QBO_CLIENT_ID', 'qbo-sync-dev-client'),
  QBO_CLIENT_SECRET: nonEmpty('QBO_CLIENT_SECRET', 'qbo-sync-dev-secret'),
  QBO_REDIRECT_URI: nonEmpty('QBO_REDIRECT_URI', 'http://localhost:8080/connections/qbo/callback'),
  QBO_EMULATOR_URL: urlFrom('QBO_EMULATOR_URL'),
  QBO_API_BASE_URL: urlFrom('QBO_API_BASE_URL'),
  QBO_AUTHORIZE_URL: urlFrom('QBO_AUTHORIZE_URL'),
  QBO_TOKEN_URL: urlFrom('QBO_TOKEN_URL'),
  QBO_REVOKE_URL: urlFrom('QBO_REVOKE_URL'),
  QBO_TOKEN_ENCRYPTION_KEY: encryptionKeyFrom('QBO_TOKEN_ENCRYPTION_KEY'),
  QBO_MINOR_VERSION: intFrom('QBO_MINOR_VERSION', 75, 1, 1000),
  QBO_REQUEST_TIMEOUT_MS: intFrom('QBO_REQUEST_TIMEOUT_MS', 60000, 100, 600000),
  QBO_MAX_RETRIES: intFrom('QBO_MAX_RETRIES', 4, 0, 20),
  QBO_RETRY_BASE_DELAY_MS: intFrom('QBO_RETRY_BASE_DELAY_MS', 500, 0, 600000),
  QBO_RETRY_MAX_DELAY_MS: intFrom('QBO_RETRY_MAX_DELAY_MS', 30000, 0, 3600000),
  QBO_THROTTLE_PAUSE_MS: intFrom('QBO_THROTTLE_PAUSE_MS', 60000, 0, 3600000),
  QBO_RATE_PER_MINUTE: intFrom('QBO_RATE_PER_MINUTE', 500, 1, 1000000),
  QBO_RATE_PER_SECOND: intFrom('QBO_RATE_PER_SECOND', 10, 1, 100000),
  QBO_BATCH_PER_MINUTE: intFrom('QBO_BATCH_PER_MINUTE', 40, 1, 100000),
  QBO_MAX_CONCURRENT_PER_REALM: intFrom('QBO_MAX_CONCURRENT_PER_REALM', 10, 1, 1000),
  QBO_RATE_LIMIT_PERCENT: intFrom('QBO_RATE_LIMIT_PERCENT', 100, 1, 100000),
  QBO_TOKEN_REFRESH_MARGIN_MS: intFrom('QBO_TOKEN_REFRESH_MARGIN_MS', 300000, 0, 3000000),
  QBO_TOKEN_LOCK_TIMEOUT_MS: intFrom('QBO_TOKEN_LOCK_TIMEOUT_MS', 30000, 100, 600000),
};

// --- connect (settings page, admin API, webhooks) ---
/** An optional secret: unset or empty gives null; otherwise at least `min` characters. */
const secretFrom = (name: string, min: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return null;
      if (v.trim().length < min) {
        ctx.addIssue({ code: 'custom', message: `${name} must be at least ${min} characters (e.g. \`openssl rand -base64 32\`)` });
        return z.NEVER;
      }
      return v.trim();
    });

const connectEnvSchema = {
  ADMIN_API_TOKEN: secretFrom('ADMIN_API_TOKEN', 16),
  TENANT_LINK_SECRET: secretFrom('TENANT_LINK_SECRET', 32),
  TENANT_LINK_TTL_HOURS: intFrom('TENANT_LINK_TTL_HOURS', 72, 1, 24 * 366),
  QBO_WEBHOOK_VERIFIER_TOKEN: secretFrom('QBO_WEBHOOK_VERIFIER_TOKEN', 1),
  PUBLIC_BASE_URL: urlFrom('PUBLIC_BASE_URL'),
  CONNECT_STATE_TTL_SECONDS: intFrom('CONNECT_STATE_TTL_SECONDS', 600, 10, 86400),
};
// --- end connect ---

/** Invoice batch windows (src/invoices, docs/invoices.md). */
const invoiceEnvSchema = {
  INVOICE_SCHEDULER_ENABLED: boolFrom('INVOICE_SCHEDULER_ENABLED', true),
  INVOICE_SCHEDULER_TICK_MS: intFrom('INVOICE_SCHEDULER_TICK_MS', 30000, 50, 3600000),
  INVOICE_CLOCK_OFFSET_MS: intFrom('INVOICE_CLOCK_OFFSET_MS', 0, -31536000000, 31536000000),
  INVOICE_WINDOW_CONCURRENCY: intFrom('INVOICE_WINDOW_CONCURRENCY', 16, 1, 1000),
  INVOICE_BATCHES_IN_FLIGHT: intFrom('INVOICE_BATCHES_IN_FLIGHT', 4, 1, 50),
  INVOICE_BATCH_SIZE: intFrom('INVOICE_BATCH_SIZE', 30, 1, 30),
  INVOICE_RETRY_ATTEMPTS: intFrom('INVOICE_RETRY_ATTEMPTS', 3, 0, 50),
  INVOICE_RETRY_BASE_DELAY_MS: intFrom('INVOICE_RETRY_BASE_DELAY_MS', 2000, 0, 600000),
  INVOICE_REQUEST_ID_TRUST_MS: intFrom('INVOICE_REQUEST_ID_TRUST_MS', 72000000, 1000, 86400000),
};

// --- customers ---
/** Customer mirror and resolution (src/customers, docs/customers.md). */
const customerEnvSchema = {
  CUSTOMER_RESOLUTION_POLL_MS: intFrom('CUSTOMER_RESOLUTION_POLL_MS', 1000, 10, 600000),
  CUSTOMER_RESOLUTION_CONCURRENCY: intFrom('CUSTOMER_RESOLUTION_CONCURRENCY', 4, 1, 64),
  CUSTOMER_RESOLUTION_LEASE_MS: intFrom('CUSTOMER_RESOLUTION_LEASE_MS', 120000, 1000, 3600000),
  CUSTOMER_RESOLUTION_RETRY_MS: intFrom('CUSTOMER_RESOLUTION_RETRY_MS', 30000, 10, 3600000),
  CUSTOMER_MIRROR_POLL_MS: intFrom('CUSTOMER_MIRROR_POLL_MS', 2000, 10, 600000),
  CUSTOMER_CDC_INTERVAL_MS: intFrom('CUSTOMER_CDC_INTERVAL_MS', 300000, 10, 86400000),
  CUSTOMER_MIRROR_LEASE_MS: intFrom('CUSTOMER_MIRROR_LEASE_MS', 600000, 1000, 86400000),
};
// --- end customers ---

const INTUIT_URLS = {
  sandboxApi: 'https://sandbox-quickbooks.api.intuit.com',
  productionApi: 'https://quickbooks.api.intuit.com',
  authorize: 'https://appcenter.intuit.com/connect/oauth2',
  token: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer',
  revoke: 'https://developer.api.intuit.com/v2/oauth2/tokens/revoke',
};

const envSchema = z.object({
  DATABASE_URL: nonEmpty('DATABASE_URL').refine((v) => /^postgres(ql)?:\/\//.test(v), {
    message: 'DATABASE_URL must be a postgres:// URL',
  }),
  DB_POOL_SIZE: intFrom('DB_POOL_SIZE', 10, 1, 200),
  KAFKA_BROKERS: nonEmpty('KAFKA_BROKERS').transform((v, ctx) => {
    const brokers = v.split(',').map((b) => b.trim()).filter((b) => b.length > 0);
    const bad = brokers.find((b) => !/^[^\s:]+:\d{1,5}$/.test(b));
    if (brokers.length === 0 || bad !== undefined) {
      ctx.addIssue({ code: 'custom', message: `KAFKA_BROKERS must be a comma-separated list of host:port, got "${v}"` });
      return z.NEVER;
    }
    return brokers;
  }),
  KAFKA_CLIENT_ID: nonEmpty('KAFKA_CLIENT_ID', 'qbo-sync'),
  KAFKA_GROUP_ID: nonEmpty('KAFKA_GROUP_ID', 'qbo-sync'),
  KAFKA_TOPIC_CUSTOMERS: topicName('KAFKA_TOPIC_CUSTOMERS', 'customer-events'),
  KAFKA_TOPIC_INVOICES: topicName('KAFKA_TOPIC_INVOICES', 'invoice-events'),
  KAFKA_TOPIC_DEAD_LETTER: topicName('KAFKA_TOPIC_DEAD_LETTER', 'qbo-sync.dead-letter'),
  KAFKA_FROM_BEGINNING: boolFrom('KAFKA_FROM_BEGINNING', true),
  KAFKA_SESSION_TIMEOUT_MS: intFrom('KAFKA_SESSION_TIMEOUT_MS', 30000, 6000, 300000),
  INGEST_PARTITIONS_CONCURRENTLY: intFrom('INGEST_PARTITIONS_CONCURRENTLY', 3, 1, 64),
  INGEST_CHUNK_SIZE: intFrom('INGEST_CHUNK_SIZE', 2000, 1, 100000),
  INGEST_MAX_BYTES_PER_PARTITION: intFrom('INGEST_MAX_BYTES_PER_PARTITION', 1024 * 1024, 1024, 64 * 1024 * 1024),
  HTTP_HOST: nonEmpty('HTTP_HOST', '0.0.0.0'),
  HTTP_PORT: intFrom('HTTP_PORT', 8080, 0, 65535),
  LOG_LEVEL: nonEmpty('LOG_LEVEL', 'info').refine(
    (v) => ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(v),
    { message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' },
  ),
  SHUTDOWN_TIMEOUT_MS: intFrom('SHUTDOWN_TIMEOUT_MS', 25000, 1000, 600000),
  MIGRATIONS_RUN_AT_BOOT: boolFrom('MIGRATIONS_RUN_AT_BOOT', true),
  ...qboEnvSchema,
  ...customerEnvSchema,
  ...connectEnvSchema,
  ...invoiceEnvSchema,
});

export type Config = {
  /** Customer mirror and resolution (src/customers). */
  customers: {
    resolutionPollMs: number;
    resolutionConcurrency: number;
    resolutionLeaseMs: number;
    resolutionRetryMs: number;
    mirrorPollMs: number;
    cdcIntervalMs: number;
    mirrorLeaseMs: number;
  };
  databaseUrl: string;
  dbPoolSize: number;
  kafka: {
    brokers: string[];
    clientId: string;
    groupId: string;
    topics: { customers: string; invoices: string; deadLetter: string };
    fromBeginning: boolean;
    sessionTimeoutMs: number;
    partitionsConsumedConcurrently: number;
    maxBytesPerPartition: number;
    chunkSize: number;
  };
  http: { host: string; port: number };
  logLevel: string;
  shutdownTimeoutMs: number;
  migrationsRunAtBoot: boolean;
  qbo: {
    environment: 'sandbox' | 'production';
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    /** Accounting API origin, without /v3/company (e.g. https://quickbooks.api.intuit.com or the emulator's URL). */
    apiBaseUrl: string;
    authorizeUrl: string;
    tokenUrl: string;
    revokeUrl: string;
    /** 32-byte AES key, or null when QBO_TOKEN_ENCRYPTION_KEY is unset (the token store then refuses to start). */
    tokenEncryptionKey: Buffer | null;
    minorVersion: number;
    requestTimeoutMs: number;
    maxRetries: number;
    retryBaseDelayMs: number;
    retryMaxDelayMs: number;
    throttlePauseMs: number;
    limits: { perMinute: number; perSecond: number; batchesPerMinute: number; maxConcurrent: number };
    tokenRefreshMarginMs: number;
    tokenLockTimeoutMs: number;
  };
  /** The settings page, the admin API and Intuit webhooks (src/connections, src/http). */
  connect: {
    /** Operators' bearer token for /api/*; null: the API refuses everyone. */
    adminApiToken: string | null;
    /** HMAC key of signed tenant-page links; null: no link is valid. */
    tenantLinkSecret: string | null;
    tenantLinkTtlHours: number;
    /** Intuit's webhook verifier token; null: every webhook is refused. */
    webhookVerifierToken: string | null;
    /** Where people reach this worker (signed links are built on it). */
    publicBaseUrl: string;
    /** How long a Connect round trip may take before its state expires. */
    stateTtlSeconds: number;
  };
  /** Invoice batch windows (src/invoices). */
  invoices: {
    schedulerEnabled: boolean;
    tickMs: number;
    /** Shifts the scheduler's clock (tests and demos compress time). */
    clockOffsetMs: number;
    /** Tenants whose windows run at the same time in one process. */
    windowConcurrency: number;
    /** Batch requests of one tenant in flight at once (the realm limiter still applies). */
    batchesInFlight: number;
    /** Items per batch request, at most 30. */
    batchSize: number;
    /** Extra tries of a retriable failure within one window. */
    retryAttempts: number;
    retryBaseDelayMs: number;
    /** How long a sent batch may be re-sent with its requestid; older ones are reconciled by lookup. */
    requestIdTrustMs: number;
  };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const variable = String(i.path[0] ?? 'environment');
      return i.message.startsWith(variable) ? i.message : `${variable}: ${i.message}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dbPoolSize: e.DB_POOL_SIZE,
    kafka: {
      brokers: e.KAFKA_BROKERS,
      clientId: e.KAFKA_CLIENT_ID,
      groupId: e.KAFKA_GROUP_ID,
      topics: {
        customers: e.KAFKA_TOPIC_CUSTOMERS,
        invoices: e.KAFKA_TOPIC_INVOICES,
        deadLetter: e.KAFKA_TOPIC_DEAD_LETTER,
      },
      fromBeginning: e.KAFKA_FROM_BEGINNING,
      sessionTimeoutMs: e.KAFKA_SESSION_TIMEOUT_MS,
      partitionsConsumedConcurrently: e.INGEST_PARTITIONS_CONCURRENTLY,
      maxBytesPerPartition: e.INGEST_MAX_BYTES_PER_PARTITION,
      chunkSize: e.INGEST_CHUNK_SIZE,
    },
    http: { host: e.HTTP_HOST, port: e.HTTP_PORT },
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    migrationsRunAtBoot: e.MIGRATIONS_RUN_AT_BOOT,
    qbo: qboConfigFrom(e),
    customers: {
      resolutionPollMs: e.CUSTOMER_RESOLUTION_POLL_MS,
      resolutionConcurrency: e.CUSTOMER_RESOLUTION_CONCURRENCY,
      resolutionLeaseMs: e.CUSTOMER_RESOLUTION_LEASE_MS,
      resolutionRetryMs: e.CUSTOMER_RESOLUTION_RETRY_MS,
      mirrorPollMs: e.CUSTOMER_MIRROR_POLL_MS,
      cdcIntervalMs: e.CUSTOMER_CDC_INTERVAL_MS,
      mirrorLeaseMs: e.CUSTOMER_MIRROR_LEASE_MS,
    },
    connect: {
      adminApiToken: e.ADMIN_API_TOKEN,
      tenantLinkSecret: e.TENANT_LINK_SECRET,
      tenantLinkTtlHours: e.TENANT_LINK_TTL_HOURS,
      webhookVerifierToken: e.QBO_WEBHOOK_VERIFIER_TOKEN,
      publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://localhost:${e.HTTP_PORT === 0 ? 8080 : e.HTTP_PORT}`,
      stateTtlSeconds: e.CONNECT_STATE_TTL_SECONDS,
    },
    invoices: {
      schedulerEnabled: e.INVOICE_SCHEDULER_ENABLED,
      tickMs: e.INVOICE_SCHEDULER_TICK_MS,
      clockOffsetMs: e.INVOICE_CLOCK_OFFSET_MS,
      windowConcurrency: e.INVOICE_WINDOW_CONCURRENCY,
      batchesInFlight: e.INVOICE_BATCHES_IN_FLIGHT,
      batchSize: e.INVOICE_BATCH_SIZE,
      retryAttempts: e.INVOICE_RETRY_ATTEMPTS,
      retryBaseDelayMs: e.INVOICE_RETRY_BASE_DELAY_MS,
      requestIdTrustMs: e.INVOICE_REQUEST_ID_TRUST_MS,
    },
  };
}

function qboConfigFrom(e: z.infer<typeof envSchema>): Config['qbo'] {
  const emu = e.QBO_EMULATOR_URL;
  const environment = e.QBO_ENVIRONMENT === 'production' ? 'production' : 'sandbox';
  const scale = (n: number) => Math.max(1, Math.floor((n * e.QBO_RATE_LIMIT_PERCENT) / 100));
  return {
    environment,
    clientId: e.QBO_CLIENT_ID,
    clientSecret: e.QBO_CLIENT_SECRET,
    redirectUri: e.QBO_REDIRECT_URI,
    apiBaseUrl:
      e.QBO_API_BASE_URL ?? emu ?? (environment === 'production' ? INTUIT_URLS.productionApi : INTUIT_URLS.sandboxApi),
    authorizeUrl: e.QBO_AUTHORIZE_URL ?? (emu ? `${emu}/connect/oauth2` : INTUIT_URLS.authorize),
    tokenUrl: e.QBO_TOKEN_URL ?? (emu ? `${emu}/oauth2/v1/tokens/bearer` : INTUIT_URLS.token),
    revokeUrl: e.QBO_REVOKE_URL ?? (emu ? `${emu}/v2/oauth2/tokens/revoke` : INTUIT_URLS.revoke),
    tokenEncryptionKey: e.QBO_TOKEN_ENCRYPTION_KEY,
    minorVersion: e.QBO_MINOR_VERSION,
    requestTimeoutMs: e.QBO_REQUEST_TIMEOUT_MS,
    maxRetries: e.QBO_MAX_RETRIES,
    retryBaseDelayMs: e.QBO_RETRY_BASE_DELAY_MS,
    retryMaxDelayMs: e.QBO_RETRY_MAX_DELAY_MS,
    throttlePauseMs: e.QBO_THROTTLE_PAUSE_MS,
    limits: {
      perMinute: scale(e.QBO_RATE_PER_MINUTE),
      perSecond: scale(e.QBO_RATE_PER_SECOND),
      batchesPerMinute: scale(e.QBO_BATCH_PER_MINUTE),
      maxConcurrent: e.QBO_MAX_CONCURRENT_PER_REALM,
    },
    tokenRefreshMarginMs: e.QBO_TOKEN_REFRESH_MARGIN_MS,
    tokenLockTimeoutMs: e.QBO_TOKEN_LOCK_TIMEOUT_MS,
  };
}
