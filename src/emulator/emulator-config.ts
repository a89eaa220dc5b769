import { z } from 'zod';

/**
 * Everything about the emulator that tests, the demo or a bench may want to change.
 * Unconfirmed facts about QBO (see docs/emulator.md) are switches here.
 */
export interface EmulatorConfig {
  oauth: {
    /** client_id -> client_secret. Empty: any client id/secret pair is accepted (but codes and tokens stay bound to the client that obtained them). */
    clients: Record<string, string>;
    accessTokenTtlSeconds: number;
    /** Rolling refresh-token lifetime (Intuit: 100 days). */
    refreshTokenTtlSeconds: number;
    /** Hard refresh-token lifetime from the first authorisation (Intuit: at most 5 years). */
    refreshTokenHardTtlSeconds: number;
    authCodeTtlSeconds: number;
  };
  limits: {
    requestsPerMinute: number;
    requestsPerSecond: number;
    batchRequestsPerMinute: number;
    /** Window lengths, so a test can shrink the windows as well as the counts. */
    minuteWindowMs: number;
    secondWindowMs: number;
    maxBatchItems: number;
    /** Batch requests per minute to one company from all apps together (since 2025-10-31: 120). */
    batchRequestsPerMinuteAllApps: number;
    /** Unconfirmed: does each item of a batch count toward the per-minute request limit? Default: no (the batch counts once). */
    batchItemsCountTowardMinute: boolean;
  };
  usage: {
    /** CorePlus (read) calls an app may make per month across its companies; null: no cap. Intuit's free tier: 500,000. */
    corePlusMonthlyCap: number | null;
    /** Unconfirmed: how QBO refuses reads past the cap. "forbidden": 403, gateway code 3100 (the app is "Offline"); "throttle": 429 / 3001. */
    overCapAnswer: 'forbidden' | 'throttle';
  };
  throttle: {
    /** "json": gateway JSON fault; "xml": the IntuitResponse XML body QBO sometimes sends. */
    bodyFormat: 'json' | 'xml';
    /** Retry-After is unconfirmed: null sends none. */
    retryAfterSeconds: number | null;
  };
  names: {
    /** Unconfirmed: is the DisplayName uniqueness rule case-sensitive? Default: no. */
    uniquenessCaseSensitive: boolean;
    /** Unconfirmed: does an inactive record still block its DisplayName? Default: yes. */
    inactiveNamesBlock: boolean;
    /** 500 today; 100 is the older limit that still circulates. */
    displayNameMaxLength: number;
    companyNameMaxLength: number;
  };
  requestId: {
    retentionSeconds: number;
    /** Unconfirmed: does requestid protect name-list (Customer/Vendor/Employee) creates and updates? */
    protectsNameLists: boolean;
    maxLength: number;
    maxLengthBatch: number;
  };
  query: {
    /** Curly quotes have broken real clients' queries: "reject" answers 4000 when the query contains one. */
    curlyQuotes: 'reject' | 'allow';
  };
  batch: {
    /** "shuffled": items run (and answer) in a random order, since QBO promises no order. */
    executionOrder: 'shuffled' | 'sequential';
  };
  cdc: {
    maxDaysBack: number;
    maxObjects: number;
    /** Where the cap applies: "request" (all requested entities together, oldest first) or "entity" (each entity's list on its own). */
    maxObjectsPer: 'request' | 'entity';
    /**
     * Change stamps (LastUpdatedTime) rounded down to this many ms. 1: strictly increasing, two
     * changes never share an instant; more (1000: QuickBooks' one-second LastUpdatedTime) lets
     * changes made together share one, so a CDC answer at its cap can hold only one instant.
     */
    stampResolutionMs: number;
  };
  webhooks: {
    urls: string[];
    verifierToken: string;
    /** Send Create/Update/Delete/Void events (Merge events are always sent when urls are set). */
    createUpdateEvents: boolean;
    maxAttempts: number;
    initialBackoffMs: number;
    timeoutMs: number;
  };
  requestLog: {
    maxEntriesPerRealm: number;
  };
  /** Company rules: items, tax, currency, addresses (see company-profile.ts, tax.ts, currency.ts). */
  companies: {
    /** US Automated Sales Tax: rate in percent (decimal string) by the customer's state (CountrySubDivisionCode). */
    usStateTaxRates: Record<string, string>;
    /** Rate for a state missing from the table, or when neither invoice nor customer has a state. */
    usDefaultTaxRate: string;
    /** Unconfirmed: a foreign-currency invoice or payment without ExchangeRate gets 1 ("one") or is refused ("reject"). */
    missingExchangeRate: 'one' | 'reject';
    /** Since 2025-10-31 address Country comes back as ISO alpha-3 ("iso3"); "asWritten" is the older behaviour. */
    addressCountry: 'iso3' | 'asWritten';
  };
}

export const defaultEmulatorConfig: EmulatorConfig = {
  oauth: {
    clients: {},
    accessTokenTtlSeconds: 3600,
    refreshTokenTtlSeconds: 100 * 24 * 3600,
    refreshTokenHardTtlSeconds: 5 * 365 * 24 * 3600,
    authCodeTtlSeconds: 300,
  },
  limits: {
    requestsPerMinute: 500,
    requestsPerSecond: 10,
    batchRequestsPerMinute: 40,
    minuteWindowMs: 60_000,
    secondWindowMs: 1_000,
    maxBatchItems: 30,
    batchRequestsPerMinuteAllApps: 120,
    batchItemsCountTowardMinute: false,
  },
  usage: { corePlusMonthlyCap: 500_000, overCapAnswer: 'forbidden' },
  throttle: { bodyFormat: 'json', retryAfterSeconds: null },
  names: {
    uniquenessCaseSensitive: false,
    inactiveNamesBlock: true,
    displayNameMaxLength: 500,
    companyNameMaxLength: 100,
  },
  requestId: { retentionSeconds: 24 * 3600, protectsNameLists: true, maxLength: 50, maxLengthBatch: 36 },
  query: { curlyQuotes: 'reject' },
  batch: { executionOrder: 'shuffled' },
  cdc: { maxDaysBack: 30, maxObjects: 1000, maxObjectsPer: 'request', stampResolutionMs: 1 },
  webhooks: {
    urls: [],
    verifierToken: 'emulator-verifier-token',
    createUpdateEvents: true,
    maxAttempts: 4,
    initialBackoffMs: 200,
    timeoutMs: 3000,
  },
  requestLog: { maxEntriesPerRealm: 10_000 },
  companies: {
    usStateTaxRates: { CA: '7.25', NY: '8.875', TX: '8.25', WA: '10.1', FL: '7', IL: '10.25', MA: '6.25', NJ: '6.625', OR: '0', DE: '0' },
    usDefaultTaxRate: '0',
    missingExchangeRate: 'one',
    addressCountry: 'iso3',
  },
};

const positive = z.number().int().positive();
const nonNegative = z.number().int().nonnegative();

/** Accepts a deep partial of EmulatorConfig; unknown keys are rejected so typos don't pass silently. */
export const emulatorConfigPatchSchema = z
  .object({
    oauth: z
      .object({
        clients: z.record(z.string(), z.string()),
        accessTokenTtlSeconds: positive,
        refreshTokenTtlSeconds: positive,
        refreshTokenHardTtlSeconds: positive,
        authCodeTtlSeconds: positive,
      })
      .strict()
      .partial(),
    limits: z
      .object({
        requestsPerMinute: positive,
        requestsPerSecond: positive,
        batchRequestsPerMinute: positive,
        minuteWindowMs: positive,
        secondWindowMs: positive,
        maxBatchItems: positive,
        batchRequestsPerMinuteAllApps: positive,
        batchItemsCountTowardMinute: z.boolean(),
      })
      .strict()
      .partial(),
    usage: z
      .object({ corePlusMonthlyCap: nonNegative.nullable(), overCapAnswer: z.enum(['forbidden', 'throttle']) })
      .strict()
      .partial(),
    throttle: z
      .object({ bodyFormat: z.enum(['json', 'xml']), retryAfterSeconds: nonNegative.nullable() })
      .strict()
      .partial(),
    names: z
      .object({
        uniquenessCaseSensitive: z.boolean(),
        inactiveNamesBlock: z.boolean(),
        displayNameMaxLength: positive,
        companyNameMaxLength: positive,
      })
      .strict()
      .partial(),
    requestId: z
      .object({
        retentionSeconds: nonNegative,
        protectsNameLists: z.boolean(),
        maxLength: positive,
        maxLengthBatch: positive,
      })
      .strict()
      .partial(),
    query: z.object({ curlyQuotes: z.enum(['reject', 'allow']) }).strict().partial(),
    batch: z.object({ executionOrder: z.enum(['shuffled', 'sequential']) }).strict().partial(),
    cdc: z.object({ maxDaysBack: positive, maxObjects: positive, maxObjectsPer: z.enum(['request', 'entity']), stampResolutionMs: positive }).strict().partial(),
    webhooks: z
      .object({
        urls: z.array(z.string().url()),
        verifierToken: z.string().min(1),
        createUpdateEvents: z.boolean(),
        maxAttempts: positive,
        initialBackoffMs: nonNegative,
        timeoutMs: positive,
      })
      .strict()
      .partial(),
    requestLog: z.object({ maxEntriesPerRealm: positive }).strict().partial(),
    companies: z
      .object({
        usStateTaxRates: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^\d+(\.\d+)?$/)),
        usDefaultTaxRate: z.string().regex(/^\d+(\.\d+)?$/),
        missingExchangeRate: z.enum(['one', 'reject']),
        addressCountry: z.enum(['iso3', 'asWritten']),
      })
      .strict()
      .partial(),
  })
  .strict()
  .partial();

export type EmulatorConfigPatch = z.infer<typeof emulatorConfigPatchSchema>;

/** Applies a (validated) deep-partial patch onto a config, returning a new config. */
export function applyConfigPatch(base: EmulatorConfig, patch: EmulatorConfigPatch): EmulatorConfig {
  const next: EmulatorConfig = structuredClone(base);
  const sections = Object.keys(patch) as (keyof EmulatorConfigPatch)[];
  for (const section of sections) {
    const values = patch[section];
    if (values === undefined) continue;
    Object.assign(next[section], values);
  }
  return next;
}
