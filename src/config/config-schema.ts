import { z } from 'zod';
import { setting as s } from './setting';
import { devDefault, localUrl, publicUrl, testKnob, testOnly } from './production-rules';

/**
 * Every setting, written once: where it lands in `Config`, the variable it reads, its default,
 * its validation and what NODE_ENV=production refuses. `Config` is this schema's output type.
 */

const DEV_CLIENT_ID = 'qbo-sync-dev-client';
const DEV_CLIENT_SECRET = 'qbo-sync-dev-secret';
const YEAR_MS = 31536000000;

const INTUIT_URLS = {
  sandboxApi: 'https://sandbox-quickbooks.api.intuit.com',
  productionApi: 'https://quickbooks.api.intuit.com',
  authorize: 'https://appcenter.intuit.com/connect/oauth2',
  token: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer',
  revoke: 'https://developer.api.intuit.com/v2/oauth2/tokens/revoke',
};

const kafka = z.object({
  brokers: s.hostPorts('KAFKA_BROKERS'),
  clientId: s.text('KAFKA_CLIENT_ID', 'qbo-sync'),
  groupId: s.text('KAFKA_GROUP_ID', 'qbo-sync'),
  topics: z.object({
    customers: s.topic('KAFKA_TOPIC_CUSTOMERS', 'customer-events'),
    invoices: s.topic('KAFKA_TOPIC_INVOICES', 'invoice-events'),
    deadLetter: s.topic('KAFKA_TOPIC_DEAD_LETTER', 'qbo-sync.dead-letter'),
    /** Where the outbox relay publishes the sync outcomes (src/outbox). */
    syncEvents: s.topic('KAFKA_TOPIC_SYNC_EVENTS', 'qbo-sync.sync-events'),
  }),
  fromBeginning: s.flag('KAFKA_FROM_BEGINNING', true),
  sessionTimeoutMs: s.int('KAFKA_SESSION_TIMEOUT_MS', 30000, 6000, 300000),
  partitionsConsumedConcurrently: s.int('INGEST_PARTITIONS_CONCURRENTLY', 3, 1, 64),
  chunkSize: s.int('INGEST_CHUNK_SIZE', 2000, 1, 100000),
  maxBytesPerPartition: s.int('INGEST_MAX_BYTES_PER_PARTITION', 1024 * 1024, 1024, 64 * 1024 * 1024),
});

const qbo = z
  .object({
    environment: s.oneOf('QBO_ENVIRONMENT', ['sandbox', 'production'], 'sandbox'),
    clientId: s.text('QBO_CLIENT_ID', DEV_CLIENT_ID, { production: devDefault(DEV_CLIENT_ID) }),
    clientSecret: s.text('QBO_CLIENT_SECRET', DEV_CLIENT_SECRET, { production: devDefault(DEV_CLIENT_SECRET) }),
    redirectUri: s.text('QBO_REDIRECT_URI', 'http://localhost:8080/connections/qbo/callback', { production: localUrl }),
    /** Tests and demos: the API and every OAuth endpoint on the emulator (consumed below). */
    emulatorUrl: s.url('QBO_EMULATOR_URL', { production: testOnly }),
    /** Accounting API origin, without /v3/company (e.g. https://quickbooks.api.intuit.com or the emulator's URL). */
    apiBaseUrl: s.url('QBO_API_BASE_URL'),
    authorizeUrl: s.url('QBO_AUTHORIZE_URL'),
    tokenUrl: s.url('QBO_TOKEN_URL'),
    revokeUrl: s.url('QBO_REVOKE_URL'),
    /** 32-byte AES key, or null when QBO_TOKEN_ENCRYPTION_KEY is unset (the token store then refuses to start). */
    tokenEncryptionKey: s.aesKey('QBO_TOKEN_ENCRYPTION_KEY'),
    /** The id new ciphertexts name (`v2.<id>.…`); change it with the key when rotating. */
    tokenEncryptionKeyId: s.text('QBO_TOKEN_ENCRYPTION_KEY_ID', 'k1', {
      check: { test: (v) => /^[A-Za-z0-9_-]{1,32}$/.test(v), message: 'must be 1-32 letters, digits, "_" or "-"' },
    }),
    /** Retired keys, still read until `qbo-sync rotate-key` has re-encrypted every token: `id:key,id:key`. */
    tokenEncryptionOldKeys: s.keyList('QBO_TOKEN_ENCRYPTION_OLD_KEYS'),
    minorVersion: s.int('QBO_MINOR_VERSION', 75, 1, 1000),
    requestTimeoutMs: s.int('QBO_REQUEST_TIMEOUT_MS', 60000, 100, 600000),
    maxRetries: s.int('QBO_MAX_RETRIES', 4, 0, 20),
    retryBaseDelayMs: s.int('QBO_RETRY_BASE_DELAY_MS', 500, 0, 600000),
    retryMaxDelayMs: s.int('QBO_RETRY_MAX_DELAY_MS', 30000, 0, 3600000),
    throttlePauseMs: s.int('QBO_THROTTLE_PAUSE_MS', 60000, 0, 3600000),
    limits: z.object({
      perMinute: s.int('QBO_RATE_PER_MINUTE', 500, 1, 1000000),
      perSecond: s.int('QBO_RATE_PER_SECOND', 10, 1, 100000),
      batchesPerMinute: s.int('QBO_BATCH_PER_MINUTE', 40, 1, 100000),
      maxConcurrent: s.int('QBO_MAX_CONCURRENT_PER_REALM', 10, 1, 1000),
    }),
    /** Tests and benchmarks: scales the three rates above (consumed below). */
    rateLimitPercent: s.int('QBO_RATE_LIMIT_PERCENT', 100, 1, 100000, { production: testKnob(100) }),
    /** The app's monthly read budget (src/qbo/qbo-read-budget.ts). */
    readBudget: z.object({
      /** CorePlus calls (reads, queries, CDC) the app may spend per UTC month across all its companies. */
      monthlyCorePlusBudget: s.int('QBO_COREPLUS_MONTHLY_BUDGET', 500000, 0, 1000000000),
      /** Past this share of the budget, backstop reads wait and operators are warned. */
      warnPercent: s.int('QBO_COREPLUS_WARN_PERCENT', 80, 1, 100),
      /** While QuickBooks refuses reads, one read is tried again this often. */
      probeIntervalMs: s.int('QBO_READ_PROBE_INTERVAL_MS', 3600000, 1000, 86400000),
    }),
    tokenRefreshMarginMs: s.int('QBO_TOKEN_REFRESH_MARGIN_MS', 300000, 0, 3000000),
    tokenLockTimeoutMs: s.int('QBO_TOKEN_LOCK_TIMEOUT_MS', 30000, 100, 600000),
  })
  .refine((q) => !q.tokenEncryptionOldKeys.some((k) => k.id === q.tokenEncryptionKeyId), {
    message: 'QBO_TOKEN_ENCRYPTION_OLD_KEYS must not hold the current key id (QBO_TOKEN_ENCRYPTION_KEY_ID)',
  })
  .transform(({ emulatorUrl: emu, rateLimitPercent, limits, ...q }) => {
    const scale = (n: number) => Math.max(1, Math.floor((n * rateLimitPercent) / 100));
    return {
      ...q,
      apiBaseUrl: q.apiBaseUrl ?? emu ?? (q.environment === 'production' ? INTUIT_URLS.productionApi : INTUIT_URLS.sandboxApi),
      authorizeUrl: q.authorizeUrl ?? (emu ? `${emu}/connect/oauth2` : INTUIT_URLS.authorize),
      tokenUrl: q.tokenUrl ?? (emu ? `${emu}/oauth2/v1/tokens/bearer` : INTUIT_URLS.token),
      revokeUrl: q.revokeUrl ?? (emu ? `${emu}/v2/oauth2/tokens/revoke` : INTUIT_URLS.revoke),
      limits: {
        perMinute: scale(limits.perMinute),
        perSecond: scale(limits.perSecond),
        batchesPerMinute: scale(limits.batchesPerMinute),
        maxConcurrent: limits.maxConcurrent,
      },
    };
  });

/** Customer mirror and resolution (src/customers, docs/customers.md). */
const customers = z.object({
  resolutionPollMs: s.int('CUSTOMER_RESOLUTION_POLL_MS', 1000, 10, 600000),
  resolutionConcurrency: s.int('CUSTOMER_RESOLUTION_CONCURRENCY', 4, 1, 64),
  resolutionLeaseMs: s.int('CUSTOMER_RESOLUTION_LEASE_MS', 30000, 1000, 3600000),
  resolutionRetryMs: s.int('CUSTOMER_RESOLUTION_RETRY_MS', 30000, 10, 3600000),
  mirrorPollMs: s.int('CUSTOMER_MIRROR_POLL_MS', 2000, 10, 600000),
  /** Without webhooks: how often each tenant's customers are caught up by CDC. */
  cdcIntervalMs: s.int('CUSTOMER_CDC_INTERVAL_MS', 300000, 10, 86400000),
  /** With webhooks (QBO_WEBHOOK_VERIFIER_TOKEN set): the CDC backstop runs when no CDC ran for this long. */
  cdcBackstopMs: s.int('CUSTOMER_CDC_BACKSTOP_MS', 86400000, 10, 2592000000),
  /**
   * Payment notifications of a tenant wait at most this long, so that payments recorded in
   * QuickBooks over a few hours cost one read. Every other change (customers' details, invoices a
   * person edited, items, accounts, tax codes) waits until it is needed: at once for customers to
   * resolve or a merge, else a sixth of this before the tenant's next invoice window, and at most
   * CUSTOMER_WEBHOOK_OTHER_DELAY_MS.
   */
  webhookDelayMs: s.int('CUSTOMER_WEBHOOK_DELAY_MS', 21600000, 0, 86400000),
  /** Notifications of every other entity wait at most this long (and no later than the window's lead). */
  webhookOtherDelayMs: s.int('CUSTOMER_WEBHOOK_OTHER_DELAY_MS', 86400000, 0, 2592000000),
  /** Tenants whose company changes one replica reads at once (each its own company: QuickBooks' limits are per company). */
  changesReadConcurrency: s.int('CUSTOMER_CHANGES_READ_CONCURRENCY', 4, 1, 64),
  mirrorLeaseMs: s.int('CUSTOMER_MIRROR_LEASE_MS', 600000, 1000, 86400000),
  linkageEstimateIntervalMs: s.int('CUSTOMER_LINKAGE_ESTIMATE_INTERVAL_MS', 21600000, 60000, 604800000),
  /** ...and after this many new decisions of the tenant, so an initial sync's burst learns how many of its customers QBO already holds. */
  linkageEstimateEveryDecisions: s.int('CUSTOMER_LINKAGE_ESTIMATE_EVERY_DECISIONS', 250, 10, 1000000),
});

/** The settings page, the admin API and Intuit webhooks (src/connections, src/http, docs/connect.md). */
const connect = z.object({
  /** Operators' bearer token for /api/*; null: the API refuses everyone. */
  adminApiToken: s.secret('ADMIN_API_TOKEN', 16),
  /** HMAC key of signed tenant-page links; null: no link is valid. */
  tenantLinkSecret: s.secret('TENANT_LINK_SECRET', 32),
  tenantLinkTtlHours: s.int('TENANT_LINK_TTL_HOURS', 72, 1, 24 * 366),
  /**
   * Who may embed the tenant page in a frame (CSP frame-ancestors): space-separated origins such
   * as "https://app.example.com"; empty: nobody ('none').
   */
  tenantPageFrameAncestors: s.text('TENANT_PAGE_FRAME_ANCESTORS', '', {
    check: {
      test: (v) => v === '' || v.split(/\s+/).every((o) => /^https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$/.test(o)),
      message: 'must be space-separated origins such as "https://app.example.com" (no paths, no quotes)',
    },
  }),
  /** Intuit's webhook verifier token; null: every webhook is refused. */
  webhookVerifierToken: s.secret('QBO_WEBHOOK_VERIFIER_TOKEN', 1),
  /** Where people reach this worker (signed links are built on it); unset: http://localhost:<HTTP_PORT> (below). */
  publicBaseUrl: s.url('PUBLIC_BASE_URL', { production: publicUrl }),
  /** How long a Connect round trip may take before its state expires. */
  stateTtlSeconds: s.int('CONNECT_STATE_TTL_SECONDS', 600, 10, 86400),
});

/** Invoice batch windows (src/invoices, docs/invoices.md). */
const invoices = z.object({
  schedulerEnabled: s.flag('INVOICE_SCHEDULER_ENABLED', true),
  tickMs: s.int('INVOICE_SCHEDULER_TICK_MS', 30000, 50, 3600000),
  /** Shifts the scheduler's clock (tests and demos compress time). */
  clockOffsetMs: s.int('INVOICE_CLOCK_OFFSET_MS', 0, -YEAR_MS, YEAR_MS, { production: testKnob(0) }),
  /** Windows of tenants sharing one time start over this span after it: a deterministic offset per tenant (src/domain/window-spread.ts). */
  windowSpreadMs: s.int('INVOICE_WINDOW_SPREAD_MS', 1800000, 0, 86400000),
  /** A window that ended incomplete (QuickBooks did not answer) is tried again this long after, then twice as long after each try (src/invoices/window-retry.ts). */
  windowRetryBaseMs: s.int('INVOICE_WINDOW_RETRY_BASE_MS', 1800000, 1000, 86400000),
  /** Tries again of one night's incomplete window at most (none at or after the next regular window); 0: none. */
  windowRetries: s.int('INVOICE_WINDOW_RETRIES', 3, 0, 20),
  /** Tenants whose windows run at the same time in one process. */
  windowConcurrency: s.int('INVOICE_WINDOW_CONCURRENCY', 16, 1, 1000),
  /** Batch requests of one tenant in flight at once (the realm limiter still applies). */
  batchesInFlight: s.int('INVOICE_BATCHES_IN_FLIGHT', 4, 1, 50),
  /** Items per batch request, at most 30. */
  batchSize: s.int('INVOICE_BATCH_SIZE', 30, 1, 30),
  /** Extra tries of a retriable failure within one window. */
  retryAttempts: s.int('INVOICE_RETRY_ATTEMPTS', 3, 0, 50),
  retryBaseDelayMs: s.int('INVOICE_RETRY_BASE_DELAY_MS', 2000, 0, 600000),
  /** How long a sent batch may be re-sent with its requestid; older ones are reconciled by lookup. */
  requestIdTrustMs: s.int('INVOICE_REQUEST_ID_TRUST_MS', 72000000, 1000, 86400000),
});

/** The outbox relay (src/outbox, README "Sync events"). */
const outbox = z.object({
  /** Off: this replica publishes nothing (another replica's relay does; the outbox keeps every event). */
  relayEnabled: s.flag('OUTBOX_RELAY_ENABLED', true),
  /** How often a relay looks for events and free lanes when no NOTIFY woke it. */
  pollMs: s.int('OUTBOX_RELAY_POLL_MS', 1000, 10, 600000),
  batchSize: s.int('OUTBOX_RELAY_BATCH_SIZE', 500, 1, 10000),
  /** The longest wait between two attempts while Kafka refuses. */
  retryMaxMs: s.int('OUTBOX_RELAY_RETRY_MAX_MS', 30000, 10, 600000),
});

/** Pruning of tables that only grow (src/retention, README "Retention"): 0 days keeps forever. */
const retention = z.object({
  processedEventsDays: s.int('RETENTION_PROCESSED_EVENTS_DAYS', 30, 0, 36500),
  webhookNotificationsDays: s.int('RETENTION_WEBHOOK_NOTIFICATIONS_DAYS', 14, 0, 36500),
  /** Each customer's latest decision is kept whatever its age (`explain` and the status need it). */
  customerDecisionsDays: s.int('RETENTION_CUSTOMER_DECISIONS_DAYS', 365, 0, 36500),
  noticesDays: s.int('RETENTION_NOTICES_DAYS', 180, 0, 36500),
  /** Published sync events (unpublished ones are never pruned). */
  syncEventsDays: s.int('RETENTION_SYNC_EVENTS_DAYS', 7, 0, 36500),
  /** The dead_letters index rows (the letters themselves live on the dead-letter topic, under its own retention). */
  deadLettersDays: s.int('RETENTION_DEAD_LETTERS_DAYS', 30, 0, 36500),
  /** Per-day QuickBooks call counts (the status shows the current month). */
  callCountsDays: s.int('RETENTION_QBO_CALL_COUNTS_DAYS', 400, 0, 36500),
  intervalMs: s.int('RETENTION_INTERVAL_MS', 3600000, 1000, 86400000),
  /** Rows per DELETE statement (one short transaction each). */
  batchSize: s.int('RETENTION_BATCH_SIZE', 5000, 1, 100000),
});

export const configSchema = z
  .object({
    databaseUrl: s.text('DATABASE_URL', undefined, {
      check: { test: (v) => /^postgres(ql)?:\/\//.test(v), message: 'must be a postgres:// URL' },
    }),
    dbPoolSize: s.int('DB_POOL_SIZE', 10, 1, 200),
    /** The worker's second pool, for connections held while a QuickBooks call is in flight. */
    dbQboPoolSize: s.int('DB_QBO_POOL_SIZE', 4, 1, 100),
    kafka,
    http: z.object({
      host: s.text('HTTP_HOST', '0.0.0.0'),
      port: s.int('HTTP_PORT', 8080, 0, 65535),
    }),
    /** Prometheus' port, apart from the public page and the admin API (src/metrics). */
    metrics: z.object({
      host: s.text('METRICS_HOST', '0.0.0.0'),
      port: s.int('METRICS_PORT', 9464, 0, 65535),
      /** How long a scrape waits for each figure read at scrape time (consumer lag, backlogs). */
      collectTimeoutMs: s.int('METRICS_COLLECT_TIMEOUT_MS', 5000, 100, 60000),
    }),
    /** A pino level. */
    logLevel: s.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    shutdownTimeoutMs: s.int('SHUTDOWN_TIMEOUT_MS', 25000, 1000, 600000),
    migrationsRunAtBoot: s.flag('MIGRATIONS_RUN_AT_BOOT', true),
    qbo,
    customers,
    connect,
    invoices,
    outbox,
    retention,
  })
  .transform((c) => ({
    ...c,
    connect: { ...c.connect, publicBaseUrl: c.connect.publicBaseUrl ?? `http://localhost:${c.http.port === 0 ? 8080 : c.http.port}` },
  }));
