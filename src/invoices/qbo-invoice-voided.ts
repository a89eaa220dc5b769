import type { QboInvoice } from '../qbo/qbo-client';

/**
 * Whether QuickBooks holds `invoice` voided. The API has no status field for it: a void (in the
 * QuickBooks UI or by `operation=void`) zeroes the amounts and rewrites the PrivateNote to
 * "Voided" (which also removes the marker this sync writes there). Both are required, so an
 * invoice whose note merely mentions a void is not taken for one.
 */
export function isVoidedInQbo(invoice: QboInvoice): boolean {
  const note = typeof invoice.PrivateNote === 'string' ? invoice.PrivateNote.trim() : '';
  if (!/^voided\b/i.test(note)) return false;
  const total = Number(invoice.TotalAmt ?? 0);
  const balance = Number(invoice.Balance ?? 0);
  return total === 0 && balance === 0;
}
