import { inject, injectable } from 'inversify';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { DATA_SOURCE, LOGGER } from '../tokens';
import { DataSource } from 'typeorm';
import { returnedRows } from '../customers/returned-rows';
import { COMPANY_WEBHOOK_ENTITIES } from '../domain/webhook-entities';
import { Logger } from '../logger';
import { QBO_CLIENT, QboClient } from '../qbo/qbo-client';
import { QboError } from '../qbo/qbo-error';
import { RecordPaymentState } from './record-payment-state';
import { SyncCompanyLists } from './sync-company-lists';

interface NotificationRow {
  id: string;
  tenant_id: string;
  realm_id: string;
  entity: string;
  entity_id: string;
  operation: string;
  last_updated: Date | null;
}

const MAX_ATTEMPTS = 8;
const CLAIM_LEASE_MS = 10 * 60_000;

/**
 * Works through queued webhook notifications of the company's lists and payments (rows of
 * qbo_webhook_notifications of COMPANY_WEBHOOK_ENTITIES), claimed like the customer ones (a lease,
 * FOR UPDATE SKIP LOCKED, no transaction open while QuickBooks is read):
 * - Item: the item is re-read into the mirror; Account, TaxCode: the short list is re-read (once per round and tenant);
 * - Invoice (Update): one this sync pushed is re-read and its balance recorded (RecordPaymentState),
 *   unless the change is the sync's own push (pushed within a minute of it);
 * - Payment: the payment is read and each invoice it is applied to that this sync pushed is re-read
 *   (a deleted payment cannot be read: the invoices' own notifications, or CDC, tell the new balance).
 * Reads are metered: an invoice named by several notifications of one round is read once.
 */
@injectable()
export class ProcessCompanyWebhooks {
  private readonly logger: Logger;
  constructor(
    @inject(DATA_SOURCE) private readonly db: DataSource,
    @inject(QBO_CLIENT) private readonly qbo: QboClient,
    @inject(SyncCompanyLists) private readonly sync: SyncCompanyLists,
    @inject(RecordPaymentState) private readonly payments: RecordPaymentState,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'company-lists' });
  }

  /** Processes up to `limit` notifications; returns how many were handled (done or failed). */
  async run(limit: number): Promise<number> {
    const claimed: unknown = await this.db.query(
      `UPDATE qbo_webhook_notifications c SET claimed_until = now() + $3 * interval '1 millisecond'
         FROM (SELECT n.id, q.tenant_id
                 FROM qbo_webhook_notifications n
                 JOIN qbo_connections q ON q.realm_id = n.realm_id AND q.status = 'connected'
                 JOIN qbo_company_lists s ON s.tenant_id = q.tenant_id AND s.status = 'ready' AND s.realm_id = q.realm_id
                WHERE n.entity = ANY($4::text[]) AND n.processed_at IS NULL AND n.attempts < $2
                  AND (n.claimed_until IS NULL OR n.claimed_until < now())
                  AND (n.last_attempt_at IS NULL OR n.last_attempt_at < now() - least(power(2, n.attempts), 300) * interval '1 second')
                ORDER BY n.id LIMIT $1
                FOR UPDATE OF n SKIP LOCKED) todo
        WHERE c.id = todo.id
       RETURNING c.id, todo.tenant_id, c.realm_id, c.entity, c.entity_id, c.operation, c.last_updated`,
      [limit, MAX_ATTEMPTS, CLAIM_LEASE_MS, COMPANY_WEBHOOK_ENTITIES],
    );
    const rows = returnedRows<NotificationRow>(claimed).sort((a, b) => Number(a.id) - Number(b.id));
    const listsRead = new Set<string>();
    const invoicesRead = new Set<string>();
    for (const n of rows) {
      try {
        await this.handle(n, listsRead, invoicesRead);
        await this.db.query(
          `UPDATE qbo_webhook_notifications SET processed_at = now(), last_attempt_at = now(), last_error = NULL, claimed_until = NULL WHERE id = $1`,
          [n.id],
        );
      } catch (e) {
        const message = e instanceof QboError ? `${e.code}: ${e.explanation}` : e instanceof Error ? e.message : String(e);
        this.logger.warn({ notificationId: n.id, tenantId: n.tenant_id, entity: n.entity, err: e }, 'company webhook notification failed; will retry');
        await this.db.query(
          `UPDATE qbo_webhook_notifications SET attempts = attempts + 1, last_attempt_at = now(), last_error = $2, claimed_until = NULL WHERE id = $1`,
          [n.id, message],
        );
      }
    }
    return rows.length;
  }

  private async handle(n: NotificationRow, listsRead: Set<string>, invoicesRead: Set<string>): Promise<void> {
    const once = (set: Set<string>, key: string) => (set.has(key) ? false : (set.add(key), true));
    switch (n.entity) {
      case 'Item':
        await withCallPurpose('webhook', () => this.sync.refreshItem(n.tenant_id, n.realm_id, n.entity_id));
        return;
      case 'Account':
        if (once(listsRead, `${n.tenant_id}\u0000Account`)) await withCallPurpose('webhook', () => this.sync.refreshAccounts(n.tenant_id, n.realm_id));
        return;
      case 'TaxCode':
        if (once(listsRead, `${n.tenant_id}\u0000TaxCode`)) await withCallPurpose('webhook', () => this.sync.refreshTaxCodes(n.tenant_id, n.realm_id));
        return;
      case 'Invoice':
        // A create changes no balance; an update made by this sync's own push is not read back (its answer was recorded).
        if (n.operation !== 'Update') return;
        await this.readBack(n.tenant_id, n.realm_id, [n.entity_id], invoicesRead, n.last_updated);
        return;
      case 'Payment': {
        if (n.operation === 'Delete') return;
        const payment = await this.qbo.readPayment(n.tenant_id, n.entity_id);
        const ids = (payment?.Line ?? []).flatMap((l) => (l.LinkedTxn ?? []).filter((t) => t.TxnType === 'Invoice').map((t) => String(t.TxnId)));
        await this.readBack(n.tenant_id, n.realm_id, ids, invoicesRead, null);
        return;
      }
    }
  }

  /**
   * Re-reads the invoices among `qboIds` that this sync pushed (each once per round) and records
   * their balances. `changedAt` (an Invoice notification's time): an invoice this sync pushed within
   * a minute of it is taken as the sync's own change and not read (reads are metered).
   */
  private async readBack(tenantId: string, realmId: string, qboIds: readonly string[], invoicesRead: Set<string>, changedAt: Date | null): Promise<void> {
    if (qboIds.length === 0) return;
    const ours = (await this.db.query(
      `SELECT qbo_invoice_id FROM invoice_sync WHERE tenant_id = $1 AND realm_id = $2 AND qbo_invoice_id = ANY($3::text[]) AND NOT voided_in_qbo
          AND NOT ($4::timestamptz IS NOT NULL AND pushed_at IS NOT NULL AND abs(extract(epoch FROM pushed_at - $4::timestamptz)) < 60)`,
      [tenantId, realmId, [...new Set(qboIds)], changedAt],
    )) as Array<{ qbo_invoice_id: string }>;
    for (const { qbo_invoice_id: id } of ours) {
      const key = `${tenantId}\u0000${id}`;
      if (invoicesRead.has(key)) continue;
      invoicesRead.add(key);
      const invoice = await this.qbo.readInvoice(tenantId, id);
      if (invoice !== null) await this.payments.recordInvoices(tenantId, realmId, [invoice]);
    }
  }
}
