import { inject, injectable, ServiceIdentifier, optional } from 'inversify';
import { Metrics } from '../metrics/metrics';
import { TokenManager } from './token-manager';
import { LOGGER } from '../tokens';
import { randomUUID } from 'node:crypto';
import { Logger } from '../logger';
import { NqCallback, NqCriteria, NqInstance } from './node-quickbooks-sdk';
import { batchItemResults } from './qbo-batch-answer';
import { AccessTokenSource, CallSpending, QboCallPolicy, QboCallSettings, WriteGate } from './qbo-call-policy';
import { QboReadBudget } from './qbo-read-budget';
import { QboWriteGate } from './qbo-write-gate';
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
  QboAccount,
  QboItem,
  QboItemInput,
  QboPayment,
  QboPreferences,
  QboTaxCode,
  QboSparseUpdate,
  UpdateOptions,
  WriteOptions,
} from './qbo-client';
import { QboCompanyReads } from './qbo-company-reads';
import { QboError } from './qbo-error';
import { QboPaging } from './qbo-paging';
import { countCriteria, QueryCondition } from './qbo-query';
import { arr, entityFrom, record, str, unexpectedShape } from './qbo-response';
import { RealmRateLimiter } from './realm-rate-limiter';
import { assertRequestId, MAX_BATCH_REQUEST_ID_LENGTH, MAX_REQUEST_ID_LENGTH } from './request-ids';

export interface NodeQuickbooksClientOptions extends QboCallSettings {
  /** Query page size, ≤ 1000 (tests use small pages to exercise paging). */
  pageSize?: number;
}

/** The client's settings (QBO_API_BASE_URL, QBO_MINOR_VERSION, timeouts, retries...). */
export const NODE_QUICKBOOKS_OPTIONS: ServiceIdentifier<NodeQuickbooksClientOptions> = Symbol.for('NodeQuickbooksClientOptions');

const MAX_BATCH_ITEMS = 30;
const MAX_REAPPLY = 3;

/**
 * QboClient over node-quickbooks (HTTP and QBO's API shapes) and TokenManager (intuit-oauth):
 * the entity operations. Every call goes through QboCallPolicy (token, realm rate limit,
 * timeout, classification, retries with the same requestid, one refresh on 401/3200, a pause
 * on 429); queries go through QboPaging. Updates re-read and re-apply on a stale SyncToken when
 * asked to.
 */
@injectable()
export class NodeQuickbooksClient implements QboClient {
  private readonly logger: Logger;
  private readonly policy: QboCallPolicy;
  private readonly paging: QboPaging;
  private readonly lists: QboCompanyReads;

  constructor(
    @inject(TokenManager) private readonly tokens: AccessTokenSource,
    @inject(RealmRateLimiter) limiter: RealmRateLimiter,
    @inject(NODE_QUICKBOOKS_OPTIONS) options: NodeQuickbooksClientOptions,
    @inject(LOGGER) logger: Logger,
    @inject(QboWriteGate) gate: WriteGate,
    @inject(QboReadBudget) spending: CallSpending,
    @inject(Metrics) @optional() metrics?: Metrics,
  ) {
    this.logger = logger.child({ component: 'qbo' });
    this.policy = new QboCallPolicy(tokens, limiter, options, this.logger, gate, spending, metrics);
    this.paging = new QboPaging(this.policy, options);
    this.lists = new QboCompanyReads(this.policy, this.paging);
  }

  // ---------------------------------------------------------------- customers

  async createCustomer(tenantId: string, customer: QboCustomerInput, opts: WriteOptions): Promise<QboCustomer> {
    assertRequestId(opts.requestId, MAX_REQUEST_ID_LENGTH);
    const body = await this.policy.execute(tenantId, { name: 'POST /customer', write: true, realmId: opts.realmId }, (qb, cb) =>
      qb.createCustomer({ ...customer, requestId: opts.requestId }, cb),
    );
    return entityFrom<QboCustomer>(body, 'Customer');
  }

  async readCustomer(tenantId: string, id: string): Promise<QboCustomer | null> {
    return this.readOrNull(() =>
      this.policy.execute(tenantId, { name: 'GET /customer/{id}' }, (qb, cb) => qb.getCustomer(id, cb)).then((b) =>
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
    return this.paging.queryAll<QboCustomer>(tenantId, 'Customer', conds, (qb, c, cb) => qb.findCustomers(c, cb));
  }

  async forEachCustomerPage(
    tenantId: string,
    conditions: readonly QueryCondition[],
    onPage: (page: QboCustomer[]) => Promise<void>,
    opts: { activeOnly?: boolean } = {},
  ): Promise<number> {
    const conds = opts.activeOnly ? conditions : withInactive(conditions);
    return this.paging.forEachPage<QboCustomer>(tenantId, 'Customer', conds, (qb, c, cb) => qb.findCustomers(c, cb), onPage);
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
    // A customer holder comes with what the query answered: no second read of it.
    return [
      ...customers.map((c) => ({ ...holder('Customer')(c), customer: c })),
      ...vendors.map(holder('Vendor')),
      ...employees.map(holder('Employee')),
    ];
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
    const body = await this.policy.execute(tenantId, { name: `GET /query (count ${entity})` }, (qb, cb) => finder(qb, entity)(criteria, cb));
    const qr = record(record(body).QueryResponse);
    const total = qr.totalCount;
    if (typeof total !== 'number') throw unexpectedShape('COUNT answer without QueryResponse.totalCount');
    return total;
  }

  async changedSince(tenantId: string, entities: readonly CdcEntity[], since: Date): Promise<CdcResult> {
    if (entities.length === 0) throw new Error('changedSince needs at least one entity');
    const body = await this.policy.execute(tenantId, { name: 'GET /cdc' }, (qb, cb) =>
      qb.changeDataCapture(entities.join(','), since.toISOString(), cb),
    );
    const out: CdcResult = { customers: [], invoices: [], vendors: [], employees: [], items: [], payments: [], accounts: [], taxCodes: [], time: str(record(body).time) };
    const responses = arr(record(body).CDCResponse);
    let malformed = 0;
    // An object without an id cannot be applied: left out (and logged) rather than failing the tenant's every read.
    const withId = (v: unknown): unknown[] =>
      arr(v).filter((o) => {
        const id = record(o).Id;
        const ok = (typeof id === 'string' && id !== '') || typeof id === 'number';
        if (!ok) malformed += 1;
        return ok;
      });
    for (const r of responses) {
      for (const qr of arr(record(r).QueryResponse)) {
        const q = Object.fromEntries(Object.entries(record(qr)).map(([k, v]) => [k, Array.isArray(v) ? withId(v) : v])) as Record<string, unknown>;
        out.customers.push(...(arr(q.Customer) as QboCustomer[]));
        out.invoices.push(...(arr(q.Invoice) as QboInvoice[]));
        out.vendors.push(...(arr(q.Vendor) as QboNamedEntity[]));
        out.employees.push(...(arr(q.Employee) as QboNamedEntity[]));
        out.items.push(...(arr(q.Item) as QboItem[]));
        out.payments.push(...(arr(q.Payment) as QboPayment[]));
        out.accounts.push(...(arr(q.Account) as QboAccount[]));
        out.taxCodes.push(...(arr(q.TaxCode) as QboTaxCode[]));
      }
    }
    if (malformed > 0) this.logger.warn({ tenantId, malformed }, 'qbo CDC answer held objects without an Id; left out');
    return out;
  }

  // ---------------------------------------------------------------- invoices

  async createInvoice(tenantId: string, invoice: QboInvoiceInput, opts: WriteOptions): Promise<QboInvoice> {
    assertRequestId(opts.requestId, MAX_REQUEST_ID_LENGTH);
    const body = await this.policy.execute(tenantId, { name: 'POST /invoice', write: true, realmId: opts.realmId }, (qb, cb) =>
      qb.createInvoice({ ...invoice, requestId: opts.requestId }, cb),
    );
    return entityFrom<QboInvoice>(body, 'Invoice');
  }

  async readInvoice(tenantId: string, id: string): Promise<QboInvoice | null> {
    return this.readOrNull(() =>
      this.policy.execute(tenantId, { name: 'GET /invoice/{id}' }, (qb, cb) => qb.getInvoice(id, cb)).then((b) => entityFrom<QboInvoice>(b, 'Invoice')),
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
    const body = await this.policy.execute(tenantId, { name: 'POST /invoice?operation=void', write: true, realmId: opts.realmId }, (qb, cb) =>
      qb.voidInvoice({ Id: ref.Id, SyncToken: ref.SyncToken, requestId }, cb),
    );
    return entityFrom<QboInvoice>(body, 'Invoice');
  }

  async findInvoicesByDocNumber(tenantId: string, docNumber: string): Promise<QboInvoice[]> {
    return this.queryInvoices(tenantId, [{ field: 'DocNumber', value: docNumber }]);
  }

  async queryInvoices(tenantId: string, conditions: readonly QueryCondition[]): Promise<QboInvoice[]> {
    return this.paging.queryAll<QboInvoice>(tenantId, 'Invoice', conditions, (qb, c, cb) => qb.findInvoices(c, cb));
  }

  // ---------------------------------------------------------------- batch, company

  async batch(tenantId: string, items: readonly BatchItem[], opts: { requestId: string; realmId?: string }): Promise<BatchItemResult[]> {
    assertRequestId(opts.requestId, MAX_BATCH_REQUEST_ID_LENGTH);
    if (items.length === 0) return [];
    if (items.length > MAX_BATCH_ITEMS) throw new Error(`a batch holds at most ${MAX_BATCH_ITEMS} items, got ${items.length}`);
    const ids = new Set(items.map((i) => i.bId));
    if (ids.size !== items.length) throw new Error('batch item bIds must be unique');

    // Metered item by item, as Intuit meters a batch: a query item is a CorePlus call, any other a Core call.
    const queries = items.filter((i) => 'Query' in i).length;
    const cost = { core: items.length - queries, corePlus: queries };
    const body = await this.policy.execute(
      tenantId,
      { name: 'POST /batch', kind: 'batch', params: { requestid: opts.requestId }, write: true, realmId: opts.realmId, cost },
      (qb, cb) => qb.batch(items, cb),
    );
    return batchItemResults(items, body);
  }

  async getCompanyInfo(tenantId: string): Promise<QboCompanyInfo> {
    const grant = await this.tokens.getAccess(tenantId);
    const body = await this.policy.execute(tenantId, { name: 'GET /companyinfo/{realm}' }, (qb, cb) => qb.getCompanyInfo(grant.realmId, cb));
    return entityFrom<QboCompanyInfo & { Id: string }>(body, 'CompanyInfo');
  }

  // ---------------------------------------------------------------- the company's lists (QboCompanyReads)

  getPreferences(tenantId: string): Promise<QboPreferences> {
    return this.lists.getPreferences(tenantId);
  }
  forEachItemPage(tenantId: string, conditions: readonly QueryCondition[], onPage: (page: QboItem[]) => Promise<void>): Promise<number> {
    return this.lists.forEachItemPage(tenantId, conditions, onPage);
  }
  readItem(tenantId: string, id: string): Promise<QboItem | null> {
    return this.lists.readItem(tenantId, id);
  }
  createItem(tenantId: string, item: QboItemInput, opts: WriteOptions): Promise<QboItem> {
    return this.lists.createItem(tenantId, item, opts);
  }
  queryAccounts(tenantId: string, conditions: readonly QueryCondition[]): Promise<QboAccount[]> {
    return this.lists.queryAccounts(tenantId, conditions);
  }
  queryTaxCodes(tenantId: string): Promise<QboTaxCode[]> {
    return this.lists.queryTaxCodes(tenantId);
  }
  readPayment(tenantId: string, id: string): Promise<QboPayment | null> {
    return this.lists.readPayment(tenantId, id);
  }

  // ---------------------------------------------------------------- helpers

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
        const res = await this.policy.execute(tenantId, { name: how.name, write: true, realmId: opts.realmId }, (qb, cb) => how.send(qb, { ...current, requestId: rid }, cb));
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

  private queryNamed(tenantId: string, entity: 'Vendor' | 'Employee', displayName: string): Promise<QboNamedEntity[]> {
    const conds = withInactive([{ field: 'DisplayName', value: displayName }]);
    return this.paging.queryAll<QboNamedEntity>(tenantId, entity, conds, (qb, c, cb) =>
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
