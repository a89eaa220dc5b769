import { normalizeAddressCountries } from './addresses';
import { commitChange, commitNew } from './commit-change';
import { applyHomeTotal, applyTxnCurrency } from './currency';
import { Decimal } from './decimal';
import { QboFault } from './fault-shapes';
import { cloneJson, isJsonObject, type JsonObject, type JsonValue } from './json-types';
import { assignDocNumber } from './invoice-numbering';
import { checkSellableItem } from './items';
import { isoTime, type OperationContext } from './operation-context';
import { assertNoPayments, paymentsOn } from './payments';
import type { Realm, StoredEntity } from './store';
import { checkSyncToken, requireUpdateKeys } from './sync-token';
import { checkLineTaxCode, computeTax } from './tax';
import {
  checkDate,
  checkEmail,
  checkLength,
  invalidProperty,
  optionalDecimal,
  optionalObject,
  optionalRef,
  optionalString,
  requiredMissing,
  tooLong,
} from './validation';

const systemFields = ['Id', 'SyncToken', 'MetaData', 'TotalAmt', 'Balance', 'HomeTotalAmt', 'LinkedTxn', 'domain', 'sparse', 'time'];

export interface InvoiceWriteOptions {
  /** include=allowduplicatedocnum */
  allowDuplicateDocNumber: boolean;
}

function invoiceAmount(data: JsonObject, field: 'Balance' | 'TotalAmt'): Decimal {
  const value = data[field];
  return (typeof value === 'number' || typeof value === 'string' ? Decimal.parse(value) : null) ?? Decimal.zero();
}

/** Sum of the open balances of a customer's invoices. */
export function customerBalance(realm: Realm, customerId: string): Decimal {
  let total = Decimal.zero();
  for (const invoice of realm.list('Invoice')) {
    const ref = invoice.data['CustomerRef'];
    if (isJsonObject(ref) && ref['value'] === customerId) total = total.plus(invoiceAmount(invoice.data, 'Balance'));
  }
  return total.roundHalfUp(2);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function checkCustomer(ctx: OperationContext, data: JsonObject): StoredEntity {
  const customerId = optionalRef(data, 'CustomerRef');
  if (customerId === undefined) throw requiredMissing('CustomerRef');
  const customer = ctx.realm.get('Customer', customerId);
  if (!customer) throw QboFault.notFound('Customer', customerId);
  if (customer.data['Active'] === false) {
    throw QboFault.validation(
      '2500',
      'Invalid Reference Id',
      `Invalid Reference Id : Customer Id=${customerId} is inactive`,
      'CustomerRef',
    );
  }
  data['CustomerRef'] = { value: customerId };
  return customer;
}

function checkItem(ctx: OperationContext, detail: JsonObject, path: string): void {
  const itemId = optionalRef(detail, 'ItemRef');
  if (itemId === undefined) return;
  const item = checkSellableItem(ctx, itemId, `${path}.ItemRef`);
  detail['ItemRef'] = { value: itemId, name: String(item.data['Name'] ?? '') };
}

/** Validates the lines, computes line Ids and returns the lines plus their total. */
function buildLines(ctx: OperationContext, raw: JsonValue | undefined): { lines: JsonObject[]; total: Decimal } {
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) throw invalidProperty('Line', 'expected an array');
  const input = (raw ?? []).filter((line) => !(isJsonObject(line) && line['DetailType'] === 'SubTotalLineDetail'));
  if (input.length === 0) throw requiredMissing('Line');
  let total = Decimal.zero();
  const lines = input.map((rawLine, index): JsonObject => {
    const path = `Line[${index}]`;
    if (!isJsonObject(rawLine)) throw invalidProperty(path, 'expected an object');
    const line = cloneJson(rawLine);
    checkLength(optionalString(line, 'Description', `${path}.Description`), `${path}.Description`, 4000);
    const detailType = optionalString(line, 'DetailType', `${path}.DetailType`);
    if (detailType === undefined) throw requiredMissing(`${path}.DetailType`);
    if (detailType === 'DescriptionOnly') {
      delete line['Amount'];
    } else if (detailType === 'SalesItemLineDetail') {
      const detail = optionalObject(line, 'SalesItemLineDetail') ?? {};
      const amount = optionalDecimal(line, 'Amount', `${path}.Amount`);
      if (amount === undefined) throw requiredMissing(`${path}.Amount`);
      const qty = optionalDecimal(detail, 'Qty', `${path}.SalesItemLineDetail.Qty`);
      const unitPrice = optionalDecimal(detail, 'UnitPrice', `${path}.SalesItemLineDetail.UnitPrice`);
      if (qty !== undefined && unitPrice !== undefined) {
        const expected = qty.times(unitPrice).roundHalfUp(2);
        if (!expected.equals(amount)) {
          throw QboFault.validation(
            '6070',
            'Business Validation Error',
            `Amount is not equal to UnitPrice * Qty. Supplied value:${amount.toString()} (UnitPrice ${unitPrice.toString()} * Qty ${qty.toString()} = ${expected.toString()})`,
            `${path}.Amount`,
          );
        }
      }
      if (qty !== undefined) detail['Qty'] = qty.toNumber();
      if (unitPrice !== undefined) detail['UnitPrice'] = unitPrice.toNumber();
      checkItem(ctx, detail, `${path}.SalesItemLineDetail`);
      checkLineTaxCode(ctx, detail, `${path}.SalesItemLineDetail`);
      line['SalesItemLineDetail'] = detail;
      line['Amount'] = amount.toNumber();
      total = total.plus(amount);
    } else {
      throw invalidProperty(`${path}.DetailType`, `${detailType} is not supported by the emulator`);
    }
    line['Id'] = String(index + 1);
    line['LineNum'] = index + 1;
    return line;
  });
  return { lines, total };
}

function checkDocNumber(ctx: OperationContext, data: JsonObject, options: InvoiceWriteOptions, selfId?: string): void {
  const docNumber = optionalString(data, 'DocNumber');
  if (docNumber === undefined || docNumber === '') return;
  if ([...docNumber].length > 21) throw tooLong('DocNumber', 21, [...docNumber].length);
  if (options.allowDuplicateDocNumber) return;
  const key = docNumber.trim().toLowerCase();
  const holder = ctx.realm
    .list('Invoice')
    .find((inv) => inv.id !== selfId && typeof inv.data['DocNumber'] === 'string' && inv.data['DocNumber'].trim().toLowerCase() === key);
  if (holder) {
    throw QboFault.validation(
      '6140',
      'Duplicate Doc Num',
      `Duplicate Document Number Error : You must specify a different number. This number has already been used. DocNumber=${docNumber} is assigned to TxnType=Invoice with TxnId=${holder.id}`,
      'DocNumber',
    );
  }
}

/** Validates a complete invoice body and fills in computed fields. */
function buildInvoice(ctx: OperationContext, data: JsonObject, options: InvoiceWriteOptions, selfId?: string): JsonObject {
  const customer = checkCustomer(ctx, data);
  const { lines, total } = buildLines(ctx, data['Line']);
  normalizeAddressCountries(ctx, data);
  applyTxnCurrency(ctx, data, customer);
  checkDocNumber(ctx, data, options, selfId);
  checkLength(optionalString(data, 'PrivateNote'), 'PrivateNote', 4000);
  const memo = optionalObject(data, 'CustomerMemo');
  if (memo) checkLength(optionalString(memo, 'value', 'CustomerMemo.value'), 'CustomerMemo.value', 1000);
  const billEmail = optionalObject(data, 'BillEmail');
  const billAddress = billEmail ? optionalString(billEmail, 'Address', 'BillEmail.Address') : undefined;
  if (billAddress) checkEmail(billAddress, 'BillEmail.Address');
  const txnDate = optionalString(data, 'TxnDate') ?? today();
  checkDate(txnDate, 'TxnDate');
  const dueDate = optionalString(data, 'DueDate') ?? txnDate;
  checkDate(dueDate, 'DueDate');
  const tax = computeTax(ctx, data, lines, total, customer);
  const { paid, links } = selfId === undefined ? { paid: Decimal.zero(), links: [] } : paymentsOn(ctx.realm, selfId);
  if (tax.totalAmt.compare(paid) < 0) {
    throw QboFault.validation('6000', 'A business validation error has occurred while processing your request', `Business Validation Error: the invoice total ${tax.totalAmt.toString()} would be less than the payments applied to it (${paid.toString()}).`);
  }
  const out: JsonObject = { ...data, TxnDate: txnDate, DueDate: dueDate, Line: lines, TxnTaxDetail: tax.txnTaxDetail, TotalAmt: tax.totalAmt.toNumber() };
  out['Balance'] = tax.totalAmt.plus(Decimal.fromUnits(-paid.units, paid.scale)).roundHalfUp(2).toNumber();
  if (tax.globalTaxCalculation !== undefined) out['GlobalTaxCalculation'] = tax.globalTaxCalculation;
  if (links.length > 0) out['LinkedTxn'] = links;
  applyHomeTotal(ctx, out, tax.totalAmt);
  return out;
}

function writable(body: JsonObject): JsonObject {
  const data = cloneJson(body);
  for (const field of systemFields) delete data[field];
  return data;
}

export function createInvoice(ctx: OperationContext, body: JsonObject, options: InvoiceWriteOptions): StoredEntity {
  const input = writable(body);
  assignDocNumber(ctx, input);
  const data = buildInvoice(ctx, input, options);
  return commitNew(ctx, 'Invoice', data);
}

function existingForChange(ctx: OperationContext, body: JsonObject): StoredEntity {
  const { id, syncToken } = requireUpdateKeys(body);
  const existing = ctx.realm.get('Invoice', id);
  if (!existing) throw QboFault.notFound('Invoice', id);
  checkSyncToken(existing, syncToken);
  return existing;
}

function rejectVoided(existing: StoredEntity): void {
  if (existing.voided) {
    throw QboFault.validation(
      '6000',
      'A business validation error has occurred while processing your request',
      `Business Validation Error: Invoice Id=${existing.id} is void and cannot be modified.`,
    );
  }
}

export function updateInvoice(ctx: OperationContext, body: JsonObject, options: InvoiceWriteOptions): StoredEntity {
  const existing = existingForChange(ctx, body);
  rejectVoided(existing);
  const incoming = writable(body);
  const previous = writable(existing.data);
  delete previous['TxnTaxDetail']; // recomputed, unless the update sends an override again
  const merged: JsonObject = body['sparse'] === true ? { ...previous, ...incoming } : incoming;
  const data = buildInvoice(ctx, merged, options, existing.id);
  return commitChange(ctx, existing, data, 'Update');
}

export function voidInvoice(ctx: OperationContext, body: JsonObject): StoredEntity {
  const existing = existingForChange(ctx, body);
  assertNoPayments(ctx.realm, existing.id);
  const data = cloneJson(existing.data);
  const lines = Array.isArray(data['Line']) ? data['Line'] : [];
  data['Line'] = lines.map((line) => (isJsonObject(line) && line['Amount'] !== undefined ? { ...line, Amount: 0 } : line));
  data['TotalAmt'] = 0;
  data['Balance'] = 0;
  data['TxnTaxDetail'] = { TotalTax: 0, TaxLine: [] };
  data['PrivateNote'] = 'Voided';
  const next = commitChange(ctx, existing, data, 'Void');
  const voided = { ...next, voided: true };
  ctx.realm.put(voided);
  return voided;
}

export function deleteInvoice(ctx: OperationContext, body: JsonObject): StoredEntity {
  const existing = existingForChange(ctx, body);
  assertNoPayments(ctx.realm, existing.id);
  const next = commitChange(ctx, existing, existing.data, 'Delete');
  const deleted = { ...next, deleted: true };
  ctx.realm.put(deleted);
  return deleted;
}

/** Moves an invoice to another customer (merge): a change of its own, SyncToken bumped. */
export function reassignInvoice(ctx: OperationContext, invoice: StoredEntity, customerId: string): StoredEntity {
  return commitChange(ctx, invoice, { ...invoice.data, CustomerRef: { value: customerId } }, 'Update');
}

export function renderInvoice(realm: Realm, entity: StoredEntity): JsonObject {
  if (entity.deleted) {
    return { Id: entity.id, status: 'Deleted', domain: 'QBO', MetaData: { LastUpdatedTime: isoTime(entity.updatedAtMs) } };
  }
  const out = cloneJson(entity.data);
  const ref = out['CustomerRef'];
  if (isJsonObject(ref) && typeof ref['value'] === 'string') {
    const customer = realm.get('Customer', ref['value']);
    out['CustomerRef'] = { value: ref['value'], name: String(customer?.data['DisplayName'] ?? '') };
  }
  const lines = Array.isArray(out['Line']) ? out['Line'] : [];
  out['Line'] = [...lines, { Amount: out['TotalAmt'] ?? 0, DetailType: 'SubTotalLineDetail', SubTotalLineDetail: {} }];
  out['domain'] = 'QBO';
  out['sparse'] = false;
  return out;
}
