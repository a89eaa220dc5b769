import { QboCallPolicy } from './qbo-call-policy';
import type { QboAccount, QboItem, QboItemInput, QboPayment, QboPreferences, QboTaxCode, WriteOptions } from './qbo-client';
import { QboError } from './qbo-error';
import { QboPaging } from './qbo-paging';
import type { QueryCondition } from './qbo-query';
import { entityFrom, record } from './qbo-response';
import { assertRequestId, MAX_REQUEST_ID_LENGTH } from './request-ids';

/**
 * The company's lists and settings as the invoices need them: Preferences, Items (streamed,
 * read, created), Accounts, TaxCodes, Payments. Every call goes through the same QboCallPolicy
 * (token, realm rate limit, retries, counting) as the rest of NodeQuickbooksClient, which
 * delegates here to stay a file of one job.
 */
export class QboCompanyReads {
  constructor(
    private readonly policy: QboCallPolicy,
    private readonly paging: QboPaging,
  ) {}

  async getPreferences(tenantId: string): Promise<QboPreferences> {
    const body = await this.policy.execute(tenantId, { name: 'GET /preferences' }, (qb, cb) => qb.getPreferences(cb));
    const b = record(body);
    return (b.Preferences !== undefined ? record(b.Preferences) : b) as QboPreferences;
  }

  forEachItemPage(tenantId: string, conditions: readonly QueryCondition[], onPage: (page: QboItem[]) => Promise<void>): Promise<number> {
    return this.paging.forEachPage<QboItem>(tenantId, 'Item', withInactive(conditions), (qb, c, cb) => qb.findItems(c, cb), onPage);
  }

  async readItem(tenantId: string, id: string): Promise<QboItem | null> {
    return readOrNull(() => this.policy.execute(tenantId, { name: 'GET /item/{id}' }, (qb, cb) => qb.getItem(id, cb)).then((b) => entityFrom<QboItem>(b, 'Item')));
  }

  async createItem(tenantId: string, item: QboItemInput, opts: WriteOptions): Promise<QboItem> {
    assertRequestId(opts.requestId, MAX_REQUEST_ID_LENGTH);
    const body = await this.policy.execute(tenantId, { name: 'POST /item', write: true, realmId: opts.realmId }, (qb, cb) =>
      qb.createItem({ ...item, requestId: opts.requestId }, cb),
    );
    return entityFrom<QboItem>(body, 'Item');
  }

  queryAccounts(tenantId: string, conditions: readonly QueryCondition[]): Promise<QboAccount[]> {
    return this.paging.queryAll<QboAccount>(tenantId, 'Account', withInactive(conditions), (qb, c, cb) => qb.findAccounts(c, cb));
  }

  queryTaxCodes(tenantId: string): Promise<QboTaxCode[]> {
    return this.paging.queryAll<QboTaxCode>(tenantId, 'TaxCode', withInactive([]), (qb, c, cb) => qb.findTaxCodes(c, cb));
  }

  async readPayment(tenantId: string, id: string): Promise<QboPayment | null> {
    return readOrNull(() =>
      this.policy.execute(tenantId, { name: 'GET /payment/{id}' }, (qb, cb) => qb.getPayment(id, cb)).then((b) => entityFrom<QboPayment>(b, 'Payment')),
    );
  }
}

async function readOrNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof QboError && (e.code === '610' || e.httpStatus === 404)) return null;
    throw e;
  }
}

function withInactive(conditions: readonly QueryCondition[]): QueryCondition[] {
  return conditions.some((c) => c.field === 'Active') ? [...conditions] : [...conditions, { field: 'Active', op: 'IN', value: [true, false] }];
}
