import { commitChange, commitNew } from './commit-change';
import { applyTxnCurrency } from './currency';
import { Decimal } from './decimal';
import { QboFault } from './fault-shapes';
import { cloneJson, isJsonObject, type JsonObject } from './json-types';
import type { OperationContext } from './operation-context';
import type { Realm, StoredEntity } from './store';
import { checkSyncToken, requireUpdateKeys } from './sync-token';
import { checkDate, invalidProperty, optionalDecimal, optionalRef, optionalString, requiredMissing } from './validation';

const systemFields = ['Id', 'SyncToken', 'MetaData', 'UnappliedAmt', 'domain', 'sparse', 'time'];

function businessError(detail: string, element = ''): QboFault {
  return QboFault.validation('6000', 'A business validation error has occurred while processing your request', `Business Validation Error: ${detail}`, element);
}

function decimalOf(value: unknown): Decimal {
  return (typeof value === 'number' || typeof value === 'string' ? Decimal.parse(value) : null) ?? Decimal.zero();
}

interface Application {
  invoiceId: string;
  amount: Decimal;
}

/** The invoices a stored payment is applied to, with the amounts. */
function applications(payment: JsonObject): Application[] {
  const lines = Array.isArray(payment['Line']) ? payment['Line'] : [];
  return lines.flatMap((line): Application[] => {
    if (!isJsonObject(line) || !Array.isArray(line['LinkedTxn'])) return [];
    const link = line['LinkedTxn'][0];
    if (!isJsonObject(link) || link['TxnType'] !== 'Invoice') return [];
    return [{ invoiceId: String(link['TxnId']), amount: decimalOf(line['Amount']) }];
  });
}

/** What the live payments have paid on an invoice, and their links (the invoice's LinkedTxn). */
export function paymentsOn(realm: Realm, invoiceId: string): { paid: Decimal; links: JsonObject[] } {
  let paid = Decimal.zero();
  const links: JsonObject[] = [];
  for (const payment of realm.list('Payment')) {
    const applied = applications(payment.data).filter((a) => a.invoiceId === invoiceId);
    if (applied.length === 0) continue;
    for (const a of applied) paid = paid.plus(a.amount);
    links.push({ TxnId: payment.id, TxnType: 'Payment' });
  }
  return { paid: paid.roundHalfUp(2), links };
}

/** Void and delete are refused while payments are applied to the invoice. */
export function assertNoPayments(realm: Realm, invoiceId: string): void {
  if (paymentsOn(realm, invoiceId).links.length > 0) {
    throw businessError(`Invoice Id=${invoiceId} has payments applied; delete the payments first.`);
  }
}

function withBalance(invoice: StoredEntity, realm: Realm): JsonObject {
  const { paid, links } = paymentsOn(realm, invoice.id);
  const balance = decimalOf(invoice.data['TotalAmt']).plus(Decimal.fromUnits(-paid.units, paid.scale)).roundHalfUp(2);
  const data: JsonObject = { ...invoice.data, Balance: balance.toNumber() };
  if (links.length > 0) data['LinkedTxn'] = links;
  else delete data['LinkedTxn'];
  return data;
}

/** Re-derives each touched invoice's Balance and LinkedTxn: a change of the invoice (SyncToken + 1, webhook). */
function refreshInvoices(ctx: OperationContext, invoiceIds: Iterable<string>): void {
  for (const id of new Set(invoiceIds)) {
    const invoice = ctx.realm.get('Invoice', id);
    if (invoice) commitChange(ctx, invoice, withBalance(invoice, ctx.realm), 'Update');
  }
}

function checkLines(ctx: OperationContext, data: JsonObject, customer: StoredEntity): Decimal {
  const raw = data['Line'] ?? [];
  if (!Array.isArray(raw)) throw invalidProperty('Line', 'expected an array');
  const open = new Map<string, Decimal>();
  let applied = Decimal.zero();
  data['Line'] = raw.map((rawLine, index): JsonObject => {
    const path = `Line[${index}]`;
    if (!isJsonObject(rawLine)) throw invalidProperty(path, 'expected an object');
    const line = cloneJson(rawLine);
    const amount = optionalDecimal(line, 'Amount', `${path}.Amount`);
    if (amount === undefined) throw requiredMissing(`${path}.Amount`);
    if (amount.units <= 0n) throw invalidProperty(`${path}.Amount`, 'must be greater than 0');
    const links = line['LinkedTxn'];
    const link = Array.isArray(links) && links.length === 1 ? links[0] : undefined;
    if (!isJsonObject(link)) throw requiredMissing(`${path}.LinkedTxn`);
    if (link['TxnType'] !== 'Invoice') throw invalidProperty(`${path}.LinkedTxn.TxnType`, 'the emulator applies payments to invoices only');
    const invoiceId = String(link['TxnId'] ?? '');
    const invoice = ctx.realm.get('Invoice', invoiceId);
    if (!invoice) throw QboFault.notFound('Invoice', invoiceId);
    if (invoice.voided) throw businessError(`Invoice Id=${invoiceId} is void.`, `${path}.LinkedTxn`);
    const invoiceCustomer = optionalRef(invoice.data, 'CustomerRef');
    if (invoiceCustomer !== customer.id) {
      throw businessError(`Invoice Id=${invoiceId} belongs to another customer (Customer Id=${invoiceCustomer ?? ''}).`, `${path}.LinkedTxn`);
    }
    const remaining = open.get(invoiceId) ?? decimalOf(invoice.data['Balance']);
    if (amount.compare(remaining) > 0) {
      throw businessError(`The payment amount ${amount.toString()} is more than the open balance ${remaining.toString()} of Invoice Id=${invoiceId}.`, `${path}.Amount`);
    }
    open.set(invoiceId, remaining.plus(Decimal.fromUnits(-amount.units, amount.scale)));
    applied = applied.plus(amount);
    line['Amount'] = amount.toNumber();
    line['LinkedTxn'] = [{ TxnId: invoiceId, TxnType: 'Invoice' }];
    return line;
  });
  return applied;
}

/** POST /payment: received from a customer, applied through Line[].LinkedTxn to its invoices. */
export function createPayment(ctx: OperationContext, body: JsonObject): StoredEntity {
  const data = cloneJson(body);
  for (const field of systemFields) delete data[field];
  const customerId = optionalRef(data, 'CustomerRef');
  if (customerId === undefined) throw requiredMissing('CustomerRef');
  const customer = ctx.realm.get('Customer', customerId);
  if (!customer) throw QboFault.notFound('Customer', customerId);
  if (customer.data['Active'] === false) {
    throw QboFault.validation('2500', 'Invalid Reference Id', `Invalid Reference Id : Customer Id=${customerId} is inactive`, 'CustomerRef');
  }
  data['CustomerRef'] = { value: customerId, name: String(customer.data['DisplayName'] ?? '') };
  const total = optionalDecimal(data, 'TotalAmt', 'TotalAmt');
  if (total === undefined) throw requiredMissing('TotalAmt');
  if (total.units < 0n) throw invalidProperty('TotalAmt', 'must not be negative');
  applyTxnCurrency(ctx, data, customer);
  const applied = checkLines(ctx, data, customer);
  if (applied.compare(total) > 0) {
    throw businessError(`The amounts applied (${applied.toString()}) are more than the payment's TotalAmt (${total.toString()}).`, 'TotalAmt');
  }
  const txnDate = optionalString(data, 'TxnDate') ?? new Date().toISOString().slice(0, 10);
  checkDate(txnDate, 'TxnDate');
  data['TxnDate'] = txnDate;
  data['TotalAmt'] = total.roundHalfUp(2).toNumber();
  data['UnappliedAmt'] = total.plus(Decimal.fromUnits(-applied.units, applied.scale)).roundHalfUp(2).toNumber();
  const payment = commitNew(ctx, 'Payment', data);
  refreshInvoices(ctx, applications(data).map((a) => a.invoiceId));
  return payment;
}

/** POST /payment?operation=delete: the invoices get their balances back. */
export function deletePayment(ctx: OperationContext, body: JsonObject): StoredEntity {
  const { id, syncToken } = requireUpdateKeys(body);
  const existing = ctx.realm.get('Payment', id);
  if (!existing) throw QboFault.notFound('Payment', id);
  checkSyncToken(existing, syncToken);
  const next = commitChange(ctx, existing, existing.data, 'Delete');
  const deleted = { ...next, deleted: true };
  ctx.realm.put(deleted);
  refreshInvoices(ctx, applications(existing.data).map((a) => a.invoiceId));
  return deleted;
}
