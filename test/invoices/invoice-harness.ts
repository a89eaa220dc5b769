import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startEmulator, RunningEmulator, EmulatorConfigPatch } from '../../src/emulator';
import type { RequestLogEntry } from '../../src/emulator/request-log';
import { createLogger, Logger } from '../../src/logger';
import { CheckUncertainInvoices } from '../../src/invoices/check-uncertain-invoices';
import { FinishOpenBatches } from '../../src/invoices/finish-open-batches';
import { FlushInvoices, ResolvePending } from '../../src/invoices/flush-invoices';
import type { FlushOptions } from '../../src/invoices/flush-options';
import { InvoiceBacklog } from '../../src/invoices/invoice-backlog';
import { InvoiceBatchRepository } from '../../src/invoices/invoice-batch-repository';
import { CompanyListsRepository } from '../../src/invoices/company-lists-repository';
import { CurrencyCustomers } from '../../src/invoices/currency-customers';
import { InvoiceLineRefs } from '../../src/invoices/invoice-line-refs';
import { LoadRunCompany } from '../../src/invoices/load-run-company';
import { ReadCompanyChanges } from '../../src/invoices/read-company-changes';
import { ApplyQboMerge } from '../../src/customers/apply-qbo-merge';
import { CustomerDecisionLog } from '../../src/customers/customer-decision-log';
import { CustomerLinkRepository } from '../../src/customers/customer-link-repository';
import { SyncCustomerMirror } from '../../src/customers/sync-customer-mirror';
import { RecordPaymentState } from '../../src/invoices/record-payment-state';
import { SyncCompanyLists } from '../../src/invoices/sync-company-lists';
import { CustomerMirrorRepository } from '../../src/customers/customer-mirror-repository';
import type { CompanyProfileInput } from '../../src/emulator/company-profile';
import { InvoiceSyncRepository } from '../../src/invoices/invoice-sync-repository';
import { InvoiceWindowRepository } from '../../src/invoices/invoice-window-repository';
import { PlanInvoiceBatches } from '../../src/invoices/plan-invoice-batches';
import { ReadTenantStatus } from '../../src/invoices/read-tenant-status';
import { RunDueWindows } from '../../src/invoices/run-due-windows';
import { WindowRetries, WindowRetryOptions } from '../../src/invoices/window-retry';
import { RunInvoiceWindow } from '../../src/invoices/run-invoice-window';
import { SendInvoiceBatch } from '../../src/invoices/send-invoice-batch';
import { TenantWindowLock } from '../../src/invoices/tenant-window-lock';
import { QboWriteGate } from '../../src/qbo/qbo-write-gate';
import { readBudget } from '../support/read-budget';
import type { ReadBudgetSettings } from '../../src/qbo/qbo-read-budget';
import { ReadQboUsage } from '../../src/qbo/read-qbo-usage';
import { QboUsageMeter } from '../../src/qbo/qbo-usage-meter';
import { NodeQuickbooksClient } from '../../src/qbo/node-quickbooks-client';
import { QboConnectionRepository } from '../../src/qbo/qbo-connection-repository';
import { RateLimits, RealmRateLimiter } from '../../src/qbo/realm-rate-limiter';
import { TokenCipher } from '../../src/qbo/token-cipher';
import { TokenManager } from '../../src/qbo/token-manager';
import { EmulatorAdmin, emulatorBaseUrl, emulatorOAuthClient, storeEmulatorConnection } from '../support/emulator';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { uniqueName } from '../support/unique';

export const CLIENT_ID = 'qbo-sync-invoices-test';
export const CLIENT_SECRET = 'qbo-sync-invoices-secret';

export interface EmulatedInvoice {
  Id: string;
  SyncToken: string;
  DocNumber?: string;
  PrivateNote?: string;
  TotalAmt?: number;
  CustomerRef?: { value: string };
  Line?: Array<Record<string, unknown>>;
  voided: boolean;
}

export interface InvoiceRow {
  id: string;
  version?: number;
  customerId?: string;
  number?: string | null;
  issueDate?: string;
  lines?: Array<{ description?: string; quantity: string; unitPrice: string; itemCode?: string; taxable?: boolean; taxCode?: string }>;
  voided?: boolean;
  memo?: string | null;
  currency?: string | null;
  /** Invoice-level optional fields of the contract, kept in `data` as ingest keeps them. */
  pricesIncludeTax?: boolean;
  taxAmount?: string;
  exchangeRate?: string;
}

export interface Wiring {
  runWindow: RunInvoiceWindow;
  dueWindows: RunDueWindows;
  status: ReadTenantStatus;
  windows: InvoiceWindowRepository;
  limiter: RealmRateLimiter;
  lock: TenantWindowLock;
  /** The company's lists and payments read back, as the CompanyListsTask runs them. */
  lists: SyncCompanyLists;
  /** One CDC call for every entity of the company, as the ProcessCompanyChanges runs it (webhooks, the daily backstop). */
  changes: ReadCompanyChanges;
}

/**
 * The real emulator (in-process), a database of its own, and the invoices part wired the way
 * the container wires it, with options a test may shrink. Tenants, customers, links and
 * invoices are written directly in Postgres, as ingest and customer resolution would.
 */
export class InvoiceHarness {
  readonly logger: Logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', 'invoices-test');
  readonly key = randomBytes(32);
  readonly cipher = new TokenCipher(this.key);
  private readonly locks: TenantWindowLock[] = [];
  private readonly emulatorAdmin: EmulatorAdmin;

  private constructor(
    readonly emulator: RunningEmulator,
    readonly db: TestDatabase,
  ) {
    this.emulatorAdmin = new EmulatorAdmin(emulatorBaseUrl(emulator));
  }

  static async start(emulatorConfig: EmulatorConfigPatch = {}): Promise<InvoiceHarness> {
    const emulator = await startEmulator({ port: 0, config: emulatorConfig });
    const db = await createTestDatabase();
    return new InvoiceHarness(emulator, db);
  }

  get url(): string {
    return emulatorBaseUrl(this.emulator);
  }

  get ds(): DataSource {
    return this.db.dataSource;
  }

  wire(opts: { flush?: Partial<FlushOptions>; limits?: Partial<RateLimits>; resolvePending?: ResolvePending; client?: { maxRetries?: number; requestTimeoutMs?: number }; concurrency?: number; dataSource?: DataSource; spreadMs?: number; readBudget?: Partial<ReadBudgetSettings>; windowRetry?: WindowRetryOptions } = {}): Wiring {
    const ds = opts.dataSource ?? this.ds;
    const repo = new QboConnectionRepository(ds, this.cipher);
    const oauth = emulatorOAuthClient(this.url, CLIENT_ID, CLIENT_SECRET);
    const tokens = new TokenManager(repo, oauth, { refreshMarginMs: 300_000, lockTimeoutMs: 10_000 }, this.logger);
    const limiter = new RealmRateLimiter(ds, { perMinute: 500, perSecond: 10, batchesPerMinute: 40, maxConcurrent: 10, ...opts.limits });
    const qbo = new NodeQuickbooksClient(
      tokens,
      limiter,
      {
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        apiBaseUrl: this.url,
        minorVersion: 75,
        requestTimeoutMs: opts.client?.requestTimeoutMs ?? 5000,
        maxRetries: opts.client?.maxRetries ?? 4,
        retryBaseDelayMs: 20,
        retryMaxDelayMs: 200,
        throttlePauseMs: 1000,
      },
      this.logger,
      new QboWriteGate(ds),
      readBudget(ds, this.logger, opts.readBudget),
    );
    const syncRepo = new InvoiceSyncRepository(ds);
    const batches = new InvoiceBatchRepository(ds);
    const options: FlushOptions = { batchSize: 30, batchesInFlight: 4, retryAttempts: 3, retryBaseDelayMs: 50, requestIdTrustMs: 3_600_000, ...opts.flush };
    const send = new SendInvoiceBatch(qbo, batches, options, this.logger);
    const checker = new CheckUncertainInvoices(qbo, syncRepo, this.logger);
    const listsRepo = new CompanyListsRepository(ds);
    const payments = new RecordPaymentState(ds);
    const lists = new SyncCompanyLists(ds, qbo, listsRepo, repo, this.logger);
    const mirrorRepo = new CustomerMirrorRepository(ds);
    const merge = new ApplyQboMerge(ds, mirrorRepo, new CustomerLinkRepository(ds), new CustomerDecisionLog(ds), repo);
    const mirrorSync = new SyncCustomerMirror(ds, qbo, mirrorRepo, merge, repo, this.logger);
    const lineRefs = new InvoiceLineRefs(listsRepo, qbo, new CurrencyCustomers(ds, qbo, new CustomerMirrorRepository(ds), this.logger), this.logger);
    const flush = new FlushInvoices(
      syncRepo,
      batches,
      new LoadRunCompany(lists, listsRepo),
      tokens,
      new FinishOpenBatches(batches, send, checker, options, this.logger),
      new PlanInvoiceBatches(qbo, syncRepo, checker, options, lineRefs, payments, new CustomerMirrorRepository(ds)),
      send,
      options,
      this.logger,
      opts.resolvePending ?? null,
    );
    const windows = new InvoiceWindowRepository(ds);
    const backlog = new InvoiceBacklog(ds);
    const lock = new TenantWindowLock(this.db.url, this.logger);
    this.locks.push(lock);
    const runWindow = new RunInvoiceWindow(ds, lock, windows, flush, backlog, this.logger);
    return {
      runWindow,
      dueWindows: new RunDueWindows(ds, runWindow, opts.concurrency ?? 8, this.logger, opts.spreadMs ?? 0, opts.windowRetry ? new WindowRetries(ds, opts.windowRetry) : null),
      status: new ReadTenantStatus(ds, backlog, windows, null, null, null, opts.spreadMs ?? 0, new ReadQboUsage(new QboUsageMeter(ds), readBudget(ds, this.logger, opts.readBudget))),
      windows,
      limiter,
      lock,
      lists,
      changes: new ReadCompanyChanges(ds, qbo, mirrorSync, lists, listsRepo, payments, this.logger),
    };
  }

  /** A company in the emulator, its connection stored, and an enabled tenant. */
  async tenant(
    opts: {
      cron?: string;
      timeZone?: string;
      invoicesFrom?: string | null;
      enabled?: boolean;
      connectedAt?: Date;
      profile?: CompanyProfileInput;
      /** Read the company's lists now, as the background task does on connect (default true); false: the first window reads them. */
      loadLists?: boolean;
    } = {},
  ): Promise<{ tenantId: string; realmId: string; accessToken: string }> {
    const company = this.emulator.createCompany(uniqueName('Company'), opts.profile);
    const tenantId = uniqueName('tenant');
    await storeEmulatorConnection(new QboConnectionRepository(this.ds, this.cipher), tenantId, company, { accessSeconds: 3600, refreshSeconds: 86_400 });
    if (opts.connectedAt) await this.ds.query(`UPDATE qbo_connections SET created_at = $2 WHERE tenant_id = $1`, [tenantId, opts.connectedAt]);
    await this.ds.query(
      `INSERT INTO tenants (tenant_id, enabled, batch_cron, time_zone, invoices_from) VALUES ($1, $2, $3, $4, $5)`,
      [tenantId, opts.enabled ?? true, opts.cron ?? '0 2 * * *', opts.timeZone ?? 'UTC', opts.invoicesFrom === undefined ? '2000-01-01' : opts.invoicesFrom],
    );
    if (opts.loadLists !== false) await this.wire().lists.loadFull(tenantId, company.realmId);
    return { tenantId, realmId: company.realmId, accessToken: company.accessToken };
  }

  /** A customer upstream, in QBO (seeded) and linked. Returns its QBO Id. */
  async linkedCustomer(tenantId: string, realmId: string, customerId: string, displayName = `${customerId} ${uniqueName('n')}`): Promise<string> {
    const realm = this.realm(realmId);
    const res = await this.emulatorAdmin.seed<{ customers: Array<{ Id: string }> }>(realm.id, { customers: [{ DisplayName: displayName }] });
    const qboId = res.customers[0]?.Id;
    if (!qboId) throw new Error('seed returned no customer');
    await this.ds.query(
      `INSERT INTO customers (tenant_id, id, version, display_name, last_event_id, occurred_at) VALUES ($1, $2, 1, $3, $4, now())
       ON CONFLICT (tenant_id, id) DO NOTHING`,
      [tenantId, customerId, displayName, uniqueName('evt')],
    );
    await this.link(tenantId, customerId, 'linked', qboId);
    return qboId;
  }

  async link(tenantId: string, customerId: string, status: 'pending' | 'linked' | 'review' | 'failed', qboId: string | null, reason: string | null = null): Promise<void> {
    await this.ds.query(
      `INSERT INTO customer_links (tenant_id, customer_id, qbo_customer_id, status, status_reason, realm_id)
       VALUES ($1, $2, $3, $4, $5, (SELECT realm_id FROM qbo_connections WHERE tenant_id = $1))
       ON CONFLICT (tenant_id, customer_id) DO UPDATE SET qbo_customer_id = $3, status = $4, status_reason = $5, realm_id = EXCLUDED.realm_id, updated_at = now()`,
      [tenantId, customerId, qboId, status, reason],
    );
  }

  /** Records an invoice as ingest would (version-guarded upsert). */
  async invoice(tenantId: string, inv: InvoiceRow): Promise<void> {
    const lines = inv.lines ?? [{ description: 'Drain cleaning', quantity: '2', unitPrice: '75.00' }];
    await this.ds.query(
      `INSERT INTO invoices (tenant_id, id, version, voided, customer_id, number, issue_date, lines, memo, last_event_id, occurred_at, currency, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, now(), $11, $12::jsonb)
       ON CONFLICT (tenant_id, id) DO UPDATE SET version = EXCLUDED.version, voided = EXCLUDED.voided,
         customer_id = COALESCE(EXCLUDED.customer_id, invoices.customer_id), number = EXCLUDED.number,
         issue_date = EXCLUDED.issue_date, lines = EXCLUDED.lines, memo = EXCLUDED.memo, currency = EXCLUDED.currency,
         data = EXCLUDED.data, updated_at = now()
       WHERE invoices.version < EXCLUDED.version`,
      [tenantId, inv.id, inv.version ?? 1, inv.voided ?? false, inv.customerId ?? 'cus_1', inv.number === undefined ? `N-${inv.id}` : inv.number,
        inv.issueDate ?? '2026-11-20', JSON.stringify(lines), inv.memo ?? null, uniqueName('evt'), inv.currency ?? null,
        JSON.stringify({ pricesIncludeTax: inv.pricesIncludeTax, taxAmount: inv.taxAmount, exchangeRate: inv.exchangeRate })],
    );
  }

  /** Every invoice the emulated company holds (voided ones included). */
  qboInvoices(realmId: string): EmulatedInvoice[] {
    return this.realm(realmId)
      .list('Invoice')
      .map((e) => ({ ...(e.data as unknown as Omit<EmulatedInvoice, 'voided'>), voided: e.voided }));
  }

  realm(realmId: string) {
    const realm = this.emulator.state.store.get(realmId);
    if (!realm) throw new Error(`no realm ${realmId}`);
    return realm;
  }

  async faults(realmId: string, body: Record<string, unknown>): Promise<void> {
    await this.emulatorAdmin.faults(realmId, body);
  }

  async requests(realmId: string): Promise<RequestLogEntry[]> {
    return this.emulatorAdmin.requests(realmId);
  }

  async admin<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.emulatorAdmin.request<T>(method, path, body);
  }

  async syncRow(tenantId: string, invoiceId: string): Promise<Record<string, unknown> | undefined> {
    const rows = (await this.ds.query(`SELECT * FROM invoice_sync WHERE tenant_id = $1 AND invoice_id = $2`, [tenantId, invoiceId])) as Array<Record<string, unknown>>;
    return rows[0];
  }

  async close(): Promise<void> {
    for (const l of this.locks) await l.close();
    await this.emulator.close();
    await this.db.drop();
  }
}

/** The amount on an emulated invoice's sales lines, as text with cents. */
export function totalOf(inv: EmulatedInvoice): string {
  return Number(inv.TotalAmt ?? 0).toFixed(2);
}
