import { Money } from '../domain/money';
import { OutboxTransaction, writeSyncEvent, WrittenSyncEvent } from './write-sync-event';

/** A pushed invoice's balance as read back from QuickBooks (a payment applied, changed or removed). */
export interface PaymentChange {
  tenantId: string;
  /** The upstream invoice id. */
  invoiceId: string;
  qboInvoiceId: string;
  /** The balance recorded before (null: none was recorded yet). */
  previousBalance: string | number | null;
  /** QuickBooks' Balance now. */
  balance: string | number;
  /** QuickBooks' TotalAmt (null: not known; amountPaid is then reported as 0.00). */
  total: string | number | null;
}

/**
 * Writes `invoice.payment_changed` to the outbox inside the caller's transaction (the one that
 * records the new balance), when what is owed changed: the balance differs from the one recorded
 * before, or none was recorded and something has been paid. Returns the event written, or null
 * when nothing changed (a re-read of the same balance, a webhook and the CDC backstop reporting
 * one payment twice: no event).
 *
 * amountPaid is total − balance (never below 0); paidInFull is balance = 0 with a non-zero total.
 */
export async function writePaymentChanged(tx: OutboxTransaction, change: PaymentChange): Promise<WrittenSyncEvent | null> {
  const zero = Money.zero().roundHalfUp(2);
  const balance = Money.of(change.balance, 'balance').roundHalfUp(2);
  const previous = change.previousBalance === null ? null : Money.of(change.previousBalance, 'previous balance').roundHalfUp(2);
  const total = change.total === null ? null : Money.of(change.total, 'total').roundHalfUp(2);
  const paid = total === null ? null : total.plus(balance.times(Money.of(-1))).roundHalfUp(2);
  if (previous !== null && previous.equals(balance)) return null;
  // Never recorded before: worth an event only once something is paid (a new invoice owes its total).
  if (previous === null && (paid === null || paid.isNegative() || paid.equals(zero))) return null;
  const amountPaid = paid === null || paid.isNegative() ? zero : paid;
  return writeSyncEvent(tx, change.tenantId, 'invoice.payment_changed', {
    invoiceId: change.invoiceId,
    qboInvoiceId: change.qboInvoiceId,
    balance: balance.toString(),
    amountPaid: amountPaid.toString(),
    paidInFull: balance.equals(zero) && (total === null || !total.equals(zero)),
    previousBalance: previous === null ? null : previous.toString(),
    total: total === null ? null : total.toString(),
  });
}
