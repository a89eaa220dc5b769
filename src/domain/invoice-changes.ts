import type { QboInvoiceBody } from './invoice-payload';

/** The fields of QboInvoiceBody this sync owns. */
const FIELDS = [
  'CustomerRef',
  'Line',
  'DocNumber',
  'TxnDate',
  'DueDate',
  'CurrencyRef',
  'CustomerMemo',
  'PrivateNote',
  'GlobalTaxCalculation',
  'TxnTaxDetail',
  'ExchangeRate',
] as const;

/**
 * The fields of a sparse update: those whose value differs from what was last pushed.
 * A field that was pushed and is now absent is cleared where QBO allows it (memo), and left
 * as it is otherwise (dates, currency, tax settings). A tax override (TxnTaxDetail) goes with any
 * change, since QuickBooks recomputes the tax on every update. Null `previous` (nothing recorded) means every field.
 * An empty result means QBO already holds this content: nothing to send.
 */
export function invoiceChanges(previous: QboInvoiceBody | null, next: QboInvoiceBody): Partial<QboInvoiceBody> {
  const changes: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const now = next[field];
    const before = previous === null ? undefined : previous[field];
    if (now === undefined) {
      if (before !== undefined && field === 'CustomerMemo') changes[field] = { value: '' };
      if (before !== undefined && field === 'DocNumber') changes[field] = '';
      continue;
    }
    if (previous === null || !sameJson(before, now)) changes[field] = now;
  }
  // QuickBooks recomputes the tax on every update: an override is sent again with any change.
  if (Object.keys(changes).length > 0 && next.TxnTaxDetail !== undefined) changes.TxnTaxDetail = next.TxnTaxDetail;
  return changes as Partial<QboInvoiceBody>;
}

/** Equal as JSON values, whatever the key order (a stored jsonb payload comes back with its keys reordered). */
function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
