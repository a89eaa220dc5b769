import { inject, injectable } from 'inversify';
import { DataSource } from 'typeorm';
import { SyncCustomerMirror } from '../customers/sync-customer-mirror';
import { Logger } from '../logger';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { CdcEntity, CdcResult, QBO_CLIENT, QboClient } from '../qbo/qbo-client';
import type { QueryCondition } from '../qbo/qbo-query';
import { realmGuardSql } from '../qbo/realm-guard';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { cdcContinuation } from './cdc-continuation';
import { CompanyListsRepository } from './company-lists-repository';
import { RecordPaymentState } from './record-payment-state';
import { SyncCompanyLists } from './sync-company-lists';

/**
 * Every entity the worker keeps of a company, read by one change-data-capture call: the customers
 * (the mirror), the stable lists (items, accounts, tax codes) and the invoices and payments (a
 * payment changes the invoices it is applied to, whose balances are recorded).
 */
export const CHANGE_ENTITIES: readonly CdcEntity[] = ['Customer', 'Item', 'Account', 'TaxCode', 'Invoice', 'Payment'];

/** CDC answers hold at most this many objects (oldest first): ask again from the newest seen (cdcContinuation). */
const CDC_PAGE_CAP = 1000;
/** QBO's CDC reaches 30 days back; beyond it the company is read afresh. */
const CDC_MAX_AGE_MS = 29 * 24 * 3600 * 1000;
/** Tolerated clock difference between this host and QBO. */
const CLOCK_SKEW_MS = 60_000;

/**
 * One read of everything that changed in a tenant's company since the shared point
 * (qbo_change_cursor): a single `cdc?entities=Customer,Item,Account,TaxCode,Invoice,Payment` call
 * (more only when an answer is full: 1,000 objects, never skipping what it left out: cdcContinuation), whose answer is handed to each consumer: the
 * customer mirror (SyncCustomerMirror.applyChanges: merges, deactivations), the company lists
 * (items, accounts, tax codes) and the payments read back (RecordPaymentState). It serves both the
 * webhook notifications of the tenant (read together) and the daily backstop; the caller labels
 * the call (withCallPurpose). A point older than CDC can reach reads the company afresh.
 */
@injectable()
export class ReadCompanyChanges {
  private readonly logger: Logger;
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
    @inject(SyncCustomerMirror) private readonly customers: SyncCustomerMirror,
    @inject(SyncCompanyLists) private readonly sync: SyncCompanyLists,
    @inject(CompanyListsRepository) private readonly lists: CompanyListsRepository,
    @inject(RecordPaymentState) private readonly payments: RecordPaymentState,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'company-changes' });
  }

  /**
   * Starts the cursor of every tenant (or of `tenantId`) whose customer mirror of its company is
   * loaded, from the mirror's point or the lists' if they are loaded and older (the customers'
   * changes never wait for the lists); a cursor of another company (a reconnect) starts afresh the
   * same way. A load that finished after the cursor moved on and began before its point (the lists
   * loaded after the mirror, or a reload) pulls the cursor back to that load's start: what changed
   * while it read is read again, never missed. Returns the tenants whose cursor was (re)started,
   * whose due time (ChangeReadSchedule) the caller sets.
   */
  async startCursors(tenantId: string | null, loadedAfter: Date | null = null): Promise<string[]> {
    // With `loadedAfter`, only the tenants whose mirror or lists finished loading since then (the indexed loaded_at): a round costs what loaded, not every tenant.
    const recent = `($1::text IS NOT NULL AND m.tenant_id = $1) OR ($1::text IS NULL AND ($2::timestamptz IS NULL OR m.tenant_id IN (
                      SELECT tenant_id FROM qbo_customer_mirror_state WHERE loaded_at > $2 UNION SELECT tenant_id FROM qbo_company_lists WHERE loaded_at > $2)))`;
    const started = (await this.db.query(
      `INSERT INTO qbo_change_cursor (tenant_id, realm_id, cdc_since, last_read_at)
       SELECT m.tenant_id, m.realm_id, least(m.cdc_since, l.cdc_since), coalesce(least(m.last_cdc_at, l.last_cdc_at), now())
         FROM qbo_customer_mirror_state m
         LEFT JOIN qbo_company_lists l ON l.tenant_id = m.tenant_id AND l.realm_id = m.realm_id AND l.status = 'ready'
         LEFT JOIN qbo_change_cursor c ON c.tenant_id = m.tenant_id
        WHERE m.status = 'ready' AND m.cdc_since IS NOT NULL AND (c.tenant_id IS NULL OR c.realm_id <> m.realm_id)
          AND (${recent})
       ON CONFLICT (tenant_id) DO UPDATE SET realm_id = EXCLUDED.realm_id, cdc_since = EXCLUDED.cdc_since, last_read_at = EXCLUDED.last_read_at,
              attempts = 0, next_attempt_at = now(), last_error = NULL, claimed_until = NULL, claim_token = NULL, next_read_at = now(), updated_at = now()
       RETURNING tenant_id`,
      [tenantId, loadedAfter],
    )) as Array<{ tenant_id: string }>;
    await this.db.query(
      `UPDATE qbo_change_cursor c SET cdc_since = p.since, updated_at = now()
         FROM (SELECT m.tenant_id, m.realm_id, least(m.cdc_since, l.cdc_since) AS since
                 FROM qbo_customer_mirror_state m
                 LEFT JOIN qbo_company_lists l ON l.tenant_id = m.tenant_id AND l.realm_id = m.realm_id AND l.status = 'ready'
                WHERE m.status = 'ready' AND (${recent})) p
        WHERE c.tenant_id = p.tenant_id AND c.realm_id = p.realm_id AND p.since < c.cdc_since
          AND (c.claimed_until IS NULL OR c.claimed_until < now())`,
      [tenantId, loadedAfter],
    );
    return started.map((r) => r.tenant_id);
  }

  /**
   * The tenant's point on company `realmId` (started when the loads are done; null while it has
   * none), and the database's time when it was taken (a load finished after it ran beside the read).
   */
  private async point(tenantId: string, realmId: string): Promise<{ since: Date; takenAt: Date } | null> {
    await this.startCursors(tenantId);
    const rows = (await this.db.query(`SELECT cdc_since, now() AS taken_at FROM qbo_change_cursor WHERE tenant_id = $1 AND realm_id = $2`, [tenantId, realmId])) as Array<{
      cdc_since: Date;
      taken_at: Date;
    }>;
    const row = rows[0];
    return row === undefined ? null : { since: row.cdc_since, takenAt: row.taken_at };
  }

  /**
   * Reads and applies the company's changes since the cursor; returns how many objects changed (0
   * when nothing was read). The cursor's lease is the caller's to release, with its own bookkeeping
   * (`ProcessCompanyChanges` marks the notifications the read answered in the same transaction):
   * released here, another replica's round or window could claim it between the two and read again
   * what was just read.
   */
  async read(tenantId: string, realmId: string): Promise<number> {
    const point = await this.point(tenantId, realmId);
    if (point === null) return 0;
    let since = point.since;
    if (Date.now() - since.getTime() > CDC_MAX_AGE_MS) return this.reload(tenantId, realmId, point.takenAt);
    let total = 0;
    let listsChanged = false;
    for (;;) {
      const requestedAt = new Date(Date.now() - CLOCK_SKEW_MS);
      const res = await this.qbo.changedSince(tenantId, CHANGE_ENTITIES, since);
      listsChanged = (await this.dispatch(tenantId, realmId, res)) || listsChanged;
      total += res.customers.length + res.items.length + res.accounts.length + res.taxCodes.length + res.invoices.length + res.payments.length;
      const step = cdcContinuation(res, since, CDC_PAGE_CAP);
      if (step.kind === 'next') {
        since = step.since;
        continue;
      }
      if (step.kind === 'stuck') {
        // A full answer whose objects all share the instant asked from: that instant is read by query, then reading goes on just after it.
        total += await this.readInstant(tenantId, realmId, since, res.taxCodes.length > 0);
        listsChanged = true;
        since = new Date(since.getTime() + 1);
        continue;
      }
      // Complete: everything up to the answer is read; the point never goes back before where the pages led.
      since = requestedAt.getTime() > since.getTime() ? requestedAt : since;
      break;
    }
    if (listsChanged) await this.lists.releaseListHolds(tenantId);
    await this.advance(tenantId, realmId, since, point.takenAt);
    this.logger.debug({ tenantId, changed: total }, 'company changes read with one CDC call');
    return total;
  }

  /**
   * Every object of the consumed entities changed at the instant `at`, by paged queries (active and
   * inactive): what a CDC answer at its cap left out when all its objects shared that instant. Tax
   * codes (no time filter) are read whole when the answer held some. A query lists no deleted
   * object: a deletion at that very instant is seen only by a later read of its entity.
   */
  private async readInstant(tenantId: string, realmId: string, at: Date, taxCodes: boolean): Promise<number> {
    this.logger.warn({ tenantId, realmId, at: at.toISOString() }, 'a full CDC answer shares one instant: that instant is read by query');
    const when: QueryCondition[] = [{ field: 'MetaData.LastUpdatedTime', op: '=', value: at.toISOString() }];
    let n = await this.qbo.forEachCustomerPage(tenantId, when, (page) => this.customers.applyChanges(tenantId, realmId, page));
    n += await this.qbo.forEachItemPage(tenantId, when, async (page) => {
      if (page.length > 0) await this.lists.upsertItems(tenantId, realmId, page);
    });
    const accounts = await this.qbo.queryAccounts(tenantId, when);
    if (accounts.length > 0) await this.lists.upsertAccounts(tenantId, realmId, accounts);
    const codes = taxCodes ? await this.qbo.queryTaxCodes(tenantId) : [];
    if (codes.length > 0) await this.lists.upsertTaxCodes(tenantId, realmId, codes);
    const invoices = await this.qbo.queryInvoices(tenantId, when);
    if (invoices.length > 0) await this.payments.recordInvoices(tenantId, realmId, invoices);
    return n + accounts.length + codes.length + invoices.length;
  }

  /** Each consumer's share of one CDC answer; true when the lists changed. */
  private async dispatch(tenantId: string, realmId: string, res: CdcResult): Promise<boolean> {
    await this.customers.applyChanges(tenantId, realmId, res.customers);
    if (res.items.length > 0) await this.lists.upsertItems(tenantId, realmId, res.items);
    if (res.accounts.length > 0) await this.lists.upsertAccounts(tenantId, realmId, res.accounts);
    if (res.taxCodes.length > 0) await this.lists.upsertTaxCodes(tenantId, realmId, res.taxCodes);
    // A payment applied, changed or deleted changes its invoices: they are in the same answer, with their balances.
    if (res.invoices.length > 0) await this.payments.recordInvoices(tenantId, realmId, res.invoices);
    return res.items.length + res.accounts.length + res.taxCodes.length > 0;
  }

  /**
   * The shared point moves on, in one transaction with the mirror's and the lists' own points (the
   * status shows them). A load (mirror or lists) that finished while this read ran (after
   * `readStartedAt`) keeps its own point, and the shared point moves no further than it: what that
   * load's older pages may have overwritten is read again, never missed. The lease is left to
   * the caller (`read`).
   */
  private async advance(tenantId: string, realmId: string, since: Date, readStartedAt: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE qbo_change_cursor SET cdc_since = least($2::timestamptz,
                  (SELECT min(p.cdc_since) FROM (
                     SELECT cdc_since FROM qbo_customer_mirror_state WHERE tenant_id = $1 AND realm_id = $3 AND loaded_at > $4
                     UNION ALL SELECT cdc_since FROM qbo_company_lists WHERE tenant_id = $1 AND realm_id = $3 AND status = 'ready' AND loaded_at > $4) p)),
                last_read_at = now(), attempts = 0, last_error = NULL, updated_at = now()
          WHERE tenant_id = $1 AND realm_id = $3 AND ${realmGuardSql('$1', '$3')}`,
        [tenantId, since, realmId, readStartedAt],
      );
      for (const table of ['qbo_customer_mirror_state', 'qbo_company_lists']) {
        await tx.query(
          `UPDATE ${table} SET cdc_since = CASE WHEN loaded_at > $4 THEN cdc_since ELSE $2 END, last_cdc_at = now(), updated_at = now() WHERE tenant_id = $1 AND realm_id = $3`,
          [tenantId, since, realmId, readStartedAt],
        );
      }
    });
  }

  /** The point is older than CDC reaches: customers and lists are read afresh, and the point restarts from then. */
  private async reload(tenantId: string, realmId: string, readStartedAt: Date): Promise<number> {
    const startedAt = new Date(Date.now() - CLOCK_SKEW_MS);
    this.logger.info({ tenantId, realmId }, 'company changes point older than CDC reaches: customers and lists read afresh');
    const customers = await withCallPurpose('load', () => this.customers.loadFull(tenantId, realmId));
    const items = await this.sync.loadFull(tenantId, realmId);
    await this.advance(tenantId, realmId, startedAt, readStartedAt);
    return customers + items;
  }
}
