import { z } from 'zod';
import { cronProblem, isValidDate, isValidTimeZone, MAX_TENANT_ID_LENGTH } from '../connections/tenant-settings';

/**
 * The admin API's schemas: the zod schemas the /api routes validate their input with and
 * serialise their answers with (fastify-type-provider-zod). The OpenAPI document
 * (GET /api/openapi.json) is generated from them by @fastify/swagger, so the document and the
 * server cannot disagree.
 */

/** The one error body of every /api answer that is not a success. */
export const ErrorBody = z
  .object({
    error: z.string().describe('A stable code: bad_request, unauthorized, not_found, method_not_allowed, uri_too_long, payload_too_large, unsupported_media_type, not_connected, refused, qbo_unavailable, qbo_refused, ...'),
    message: z.string().describe('What went wrong, in words'),
    problems: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('For a 400: each field that was refused and why'),
    retriable: z.boolean().optional().describe('For a 502: whether trying again may succeed'),
  });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** A tenant id as the event contract and the server accept it. */
export const TenantId = z
  .string()
  .min(1)
  .max(MAX_TENANT_ID_LENGTH)
  // eslint-disable-next-line no-control-regex
  .regex(/^(?!\.{1,2}$)[^\u0000-\u001f\u007f]+$/, 'must be 1 to 100 characters without control characters, and not "." or ".."')
  .describe(
    `The tenant's id: 1 to ${MAX_TENANT_ID_LENGTH} characters, no control characters (U+0000–U+001F, U+007F); not "." or ".." (a URL cannot carry them as a path segment)`,
  );

/** An upstream customer id (the event contract's limits). */
export const CustomerId = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex
  .regex(/^(?!\.{1,2}$)[^\u0000-\u001f\u007f]+$/, 'must be 1 to 200 characters without control characters, and not "." or ".."')
  .describe('The upstream customer id: 1 to 200 characters, no control characters; not "." or ".."');

const QboId = z.string().regex(/^[0-9]{1,20}$/, 'must be digits (a QuickBooks Id)');

export const TenantParams = z.object({ tenantId: TenantId });
export const CustomerParams = z.object({ tenantId: TenantId, customerId: CustomerId });

const isoDateTime = z.string().describe('ISO 8601 date-time, UTC');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** PATCH /api/tenants/{tenantId}: each field optional; unknown fields are refused. */
export const SettingsChange = z
  .strictObject({
    enabled: z.boolean().describe('The QuickBooks toggle: off = events are recorded, nothing is sent'),
    batchCron: z
      .string()
      .max(200)
      .superRefine((v, ctx) => {
        const why = cronProblem(v);
        if (why !== null) ctx.addIssue({ code: 'custom', message: why });
      })
      .describe(
        'When invoices are sent: a five-field cron expression (minute hour day-of-month month day-of-week, e.g. "0 2 * * *" = 02:00 every day; ' +
          '"30 18 * * 1-5" = 18:30 on weekdays) read in timeZone. A local time the clocks skip that day runs at the first instant after the ' +
          'gap; one that occurs twice runs once. An expression that does not parse is answered 400 naming the field.',
      )
      .meta({ examples: ['0 2 * * *', '30 18 * * 1-5', '*/15 * * * *'] }),
    timeZone: z
      .string()
      .max(100)
      .refine(isValidTimeZone, 'must be an IANA time zone such as America/Los_Angeles or UTC')
      .describe('IANA time zone of the schedule, e.g. America/Los_Angeles')
      .meta({ examples: ['UTC', 'America/Los_Angeles', 'Europe/Paris', 'Australia/Sydney'] }),
    invoicesFrom: z
      .union([z.null(), z.literal(''), isoDate.refine(isValidDate, 'must be a real date as YYYY-MM-DD')])
      .describe('YYYY-MM-DD: invoices issued before are never sent; null (or "") = the day QuickBooks was connected')
      .meta({ examples: ['2026-11-01', null] }),
    ambiguousPolicy: z.enum(['create', 'review']).describe('A customer matching several QuickBooks customers: create one, or hold it for review'),
    defaultItemId: z
      .union([z.null(), z.literal(''), QboId])
      .describe('QuickBooks Item Id of lines without an item code (pick it by name from GET /api/tenants/{tenantId}/company); null (or "") = the company\'s "Services" item'),
    unmappedItemPolicy: z
      .enum(['create', 'default-item', 'hold'])
      .describe('A line whose itemCode matches no item (mapping, SKU, name): create a Service item for it, book it to the default item, or hold the invoice'),
    newItemIncomeAccount: z.union([z.null(), z.string().max(100)]).describe('Name of the income account items created for unmapped codes go under; null = "Sales"'),
    taxableTaxCode: z.union([z.null(), z.string().max(100)]).describe('Outside the US: the tax code (name) of taxable lines; null = the country\'s default ("HST ON", "20.0% S", "GST")'),
    exemptTaxCode: z.union([z.null(), z.string().max(100)]).describe('Outside the US: the tax code (name) of the other lines; null = the country\'s default ("Exempt", "GST free")'),
    currencyMismatchPolicy: z
      .enum(['second-customer', 'fail'])
      .describe('An invoice in another currency than its QuickBooks customer\'s: a second customer for that currency ("Acme Ltd (EUR)"), or fail with the reason'),
  })
  .partial();

export const TenantSettingsJson = z
  .object({
    tenantId: z.string(),
    enabled: z.boolean(),
    batchCron: z.string().describe('Five-field cron in timeZone'),
    timeZone: z.string(),
    invoicesFrom: isoDate.nullable(),
    ambiguousPolicy: z.enum(['create', 'review']),
    defaultItemId: z.string().nullable(),
    unmappedItemPolicy: z.enum(['create', 'default-item', 'hold']),
    newItemIncomeAccount: z.string().nullable(),
    taxableTaxCode: z.string().nullable(),
    exemptTaxCode: z.string().nullable(),
    currencyMismatchPolicy: z.enum(['second-customer', 'fail']),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  });

export const TenantOverviewJson = TenantSettingsJson.extend({
  connection: z.object({
    status: z.enum(['not_connected', 'connected', 'needs_reconnect', 'disconnected']),
    realmId: z.string().nullable(),
    companyName: z.string().nullable(),
    reason: z.string().nullable(),
    connectedAt: isoDateTime.nullable(),
    updatedAt: isoDateTime.nullable(),
  }),
  nextWindow: isoDateTime.nullable().describe('The next window by the schedule, or null if it never fires'),
});

export const TenantHealthJson = z.object({
  connection: z.string().describe('connected, needs_reconnect, disconnected or not_connected'),
  pending: z.number().describe('Invoices not yet in QuickBooks at their latest version'),
  failed: z.number(),
  oldestPendingSince: isoDateTime.nullable(),
  lastWindow: z.object({ id: z.string(), status: z.string(), startedAt: isoDateTime, finishedAt: isoDateTime.nullable() }).nullable(),
  deadLettersOpen: z.number().describe('Dead letters naming the tenant, not yet redriven'),
  health: z.enum(['ok', 'attention', 'disabled']),
  problems: z.array(z.string()).describe('What needs an operator, in words'),
});

export const TenantPage = z.object({
  tenants: z.array(TenantSettingsJson.extend({ health: TenantHealthJson.optional() })),
  next: z.string().nullable().describe('Pass as `after` for the next page; null on the last'),
});

export const TenantListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional().describe('Page size, 1 to 500 (default 100)'),
  after: TenantId.optional().describe('The `next` of the previous page'),
});

export const ConnectStarted = z.object({
  authorizeUrl: z.string().describe("Intuit's authorize URL: open it in a browser; Intuit redirects to QBO_REDIRECT_URI"),
  expiresAt: isoDateTime,
});
export const Disconnected = z.object({ status: z.literal('disconnected'), revoked: z.boolean(), alreadyDisconnected: z.boolean() });
export const LinkRequest = z
  .strictObject({ ttlHours: z.number().positive().max(8784).optional().describe('Hours the link stays valid (default TENANT_LINK_TTL_HOURS)') })
  .optional();
export const PageLink = z.object({ url: z.string(), expiresAt: isoDateTime });

/** The outbox relay's lag: sync events committed and not yet acknowledged by Kafka. */
export const OutboxLagJson = z.object({
  unpublished: z.number().describe('Sync events committed and not yet on the sync-events topic'),
  oldestUnpublishedAt: isoDateTime.nullable(),
  oldestUnpublishedAgeSeconds: z.number().nullable(),
});

const WindowView = z.object({
  id: z.string(),
  trigger: z.string(),
  status: z.string(),
  scheduledFor: isoDateTime.nullable(),
  requestedBy: z.string().nullable(),
  startedAt: isoDateTime,
  finishedAt: isoDateTime.nullable(),
  resumedAfterCrash: z.number(),
  pushed: z.number(),
  updated: z.number(),
  voided: z.number(),
  failed: z.number(),
  failures: z.array(z.object({ invoiceId: z.string(), number: z.string().nullable(), code: z.string(), reason: z.string() })),
  waitingAtEnd: z.number(),
  carriedToNextWindow: z.number(),
  batches: z.number(),
  note: z.string().nullable(),
});
const Example = z.object({ invoiceId: z.string(), number: z.string().nullable() });

export const WindowHistoryQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).optional().describe('Page size, 1 to 200 (default 20)'),
  before: z.string().regex(/^[0-9]{1,18}$/).optional().describe('The `next` of the previous page (a window id)'),
});
export const WindowHistory = z.object({
  tenantId: z.string(),
  windows: z.array(WindowView).describe('Newest first'),
  next: z.string().nullable().describe('Pass as `before` for the next (older) page; null on the last'),
});
export const RunWindowQuery = z.strictObject({
  requestedBy: z.string().min(1).max(100).optional().describe('Who asked (logged and stored with the window); default "api"'),
  wait: z.coerce.number().int().min(0).max(60).optional().describe('Seconds to wait for the window to finish before answering 202 (default 5)'),
});
export const WindowRun = z.object({
  tenantId: z.string(),
  state: z.enum(['finished', 'running']).describe('finished: the window is done (its row below); running: still going, see GET …/windows'),
  window: WindowView.nullable(),
});

export const DeadLetterCountsJson = z.object({
  total: z.number(),
  open: z.number().describe('Not yet redriven'),
  byReason: z.array(z.object({ code: z.string(), count: z.number(), open: z.number(), lastAt: isoDateTime })),
});

export const TenantStatusJson = z
  .object({
    tenantId: z.string(),
    generatedAt: isoDateTime,
    tenant: z.object({ enabled: z.boolean(), batchCron: z.string(), timeZone: z.string(), invoicesFrom: z.string().nullable(), syncFrom: z.string().nullable() }),
    connection: z.object({ status: z.string(), company: z.string().nullable(), realm: z.string().nullable(), reason: z.string().nullable() }),
    invoices: z.object({
      pending: z.number(),
      oldestPendingSince: isoDateTime.nullable(),
      oldestPendingAgeSeconds: z.number().nullable(),
      readyForNextWindow: z.number(),
      inFlight: z.number(),
      waiting: z.object({ total: z.number(), reasons: z.array(z.object({ reason: z.string(), count: z.number(), examples: z.array(Example) })) }),
      failed: z.object({
        total: z.number(),
        invoices: z.array(z.object({ invoiceId: z.string(), number: z.string().nullable(), version: z.number(), code: z.string().nullable(), reason: z.string(), since: isoDateTime })),
      }),
      beforeSyncStartDate: z.number(),
    }),
    schedule: z.object({
      cron: z.string(),
      timeZone: z.string(),
      nextWindow: z.object({ local: z.string(), utc: isoDateTime }).nullable(),
      clockChange: z.string().nullable().describe('Set when the next window\'s local time does not exist that day (clocks go forward): when it runs instead'),
      note: z.string().nullable(),
    }),
    lastWindow: WindowView.nullable(),
    runningWindow: WindowView.nullable(),
    customers: z
      .object({
        heldForReviewTotal: z.number(),
        possibleDuplicatesTotal: z.number(),
        awaitingFirstInvoice: z
          .object({ total: z.number(), reason: z.string() })
          .describe('Customers of a multi-currency company not created yet: each waits for its first invoice, whose currency it is created in'),
        awaitingCompanySettings: z
          .object({
            total: z.number(),
            reason: z.string(),
            load: z.object({
              status: z.enum(['not-started', 'loading', 'ready', 'failed']),
              failures: z.number(),
              lastError: z.string().nullable(),
              nextAttemptAt: z.string().nullable(),
            }),
          })
          .describe("Customers not created yet because the company's settings (several currencies or one) are not read from QuickBooks yet, just after a connect; `load`: where that read is, retried while the company is connected"),
        heldForReview: z.array(z.looseObject({ customerId: z.string() })),
        notices: z.array(z.looseObject({ id: z.string() })),
        possibleDuplicates: z.array(z.looseObject({})),
      })
      .optional(),
    syncEvents: OutboxLagJson.optional().describe("The tenant's sync events not yet published (what upstream has not been told yet)"),
    quickbooks: z
      .object({
        company: z
          .object({
            name: z.string().nullable(),
            country: z.string().nullable(),
            homeCurrency: z.string().nullable(),
            multiCurrency: z.boolean(),
            automatedSalesTax: z.boolean(),
            customTxnNumbers: z.boolean(),
          })
          .nullable()
          .describe('The connected company as read from CompanyInfo and Preferences; null until read'),
        differences: z
          .object({
            total: z.number(),
            invoices: z.array(
              z.object({
                invoiceId: z.string(),
                number: z.string().nullable(),
                qboInvoiceId: z.string().nullable(),
                message: z.string().describe('e.g. "QuickBooks computed tax 8.25 where your system had 8.24"'),
                qboTotal: z.string().nullable(),
                qboTax: z.string().nullable(),
              }),
            ),
          })
          .describe("Invoices whose total or tax in QuickBooks differs from upstream's (newest 50)"),
        numberedByQuickBooks: z
          .object({ total: z.number(), invoices: z.array(z.object({ invoiceId: z.string(), docNumber: z.string() })) })
          .describe('Invoices sent without a number that QuickBooks numbered (newest 50)'),
        payments: z
          .object({
            paid: z.number(),
            partlyPaid: z.number(),
            invoices: z.array(
              z.object({
                invoiceId: z.string(),
                number: z.string().nullable(),
                qboInvoiceId: z.string(),
                balance: z.string(),
                total: z.string().nullable(),
                paidState: z.string(),
                readAt: isoDateTime.nullable(),
              }),
            ),
          })
          .describe('Payments read back from QuickBooks (webhooks, CDC): counts, and the invoices paid or partly paid most recently (50)'),
      })
      .optional(),
    deadLetters: DeadLetterCountsJson.optional().describe("The tenant's events that were dead-lettered (their value named the tenant), by reason"),
    qboUsage: z
      .object({
        tenant: z.object({
          month: z.string().describe('UTC month, e.g. 2026-11'),
          core: z.number().describe('Core calls (writes: creates, updates, voids, batch items) this month'),
          corePlus: z.number().describe('CorePlus calls (reads, queries, CDC: metered by Intuit) this month'),
          byPurpose: z.array(z.object({ purpose: z.string(), core: z.number(), corePlus: z.number() })),
          today: z.object({ core: z.number(), corePlus: z.number() }),
        }),
        app: z.object({
          month: z.string(),
          app: z.object({ core: z.number(), corePlus: z.number() }).describe('Every tenant together this month'),
          budget: z.number().describe('QBO_COREPLUS_MONTHLY_BUDGET'),
          warnPercent: z.number(),
          sharePercent: z.number().describe('CorePlus spent as a share of the budget, percent'),
          backstopDeferred: z.boolean().describe('Backstop reads (CDC catch-ups, periodic re-reads) wait: past the warning share'),
          readsRefused: z
            .object({ scope: z.enum(['app', 'company']), since: isoDateTime, reason: z.string(), nextProbeAt: isoDateTime })
            .nullable()
            .describe('QuickBooks refuses reads (the app\'s monthly read budget, or this company): reads wait, writes go on'),
        }),
      })
      .optional()
      .describe("QuickBooks calls counted by the worker (Core / CorePlus) and the app's monthly read budget"),
  });

const Candidate = z.looseObject({ qboCustomerId: z.string(), score: z.number() });
export const ReviewList = z.object({
  tenantId: z.string(),
  total: z.number().describe('Customers held for review (the list shows at most 200, oldest first)'),
  customers: z.array(
    z.object({
      customerId: z.string(),
      displayName: z.string().nullable(),
      email: z.string().nullable(),
      reason: z.string().nullable(),
      qboCustomerId: z.string().nullable(),
      candidates: z.array(Candidate),
      waitingInvoices: z.number(),
      since: isoDateTime,
    }),
  ),
  notices: z.array(
    z.object({ id: z.string(), customerId: z.string().nullable(), qboCustomerId: z.string().nullable(), kind: z.string(), message: z.string(), createdAt: isoDateTime }),
  ),
});

const QboCustomerRef = z.object({ qboCustomerId: z.string(), displayName: z.string() });
export const DuplicatesJson = z.object({
  tenantId: z.string(),
  generatedAt: isoDateTime,
  total: z.number(),
  scanned: z.boolean(),
  pairs: z.array(
    z.object({
      phaseOut: QboCustomerRef,
      keeper: QboCustomerRef,
      score: z.number(),
      evidence: z.array(z.string()),
      linkedCustomerIds: z.array(z.string()),
      mergeSteps: z.array(z.string()),
      afterwards: z.string(),
    }),
  ),
});

export const ExplanationJson = z.object({
  tenantId: z.string(),
  customerId: z.string(),
  link: z.looseObject({ status: z.string(), qboCustomerId: z.string().nullable() }).nullable(),
  decisions: z.array(z.looseObject({ outcome: z.string(), method: z.string(), reason: z.string(), createdAt: isoDateTime })),
});

export const LinkByHandBody = z.strictObject({ qboCustomerId: QboId.describe('The QuickBooks customer Id to link to') });
export const OperatorDone = z.object({ ok: z.literal(true), qboCustomerId: z.string(), message: z.string() });

/** The error answers every /api operation may give, documented on each. */
type ErrorStatus = 400 | 401 | 404 | 409 | 413 | 414 | 415 | 502 | 503;
export function errorResponses(
  opts: { params?: boolean; body?: boolean; notFound?: string; extra?: Partial<Record<ErrorStatus, string>> } = {},
): { [K in ErrorStatus]?: typeof ErrorBody } {
  const out: { [K in ErrorStatus]?: typeof ErrorBody } = {
    400: ErrorBody.describe('A refused input (`problems` names each field), or a request the server cannot read'),
    401: ErrorBody.describe('Missing or wrong bearer token'),
  };
  if (opts.notFound) out[404] = ErrorBody.describe(opts.notFound);
  if (opts.params) out[414] = ErrorBody.describe('A path segment longer than the server reads (1,000 characters encoded)');
  if (opts.body) {
    out[413] = ErrorBody.describe('The body is larger than 1 MiB');
    out[415] = ErrorBody.describe('The body is not application/json');
  }
  for (const [code, description] of Object.entries(opts.extra ?? {})) out[Number(code) as ErrorStatus] = ErrorBody.describe(description);
  return out;
}

/** The tag every documented /api route carries (@fastify/swagger leaves untagged routes out). */
export const API_TAG = 'admin';

/**
 * The OpenAPI document's head. Its paths are generated by @fastify/swagger from the schemas the
 * routes validate with (see api-schemas.ts), never written by hand.
 */
export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'qbo-sync admin API',
    version: '2.0.0',
    description:
      "Operators' API of the qbo-sync worker, served on its HTTP port. Every /api route needs `Authorization: Bearer <ADMIN_API_TOKEN>`. " +
      'Every answer that is not a success has the body `{"error": code, "message": text}` (a 400 adds `problems`, one per refused field). ' +
      'A known path asked with a method it does not declare answers 405 with an `Allow` header; an unknown path answers 404. ' +
      'The tenant settings page (GET /tenants/{tenantId}) is reached with a signed link instead (see docs/connect.md).',
  },
  tags: [{ name: API_TAG, description: 'The admin API' }],
  components: { securitySchemes: { bearer: { type: 'http' as const, scheme: 'bearer', description: 'ADMIN_API_TOKEN' } } },
  security: [{ bearer: [] }],
};

const NamedRefJson = z.object({ id: z.string(), name: z.string() });
export const CompanySetupJson = z.object({
  tenantId: z.string(),
  profile: z
    .object({
      realmId: z.string(),
      companyName: z.string().nullable(),
      country: z.string().nullable(),
      homeCurrency: z.string().nullable(),
      multiCurrency: z.boolean(),
      automatedSalesTax: z.boolean(),
      customTxnNumbers: z.boolean(),
    })
    .nullable()
    .describe('The connected company (CompanyInfo, Preferences); null until its lists are read'),
  proposedTaxCodes: z.object({ taxable: z.string(), exempt: z.string() }).nullable().describe('The codes used when none is chosen (outside the US)'),
  items: z.array(NamedRefJson).describe('Active items to pick the default item or a mapping from (first 1000 by name)'),
  incomeAccounts: z.array(NamedRefJson),
  taxCodes: z.array(NamedRefJson),
  mappings: z.array(z.object({ code: z.string(), itemId: z.string(), itemName: z.string().nullable() })),
});
// eslint-disable-next-line no-control-regex
const NO_CONTROL = /^[^\u0000-\u001f\u007f]+$/;
export const ItemCodeParams = TenantParams.extend({
  code: z.string().min(1).max(100).regex(NO_CONTROL, 'must not hold control characters').describe('The upstream item code (itemCode of invoice lines)'),
});
export const ItemMappingBody = z.object({
  item: z.string().min(1).max(100).regex(NO_CONTROL, 'must not hold control characters').describe('The item, by its name (or Id) in the QuickBooks company'),
});
export const ItemMappingJson = z.object({ code: z.string(), item: NamedRefJson.nullable() });
