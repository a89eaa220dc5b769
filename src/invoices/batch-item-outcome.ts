import { totalDifference } from '../domain/invoice-tax';
import { Money } from '../domain/money';
import type { BatchItemResult, QboInvoice } from '../qbo/qbo-client';
import { QboError } from '../qbo/qbo-error';
import type { ItemOutcome, PlannedItem, QboFigures } from './invoice-batch-types';

/**
 * What one batch item's answer means for its invoice:
 * - applied: QBO holds it (Id, SyncToken, DocNumber recorded, the version counts as pushed);
 * - 6140 on a create: look the number up before anything else (it may be ours, from a lost answer);
 * - 5010: re-read the SyncToken, then send again;
 * - an inactive or unknown customer: wait until the customer link points at an active customer;
 * - other permanent faults: failed with QBO's reason, retried when a newer version arrives;
 * - retriable: tried again (a create whose answer is missing is looked up first).
 */
export function batchItemOutcome(item: PlannedItem, result: BatchItemResult): ItemOutcome {
  if (result.ok) {
    if (result.entity !== 'Invoice') return { kind: 'retry', item, error: `QuickBooks answered with a ${result.entity} instead of an Invoice` };
    const v = result.value;
    return { kind: 'applied', item, qboId: v.Id, syncToken: v.SyncToken, docNumber: typeof v.DocNumber === 'string' ? v.DocNumber : null, figures: figuresOf(item, v) };
  }
  return errorOutcome(item, result.error);
}

export function errorOutcome(item: PlannedItem, e: QboError): ItemOutcome {
  const said = plainReason(e);
  if (e.code === '6140' && item.operation === 'create') return { kind: 'check', item, check: 'lookup', error: said };
  if (e.kind === 'conflict') return { kind: 'check', item, check: 'reread', error: said };
  if ((e.code === '2500' || e.code === '610') && isCustomerRef(e) && item.operation !== 'void') {
    return {
      kind: 'waiting',
      item,
      reason: `its QuickBooks customer (Id ${item.qboCustomerId ?? '?'}) is inactive or gone, e.g. merged into another: the invoice waits until the customer link points at an active customer`,
      blockedQboCustomerId: item.qboCustomerId,
    };
  }
  if (e.code === '610' && item.operation !== 'create') {
    return { kind: 'failed', item, code: e.code, reason: `the invoice no longer exists in QuickBooks (deleted there). ${said}` };
  }
  if (e.kind === 'permanent') return { kind: 'failed', item, code: e.code, reason: said };
  if (e.code === 'BATCH_ITEM_MISSING' && item.operation === 'create') return { kind: 'check', item, check: 'lookup', error: said };
  return { kind: 'retry', item, error: said };
}

/** QBO's reason in plain words, with its own detail and code for support. */
export function plainReason(e: QboError): string {
  const detail = e.detail ?? e.message;
  return `${e.explanation} QuickBooks said: "${detail}" (code ${e.code}${e.element ? `, field ${e.element}` : ''}).`;
}

function isCustomerRef(e: QboError): boolean {
  return (e.element ?? '').includes('CustomerRef') || /customer/i.test(`${e.detail ?? ''} ${e.message}`);
}

/** QuickBooks' total, tax, balance and currency of an applied create or update, and how they differ from upstream's. */
export function figuresOf(item: PlannedItem, v: QboInvoice): QboFigures | undefined {
  if (item.operation === 'void') return undefined;
  const cents = (x: unknown) => (typeof x === 'number' || typeof x === 'string' ? (Money.parse(x)?.roundHalfUp(2).toString() ?? null) : null);
  const total = cents(v.TotalAmt);
  const tax = cents(v.TxnTaxDetail?.TotalTax);
  const currency = typeof v.CurrencyRef?.value === 'string' ? v.CurrencyRef.value : null;
  return { total, tax, balance: cents(v.Balance), currency, difference: item.upstream === undefined ? null : totalDifference(item.upstream, { total, tax }) };
}
