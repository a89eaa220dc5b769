import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource, EntityManager } from 'typeorm';
import { writeSyncEvent } from '../outbox/write-sync-event';
import type { QboInvoiceBody } from '../domain/invoice-payload';
import { realmChangedError, realmGuardSql } from '../qbo/realm-guard';

/** An invoice that may need work in QBO, with what QBO holds of it and its customer's link. */
export interface Candidate {
  invoiceId: string;
  version: number;
  voided: boolean;
  customerId: string | null;
  number: string | null;
  issueDate: string | null;
  dueDate: string | null;
  currency: string | null;
  memo: string | null;
  lines: unknown;
  qboInvoiceId: string | null;
  qboSyncToken: string | null;
  pushedVersion: number | null;
  pushedPayload: QboInvoiceBody | null;
  voidedInQbo: boolean;
  needsCheck: 'lookup' | 'reread' | null;
  /** For a create whose outcome is unknown: the DocNumber it was sent with (the number may have changed upstream since). */
  lookupDocNumber: string | null;
  linkedQboCustomerId: string | null;
  /** The linked QBO customer's currency, as mirrored (null: unknown, i.e. the home currency). */
  customerCurrency: string | null;
  /** From the event's data: whether the prices include tax, the tax upstream computed, the exchange rate. */
  pricesIncludeTax: unknown;
  taxAmount: unknown;
  exchangeRate: unknown;
  /** What QuickBooks said the invoice's balance was, when last read: a paid invoice is re-read before an update. */
  qboBalance: string | null;
  qboTotal: string | null;
}

interface CandidateRow {
  id: string;
  version: string;
  voided: boolean;
  customer_id: string | null;
  number: string | null;
  issue_date: string | null;
  due_date: string | null;
  currency: string | null;
  memo: string | null;
  lines: unknown;
  qbo_invoice_id: string | null;
  qbo_sync_token: string | null;
  pushed_version: string | null;
  pushed_payload: QboInvoiceBody | null;
  voided_in_qbo: boolean | null;
  needs_check: 'lookup' | 'reread' | null;
  qbo_doc_number: string | null;
  link_qbo_customer_id: string | null;
  customer_currency: string | null;
  prices_include_tax: unknown;
  tax_amount: unknown;
  exchange_rate: unknown;
  qbo_balance: string | null;
  qbo_total: string | null;
}

/** The tenant's sync start date (alias t: tenants, qc: its connection): invoices issued before it are never sent. */
const SYNC_START = `COALESCE(t.invoices_from, (qc.created_at AT TIME ZONE t.time_zone)::date)`;

/**
 * The invoice side of the window's state in Postgres (invoice_sync): which invoices need work (the
 * eligibility rules live in `collect`'s SQL) and what is settled about one invoice without a batch
 * (failed before sending, waiting, unchanged, linked or re-read after a check). The batches and
 * each item's result: InvoiceBatchRepository.
 */
@injectable()
export class InvoiceSyncRepository {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * Invoices of the tenant that need work now, oldest change first, not held by an open batch:
   * - not voided, issued on or after the sync start date, customer linked, customer link not
   *   known to point at an inactive QBO customer, not deleted upstream unless already in QBO,
   *   and changed since the last push (or never pushed), and not failed at this version;
   * - voided upstream, in QBO and not yet voided there;
   * - any whose create outcome is unknown (looked up by DocNumber first).
   * Only while the tenant is on `realmId`, and only links and sync records of that company: another
   * company's QuickBooks ids are never used.
   */
  async collect(tenantId: string, realmId: string, limit: number, exclude: readonly string[]): Promise<Candidate[]> {
    await this.settle(tenantId);
    const rows = (await this.dataSource.query(
      `SELECT i.id, i.version, i.voided, i.customer_id, i.number,
              to_char(i.issue_date, 'YYYY-MM-DD') AS issue_date, to_char(i.due_date, 'YYYY-MM-DD') AS due_date,
              i.currency, i.memo, i.lines,
              s.qbo_invoice_id, s.qbo_sync_token, s.pushed_version, s.pushed_payload, s.voided_in_qbo, s.needs_check,
              s.qbo_doc_number, l.qbo_customer_id AS link_qbo_customer_id, m.currency AS customer_currency,
              i.data->'pricesIncludeTax' AS prices_include_tax, i.data->'taxAmount' AS tax_amount, i.data->'exchangeRate' AS exchange_rate,
              s.qbo_balance::text AS qbo_balance, s.qbo_total::text AS qbo_total
         FROM invoices i
         JOIN tenants t ON t.tenant_id = i.tenant_id
         JOIN qbo_connections qc ON qc.tenant_id = i.tenant_id AND qc.realm_id = $4
         LEFT JOIN invoice_sync s ON s.tenant_id = i.tenant_id AND s.invoice_id = i.id
         LEFT JOIN customer_links l ON l.tenant_id = i.tenant_id AND l.customer_id = i.customer_id AND l.status = 'linked' AND l.realm_id = $4
         LEFT JOIN customers c ON c.tenant_id = i.tenant_id AND c.id = i.customer_id
        LEFT JOIN qbo_customer_mirror m ON m.tenant_id = i.tenant_id AND m.qbo_id = l.qbo_customer_id
        WHERE i.tenant_id = $1
          AND i.sync_state = 'pending'
          AND (s.realm_id IS NULL OR s.realm_id = $4)
          AND s.batch_id IS NULL
          AND NOT (i.id = ANY($3::text[]))
          AND (
            s.needs_check IS NOT NULL
            OR (i.voided AND s.qbo_invoice_id IS NOT NULL AND NOT s.voided_in_qbo
                AND (s.failed_version IS NULL OR s.failed_version < i.version))
            OR (NOT i.voided
                AND (s.pushed_version IS NULL OR s.pushed_version < i.version)
                AND (s.failed_version IS NULL OR s.failed_version < i.version)
                AND l.qbo_customer_id IS NOT NULL
                AND (s.blocked_qbo_customer_id IS NULL OR s.blocked_qbo_customer_id <> l.qbo_customer_id)
                AND (s.qbo_invoice_id IS NOT NULL OR c.deleted IS NOT TRUE)
                AND (s.qbo_invoice_id IS NOT NULL
                     OR i.issue_date >= COALESCE(t.invoices_from, (qc.created_at AT TIME ZONE t.time_zone)::date)))
          )
        ORDER BY i.updated_at, i.id
        LIMIT $2`,
      [tenantId, limit, exclude, realmId],
    )) as CandidateRow[];
    return rows.map((r) => ({
      invoiceId: r.id,
      version: Number(r.version),
      voided: r.voided,
      customerId: r.customer_id,
      number: r.number,
      issueDate: r.issue_date,
      dueDate: r.due_date,
      currency: r.currency,
      memo: r.memo,
      lines: r.lines,
      qboInvoiceId: r.qbo_invoice_id,
      qboSyncToken: r.qbo_sync_token,
      pushedVersion: r.pushed_version === null ? null : Number(r.pushed_version),
      pushedPayload: r.pushed_payload,
      voidedInQbo: r.voided_in_qbo === true,
      needsCheck: r.needs_check,
      lookupDocNumber: r.qbo_invoice_id === null ? r.qbo_doc_number : null,
      linkedQboCustomerId: r.link_qbo_customer_id,
      customerCurrency: r.customer_currency,
      pricesIncludeTax: r.prices_include_tax,
      taxAmount: r.tax_amount,
      exchangeRate: r.exchange_rate,
      qboBalance: r.qbo_balance,
      qboTotal: r.qbo_total,
    }));
  }

  /**
   * Marks the tenant's pending invoices that need nothing more as settled (pushed, voided in
   * QBO, failed at their version) or parked (never sent, issued before the sync start date),
   * so that `collect` and the status read only what is waiting (see the invoice-sync-state
   * migration for what makes them pending again). Rows another transaction holds (an event
   * being ingested, a sync record being written) are skipped: never waits, never deadlocks; a
   * row whose version moved on meanwhile is re-checked at its new version and stays pending.
   *
   * The sync record a mark is decided on is held (FOR SHARE) until the mark commits: the
   * triggers that make an invoice pending again fire in the transaction that changes or deletes
   * its sync record (a reconnect to another company forgets them all) and only look at invoices
   * not already pending. Unheld, a record changed between this statement's read and its write
   * would leave its invoice settled on what the record no longer says, never collected again
   * (a window stalled after a reconnect). Held, such a change either committed before the lock
   * (the record is re-read and the invoice stays pending), or waits for the mark and then makes
   * the invoice pending again.
   */
  async settle(tenantId: string): Promise<void> {
    await this.dataSource.query(
      `WITH synced AS (
         SELECT i.tenant_id, i.id,
                CASE WHEN invoice_sync_settled(i.version, i.voided, s.batch_id, s.needs_check, s.failed_version, s.pushed_version,
                                               s.qbo_invoice_id, s.voided_in_qbo) THEN 'settled' ELSE 'parked' END AS state
           FROM invoices i
           JOIN tenants t ON t.tenant_id = i.tenant_id
           JOIN invoice_sync s ON s.tenant_id = i.tenant_id AND s.invoice_id = i.id
           LEFT JOIN qbo_connections qc ON qc.tenant_id = i.tenant_id
          WHERE i.tenant_id = $1 AND i.sync_state = 'pending'
            AND (invoice_sync_settled(i.version, i.voided, s.batch_id, s.needs_check, s.failed_version, s.pushed_version,
                                      s.qbo_invoice_id, s.voided_in_qbo)
                 OR (NOT i.voided AND s.batch_id IS NULL AND s.needs_check IS NULL AND s.qbo_invoice_id IS NULL
                     AND (s.failed_version IS NULL OR s.failed_version < i.version)
                     AND ${SYNC_START} IS NOT NULL
                     AND (i.issue_date IS NULL OR i.issue_date < ${SYNC_START})))
          FOR UPDATE OF i SKIP LOCKED
          FOR SHARE OF s SKIP LOCKED
       ), unsynced AS (
         -- No sync record: settled when voided (never in QBO), parked when issued before the sync start.
         SELECT i.tenant_id, i.id, CASE WHEN i.voided THEN 'settled' ELSE 'parked' END AS state
           FROM invoices i
           JOIN tenants t ON t.tenant_id = i.tenant_id
           LEFT JOIN qbo_connections qc ON qc.tenant_id = i.tenant_id
          WHERE i.tenant_id = $1 AND i.sync_state = 'pending'
            AND NOT EXISTS (SELECT 1 FROM invoice_sync s WHERE s.tenant_id = i.tenant_id AND s.invoice_id = i.id)
            AND (i.voided OR (${SYNC_START} IS NOT NULL AND (i.issue_date IS NULL OR i.issue_date < ${SYNC_START})))
          FOR UPDATE OF i SKIP LOCKED
       ), done AS (SELECT * FROM synced UNION ALL SELECT * FROM unsynced)
       UPDATE invoices i SET sync_state = done.state FROM done WHERE i.tenant_id = done.tenant_id AND i.id = done.id`,
      [tenantId],
    );
  }

  /**
   * Fails an invoice at a version before anything is sent (bad data, number too long, ...), and
   * reports invoice.failed upstream in the same transaction.
   */
  /** `conflictQboInvoiceId`: the QuickBooks invoice already holding the number (a 6140), for the page to name and link. */
  async markFailed(tenantId: string, realmId: string, invoiceId: string, version: number, code: string, reason: string, conflictQboInvoiceId: string | null = null): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.upsert(
        tenantId,
        realmId,
        invoiceId,
        `failed_version = $3, failure_code = $4, failure_reason = $5, needs_check = NULL, waiting_reason = NULL, conflict_qbo_invoice_id = $6`,
        [version, code, reason, conflictQboInvoiceId],
        tx,
      );
      await writeSyncEvent(tx, tenantId, 'invoice.failed', { invoiceId, invoiceVersion: version, code, reason: reason.slice(0, 4000) });
    });
  }

  /** Lets invoices held for an inactive QBO customer be collected again (the inactivity is re-checked before sending). */
  async releaseInactiveCustomerHolds(tenantId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE invoice_sync SET blocked_qbo_customer_id = NULL
        WHERE tenant_id = $1 AND blocked_qbo_customer_id IS NOT NULL AND batch_id IS NULL`,
      [tenantId],
    );
  }

  async markWaiting(tenantId: string, realmId: string, invoiceId: string, reason: string, blockedQboCustomerId: string | null): Promise<void> {
    await this.upsert(tenantId, realmId, invoiceId, `waiting_reason = $3, blocked_qbo_customer_id = $4`, [reason, blockedQboCustomerId]);
  }

  /** The upstream change touched nothing QBO holds: the version counts as pushed. */
  async markUnchanged(tenantId: string, realmId: string, invoiceId: string, version: number): Promise<void> {
    await this.upsert(
      tenantId,
      realmId,
      invoiceId,
      `pushed_version = GREATEST(COALESCE(invoice_sync.pushed_version, 0), $3), failed_version = NULL, failure_code = NULL,
       failure_reason = NULL, waiting_reason = NULL`,
      [version],
    );
  }

  /** A DocNumber lookup found this sync's own invoice in QBO: link it (its content is then updated to the latest version). */
  async linkFound(tenantId: string, realmId: string, invoiceId: string, qbo: { id: string; syncToken: string; docNumber: string | null; voided: boolean }): Promise<void> {
    await this.upsert(
      tenantId,
      realmId,
      invoiceId,
      `qbo_invoice_id = $3, qbo_sync_token = $4, qbo_doc_number = $5, voided_in_qbo = $6, pushed_version = NULL,
       pushed_payload = NULL, needs_check = NULL`,
      [qbo.id, qbo.syncToken, qbo.docNumber, qbo.voided],
    );
  }

  async clearCheck(tenantId: string, realmId: string, invoiceId: string): Promise<void> {
    await this.upsert(tenantId, realmId, invoiceId, `needs_check = NULL`, []);
  }

  async refreshSyncToken(tenantId: string, realmId: string, invoiceId: string, syncToken: string): Promise<void> {
    await this.upsert(tenantId, realmId, invoiceId, `qbo_sync_token = $3, needs_check = NULL`, [syncToken]);
  }

  /**
   * Every write of an invoice's sync record: made for company `realmId` (the window's), applied
   * only while the tenant is on it and only to a record of that company; otherwise dropped.
   * A dropped write throws QboError REALM_CHANGED (kind halted): the window stops with the reason.
   */
  private async upsert(tenantId: string, realmId: string, invoiceId: string, set: string, params: unknown[], q: Pick<EntityManager, 'query'> = this.dataSource): Promise<void> {
    const n = params.length + 3;
    const guard = realmGuardSql('$1', `$${n}`);
    await q.query(
      `INSERT INTO invoice_sync (tenant_id, invoice_id, realm_id) SELECT $1, $2, $3 WHERE ${realmGuardSql('$1', '$3')}
       ON CONFLICT (tenant_id, invoice_id) DO NOTHING`,
      [tenantId, invoiceId, realmId],
    );
    const res = (await q.query(
      `UPDATE invoice_sync SET ${set}, realm_id = $${n}, updated_at = now()
        WHERE tenant_id = $1 AND invoice_id = $2 AND (realm_id IS NULL OR realm_id = $${n}) AND ${guard}`,
      [tenantId, invoiceId, ...params, realmId],
    )) as [unknown[], number];
    if (res[1] === 0) throw realmChangedError(tenantId, realmId, `the sync record of invoice ${invoiceId}`);
  }
}
