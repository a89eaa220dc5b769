import { classifyFailure } from './error-classifier';
import type { BatchItem, BatchItemResult, QboCustomer, QboInvoice } from './qbo-client';
import { QboError } from './qbo-error';
import { arr, record, str } from './qbo-response';

/**
 * Each item's result from a batch answer, in the order of the items sent: matched by bId; an
 * item the answer does not mention is a retriable BATCH_ITEM_MISSING, a Fault is classified.
 */
export function batchItemResults(items: readonly BatchItem[], body: unknown): BatchItemResult[] {
  const byBid = new Map<string, Record<string, unknown>>();
  for (const r of arr(record(body).BatchItemResponse)) {
    const rec = record(r);
    const bId = str(rec.bId);
    if (bId !== undefined) byBid.set(bId, rec);
  }
  return items.map((item): BatchItemResult => {
    const r = byBid.get(item.bId);
    if (!r) {
      return {
        bId: item.bId,
        ok: false,
        error: new QboError({
          kind: 'retriable',
          code: 'BATCH_ITEM_MISSING',
          message: `the batch answer has no item ${item.bId}`,
          explanation: 'QuickBooks did not report on this item; it is looked up or sent again.',
          operation: 'POST /batch',
        }),
      };
    }
    if (r.Fault !== undefined) {
      return { bId: item.bId, ok: false, error: classifyFailure({ endpoint: 'api', body: { Fault: r.Fault }, operation: 'POST /batch (item)' }) };
    }
    if (r.Invoice !== undefined) return { bId: item.bId, ok: true, entity: 'Invoice', value: r.Invoice as QboInvoice };
    if (r.Customer !== undefined) return { bId: item.bId, ok: true, entity: 'Customer', value: r.Customer as QboCustomer };
    if (r.QueryResponse !== undefined) return { bId: item.bId, ok: true, entity: 'QueryResponse', value: record(r.QueryResponse) };
    return {
      bId: item.bId,
      ok: false,
      error: classifyFailure({ endpoint: 'api', httpStatus: 200, body: null, operation: 'POST /batch (item)' }),
    };
  });
}
