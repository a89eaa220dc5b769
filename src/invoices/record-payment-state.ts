import { inject, injectable } from 'inversify';
import { DATA_SOURCE } from '../tokens';
import { DataSource, EntityManager } from 'typeorm';
import { Money } from '../domain/money';
import type { QboInvoice } from '../qbo/qbo-client';
import { realmGuardSql } from '../qbo/realm-guard';
import { writePaymentChanged } from '../outbox/write-payment-changed';

export type PaidState = 'unpaid' | 'partly-paid' | 'paid';

/** A pushed invoice whose balance in QuickBooks changed (a payment applied, changed or deleted). */
export interface PaymentStateChange {
  tenantId: string;
  realmId: string;
  invoiceId: string;
  qboInvoiceId: string;
  /** Decimal text, two places. */
  balance: string;
  total: string;
  amountPaid: string;
  paidInFull: boolean;
  paidState: PaidState;
  previousBalance: string | null;
  previousPaidState: PaidState | null;
}

/** Paid in full at a zero balance, partly paid below the total, unpaid otherwise. */
export function paidStateOf(balance: Money, total: Money): PaidState {
  if (!balance.isNegative() && balance.equals(Money.zero())) return 'paid';
  if (balance.plus(Money.of('-1').times(total)).isNegative()) return 'partly-paid';
  return 'unpaid';
}

/**
 * Payments read back (issue 12, item 5): what QuickBooks says a pushed invoice's balance is,
 * from an Invoice or Payment webhook, a CDC poll, or a re-read before an update, recorded on its
 * sync row (qbo_balance, paid_state, and the newer SyncToken, so the next update does not meet a
 * stale-object 5010). Each invoice's change is one transaction, made by `recordPaymentStateChange`.
 */
@injectable()
export class RecordPaymentState {
  constructor(@inject(DATA_SOURCE) private readonly db: DataSource) {}

  /** Records the balance of each of these invoices that this sync pushed; returns the changes. */
  async recordInvoices(tenantId: string, realmId: string, invoices: readonly QboInvoice[]): Promise<PaymentStateChange[]> {
    const changes: PaymentStateChange[] = [];
    for (const inv of invoices) {
      if (inv.status === 'Deleted' || inv.Balance === undefined || inv.TotalAmt === undefined) continue;
      const balance = Money.parse(inv.Balance);
      const total = Money.parse(inv.TotalAmt);
      if (balance === null || total === null) continue;
      const change = await this.recordPaymentStateChange(tenantId, realmId, { qboInvoiceId: String(inv.Id), syncToken: inv.SyncToken, balance, total });
      if (change !== null) changes.push(change);
    }
    return changes;
  }

  /**
   * The one place where a pushed invoice's payment state is recorded, in one transaction: the
   * row's balance, paid state and (when newer) SyncToken, then `paymentChanged` when what is owed
   * changed. Returns the change, or null when nothing changed or the invoice is not this sync's.
   */
  async recordPaymentStateChange(
    tenantId: string,
    realmId: string,
    read: { qboInvoiceId: string; syncToken: string; balance: Money; total: Money },
  ): Promise<PaymentStateChange | null> {
    const balance = read.balance.roundHalfUp(2);
    const total = read.total.roundHalfUp(2);
    const state = paidStateOf(balance, total);
    return this.db.transaction(async (tx) => {
      const rows = (await tx.query(
        `WITH old AS (
           SELECT s.invoice_id, s.qbo_balance::text AS balance, s.paid_state FROM invoice_sync s
            WHERE s.tenant_id = $1 AND s.qbo_invoice_id = $2 AND s.realm_id = $3 AND NOT s.voided_in_qbo AND ${realmGuardSql('$1', '$3')}
            FOR UPDATE OF s)
         UPDATE invoice_sync s SET qbo_balance = $4::numeric, qbo_total = $5::numeric, paid_state = $6, balance_read_at = now(),
                qbo_sync_token = CASE WHEN s.qbo_sync_token ~ '^[0-9]{1,18}$' AND $7 ~ '^[0-9]{1,18}$' AND $7::bigint > s.qbo_sync_token::bigint
                                      THEN $7 ELSE s.qbo_sync_token END
           FROM old WHERE s.tenant_id = $1 AND s.invoice_id = old.invoice_id
         RETURNING s.invoice_id, old.balance AS old_balance, old.paid_state AS old_state`,
        [tenantId, read.qboInvoiceId, realmId, balance.toString(), total.toString(), state, read.syncToken],
      )) as [Array<{ invoice_id: string; old_balance: string | null; old_state: PaidState | null }>, number];
      const row = rows[0]?.[0];
      if (row === undefined) return null;
      if (row.old_balance !== null && Money.of(row.old_balance).equals(balance) && row.old_state === state) return null;
      if (row.old_balance === null && state === 'unpaid') return null; // first read of an invoice nobody paid: nothing changed
      const change: PaymentStateChange = {
        tenantId,
        realmId,
        invoiceId: row.invoice_id,
        qboInvoiceId: read.qboInvoiceId,
        balance: balance.toString(),
        total: total.toString(),
        amountPaid: total.plus(Money.of('-1').times(balance)).roundHalfUp(2).toString(),
        paidInFull: state === 'paid',
        paidState: state,
        previousBalance: row.old_balance === null ? null : Money.of(row.old_balance).roundHalfUp(2).toString(),
        previousPaidState: row.old_state,
      };
      await this.paymentChanged(tx, change);
      return change;
    });
  }

  /**
   * A payment in QuickBooks changed what is owed on a pushed invoice: `invoice.payment_changed`
   * goes to the outbox inside the transaction that recorded it, so the event commits with the
   * state change or not at all (the relay publishes it).
   */
  private async paymentChanged(tx: EntityManager, change: PaymentStateChange): Promise<void> {
    await writePaymentChanged(tx, {
      tenantId: change.tenantId,
      invoiceId: change.invoiceId,
      qboInvoiceId: change.qboInvoiceId,
      previousBalance: change.previousBalance,
      balance: change.balance,
      total: change.total,
    });
  }
}
