import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { realmChangedError, realmGuardSql } from '../qbo/realm-guard';
import { upstreamTotal } from '../domain/invoice-tax';
import { ItemOutcome, PersistedBatch, PlannedItem } from './invoice-batch-types';
import { writeSyncEvent } from '../outbox/write-sync-event';
import { isNumberlessCreate, requestIdFor, sentDocNumber } from './invoice-request-id';
import { payloadTotal } from './invoice-totals';

interface BatchRow {
  id: string;
  tenant_id: string;
  realm_id: string;
  window_id: string | null;
  request_id: string;
  items: PlannedItem[];
  attempts: number;
  created_at: Date;
}

/**
 * The batch requests of the invoice windows in Postgres (invoice_batches): persisted with their
 * requestid before anything is sent, holding their invoices (invoice_sync.batch_id) until every
 * item's result is recorded, or abandoned to lookups when too old to resend. Every change of an
 * invoice's push state that a batch brings happens in the transaction that records the batch.
 */
@injectable()
export class InvoiceBatchRepository {
  constructor(@inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * Persists planned batches (each with its deterministic requestid, see requestIdFor, and item payloads) and marks
   * their invoices as held, in one transaction, before anything is sent. `realmId`: the company they
   * were planned for; persisted only while the tenant is on it, otherwise nothing is written and
   * QboError REALM_CHANGED is thrown.
   */
  async persistBatches(tenantId: string, realmId: string, windowId: string | null, batches: PlannedItem[][]): Promise<PersistedBatch[]> {
    if (batches.length === 0) return [];
    const persisted = batches.map((items): PersistedBatch => {
      const id = randomUUID();
      return { id, tenantId, realmId, windowId, requestId: requestIdFor(tenantId, id, items), items, attempts: 0, createdAt: new Date() };
    });
    await this.dataSource.transaction(async (tx) => {
      const inserted = (await tx.query(
        `INSERT INTO invoice_batches (id, tenant_id, realm_id, window_id, request_id, items)
         SELECT b.id, $1, $6, $2, b.request_id, b.items::jsonb
           FROM unnest($3::text[], $4::text[], $5::text[]) AS b(id, request_id, items)
          WHERE ${realmGuardSql('$1', '$6')}
         RETURNING id`,
        [tenantId, windowId, persisted.map((b) => b.id), persisted.map((b) => b.requestId), persisted.map((b) => JSON.stringify(b.items)), realmId],
      )) as unknown[];
      if (inserted.length !== persisted.length) throw realmChangedError(tenantId, realmId, 'the planned batches were');
      const ids: string[] = [];
      const batchIds: string[] = [];
      for (const b of persisted) {
        for (const it of b.items) {
          ids.push(it.invoiceId);
          batchIds.push(b.id);
        }
      }
      await tx.query(
        `INSERT INTO invoice_sync (tenant_id, invoice_id, batch_id, realm_id, updated_at)
         SELECT $1, x.invoice_id, x.batch_id, $4, now() FROM unnest($2::text[], $3::text[]) AS x(invoice_id, batch_id)
         ON CONFLICT (tenant_id, invoice_id) DO UPDATE SET batch_id = EXCLUDED.batch_id, realm_id = EXCLUDED.realm_id, updated_at = now()`,
        [tenantId, ids, batchIds, realmId],
      );
    });
    return persisted;
  }

  /** Batches persisted but not recorded: sent or not, their outcome is unknown. Oldest first. */
  async openBatches(tenantId: string): Promise<PersistedBatch[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, tenant_id, realm_id, window_id, request_id, items, attempts, created_at
         FROM invoice_batches WHERE tenant_id = $1 AND status = 'open' ORDER BY created_at, id`,
      [tenantId],
    )) as BatchRow[];
    return rows.map((r) => ({
      id: r.id,
      tenantId: r.tenant_id,
      realmId: r.realm_id,
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

  /**
   * Writes every item's result and closes the batch, in one transaction; only while the tenant is
   * still on the batch's company (a reconnect meanwhile abandoned it and forgot its invoices).
   * Returns false when nothing was written.
   */
  async recordBatch(tenantId: string, batchId: string, outcomes: readonly ItemOutcome[]): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const closed = returned(
        await tx.query(
          `UPDATE invoice_batches b SET status = 'recorded', recorded_at = now(), sent_at = COALESCE(sent_at, now())
            WHERE id = $1 AND status = 'open' AND ${realmGuardSql('b.tenant_id', 'b.realm_id')} RETURNING id`,
          [batchId],
        ),
      );
      if (closed.length === 0) return false; // another run recorded it already, or the tenant moved to another company
      for (const o of outcomes) await this.writeOutcome(tx, tenantId, o, batchId);
      return true;
    });
  }

  /**
   * A batch too old to trust its requestid: nothing is resent. Its creates with a number are looked
   * up by DocNumber before anything is created again; updates and voids re-read the SyncToken. Its
   * number-less creates were looked for by their marker (FinishOpenBatches): one `found` is recorded
   * as pushed at the version it was sent with, one not found is planned again as a create.
   */
  async abandonBatch(tenantId: string, batch: PersistedBatch, found: ReadonlyMap<string, FoundInvoice> = new Map()): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const closed = returned(
        await tx.query(
          `UPDATE invoice_batches b SET status = 'abandoned', recorded_at = now()
            WHERE id = $1 AND status = 'open' AND ${realmGuardSql('b.tenant_id', 'b.realm_id')} RETURNING id`,
          [batch.id],
        ),
      );
      if (closed.length === 0) return; // another run settled it already
      for (const it of batch.items) {
        const hit = found.get(it.invoiceId);
        if (hit !== undefined) {
          await this.writeOutcome(
            tx,
            tenantId,
            { kind: 'applied', item: it, qboId: hit.id, syncToken: hit.syncToken, docNumber: hit.docNumber },
            batch.id,
          );
          continue;
        }
        const check = it.operation !== 'create' ? 'reread' : isNumberlessCreate(it) ? null : 'lookup';
        // A create remembers the number it was sent with: the lookup uses it even if the number changes upstream.
        await tx.query(
          `UPDATE invoice_sync SET batch_id = NULL, needs_check = $4,
             qbo_doc_number = CASE WHEN $4 = 'lookup' AND qbo_invoice_id IS NULL THEN $5 ELSE qbo_doc_number END, updated_at = now()
            WHERE tenant_id = $1 AND invoice_id = $2 AND batch_id = $3`,
          [tenantId, it.invoiceId, batch.id, check, check === 'lookup' ? sentDocNumber(it) : null],
        );
      }
    });
  }

  /**
   * Writes one item's result to its invoice's sync record, and reports it upstream in the same
   * transaction: invoice.synced (created or updated), invoice.voided, invoice.failed. Only when
   * the record was still held by this batch (a result written once).
   */
  private async writeOutcome(tx: EntityManager, tenantId: string, o: ItemOutcome, batchId: string): Promise<void> {
    const key = [tenantId, o.item.invoiceId, batchId];
    const where = `WHERE tenant_id = $1 AND invoice_id = $2 AND batch_id = $3`;
    switch (o.kind) {
      case 'applied': {
        const f = o.figures;
        const upstreamTotalText = o.item.upstream === undefined ? null : upstreamTotal(o.item.upstream);
        const updated = returned(
          await tx.query(
            `UPDATE invoice_sync SET batch_id = NULL, qbo_invoice_id = $4, qbo_sync_token = $5,
             qbo_doc_number = COALESCE($6, qbo_doc_number), qbo_customer_id = COALESCE($7, qbo_customer_id),
             pushed_version = $8, pushed_payload = COALESCE($9::jsonb, pushed_payload), pushed_at = now(),
             voided_in_qbo = voided_in_qbo OR $10, needs_check = NULL, failed_version = NULL, failure_code = NULL,
             failure_reason = NULL, waiting_reason = NULL, blocked_qbo_customer_id = NULL, retry_count = 0,
             last_error = NULL, updated_at = now(),
             doc_number_from_qbo = COALESCE($19::boolean, doc_number_from_qbo),
             qbo_total = CASE WHEN $11 THEN $12::numeric ELSE qbo_total END,
             qbo_tax = CASE WHEN $11 THEN $13::numeric ELSE qbo_tax END,
             qbo_balance = CASE WHEN $11 THEN $14::numeric ELSE qbo_balance END,
             paid_state = CASE WHEN NOT $11 OR $14::numeric IS NULL THEN paid_state WHEN $14::numeric <= 0 THEN 'paid'
                               WHEN $14::numeric < $12::numeric THEN 'partly-paid' ELSE 'unpaid' END,
             balance_read_at = CASE WHEN $11 THEN now() ELSE balance_read_at END,
             qbo_currency = CASE WHEN $11 THEN COALESCE($15, qbo_currency) ELSE qbo_currency END,
             upstream_total = CASE WHEN $11 THEN $16::numeric ELSE upstream_total END,
             upstream_tax = CASE WHEN $11 THEN $17::numeric ELSE upstream_tax END,
             total_difference = CASE WHEN $11 THEN $18 ELSE total_difference END ${where} RETURNING qbo_doc_number`,
            [
              ...key,
              o.qboId,
              o.syncToken,
              o.docNumber,
              o.item.qboCustomerId,
              o.item.version,
              o.item.payload === null ? null : JSON.stringify(o.item.payload),
              o.item.operation === 'void',
              f !== undefined,
              f?.total ?? null,
              f?.tax ?? null,
              f?.balance ?? null,
              f?.currency ?? null,
              upstreamTotalText,
              o.item.upstream?.taxAmount ?? null,
              f?.difference ?? null,
              o.item.operation === 'create' ? o.docNumber !== null && o.item.payload !== null && o.item.payload.DocNumber === undefined : null,
            ],
          ),
        ) as Array<{ qbo_doc_number: string | null }>;
        if (updated.length > 0) await reportApplied(tx, tenantId, o, updated[0]?.qbo_doc_number ?? null);
        return;
      }
      case 'failed': {
        const updated = returned(
          await tx.query(
            `UPDATE invoice_sync SET batch_id = NULL, failed_version = $4, failure_code = $5, failure_reason = $6,
               last_error = NULL, updated_at = now() ${where} RETURNING 1`,
            [...key, o.item.version, o.code, o.reason],
          ),
        );
        if (updated.length > 0) {
          await writeSyncEvent(tx, tenantId, 'invoice.failed', { invoiceId: o.item.invoiceId, invoiceVersion: o.item.version, code: o.code, reason: o.reason.slice(0, 4000) });
        }
        return;
      }
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

/** The rows of an UPDATE ... RETURNING through TypeORM (`[rows, count]`) or of an INSERT (rows). */
function returned(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as unknown[];
  return result as unknown[];
}

/** A number-less create found in QBO by its marker. */
export interface FoundInvoice {
  id: string;
  syncToken: string;
  docNumber: string | null;
  totalAmt?: number | null;
}

/** invoice.synced for a create or an update QBO applied, invoice.voided for a void. */
async function reportApplied(tx: EntityManager, tenantId: string, o: ItemOutcome & { kind: 'applied' }, docNumber: string | null): Promise<void> {
  const { item } = o;
  if (item.operation === 'void') {
    await writeSyncEvent(tx, tenantId, 'invoice.voided', { invoiceId: item.invoiceId, invoiceVersion: item.version, qboInvoiceId: o.qboId });
    return;
  }
  await writeSyncEvent(tx, tenantId, 'invoice.synced', {
    invoiceId: item.invoiceId,
    invoiceVersion: item.version,
    operation: item.operation === 'create' ? 'created' : 'updated',
    qboInvoiceId: o.qboId,
    docNumber,
    total: payloadTotal(item.payload),
    qboTotal: o.figures?.total ?? null,
    qboTax: o.figures?.tax ?? null,
  });
}
