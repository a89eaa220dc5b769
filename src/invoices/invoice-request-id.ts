import { batchRequestId, invoiceRequestId } from '../qbo/request-ids';
import type { PersistedBatch, PlannedItem } from './invoice-batch-types';

/**
 * The requestid a request row carries. A create without a DocNumber cannot be looked up by
 * number, so it goes alone (a single `POST /invoice`) with the id of its invoice version: every
 * resend, in this row or in a row planned again after an unknown outcome, carries the same id and
 * QBO answers with the first result. Any other row is a batch request with the id of the row.
 */
export function requestIdFor(tenantId: string, rowId: string, items: readonly PlannedItem[]): string {
  const only = items.length === 1 ? items[0] : undefined;
  if (only !== undefined && isNumberlessCreate(only)) return invoiceRequestId(tenantId, only.invoiceId, only.version, 'create');
  return batchRequestId(tenantId, rowId);
}

/** The item of a row that is a lone number-less create sent with its invoice version's requestid, else null. */
export function soloCreate(batch: PersistedBatch): PlannedItem | null {
  const only = batch.items.length === 1 ? batch.items[0] : undefined;
  if (only === undefined || !isNumberlessCreate(only)) return null;
  return batch.requestId === invoiceRequestId(batch.tenantId, only.invoiceId, only.version, 'create') ? only : null;
}

export function isNumberlessCreate(item: PlannedItem): boolean {
  return item.operation === 'create' && sentDocNumber(item) === null;
}

/** The DocNumber a create item carried (what QBO holds if the create happened). */
export function sentDocNumber(item: PlannedItem): string | null {
  const n = item.invoice.DocNumber;
  return typeof n === 'string' && n !== '' ? n : null;
}
