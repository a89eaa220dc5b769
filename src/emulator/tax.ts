import { Decimal } from './decimal';
import { QboFault } from './fault-shapes';
import { isJsonObject, type JsonObject } from './json-types';
import type { OperationContext } from './operation-context';
import type { StoredEntity } from './store';
import { invalidProperty, optionalDecimal, optionalObject, optionalRef, optionalString } from './validation';

/** The 6000 message QuickBooks gives, per country, for a sales line without a tax code. */
const missingTaxMessage: Record<string, string> = {
  CA: 'Make sure all your transactions have a GST/HST rate before you save.',
  GB: 'Make sure all your transactions have a VAT rate before you save.',
  AU: 'Make sure all your transactions have a GST rate before you save.',
};

export const globalTaxCalculations = ['TaxExcluded', 'TaxInclusive', 'NotApplicable'] as const;
type GlobalTaxCalculation = (typeof globalTaxCalculations)[number];

function invalidTaxCode(codeId: string, why: string, element: string): QboFault {
  return QboFault.validation('2500', 'Invalid Reference Id', `Invalid Reference Id : TaxCode Id=${codeId} ${why}`, element);
}

/** A sales line's TaxCodeRef: US companies know TAX and NON; elsewhere it is required and names an active TaxCode. */
export function checkLineTaxCode(ctx: OperationContext, detail: JsonObject, path: string): void {
  const element = `${path}.TaxCodeRef`;
  const codeId = optionalRef(detail, 'TaxCodeRef');
  const country = ctx.realm.profile.country;
  if (codeId === undefined) {
    if (country === 'US') return;
    const message = missingTaxMessage[country] ?? 'Make sure all your transactions have a tax rate before you save.';
    throw QboFault.validation('6000', 'A business validation error has occurred while processing your request', `Business Validation Error: ${message}`, element);
  }
  const code = ctx.realm.get('TaxCode', country === 'US' ? codeId.toUpperCase() : codeId);
  if (!code) throw invalidTaxCode(codeId, 'does not exist', element);
  if (code.data['Active'] === false) throw invalidTaxCode(codeId, 'is inactive', element);
  detail['TaxCodeRef'] = { value: code.id };
}

/** Exact a / b rounded half-up to `places` (a, b > 0). */
function divideHalfUp(a: Decimal, b: Decimal, places: number): Decimal {
  const numerator = a.units * 10n ** BigInt(b.scale + places);
  const denominator = b.units * 10n ** BigInt(a.scale);
  let quotient = numerator / denominator;
  if ((numerator % denominator) * 2n >= denominator) quotient += 1n;
  return Decimal.fromUnits(quotient, places);
}

function lineAmount(line: JsonObject): Decimal {
  const amount = line['Amount'];
  return (typeof amount === 'number' || typeof amount === 'string' ? Decimal.parse(amount) : null) ?? Decimal.zero();
}

function lineTaxCode(line: JsonObject): string | undefined {
  const detail = line['SalesItemLineDetail'];
  if (!isJsonObject(detail)) return undefined;
  const ref = detail['TaxCodeRef'];
  return isJsonObject(ref) && typeof ref['value'] === 'string' ? ref['value'] : undefined;
}

function salesLines(lines: JsonObject[]): JsonObject[] {
  return lines.filter((l) => l['DetailType'] === 'SalesItemLineDetail');
}

export interface TaxOutcome {
  totalAmt: Decimal;
  txnTaxDetail: JsonObject;
  globalTaxCalculation?: GlobalTaxCalculation;
}

function taxLine(rateId: string, percent: Decimal, tax: Decimal, net: Decimal): JsonObject {
  return {
    Amount: tax.toNumber(),
    DetailType: 'TaxLineDetail',
    TaxLineDetail: { TaxRateRef: { value: rateId }, PercentBased: true, TaxPercent: percent.toNumber(), NetAmountTaxable: net.toNumber() },
  };
}

function stateOf(address: JsonObject | undefined): string | undefined {
  const state = address ? optionalString(address, 'CountrySubDivisionCode') : undefined;
  return state === undefined || state.trim() === '' ? undefined : state.trim().toUpperCase();
}

/** US: Automated Sales Tax from the per-state table by the ship-to (else bill-to) state; TotalTax may be overridden. */
function usTax(ctx: OperationContext, data: JsonObject, lines: JsonObject[], subtotal: Decimal, customer: StoredEntity): TaxOutcome {
  const sent = optionalObject(data, 'TxnTaxDetail');
  const override = sent ? optionalDecimal(sent, 'TotalTax', 'TxnTaxDetail.TotalTax') : undefined;
  const taxable = salesLines(lines)
    .filter((l) => lineTaxCode(l) === 'TAX')
    .reduce((sum, l) => sum.plus(lineAmount(l)), Decimal.zero());
  let computed = Decimal.zero().roundHalfUp(2);
  const taxLines: JsonObject[] = [];
  if (ctx.realm.profile.automatedSalesTax) {
    const state =
      stateOf(optionalObject(data, 'ShipAddr')) ??
      stateOf(optionalObject(data, 'BillAddr')) ??
      stateOf(isJsonObject(customer.data['ShipAddr']) ? customer.data['ShipAddr'] : undefined) ??
      stateOf(isJsonObject(customer.data['BillAddr']) ? customer.data['BillAddr'] : undefined);
    const rates = ctx.config.companies.usStateTaxRates;
    const percent = Decimal.parse((state === undefined ? undefined : rates[state]) ?? ctx.config.companies.usDefaultTaxRate) ?? Decimal.zero();
    computed = taxable.times(percent).times(Decimal.parse('0.01') ?? Decimal.zero()).roundHalfUp(2);
    if (taxable.compare(Decimal.zero()) !== 0) taxLines.push(taxLine(state ?? 'DEFAULT', percent, computed, taxable));
  }
  const totalTax = (override ?? computed).roundHalfUp(2);
  const detail: JsonObject = { TotalTax: totalTax.toNumber(), TaxLine: taxLines };
  return { totalAmt: subtotal.plus(totalTax).roundHalfUp(2), txnTaxDetail: detail };
}

/** Outside the US: each line's code gives its rates; GlobalTaxCalculation decides how the total comes out. */
function vatTax(ctx: OperationContext, data: JsonObject, lines: JsonObject[], subtotal: Decimal): TaxOutcome {
  const mode = optionalString(data, 'GlobalTaxCalculation') ?? 'TaxExcluded';
  if (!(globalTaxCalculations as readonly string[]).includes(mode)) {
    throw invalidProperty('GlobalTaxCalculation', `one of ${globalTaxCalculations.join(', ')}, got ${mode}`);
  }
  const calculation = mode as GlobalTaxCalculation;
  if (calculation === 'NotApplicable') {
    return { totalAmt: subtotal.roundHalfUp(2), txnTaxDetail: { TotalTax: 0, TaxLine: [] }, globalTaxCalculation: calculation };
  }
  const bases = new Map<string, { percent: Decimal; base: Decimal }>();
  for (const line of salesLines(lines)) {
    const code = ctx.realm.get('TaxCode', lineTaxCode(line) ?? '');
    const rateList = isJsonObject(code?.data['SalesTaxRateList']) ? code.data['SalesTaxRateList']['TaxRateDetail'] : undefined;
    for (const detail of Array.isArray(rateList) ? rateList : []) {
      const rateId = isJsonObject(detail) && isJsonObject(detail['TaxRateRef']) ? String(detail['TaxRateRef']['value']) : '';
      const rate = ctx.realm.get('TaxRate', rateId);
      const percent = Decimal.parse(String(rate?.data['RateValue'] ?? '0')) ?? Decimal.zero();
      const entry = bases.get(rateId) ?? { percent, base: Decimal.zero() };
      entry.base = entry.base.plus(lineAmount(line));
      bases.set(rateId, entry);
    }
  }
  let totalTax = Decimal.zero().roundHalfUp(2);
  const taxLines: JsonObject[] = [];
  const hundred = Decimal.parse('100') ?? Decimal.zero();
  for (const [rateId, { percent, base }] of bases) {
    let tax: Decimal;
    let net: Decimal;
    if (percent.compare(Decimal.zero()) === 0 || base.compare(Decimal.zero()) === 0) {
      tax = Decimal.zero().roundHalfUp(2);
      net = base;
    } else if (calculation === 'TaxInclusive') {
      // The line amounts include the tax: tax = gross x rate / (100 + rate).
      tax = divideHalfUp(base.times(percent), hundred.plus(percent), 2);
      net = base.plus(Decimal.fromUnits(-tax.units, tax.scale));
    } else {
      tax = divideHalfUp(base.times(percent), hundred, 2);
      net = base;
    }
    totalTax = totalTax.plus(tax);
    taxLines.push(taxLine(rateId, percent, tax, net));
  }
  const totalAmt = calculation === 'TaxInclusive' ? subtotal : subtotal.plus(totalTax);
  return { totalAmt: totalAmt.roundHalfUp(2), txnTaxDetail: { TotalTax: totalTax.toNumber(), TaxLine: taxLines }, globalTaxCalculation: calculation };
}

/** The invoice's tax and total, by the company's country. */
export function computeTax(ctx: OperationContext, data: JsonObject, lines: JsonObject[], subtotal: Decimal, customer: StoredEntity): TaxOutcome {
  return ctx.realm.profile.country === 'US' ? usTax(ctx, data, lines, subtotal, customer) : vatTax(ctx, data, lines, subtotal);
}
