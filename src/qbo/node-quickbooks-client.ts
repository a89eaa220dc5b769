import { randomUUID } from 'node:crypto';
import { injectable } from 'inversify';
import QuickBooksModule from 'node-quickbooks';
import { Logger } from '../logger';
import { classifyFailure, classifyThrown } from './error-classifier';
import {
  BatchItem,
  BatchItemResult,
  CdcEntity,
  CdcResult,
  CountableEntity,
  NameHolder,
  QboClient,
  QboCompanyInfo,
  QboCustomer,
  QboCustomerInput,
  QboInvoice,
  QboInvoiceInput,
  QboNamedEntity,
  QboSparseUpdate,
  UpdateOptions,
  WriteOptions,
} from './qbo-client';
import { QboError } from './qbo-error';
import { countCriteria, MAX_PAGE_SIZE, QueryCondition, QueryEntity, selectCriteria } from './qbo-query';
import { RealmRateLimiter, RequestKind } from './realm-rate-limiter';
import { assertRequestId, MAX_BATCH_REQUEST_ID_LENGTH, MAX_REQUEST_ID_LENGTH } from './request-ids';
import { runInScope } from './node-quickbooks-scope';
import { AccessGrant } from './token-manager';

export interface NodeQuickbooksClientOptions {
  clientId: string;
  clientSecret: string;
  /** Origin of the accounting API, without /v3/company (Intuit's, or the emulator's URL). */
  apiBaseUrl: string;
  minorVersion: number;
  requestTimeoutMs: number;
  /** Retries of retriable failures after the first attempt. */
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  /** How long a realm pauses after a 429 (QBO asks for 60 s). */
  throttlePauseMs: number;
  /** Query page size, ≤ 1000 (tests use small pages to exercise paging). */
  pageSize?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Where the client gets tokens: TokenManager. */
export interface AccessTokenSource {
  getAccess(tenantId: string): Promise<AccessGrant>;
  refreshAfterRejection(tenantId: string, rejectedAccessToken: string): Promise<AccessGrant>;
}

// ---- the narrow slice of node-quickbooks used here (its bundled typings are full of `any`) ----
type NqCallback = (err: unknown, body?: unknown) => void;
type NqCriteria = string | Array<Record<string, unknown>>;
interface NqInstance {
  endpoint: string;
  createCustomer(customer: object, cb: NqCallback): void;
  getCustomer(id: string, cb: NqCallback): void;
  updateCustomer(customer: object, cb: NqCallback): void;
  findCustomers(criteria: NqCriteria, cb: NqCallback): void;
  findVendors(criteria: NqCriteria, cb: NqCallback): void;
  findEmployees(criteria: NqCriteria, cb: NqCallback): void;
  findInvoices(criteria: NqCriteria, cb: NqCallback): void;
  createInvoice(invoice: object, cb: NqCallback): void;
  getInvoice(id: string, cb: NqCallback): void;
  updateInvoice(invoice: object, cb: NqCallback): void;
  voidInvoice(invoice: object, cb: NqCallback): void;
  batch(items: readonly object[], cb: NqCallback): void;
  changeDataCapture(entities: string, since: string, cb: NqCallback): void;
  getCompanyInfo(id: string, cb: NqCallback): void;
}
type NqConstructor = new (
  consumerKey: string,
  consumerSecret: string,
  token: string,
  tokenSecret: false,
  realmId: string,
  useSandbox: boolean,
  debug: boolean,
  minorversion: number,
  oauthversion: '2.0',
  refreshToken: string | null,
) => NqInstance;
const QuickBooks = QuickBooksModule as unknown as NqConstructor;

const MAX_BATCH_ITEMS = 30;
const MAX_REAPPLY = 3;

interface Operation {
  name: string;
  kind?: RequestKind;
  /** Extra query parameters (the batch requestid). */
  params?: Record<string, string>;
}

/**
 * QboClient over node-quickbooks (HTTP and QBO's API shapes) and TokenManager (intuit-oauth).
 * Per call: a token for the tenant, a slot from the realm's rate limiter, a fresh node-quickbooks
 * instance pointed at the configured base URL, a timeout, then classification of any failure.
 * Retriable failures are retried with exponential backoff and full jitter, sending the same
 * requestid and the same body; a 401/3200 refreshes the token once; a 429 pauses the realm.
 */
@injectable()
export class NodeQuickbooksClient implements QboClient {
  private readonly pageSize: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(
    private readonly tokens: AccessTokenSource,
    private readonly limiter: RealmRateLimiter,
    private readonly options: NodeQuickbooksClientOptions,
    private readonly logger: Logger,
  ) {
    this.pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, options.pageSize ?? MAX_PAGE_SIZE));
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.random = options.random ?? Math.random;
  }

  // ---------------------------------------------------------------- customers

  async createCustomer(tenantId: string, customer: QboCustomerInput, opts: WriteOptions): Promise<QboCustomer> {
    assertRequestId(opts.requestId, MAX_REQUEST_ID_LENGTH);
    const body = await this.execute(tenantId, { name: 'POST /customer' }, (qb, cb) =>
      qb.createCustomer({ ...customer, requestId: opts.requestId }, cb),
    );
    return entityFrom<QboCustomer>(body, 'Customer');
  }

  async readCustomer(tenantId: string, id: string): Promise<QboCustomer | null> {
    return this.readOrNull(() =>
      this.execute(tenantId, { name: 'GET /customer/{id}' }, (qb, cb) => qb.getCustomer(id, cb)).then((b) =>
        entityFrom<QboCustomer>(b, 'Customer'),
      ),
    );
  }

  async updateCustomer(tenantId: string, update: QboSparseUpdate<QboCustomerInput>, opts: UpdateOptions = {}): Promise<QboCustomer> {
    return this.updateWithReapply(tenantId, update, opts, {
      name: 'POST /customer?operation=update',
      send: (qb, body, cb) => qb.updateCustomer(body, cb),
      reread: (id) => this.readCustomer(tenantId, id),
      entity: 'Customer',
    });
  }

  async queryCustomers(tenantId: string, conditions: readonly QueryCondition[], opts: { activeOnly?: boolean } = {}): Promise<QboCustomer[]> {
    const conds = opts.activeOnly ? conditions : withInactive(conditions);
    return this.queryAll<QboCustomer>(tenantId, 'Customer', conds, (qb, c, cb) => qb.findCustomers(c, cb));
  }

  async findNameHolders(tenantId: string, displayName: string): Promise<NameHolder[]> {
    const byName: QueryCondition[] = [{ field: 'DisplayName', value: displayName }];
    const customers = await this.queryCustomers(tenantId, byName);
    const vendors = await this.queryNamed(tenantId, 'Vendor', displayName);
    const employees = await this.queryNamed(tenantId, 'Employee', displayName);
    const holder = (entity: NameHolder['entity']) => (e: { Id: string; DisplayName: string; Active?: boolean }): NameHolder => ({
      entity,
      id: e.Id,
      displayName: e.DisplayName,
      active: e.Active !== false,
    });
    return [...customers.map(holder('Customer')), ...vendors.map(holder('Vendor')), ...employees.map(holder('Employee'))];
  }

  async readVendorByDisplayName(tenantId: string, displayName: string): Promise<QboNamedEntity | null> {
    return (await this.queryNamed(tenantId, 'Vendor', displayName))[0] ?? null;
  }

  async readEmployeeByDisplayName(tenantId: string, displayName: string): Promise<QboNamedEntity | null> {
    return (await this.queryNamed(tenantId, 'Employee', displayName))[0] ?? null;
  }

  async count(tenantId: string, entity: CountableEntity, conditions: readonly QueryCondition[] = []): Promise<number> {
    const conds = entity === 'Invoice' ? conditions : withInactive(conditions);
    const criteria = countCriteria(entity, conds) as Array<Record<string, unknown>>;
    const body = await this.execute(tenantId, { name: `GET /query (count ${entity})` }, (qb, cb) => finder(qb, entity)(criteria, cb));
    const qr = record(record(body).QueryResponse);
    const total = qr.totalCount;
    if (typeof total !== 'number') throw unexpectedShape('COUNT answer without QueryResponse.totalCount');
    return total;
  }

  async changedSince(tenantId: string, entities: readonly CdcEntity[], since: Date): Promise<CdcResult> {
    if (entities.length === 0) throw new Error('changedSince needs at least one entity');
    const body = await this.execute(tenantId, { name: 'GET /cdc' }, (qb, cb) =>
      qb.changeDataCapture(entities.join(','), since.toISOString(), cb),
    );
    const out: CdcResult = { customers: [], invoices: [], vendors: [], employees: [], time: str(record(body).time) };
    const responses = arr(record(body).CDCResponse);
    for (const r of responses) {
      for (const qr of arr(record(r).QueryResponse)) {
        const q = record(qr);
        out.customers.push(...(arr(q.Customer) as QboCustomer[]));
        out.invoices.push(...(arr(q.Invoice) as QboInvoice[]));
        out.vendors.push(...(arr(q.Vendor) as QboNamedEntity[]));
        out.employees.push(...(arr(q.Employee) as QboNamedEntity[]));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- invoices

  async createInvoice(tenantId: string, invoice: QboInvoiceInput, opts: WriteOptions): Promise<QboInvoice> {
    assertRequestId(opts.requestId, MAX_REQUEST_ID_LENGTH);
    const body = await this.execute(tenantId, { name: 'POST /invoice' }, (qb, cb) =>
      qb.createInvoice({ ...invoice, requestId: opts.requestId }, cb),
    );
    return entityFrom<QboInvoice>(body, 'Invoice');
  }

  async readInvoice(tenantId: string, id: string): Promise<QboInvoice | null> {
    return this.readOrNull(() =>
      this.execute(tenantId, { name: 'GET /invoice/{id}' }, (qb, cb) => qb.getInvoice(id, cb)).then((b) => entityFrom<QboInvoice>(b, 'Invoice')),
    );
  }

  async updateInvoice(tenantId: string, update: QboSparseUpdate<QboInvoiceInput>, opts: UpdateOptions = {}): Promise<QboInvoice> {
    return this.updateWithReapply(tenantId, update, opts, {
      name: 'POST /invoice?operation=update',
      send: (qb, body, cb) => qb.updateInvoice(body, cb),
      reread: (id) => this.readInvoice(tenantId, id),
      entity: 'Invoice',
    });
  }

  async voidInvoice(tenantId: string, ref: { Id: string; SyncToken: string }, opts: Partial<WriteOptions> = {}): Promise<QboInvoice> {
    const requestId = opts.requestId ?? randomRequestId();
    assertRequestId(requestId, MAX_REQUEST_ID_LENGTH);
    const body = await this.execute(tenantId, { name: 'POST /invoice?operation=void' }, (qb, cb) =>
      qb.voidInvoice({ Id: ref.Id, SyncToken: ref.SyncToken, requestId }, cb),
    );
    return entityFrom<QboInvoice>(body, 'Invoice');
  }

  async findInvoicesByDocNumber(tenantId: string, docNumber: string): Promise<QboInvoice[]> {
    return this.queryAll<QboInvoice>(tenantId, 'Invoice', [{ field: 'DocNumber', value: docNumber }], (qb, c, cb) => qb.findInvoices(c, cb));
  }

  // ---------------------------------------------------------------- batch, company

  async batch(tenantId: string, items: readonly BatchItem[], opts: { requestId: string }): Promise<BatchItemResult[]> {
    assertRequestId(opts.requestId, MAX_BATCH_REQUEST_ID_LENGTH);
    if (items.length === 0) return [];
    if (items.length > MAX_BATCH_ITEMS) throw new Error(`a batch holds at most ${MAX_BATCH_ITEMS} items, got ${items.length}`);
    const ids = new Set(items.map((i) => i.bId));
    if (ids.size !== items.length) throw new Error('batch item bIds must be unique');

    const body = await this.execute(tenantId, { name: 'POST /batch', kind: 'batch', params: { requestid: opts.requestId } }, (qb, cb) =>
      qb.batch(items, cb),
    );
    const byBid = new Map<string, Record<string, unknown>>();
    for (const r of arr(record(body).BatchItemResponse)) {
      const rec = record(r);
      const bId = str(rec.bId);
      if (bId !== undefined) byBid.set(bId, rec);
    }
    return items.map((item): BatchItemResult => {
      const r = byBid.get(item.bId);
      if (!r) {
        return {
          bId: item.bId,
          ok: false,
          error: new QboError({
            kind: 'retriable',
            code: 'BATCH_ITEM_MISSING',
            message: `the batch answer has no item ${item.bId}`,
            explanation: 'QuickBooks did not report on this item; it is looked up or sent again.',
            operation: 'POST /batch',
          }),
        };
      }
      if (r.Fault !== undefined) {
        return { bId: item.bId, ok: false, error: classifyFailure({ endpoint: 'api', body: { Fault: r.Fault }, operation: 'POST /batch (item)' }) };
      }
      if (r.Invoice !== undefined) return { bId: item.bId, ok: true, entity: 'Invoice', value: r.Invoice as QboInvoice };
      if (r.Customer !== undefined) return { bId: item.bId, ok: true, entity: 'Customer', value: r.Customer as QboCustomer };
      if (r.QueryResponse !== undefined) return { bId: item.bId, ok: true, entity: 'QueryResponse', value: record(r.QueryResponse) };
      return {
        bId: item.bId,
        ok: false,
        error: classifyFailure({ endpoint: 'api', httpStatus: 200, body: null, operation: 'POST /batch (item)' }),
      };
    });
  }

  async getCompanyInfo(tenantId: string): Promise<QboCompanyInfo> {
    const grant = await this.tokens.getAccess(tenantId);
    const body = await this.execute(tenantId, { name: 'GET /companyinfo/{realm}' }, (qb, cb) => qb.getCompanyInfo(grant.realmId, cb));
    return entityFrom<QboCompanyInfo & { Id: string }>(body, 'CompanyInfo');
  }

  // ---------------------------------------------------------------- machinery

  /**
   * One logical call: token, limiter slot, timeout, classification, bounded retries with the
   * same body (the `send` closure rebuilds the same body each time), one refresh on 401/3200.
   */
  private async execute(tenantId: string, op: Operation, send: (qb: NqInstance, cb: NqCallback) => void): Promise<unknown> {
    let refreshed = false;
    let retries = 0;
    let serverErrors500 = 0;
    let grant: AccessGrant | undefined;
    for (;;) {
      let failure: QboError;
      let realmId: string | undefined = grant?.realmId;
      try {
        grant = grant ?? (await this.tokens.getAccess(tenantId));
        realmId = grant.realmId;
        const release = await this.limiter.acquire(grant.realmId, op.kind ?? 'request');
        try {
          return await this.callOnce(grant, op, send);
        } finally {
          release();
        }
      } catch (e) {
        failure = classifyThrown(e, 'api', op.name);
      }

      if (failure.kind === 'refresh' && !refreshed && grant !== undefined) {
        refreshed = true;
        this.logger.info({ tenantId, realmId, operation: op.name, code: failure.code }, 'qbo token refused; refreshing once');
        try {
          grant = await this.tokens.refreshAfterRejection(tenantId, grant.accessToken);
          continue;
        } catch (e) {
          // A refresh that failed for a passing reason is retried like the call itself.
          failure = classifyThrown(e, 'token', 'refresh token');
          refreshed = false;
        }
      }
      if (failure.throttled && realmId !== undefined) {
        this.limiter.pause(realmId, this.options.throttlePauseMs);
      }
      const is500 = failure.httpStatus === 500;
      if (is500) serverErrors500 += 1;
      const mayRetry = failure.kind === 'retriable' && retries < this.options.maxRetries && !(is500 && serverErrors500 > 1);
      if (!mayRetry) {
        if (failure.kind !== 'permanent' || this.logger.isLevelEnabled('debug')) {
          this.logger.warn({ tenantId, realmId, operation: op.name, err: failure.toJSON() }, 'qbo call failed');
        }
        throw failure;
      }
      retries += 1;
      const delay = failure.throttled ? 0 : this.backoff(retries);
      this.logger.warn(
        { tenantId, realmId, operation: op.name, attempt: retries, code: failure.code, httpStatus: failure.httpStatus, delayMs: delay },
        'qbo call failed; retrying with the same requestid',
      );
      if (delay > 0) await this.sleep(delay);
    }
  }

  private callOnce(grant: AccessGrant, op: Operation, send: (qb: NqInstance, cb: NqCallback) => void): Promise<unknown> {
    const qb = new QuickBooks(
      this.options.clientId,
      this.options.clientSecret,
      grant.accessToken,
      false,
      grant.realmId,
      true,
      false,
      this.options.minorVersion,
      '2.0',
      null,
    );
    qb.endpoint = `${this.options.apiBaseUrl.replace(/\/+$/, '')}/v3/company/`;
    const controller = new AbortController();
    const timeoutMs = this.options.requestTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(Object.assign(new Error(`${op.name} timed out after ${timeoutMs} ms`), { code: 'TIMEOUT' }));
      }, timeoutMs);
    });
    const call = runInScope(
      { signal: controller.signal, timeoutMs, params: op.params },
      () =>
        new Promise<unknown>((resolve, reject) => {
          send(qb, (err, body) => (err ? reject(err) : resolve(body)));
        }),
    );
    return Promise.race([call, timedOut]).finally(() => clearTimeout(timer));
  }

  private backoff(retry: number): number {
    const cap = Math.min(this.options.retryMaxDelayMs, this.options.retryBaseDelayMs * 2 ** (retry - 1));
    // "Equal jitter": at least half the step, so retries never collapse onto each other.
    return Math.round(cap / 2 + this.random() * (cap / 2));
  }

  private async readOrNull<T>(read: () => Promise<T>): Promise<T | null> {
    try {
      return await read();
    } catch (e) {
      if (e instanceof QboError && (e.code === '610' || e.httpStatus === 404)) return null;
      throw e;
    }
  }

  private async updateWithReapply<T extends { Id: string; SyncToken: string }>(
    tenantId: string,
    update: QboSparseUpdate<Record<string, unknown>>,
    opts: UpdateOptions,
    how: {
      name: string;
      send: (qb: NqInstance, body: object, cb: NqCallback) => void;
      reread: (id: string) => Promise<T | null>;
      entity: string;
    },
  ): Promise<T> {
    let body: QboSparseUpdate<Record<string, unknown>> = { sparse: true, ...update };
    let requestId = opts.requestId ?? randomRequestId();
    for (let reapplied = 0; ; reapplied++) {
      assertRequestId(requestId, MAX_REQUEST_ID_LENGTH);
      const rid = requestId;
      const current = body;
      try {
        const res = await this.execute(tenantId, { name: how.name }, (qb, cb) => how.send(qb, { ...current, requestId: rid }, cb));
        return entityFrom<T>(res, how.entity);
      } catch (e) {
        if (!(e instanceof QboError) || e.kind !== 'conflict' || !opts.reapplyOnConflict || reapplied >= MAX_REAPPLY) throw e;
        const fresh = await how.reread(update.Id);
        if (!fresh) throw e;
        this.logger.info({ tenantId, operation: how.name, id: update.Id }, 'qbo stale SyncToken; re-read and re-applying the change');
        body = { ...body, SyncToken: fresh.SyncToken };
        requestId = randomRequestId(); // a different body needs a different requestid
      }
    }
  }

  private async queryAll<T>(
    tenantId: string,
    entity: QueryEntity,
    conditions: readonly QueryCondition[],
    find: (qb: NqInstance, criteria: string, cb: NqCallback) => void,
  ): Promise<T[]> {
    const all: T[] = [];
    for (let start = 1; ; start += this.pageSize) {
      const criteria = selectCriteria(entity, conditions, start, this.pageSize); // throws before any request on a bad field
      const body = await this.execute(tenantId, { name: `GET /query (${entity})` }, (qb, cb) => find(qb, criteria, cb));
      const qr = record(record(body).QueryResponse);
      const page = arr(qr[entity]) as T[];
      all.push(...page);
      if (page.length < this.pageSize) return all;
    }
  }

  private queryNamed(tenantId: string, entity: 'Vendor' | 'Employee', displayName: string): Promise<QboNamedEntity[]> {
    const conds = withInactive([{ field: 'DisplayName', value: displayName }]);
    return this.queryAll<QboNamedEntity>(tenantId, entity, conds, (qb, c, cb) =>
      entity === 'Vendor' ? qb.findVendors(c, cb) : qb.findEmployees(c, cb),
    );
  }
}

function finder(qb: NqInstance, entity: CountableEntity): (c: NqCriteria, cb: NqCallback) => void {
  switch (entity) {
    case 'Customer':
      return (c, cb) => qb.findCustomers(c, cb);
    case 'Vendor':
      return (c, cb) => qb.findVendors(c, cb);
    case 'Employee':
      return (c, cb) => qb.findEmployees(c, cb);
    case 'Invoice':
      return (c, cb) => qb.findInvoices(c, cb);
  }
}

/** Name-list queries see inactive records too unless the caller filters on Active. */
function withInactive(conditions: readonly QueryCondition[]): QueryCondition[] {
  return conditions.some((c) => c.field === 'Active') ? [...conditions] : [...conditions, { field: 'Active', op: 'IN', value: [true, false] }];
}

function randomRequestId(): string {
  return randomUUID();
}

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function unexpectedShape(message: string): QboError {
  return new QboError({ kind: 'retriable', code: 'UNEXPECTED_RESPONSE', message, explanation: 'QuickBooks gave an answer of an unexpected shape.' });
}

/** node-quickbooks unwraps `{Customer: {...}}` for most calls but not for void; accept both. */
function entityFrom<T extends { Id: string }>(body: unknown, name: string): T {
  const b = record(body);
  const inner = b[name] !== undefined ? record(b[name]) : b;
  if (typeof inner.Id !== 'string' && typeof inner.Id !== 'number') throw unexpectedShape(`answer without ${name}.Id`);
  return inner as unknown as T;
}
