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
 * `pageSize` rows, STARTPOSITION advancing, until a page comes back short.
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
    for (let start = 1; ; start += this.pageSize) {
      const criteria = selectCriteria(entity, conditions, start, this.pageSize); // throws before any request on a bad field
      const body = await this.policy.execute(tenantId, { name: `GET /query (${entity})` }, (qb, cb) => find(qb, criteria, cb));
      const qr = record(record(body).QueryResponse);
      const page = arr(qr[entity]) as T[];
      all.push(...page);
      if (page.length < this.pageSize) return all;
    }
  }
}
