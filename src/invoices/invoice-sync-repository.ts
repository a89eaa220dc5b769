import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { QboInvoiceBody } from '../domain/invoice-payload';
import { batchRequestId } from '../qbo/request-ids';
import { PersistedBatch, PlannedItem } from './invoice-batch-types';

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
}

/** The result of one batch item, as written to invoice_sync. */
export type ItemOutcome =
  | { kind: 'applied'; item: PlannedItem; qboId: string; syncToken: string; docNumber: string | null }
  | { kind: 'failed'; item: PlannedItem; code: string; reason: string }
  | { kind: 'waiting'; item: PlannedItem; reason: string; blockedQboCustomerId: string | null }
  | { kind: 'check'; item: PlannedItem; check: 'lookup' | 'reread'; error: string }
  | { kind: 'retry'; item: PlannedItem; error: string };

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
}

interface BatchRow {
  id: string;
  tenant_id: string;
  window_id: string | null;
  request_id: string;
  items: PlannedItem[];
  attempts: number;
  created_at: Date;
}

/**
 * The invoice side of the window's state in Postgres: which invoices need work (the eligibility
 * rules live in `collect`'s SQL), the batches persisted before sending, and each item's result.
 * Every change of an invoice's push state happens in the transaction that records its batch.
 */
export class InvoiceSyncRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Invoices of the tenant that need work now, oldest change first, not held by an open batch:
   * - not voided, issued on or after the sync start date, customer linked, customer link not
   *   known to point at an inactive QBO customer, not deleted upstream unless already in QBO,
   *   and changed since the last push (or never pushed), and not failed at this version;
   * - voided upstream, in QBO and not yet voided there;
   * - any whose create outcome is unknown (looked up by DocNumber first).
   */
  async collect(tenantId: string, limit: number, exclude: readonly string[]): Promise<Candidate[]> {
    const rows = (await this.dataSource.query(
      `SELECT i.id, i.version, i.voided, i.customer_id, i.number,
              to_char(i.issue_date, 'YYYY-MM-DD') AS issue_date, to_char(i.due_date, 'YYYY-MM-DD') AS due_date,
              i.currency, i.memo, i.lines,
              s.qbo_invoice_id, s.qbo_sync_token, s.pushed_version, s.pushed_payload, s.voided_in_qbo, s.needs_check,
              s.qbo_doc_number, l.qbo_customer_id AS link_qbo_customer_id
         FROM invoices i
         JOIN tenants t ON t.tenant_id = i.tenant_id
         JOIN qbo_connections qc ON qc.tenant_id = i.tenant_id
         LEFT JOIN invoice_sync s ON s.tenant_id = i.tenant_id AND s.invoice_id = i.id
         LEFT JOIN customer_links l ON l.tenant_id = i.tenant_id AND l.customer_id = i.customer_id AND l.status = 'linked'
         LEFT JOIN customers c ON c.tenant_id = i.tenant_id AND c.id = i.customer_id
        WHERE i.tenant_id = $1
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
      [tenantId, limit, exclude],
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
    }));
  }

  /**
   * Persists planned batches (each with its deterministic requestid and item payloads) and marks
   * their invoices as held, in one transaction, before anything is sent.
   */
  async persistBatches(tenantId: string, windowId: string | null, batches: PlannedItem[][]): Promise<PersistedBatch[]> {
    if (batches.length === 0) return [];
    const persisted = batches.map((items): PersistedBatch => {
      const id = randomUUID();
      return { id, tenantId, windowId, requestId: batchRequestId(tenantId, id), items, attempts: 0, createdAt: new Date() };
    });
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO invoice_batches (id, tenant_id, window_id, request_id, items)
         SELECT b.id, $1, $2, b.request_id, b.items::jsonb
           FROM unnest($3::text[], $4::text[], $5::text[]) AS b(id, request_id, items)`,
        [tenantId, windowId, persisted.map((b) => b.id), persisted.map((b) => b.requestId), persisted.map((b) => JSON.stringify(b.items))],
      );
      const ids: string[] = [];
      const batchIds: string[] = [];
      for (const b of persisted) {
        for (const it of b.items) {
          ids.push(it.invoiceId);
          batchIds.push(b.id);
        }
      }
      await tx.query(
        `INSERT INTO invoice_sync (tenant_id, invoice_id, batch_id, updated_at)
         SELECT $1, x.invoice_id, x.batch_id, now() FROM unnest($2::text[], $3::text[]) AS x(invoice_id, batch_id)
         ON CONFLICT (tenant_id, invoice_id) DO UPDATE SET batch_id = EXCLUDED.batch_id, updated_at = now()`,
        [tenantId, ids, batchIds],
      );
    });
    return persisted;
  }

  /** Batches persisted but not recorded: sent or not, their outcome is unknown. Oldest first. */
  async openBatches(tenantId: string): Promise<PersistedBatch[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, tenant_id, window_id, request_id, items, attempts, created_at
         FROM invoice_batches WHERE tenant_id = $1 AND status = 'open' ORDER BY created_at, id`,
      [tenantId],
    )) as BatchRow[];
    return rows.map((r) => ({
      id: r.id,
      tenantId: r.tenant_id,
      windowId: r.window_id === null ? null : String(r.window_id),
      requestId: r.request_id,
      items: r.items,
      attempts: r.attempts,
      createdAt: new Date(r.created_at),
    }));
  }

  async noteSendAttempt(batchId: string, error: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE invoice_batches SET attempts = attempts + 1, sent_at = COALESCE(sent_at, now()), last_error = $2 WHERE id = $1`,
      [batchId, error],
    );
  }

  /** Writes every item's result and closes the batch, in one transaction. */
  async recordBatch(tenantId: string, batchId: string, outcomes: readonly ItemOutcome[]): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const closed = (await tx.query(
        `UPDATE invoice_batches SET status = 'recorded', recorded_at = now(), sent_at = COALESCE(sent_at, now())
          WHERE id = $1 AND status = 'open' RETURNING id`,
        [batchId],
      )) as unknown[];
      if (closed.length === 0) return; // another run recorded it already
      for (const o of outcomes) await this.writeOutcome(tx, tenantId, o, batchId);
    });
  }

  /**
   * A batch too old to trust its requestid: nothing is resent. Its creates are looked up by
   * DocNumber before anything is created again; updates and voids re-read the SyncToken.
   */
  async abandonBatch(tenantId: string, batch: PersistedBatch): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE invoice_batches SET status = 'abandoned', recorded_at = now() WHERE id = $1 AND status = 'open'`, [batch.id]);
      for (const it of batch.items) {
// A create remembers the number it was sent with: the lookup uses it even if the number changes upstream.
        await tx.query(
          `UPDATE invoice_sync SET batch_id = NULL, needs_check = $4,
             qbo_doc_number = CASE WHEN $4 = 'lookup' AND qbo_invoice_id IS NULL THEN $5 ELSE qbo_doc_number END, updated_at = now()
            WHERE tenant_id = $1 AND invoice_id = $2 AND batch_id = $3`,
          [tenantId, it.invoiceId, batch.id, it.operation === 'create' ? 'lookup' : 'reread', it.operation === 'create' ? sentDocNumber(it) : null],
        );
      }
    });
  }

  /** Fails an invoice at a version before anything is sent (bad data, number too long, ...). */
  async markFailed(tenantId: string, invoiceId: string, version: number, code: string, reason: string): Promise<void> {
    await this.upsert(tenantId, invoiceId, `failed_version = $3, failure_code = $4, failure_reason = $5, needs_check = NULL, waiting_reason = NULL`, [
      version,
      code,
      reason,
    ]);
  }

  /** Lets invoices held for an inactive QBO customer be collected again (the inactivity is re-checked before sending). */
  async releaseInactiveCustomerHolds(tenantId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE invoice_sync SET blocked_qbo_customer_id = NULL
        WHERE tenant_id = $1 AND blocked_qbo_customer_id IS NOT NULL AND batch_id IS NULL`,
      [tenantId],
    );
  }

  async markWaiting(tenantId: string, invoiceId: string, reason: string, blockedQboCustomerId: string | null): Promise<void> {
    await this.upsert(tenantId, invoiceId, `waiting_reason = $3, blocked_qbo_customer_id = $4`, [reason, blockedQboCustomerId]);
  }

  /** The upstream change touched nothing QBO holds: the version counts as pushed. */
  async markUnchanged(tenantId: string, invoiceId: string, version: number): Promise<void> {
    await this.upsert(
      tenantId,
      invoiceId,
      `pushed_version = GREATEST(COALESCE(invoice_sync.pushed_version, 0), $3), failed_version = NULL, failure_code = NULL,
       failure_reason = NULL, waiting_reason = NULL`,
      [version],
    );
  }

  /** A DocNumber lookup found this sync's own invoice in QBO: link it (its content is then updated to the latest version). */
  async linkFound(tenantId: string, invoiceId: string, qbo: { id: string; syncToken: string; docNumber: string | null; voided: boolean }): Promise<void> {
    await this.upsert(
      tenantId,
      invoiceId,
      `qbo_invoice_id = $3, qbo_sync_token = $4, qbo_doc_number = $5, voided_in_qbo = $6, pushed_version = NULL,
       pushed_payload = NULL, needs_check = NULL`,
      [qbo.id, qbo.syncToken, qbo.docNumber, qbo.voided],
    );
  }

  async clearCheck(tenantId: string, invoiceId: string): Promise<void> {
    await this.upsert(tenantId, invoiceId, `needs_check = NULL`, []);
  }

  async refreshSyncToken(tenantId: string, invoiceId: string, syncToken: string): Promise<void> {
    await this.upsert(tenantId, invoiceId, `qbo_sync_token = $3, needs_check = NULL`, [syncToken]);
  }

  private async upsert(tenantId: string, invoiceId: string, set: string, params: unknown[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO invoice_sync (tenant_id, invoice_id) VALUES ($1, $2) ON CONFLICT (tenant_id, invoice_id) DO NOTHING`,
      [tenantId, invoiceId],
    );
    await this.dataSource.query(`UPDATE invoice_sync SET ${set}, updated_at = now() WHERE tenant_id = $1 AND invoice_id = $2`, [
      tenantId,
      invoiceId,
      ...params,
    ]);
  }

  private async writeOutcome(tx: EntityManager, tenantId: string, o: ItemOutcome, batchId: string): Promise<void> {
    const key = [tenantId, o.item.invoiceId, batchId];
    const where = `WHERE tenant_id = $1 AND invoice_id = $2 AND batch_id = $3`;
    switch (o.kind) {
      case 'applied':
        await tx.query(
          `UPDATE invoice_sync SET batch_id = NULL, qbo_invoice_id = $4, qbo_sync_token = $5,
             qbo_doc_number = COALESCE($6, qbo_doc_number), qbo_customer_id = COALESCE($7, qbo_customer_id),
             pushed_version = $8, pushed_payload = COALESCE($9::jsonb, pushed_payload), pushed_at = now(),
             voided_in_qbo = voided_in_qbo OR $10, needs_check = NULL, failed_version = NULL, failure_code = NULL,
             failure_reason = NULL, waiting_reason = NULL, blocked_qbo_customer_id = NULL, retry_count = 0,
             last_error = NULL, updated_at = now() ${where}`,
          [
            ...key,
            o.qboId,
            o.syncToken,
            o.docNumber,
            o.item.qboCustomerId,
            o.item.version,
            o.item.payload === null ? null : JSON.stringify(o.item.payload),
            o.item.operation === 'void',
          ],
        );
        return;
      case 'failed':
        await tx.query(
          `UPDATE invoice_sync SET batch_id = NULL, failed_version = $4, failure_code = $5, failure_reason = $6,
             last_error = NULL, updated_at = now() ${where}`,
          [...key, o.item.version, o.code, o.reason],
        );
        return;
      case 'waiting':
        await tx.query(
          `UPDATE invoice_sync SET batch_id = NULL, waiting_reason = $4, blocked_qbo_customer_id = $5, updated_at = now() ${where}`,
          [...key, o.reason, o.blockedQboCustomerId],
        );
        return;
      case 'check':
        await tx.query(
          `UPDATE invoice_sync SET batch_id = NULL, needs_check = $4, last_error = $5, retry_count = retry_count + 1,
             qbo_doc_number = CASE WHEN $4 = 'lookup' AND qbo_invoice_id IS NULL THEN $6 ELSE qbo_doc_number END,
             updated_at = now() ${where}`,
          [...key, o.check, o.error, o.item.operation === 'create' ? sentDocNumber(o.item) : null],
        );
        return;
      case 'retry':
        await tx.query(
          `UPDATE invoice_sync SET batch_id = NULL, last_error = $4, retry_count = retry_count + 1, updated_at = now() ${where}`,
          [...key, o.error],
        );
        return;
    }
  }
}

/** The DocNumber a create item carried (what QBO holds if the create happened). */
function sentDocNumber(item: PlannedItem): string | null {
  const n = item.invoice.DocNumber;
  return typeof n === 'string' && n !== '' ? n : null;
}
