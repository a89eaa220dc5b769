import type { QboInvoiceBody } from '../domain/invoice-payload';
import { Money } from '../domain/money';

/** The total the sync sent for an invoice: the sum of its lines' amounts (quantity × unit price, rounded half-up to cents), as "150.00". */
export function payloadTotal(payload: QboInvoiceBody | null): string {
  let total = Money.zero();
  for (const line of payload?.Line ?? []) {
    const amount = Money.parse(line.Amount);
    if (amount !== null) total = total.plus(amount);
  }
  return total.roundHalfUp(2).toString();
}

/** A QBO amount (a JSON number) as a decimal string with cents, or null when QBO did not say. */
export function cents(amount: number | null | undefined): string | null {
  if (amount === null || amount === undefined) return null;
  const m = Money.parse(amount);
  return m === null ? null : m.roundHalfUp(2).toString();
}
