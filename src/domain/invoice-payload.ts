import { Money } from './money';

/**
 * What QuickBooks receives for one upstream invoice: the rules of QBO's Invoice (DocNumber
 * ≤ 21 characters, Amount = Qty × UnitPrice rounded half-up to cents, lengths) applied to the
 * recorded invoice. A problem no retry can fix is returned as a reason in plain words; the
 * invoice is then marked failed at that version instead of being sent. Pure: imports nothing
 * outside domain/.
 */

export const MAX_DOC_NUMBER_LENGTH = 21;
export const MAX_DESCRIPTION_LENGTH = 4000;
export const MAX_CUSTOMER_MEMO_LENGTH = 1000;
/** Digits a JSON number carries exactly (QBO reads Qty and UnitPrice as numbers). */
export const MAX_SIGNIFICANT_DIGITS = 15;

export interface InvoiceRecordForQbo {
  id: string;
  number: string | null;
  /** YYYY-MM-DD */
  issueDate: string | null;
  dueDate: string | null;
  currency: string | null;
  memo: string | null;
  lines: unknown;
}

export interface QboLineBody {
  DetailType: 'SalesItemLineDetail';
  Amount: number;
  Description?: string;
  SalesItemLineDetail: {
    ItemRef: { value: string };
    Qty: number;
    UnitPrice: number;
    TaxCodeRef?: { value: string };
  };
}

export interface QboInvoiceBody {
  CustomerRef: { value: string };
  Line: QboLineBody[];
  DocNumber?: string;
  TxnDate?: string;
  DueDate?: string;
  CurrencyRef?: { value: string };
  CustomerMemo?: { value: string };
  GlobalTaxCalculation?: 'TaxExcluded' | 'TaxInclusive';
  /** United States: upstream's tax, overriding QuickBooks' computed one. */
  TxnTaxDetail?: { TotalTax: number };
  ExchangeRate?: number;
  /** Marks the invoice as this sync's, naming the upstream id: used to recognise it after a crash. */
  PrivateNote: string;
}

export type InvoicePayloadResult = { ok: true; body: QboInvoiceBody; total: string } | { ok: false; reason: string };

/** What the invoice refers to in the company, decided before the payload is built. */
export interface InvoiceRefs {
  qboCustomerId: string;
  /** One per upstream line, in order: its item, and its tax code's Id (null: none sent). */
  lines: ReadonlyArray<{ itemId: string; taxCodeId: string | null }>;
  globalTaxCalculation?: 'TaxExcluded' | 'TaxInclusive';
  /** US: upstream's tax amount (decimal text) as TxnTaxDetail.TotalTax. */
  totalTax?: string;
  /** Home-currency units per unit of the invoice's currency (decimal text). */
  exchangeRate?: string;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** The PrivateNote every invoice this sync creates carries. */
export function syncMarker(invoiceId: string): string {
  return `qbo-sync invoice ${invoiceId}`;
}

export function invoicePayload(invoice: InvoiceRecordForQbo, refs: InvoiceRefs): InvoicePayloadResult {
  const number = invoice.number?.trim() ?? '';
  if (CONTROL_CHARACTER.test(number)) {
    return {
      ok: false,
      reason: `invoice number ${JSON.stringify(number)} holds a tab, a line break or another control character: QuickBooks cannot be searched by such a number, so the sync could not find the invoice again after an unknown outcome (the number is not changed silently: change it upstream)`,
    };
  }
  if ([...number].length > MAX_DOC_NUMBER_LENGTH) {
    return {
      ok: false,
      reason: `invoice number "${number}" has ${[...number].length} characters; QuickBooks allows at most ${MAX_DOC_NUMBER_LENGTH} (the number is not shortened silently: change it upstream)`,
    };
  }
  if (!Array.isArray(invoice.lines) || invoice.lines.length === 0) return { ok: false, reason: 'the invoice has no lines' };
  const lines: QboLineBody[] = [];
  let total = Money.zero();
  for (const [index, raw] of (invoice.lines as unknown[]).entries()) {
    const ref = refs.lines[index];
    if (ref === undefined) return { ok: false, reason: `line ${index + 1} has no item` };
    const line = lineFrom(raw, index, ref);
    if (!line.ok) return line;
    lines.push(line.line);
    total = total.plus(line.amount);
  }
  const memo = invoice.memo?.trim() ?? '';
  if ([...memo].length > MAX_CUSTOMER_MEMO_LENGTH) {
    return { ok: false, reason: `the memo has ${[...memo].length} characters; QuickBooks allows at most ${MAX_CUSTOMER_MEMO_LENGTH}` };
  }
  const body: QboInvoiceBody = {
    CustomerRef: { value: refs.qboCustomerId },
    Line: lines,
    PrivateNote: syncMarker(invoice.id),
  };
  if (number !== '') body.DocNumber = number;
  if (invoice.issueDate) body.TxnDate = invoice.issueDate;
  if (invoice.dueDate) body.DueDate = invoice.dueDate;
  if (invoice.currency) body.CurrencyRef = { value: invoice.currency.trim().toUpperCase() };
  if (memo !== '') body.CustomerMemo = { value: memo };
  if (refs.globalTaxCalculation !== undefined) body.GlobalTaxCalculation = refs.globalTaxCalculation;
  if (refs.totalTax !== undefined) body.TxnTaxDetail = { TotalTax: Money.of(refs.totalTax).roundHalfUp(2).toNumber() };
  if (refs.exchangeRate !== undefined) {
    const rate = Money.parse(refs.exchangeRate);
    if (rate === null || rate.isNegative() || rate.equals(Money.zero()) || rate.significantDigits() > MAX_SIGNIFICANT_DIGITS) {
      return { ok: false, reason: `the exchange rate ${JSON.stringify(refs.exchangeRate)} is not a decimal number greater than 0` };
    }
    body.ExchangeRate = rate.toNumber();
  }
  return { ok: true, body, total: total.roundHalfUp(2).toString() };
}

type LineResult = { ok: true; line: QboLineBody; amount: Money } | { ok: false; reason: string };

function lineFrom(raw: unknown, index: number, ref: { itemId: string; taxCodeId: string | null }): LineResult {
  const where = `line ${index + 1}`;
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: `${where} is not an object` };
  const l = raw as Record<string, unknown>;
  const qty = decimalField(l.quantity);
  const price = decimalField(l.unitPrice);
  if (qty === null) return { ok: false, reason: `${where}: quantity ${JSON.stringify(l.quantity)} is not a decimal number` };
  if (price === null) return { ok: false, reason: `${where}: unit price ${JSON.stringify(l.unitPrice)} is not a decimal number` };
  for (const [name, v] of [['quantity', qty], ['unit price', price]] as const) {
    if (v.significantDigits() > MAX_SIGNIFICANT_DIGITS) {
      return { ok: false, reason: `${where}: the ${name} ${v.toString()} has more than ${MAX_SIGNIFICANT_DIGITS} significant digits, more than QuickBooks keeps exactly` };
    }
  }
  const amount = qty.times(price).roundHalfUp(2);
  const description = typeof l.description === 'string' ? l.description : '';
  if ([...description].length > MAX_DESCRIPTION_LENGTH) {
    return { ok: false, reason: `${where}: the description has ${[...description].length} characters; QuickBooks allows at most ${MAX_DESCRIPTION_LENGTH}` };
  }
  const line: QboLineBody = {
    DetailType: 'SalesItemLineDetail',
    Amount: amount.toNumber(),
    SalesItemLineDetail: { ItemRef: { value: ref.itemId }, Qty: qty.toNumber(), UnitPrice: price.toNumber() },
  };
  if (description !== '') line.Description = description;
  if (ref.taxCodeId !== null) line.SalesItemLineDetail.TaxCodeRef = { value: ref.taxCodeId };
  return { ok: true, line, amount };
}

function decimalField(v: unknown): Money | null {
  return typeof v === 'string' || typeof v === 'number' ? Money.parse(v) : null;
}
