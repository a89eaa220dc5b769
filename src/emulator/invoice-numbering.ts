import type { JsonObject } from './json-types';
import type { OperationContext } from './operation-context';

/**
 * With the company's custom transaction numbers off, QuickBooks numbers an invoice sent without
 * DocNumber itself: one more than the highest numeric DocNumber so far (1001 in a new company).
 * With them on, such an invoice simply has no number.
 */
export function assignDocNumber(ctx: OperationContext, data: JsonObject): void {
  if (ctx.realm.profile.customTxnNumbers) return;
  const given = data['DocNumber'];
  if (typeof given === 'string' && given.trim() !== '') return;
  let highest = 1000;
  for (const invoice of ctx.realm.listIncludingDeleted('Invoice')) {
    const docNumber = invoice.data['DocNumber'];
    if (typeof docNumber === 'string' && /^\d{1,15}$/.test(docNumber.trim())) highest = Math.max(highest, Number(docNumber.trim()));
  }
  data['DocNumber'] = String(highest + 1);
}
