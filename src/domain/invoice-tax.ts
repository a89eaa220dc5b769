import { Money } from './money';

/**
 * Tax on a QuickBooks invoice, by the company's country. Pure.
 * - United States: each line is `TAX` or `NON` (from `taxable`, or the line's `taxCode` when it is
 *   one of those); QuickBooks computes the tax (Automated Sales Tax) and the upstream `taxAmount`,
 *   when sent, overrides it (`TxnTaxDetail.TotalTax`). Prices including tax do not exist there.
 * - Elsewhere: every line carries a tax code of the company: the line's `taxCode` (a name) wins,
 *   else `taxable` picks the tenant's taxable or exempt code (defaults from the country); and
 *   `pricesIncludeTax` gives `GlobalTaxCalculation`. QuickBooks computes the tax.
 */

export interface CompanyTax {
  /** ISO 3166 alpha-2 from CompanyInfo ("US", "CA", ...); null when unknown (treated as the US). */
  country: string | null;
}

/** The tax code names the tenant picked; null = the country's default. */
export interface TaxCodeChoice {
  taxable: string | null;
  exempt: string | null;
}

/** The codes proposed for a country (by name, as its QuickBooks companies are seeded). */
export const DEFAULT_TAX_CODES: Record<string, { taxable: string; exempt: string }> = {
  CA: { taxable: 'HST ON', exempt: 'Exempt' },
  GB: { taxable: '20.0% S', exempt: 'Exempt' },
  AU: { taxable: 'GST', exempt: 'GST free' },
};

export function isUsCompany(company: CompanyTax): boolean {
  return company.country === null || company.country.toUpperCase() === 'US';
}

export interface TaxLineInput {
  taxable?: unknown;
  taxCode?: unknown;
}

export interface InvoiceTaxInput {
  lines: readonly TaxLineInput[];
  pricesIncludeTax?: unknown;
  taxAmount?: unknown;
}

/** Per line, the tax code to send: `TAX`/`NON` in the US, a code *name* of the company elsewhere. */
export interface InvoiceTaxPlan {
  lineCodes: string[];
  globalTaxCalculation?: 'TaxExcluded' | 'TaxInclusive';
  /** US only: the upstream tax that overrides QuickBooks' computed one. */
  totalTax?: string;
}

export type InvoiceTaxResult = { ok: true; plan: InvoiceTaxPlan } | { ok: false; reason: string };

export function planInvoiceTax(company: CompanyTax, choice: TaxCodeChoice, invoice: InvoiceTaxInput): InvoiceTaxResult {
  const taxAmount = invoice.taxAmount === undefined || invoice.taxAmount === null ? null : decimal(invoice.taxAmount);
  if (taxAmount !== null && (taxAmount === 'bad' || taxAmount.isNegative())) {
    return { ok: false, reason: `the tax amount ${JSON.stringify(invoice.taxAmount)} is not a decimal number of at least 0` };
  }
  const lineCodes: string[] = [];
  if (isUsCompany(company)) {
    if (invoice.pricesIncludeTax === true) {
      return { ok: false, reason: 'prices that include tax are not possible in a QuickBooks company in the United States (sales tax is added to the prices): send the prices without tax' };
    }
    for (const [i, line] of invoice.lines.entries()) {
      const named = typeof line.taxCode === 'string' ? line.taxCode.trim().toUpperCase() : '';
      if (named !== '' && named !== 'TAX' && named !== 'NON') {
        return { ok: false, reason: `line ${i + 1}: tax code "${String(line.taxCode)}" does not exist in a QuickBooks company in the United States, whose lines are either TAX or NON` };
      }
      lineCodes.push(named !== '' ? named : line.taxable === true ? 'TAX' : 'NON');
    }
    const plan: InvoiceTaxPlan = { lineCodes };
    if (taxAmount !== null) plan.totalTax = taxAmount.roundHalfUp(2).toString();
    return { ok: true, plan };
  }
  const defaults = DEFAULT_TAX_CODES[company.country?.toUpperCase() ?? ''];
  for (const [i, line] of invoice.lines.entries()) {
    if (typeof line.taxCode === 'string' && line.taxCode.trim() !== '') {
      lineCodes.push(line.taxCode.trim());
      continue;
    }
    const taxable = line.taxable === true;
    const name = taxable ? (choice.taxable ?? defaults?.taxable) : (choice.exempt ?? defaults?.exempt);
    if (name === undefined) {
      return {
        ok: false,
        reason: `line ${i + 1}: QuickBooks needs a tax code on every line in a company in ${company.country ?? 'this country'}, and no ${taxable ? 'taxable' : 'exempt'} code is chosen: pick one in the settings, or send the line's taxCode`,
      };
    }
    lineCodes.push(name);
  }
  const plan: InvoiceTaxPlan = { lineCodes };
  if (invoice.pricesIncludeTax === true) plan.globalTaxCalculation = 'TaxInclusive';
  else if (invoice.pricesIncludeTax === false) plan.globalTaxCalculation = 'TaxExcluded';
  return { ok: true, plan };
}

/** What upstream said the invoice comes to, to compare with QuickBooks after the push. */
export interface UpstreamFigures {
  /** Sum of the line amounts (quantity × price, rounded per line). */
  linesTotal: string;
  taxAmount: string | null;
  pricesIncludeTax: boolean;
}

/** The invoice's total by upstream's figures, when they tell it: lines (+ tax unless included). */
export function upstreamTotal(u: UpstreamFigures): string | null {
  if (u.pricesIncludeTax) return Money.of(u.linesTotal).roundHalfUp(2).toString();
  if (u.taxAmount === null) return null;
  return Money.of(u.linesTotal).plus(Money.of(u.taxAmount)).roundHalfUp(2).toString();
}

/**
 * The differences between QuickBooks' figures and upstream's, in words ("QuickBooks computed tax
 * 8.25 where your system had 8.24"); null when they agree or upstream gave nothing to compare.
 */
export function totalDifference(u: UpstreamFigures, qbo: { total: string | null; tax: string | null }): string | null {
  const said: string[] = [];
  const cents = (s: string) => Money.of(s).roundHalfUp(2);
  if (u.taxAmount !== null && qbo.tax !== null && !cents(u.taxAmount).equals(cents(qbo.tax))) {
    said.push(`QuickBooks computed tax ${cents(qbo.tax).toString()} where your system had ${cents(u.taxAmount).toString()}`);
  }
  const total = upstreamTotal(u);
  if (total !== null && qbo.total !== null && !cents(total).equals(cents(qbo.total))) {
    said.push(`the invoice total in QuickBooks is ${cents(qbo.total).toString()} where your system had ${total}`);
  }
  return said.length === 0 ? null : said.join('; ');
}

function decimal(v: unknown): Money | 'bad' {
  if (typeof v !== 'string' && typeof v !== 'number') return 'bad';
  return Money.parse(v) ?? 'bad';
}
