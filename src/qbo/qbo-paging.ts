import { injectable } from 'inversify';
import { NqCallback, NqInstance } from './node-quickbooks-sdk';
import { QboCallPolicy } from './qbo-call-policy';
import { MAX_PAGE_SIZE, QueryCondition, QueryEntity, selectCriteria } from './qbo-query';
import { arr, record } from './qbo-response';

export interface QboPagingSettings {
  /** Query page size, ≤ 1000 (tests use small pages to exercise paging); 1000 when absent. */
  pageSize?: number;
}

/**
 * Reads every row a QBO query matches: one call (through the call policy) per page of
 * `pageSize` rows, STARTPOSITION advancing, until a page comes back short. `forEachPage` streams
 * (big companies in constant memory); `queryAll` collects, for queries known to be small.
 */
@injectable()
export class QboPaging {
  private readonly pageSize: number;

  constructor(
    private readonly policy: QboCallPolicy,
    settings: QboPagingSettings,
  ) {
    this.pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, settings.pageSize ?? MAX_PAGE_SIZE));
  }

  async queryAll<T>(
    tenantId: string,
    entity: QueryEntity,
    conditions: readonly QueryCondition[],
    find: (qb: NqInstance, criteria: string, cb: NqCallback) => void,
  ): Promise<T[]> {
    const all: T[] = [];
    await this.forEachPage<T>(tenantId, entity, conditions, find, async (page) => {
      all.push(...page);
    });
    return all;
  }

  /**
   * The same pages, handed one at a time to `onPage` (awaited before the next is read), so a
   * company of any size is read in the memory of one page. Resolves with the number of rows.
   */
  async forEachPage<T>(
    tenantId: string,
    entity: QueryEntity,
    conditions: readonly QueryCondition[],
    find: (qb: NqInstance, criteria: string, cb: NqCallback) => void,
    onPage: (page: T[]) => Promise<void>,
  ): Promise<number> {
    let total = 0;
    for (let start = 1; ; start += this.pageSize) {
      const criteria = selectCriteria(entity, conditions, start, this.pageSize); // throws before any request on a bad field
      const body = await this.policy.execute(tenantId, { name: `GET /query (${entity})` }, (qb, cb) => find(qb, criteria, cb));
      const page = arr(record(record(body).QueryResponse)[entity]) as T[];
      total += page.length;
      if (page.length > 0) await onPage(page);
      if (page.length < this.pageSize) return total;
    }
  }
}
