import { ChangeReadSchedule } from './change-read-schedule';
import { inject, injectable } from 'inversify';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { QBO_CLIENT, QboClient } from '../qbo/qbo-client';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { isVoidedInQbo } from './qbo-invoice-voided';

/** One difference between what QuickBooks holds and what the worker recorded, with its repair. */
export type Drift =
  | { kind: 'invoice-deleted'; invoiceId: string; qboInvoiceId: string; repair: 'create again in the next window' }
  | { kind: 'invoice-voided'; invoiceId: string; qboInvoiceId: string; qboSyncToken: string; repair: 'recorded as voided, not re-sent' }
  | { kind: 'invoice-changed'; invoiceId: string; qboInvoiceId: string; recordedSyncToken: string | null; qboSyncToken: string; repair: 'send our latest version again' }
  | { kind: 'customer-missing'; customerId: string; qboCustomerId: string; repair: 'refresh from QuickBooks (the link is re-resolved)' }
  | { kind: 'customer-inactive'; customerId: string; qboCustomerId: string; repair: 'refresh from QuickBooks (a merge is followed; the tenant is told)' };

export interface ResyncPlan {
  tenantId: string;
  realmId: string;
  checked: { invoices: number; customers: number };
  /** QuickBooks reads made to compare (paged queries by Id, up to PAGE ids each). */
  qboQueries: number;
  drift: Drift[];
}

const PAGE = 100;

/**
 * `qbo-sync resync <tenant>`: compares what QuickBooks holds with what the worker recorded for
 * the tenant's current company (invoices it pushed, customers it linked), with paged queries by
 * Id (counted), and plans the repairs: an invoice deleted in QuickBooks is created again, one
 * voided there (by a person) is recorded as voided in QuickBooks and not re-sent (a voided invoice
 * cannot be changed; a later upstream change fails as VOIDED), one changed there gets our latest
 * version again, a linked customer gone or made inactive (merged)
 * is refreshed from QuickBooks the way a webhook would, so the customers part follows the merge
 * or tells the tenant. `apply` writes the repairs; they go out in the next window (or a window
 * run now). Every write is conditional on the tenant still being on the same company.
 */
@injectable()
export class ResyncTenant {
  private readonly log: Logger;

  constructor(
    @inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
    @inject(ChangeReadSchedule) private readonly schedule: ChangeReadSchedule,
    @inject(LOGGER) logger: Logger,
  ) {
    this.log = logger.child({ component: 'resync' });
  }

  /** null when the tenant has no connected company. */
  async plan(tenantId: string): Promise<ResyncPlan | null> {
    const conn = (await this.dataSource.query(`SELECT realm_id FROM qbo_connections WHERE tenant_id = $1 AND status = 'connected'`, [tenantId])) as Array<{
      realm_id: string;
    }>;
    const realmId = conn[0]?.realm_id;
    if (realmId === undefined) return null;
    const plan: ResyncPlan = { tenantId, realmId, checked: { invoices: 0, customers: 0 }, qboQueries: 0, drift: [] };

    let after = '';
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT invoice_id, qbo_invoice_id, qbo_sync_token, voided_in_qbo FROM invoice_sync
          WHERE tenant_id = $1 AND realm_id = $2 AND qbo_invoice_id IS NOT NULL AND batch_id IS NULL AND invoice_id > $3
          ORDER BY invoice_id LIMIT $4`,
        [tenantId, realmId, after, PAGE],
      )) as Array<{ invoice_id: string; qbo_invoice_id: string; qbo_sync_token: string | null; voided_in_qbo: boolean }>;
      if (rows.length === 0) break;
      plan.qboQueries += 1;
      const found = new Map((await withCallPurpose('operator', () => this.qbo.queryInvoices(tenantId, [{ field: 'Id', op: 'IN', value: rows.map((r) => r.qbo_invoice_id) }]))).map((i) => [i.Id, i]));
      for (const r of rows) {
        plan.checked.invoices += 1;
        const q = found.get(r.qbo_invoice_id);
        if (q === undefined) plan.drift.push({ kind: 'invoice-deleted', invoiceId: r.invoice_id, qboInvoiceId: r.qbo_invoice_id, repair: 'create again in the next window' });
        else if (r.voided_in_qbo) continue; // voided there (by this sync or recorded so): it cannot change
        else if (isVoidedInQbo(q)) {
          plan.drift.push({ kind: 'invoice-voided', invoiceId: r.invoice_id, qboInvoiceId: r.qbo_invoice_id, qboSyncToken: q.SyncToken, repair: 'recorded as voided, not re-sent' });
        } else if (r.qbo_sync_token !== null && q.SyncToken !== r.qbo_sync_token) {
          plan.drift.push({
            kind: 'invoice-changed',
            invoiceId: r.invoice_id,
            qboInvoiceId: r.qbo_invoice_id,
            recordedSyncToken: r.qbo_sync_token,
            qboSyncToken: q.SyncToken,
            repair: 'send our latest version again',
          });
        }
      }
      after = (rows.at(-1) as { invoice_id: string }).invoice_id;
      if (rows.length < PAGE) break;
    }

    after = '';
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT customer_id, qbo_customer_id FROM customer_links
          WHERE tenant_id = $1 AND realm_id = $2 AND status = 'linked' AND qbo_customer_id IS NOT NULL AND customer_id > $3
          ORDER BY customer_id LIMIT $4`,
        [tenantId, realmId, after, PAGE],
      )) as Array<{ customer_id: string; qbo_customer_id: string }>;
      if (rows.length === 0) break;
      plan.qboQueries += 1;
      const ids = [...new Set(rows.map((r) => r.qbo_customer_id))];
      const found = new Map((await withCallPurpose('operator', () => this.qbo.queryCustomers(tenantId, [{ field: 'Id', op: 'IN', value: ids }]))).map((c) => [c.Id, c]));
      for (const r of rows) {
        plan.checked.customers += 1;
        const q = found.get(r.qbo_customer_id);
        if (q === undefined) plan.drift.push({ kind: 'customer-missing', customerId: r.customer_id, qboCustomerId: r.qbo_customer_id, repair: 'refresh from QuickBooks (the link is re-resolved)' });
        else if (q.Active === false) {
          plan.drift.push({ kind: 'customer-inactive', customerId: r.customer_id, qboCustomerId: r.qbo_customer_id, repair: 'refresh from QuickBooks (a merge is followed; the tenant is told)' });
        }
      }
      after = (rows.at(-1) as { customer_id: string }).customer_id;
      if (rows.length < PAGE) break;
    }
    return plan;
  }

  /** Writes the plan's repairs (each only while the tenant is still on the plan's company); returns how many took. */
  async apply(plan: ResyncPlan): Promise<number> {
    let applied = 0;
    const guard = `EXISTS (SELECT 1 FROM qbo_connections c WHERE c.tenant_id = $1 AND c.realm_id = $2 AND c.status = 'connected')`;
    for (const d of plan.drift) {
      let res: [unknown[], number];
      if (d.kind === 'invoice-deleted') {
        res = (await this.dataSource.query(
          `UPDATE invoice_sync SET qbo_invoice_id = NULL, qbo_sync_token = NULL, qbo_doc_number = NULL, qbo_customer_id = NULL,
                  pushed_version = NULL, pushed_payload = NULL, pushed_at = NULL, voided_in_qbo = false, needs_check = NULL,
                  failed_version = NULL, failure_code = NULL, failure_reason = NULL, updated_at = now()
            WHERE tenant_id = $1 AND realm_id = $2 AND invoice_id = $3 AND qbo_invoice_id = $4 AND batch_id IS NULL AND ${guard}`,
          [plan.tenantId, plan.realmId, d.invoiceId, d.qboInvoiceId],
        )) as [unknown[], number];
      } else if (d.kind === 'invoice-voided') {
        // As the sync records a void it made: voided_in_qbo, QuickBooks' SyncToken; the pushed version stays, so nothing is re-sent.
        res = (await this.dataSource.query(
          `UPDATE invoice_sync SET voided_in_qbo = true, qbo_sync_token = $5, needs_check = NULL, updated_at = now()
            WHERE tenant_id = $1 AND realm_id = $2 AND invoice_id = $3 AND qbo_invoice_id = $4 AND batch_id IS NULL AND NOT voided_in_qbo AND ${guard}`,
          [plan.tenantId, plan.realmId, d.invoiceId, d.qboInvoiceId, d.qboSyncToken],
        )) as [unknown[], number];
      } else if (d.kind === 'invoice-changed') {
        // Not pushed at any version, with the SyncToken re-read first: the window sends a full update.
        res = (await this.dataSource.query(
          `UPDATE invoice_sync SET pushed_version = NULL, pushed_payload = NULL, needs_check = 'reread',
                  failed_version = NULL, failure_code = NULL, failure_reason = NULL, updated_at = now()
            WHERE tenant_id = $1 AND realm_id = $2 AND invoice_id = $3 AND qbo_invoice_id = $4 AND batch_id IS NULL AND ${guard}`,
          [plan.tenantId, plan.realmId, d.invoiceId, d.qboInvoiceId],
        )) as [unknown[], number];
      } else {
        // As if QuickBooks had sent a webhook for it: the customers part re-reads it, follows a merge or tells the tenant.
        const rows = (await this.dataSource.query(
          `INSERT INTO qbo_webhook_notifications (tenant_id, realm_id, entity, entity_id, operation, last_updated)
           SELECT $1, $2, 'Customer', $3, 'Update', now() WHERE ${guard} RETURNING id`,
          [plan.tenantId, plan.realmId, d.qboCustomerId],
        )) as Array<{ id: string }>;
        await this.schedule.noteQueued(this.dataSource, rows.map((r) => String(r.id)));
        res = [rows, rows.length];
      }
      const n = Array.isArray(res) && typeof res[1] === 'number' ? res[1] : 0;
      applied += n > 0 ? 1 : 0;
    }
    this.log.warn({ tenantId: plan.tenantId, realmId: plan.realmId, drift: plan.drift.length, applied }, 'resync repairs written');
    return applied;
  }
}
