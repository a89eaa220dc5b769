import type { Decimal } from './decimal';
import { QboFault } from './fault-shapes';
import { isJsonObject, type JsonObject } from './json-types';
import type { OperationContext } from './operation-context';
import type { StoredEntity } from './store';
import { invalidProperty, optionalDecimal, optionalObject, requiredMissing } from './validation';

const currencyNames: Record<string, string> = {
  USD: 'United States Dollar',
  CAD: 'Canadian Dollar',
  GBP: 'British Pound Sterling',
  AUD: 'Australian Dollar',
  EUR: 'Euro',
  NZD: 'New Zealand Dollar',
  JPY: 'Japanese Yen',
  CHF: 'Swiss Franc',
  MXN: 'Mexican Peso',
  INR: 'Indian Rupee',
};

function currencyError(detail: string, element: string): QboFault {
  return QboFault.validation('6000', 'A business validation error has occurred while processing your request', `Business Validation Error: ${detail}`, element);
}

export function currencyRef(code: string): JsonObject {
  return { value: code, name: currencyNames[code] ?? code };
}

/** The currency code a body asks for, if any (checked: three capital letters). */
function requestedCurrency(data: JsonObject): string | undefined {
  const ref = optionalObject(data, 'CurrencyRef');
  if (ref === undefined) return undefined;
  const value = ref['value'];
  if (typeof value !== 'string' || !/^[A-Za-z]{3}$/.test(value.trim())) throw invalidProperty('CurrencyRef.value', 'expected an ISO 4217 currency code');
  return value.trim().toUpperCase();
}

function checkAllowed(ctx: OperationContext, code: string): void {
  const { multiCurrency, homeCurrency } = ctx.realm.profile;
  if (!multiCurrency && code !== homeCurrency) {
    throw currencyError(`Multicurrency is not enabled in this company: only the home currency ${homeCurrency} can be used, got ${code}.`, 'CurrencyRef');
  }
}

/** A customer's currency is set when it is created (home currency by default) and never changes. */
export function applyCustomerCurrency(ctx: OperationContext, data: JsonObject, existing?: StoredEntity): void {
  const requested = requestedCurrency(data);
  const current = existing ? customerCurrency(ctx, existing) : undefined;
  if (current !== undefined) {
    if (requested !== undefined && requested !== current) {
      throw currencyError(`You can't change the currency of a customer once it is set (Customer Id=${existing?.id ?? ''} is in ${current}).`, 'CurrencyRef');
    }
    data['CurrencyRef'] = currencyRef(current);
    return;
  }
  const code = requested ?? ctx.realm.profile.homeCurrency;
  checkAllowed(ctx, code);
  data['CurrencyRef'] = currencyRef(code);
}

export function customerCurrency(ctx: OperationContext, customer: StoredEntity): string {
  const ref = customer.data['CurrencyRef'];
  return isJsonObject(ref) && typeof ref['value'] === 'string' ? ref['value'] : ctx.realm.profile.homeCurrency;
}

/**
 * A transaction (invoice, payment) is in its customer's currency. With multi-currency on, a foreign
 * one carries ExchangeRate (as sent; without one: 1 or refused, a switch) and HomeTotalAmt.
 */
export function applyTxnCurrency(ctx: OperationContext, data: JsonObject, customer: StoredEntity): void {
  const own = customerCurrency(ctx, customer);
  const code = requestedCurrency(data) ?? own;
  checkAllowed(ctx, code);
  if (code !== own) {
    throw currencyError(`The currency of the transaction (${code}) must be the currency of its customer (Customer Id=${customer.id} is in ${own}).`, 'CurrencyRef');
  }
  data['CurrencyRef'] = currencyRef(code);
  if (!ctx.realm.profile.multiCurrency) {
    delete data['ExchangeRate'];
    return;
  }
  if (code === ctx.realm.profile.homeCurrency) {
    data['ExchangeRate'] = 1;
    return;
  }
  const rate = optionalDecimal(data, 'ExchangeRate', 'ExchangeRate');
  if (rate === undefined) {
    if (ctx.config.companies.missingExchangeRate === 'reject') throw requiredMissing('ExchangeRate');
    data['ExchangeRate'] = 1;
    return;
  }
  if (rate.units <= 0n) throw invalidProperty('ExchangeRate', 'must be greater than 0');
  data['ExchangeRate'] = rate.toNumber();
}

/** HomeTotalAmt for a multi-currency company: the total in the home currency. */
export function applyHomeTotal(ctx: OperationContext, data: JsonObject, total: Decimal): void {
  if (!ctx.realm.profile.multiCurrency) return;
  const rate = optionalDecimal(data, 'ExchangeRate', 'ExchangeRate');
  if (rate !== undefined) data['HomeTotalAmt'] = total.times(rate).roundHalfUp(2).toNumber();
}
