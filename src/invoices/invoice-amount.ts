import { Money } from '../domain/money';

/**
 * What an upstream invoice comes to, from its stored lines (quantity × unit price, rounded
 * half-up to cents per line) plus the tax upstream gave when prices exclude it: "150.00".
 * null when a line cannot be read.
 */
export function upstreamInvoiceAmount(lines: unknown, data: unknown): string | null {
  if (!Array.isArray(lines)) return null;
  let total = Money.zero();
  for (const line of lines as unknown[]) {
    if (typeof line !== 'object' || line === null) return null;
    const { quantity, unitPrice } = line as Record<string, unknown>;
    const q = decimal(quantity);
    const p = decimal(unitPrice);
    if (q === null || p === null) return null;
    total = total.plus(q.times(p).roundHalfUp(2));
  }
  const d = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const tax = decimal(d['taxAmount']);
  if (tax !== null && d['pricesIncludeTax'] !== true) total = total.plus(tax);
  return total.roundHalfUp(2).toString();
}

function decimal(v: unknown): Money | null {
  return typeof v === 'string' || typeof v === 'number' ? Money.parse(v) : null;
}
