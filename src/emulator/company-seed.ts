import { commitNew } from './commit-change';
import type { Country } from './company-profile';
import { createItem } from './items';
import type { JsonObject } from './json-types';
import { isoTime, type OperationContext } from './operation-context';
import type { EntityType } from './store';

/** A sales tax rate of a country's seeded list. */
interface SeedRate {
  name: string;
  percent: string;
}

/** A sales tax code: its rates (none for exempt codes). */
interface SeedCode {
  name: string;
  description: string;
  rates: SeedRate[];
}

const hstOn: SeedRate = { name: 'HST ON', percent: '13' };
const zeroCa: SeedRate = { name: 'Zero-rated', percent: '0' };
const standardGb: SeedRate = { name: '20.0% S', percent: '20' };
const reducedGb: SeedRate = { name: '5.0% R', percent: '5' };
const zeroGb: SeedRate = { name: '0.0% Z', percent: '0' };
const gstAu: SeedRate = { name: 'GST', percent: '10' };
const freeAu: SeedRate = { name: 'GST free', percent: '0' };

/** The tax codes a new company of each country starts with (outside the US). */
export const seededTaxCodes: Record<Exclude<Country, 'US'>, SeedCode[]> = {
  CA: [
    { name: 'HST ON', description: 'HST Ontario 13%', rates: [hstOn] },
    { name: 'Zero-rated', description: 'Zero-rated supplies', rates: [zeroCa] },
    { name: 'Exempt', description: 'Exempt supplies', rates: [] },
  ],
  GB: [
    { name: '20.0% S', description: 'Standard rated 20%', rates: [standardGb] },
    { name: '5.0% R', description: 'Reduced rate 5%', rates: [reducedGb] },
    { name: '0.0% Z', description: 'Zero rated', rates: [zeroGb] },
    { name: 'Exempt', description: 'Exempt', rates: [] },
  ],
  AU: [
    { name: 'GST', description: 'GST 10%', rates: [gstAu] },
    { name: 'GST free', description: 'GST free', rates: [freeAu] },
  ],
};

function putWithId(ctx: OperationContext, type: EntityType, id: string, data: JsonObject): void {
  const stamp = ctx.realm.stamp(ctx.config.cdc.stampResolutionMs);
  ctx.realm.put({
    type,
    id,
    data: { ...data, Id: id, SyncToken: '0', MetaData: { CreateTime: isoTime(stamp), LastUpdatedTime: isoTime(stamp) } },
    updatedAtMs: stamp,
    deleted: false,
    voided: false,
  });
}

function seedAccounts(ctx: OperationContext): void {
  const currency = { value: ctx.realm.profile.homeCurrency };
  const accounts: [string, string, string, string][] = [
    ['Services', 'Income', 'ServiceFeeIncome', 'Revenue'],
    ['Sales', 'Income', 'SalesOfProductIncome', 'Revenue'],
    ['Accounts Receivable (A/R)', 'Accounts Receivable', 'AccountsReceivable', 'Asset'],
    ['Undeposited Funds', 'Other Current Asset', 'UndepositedFunds', 'Asset'],
  ];
  for (const [name, type, subType, classification] of accounts) {
    commitNew(
      ctx,
      'Account',
      {
        Name: name,
        SubAccount: false,
        FullyQualifiedName: name,
        Active: true,
        Classification: classification,
        AccountType: type,
        AccountSubType: subType,
        CurrentBalance: 0,
        CurrentBalanceWithSubAccounts: 0,
        CurrencyRef: currency,
      },
      false,
    );
  }
}

function seedTaxes(ctx: OperationContext): void {
  const country = ctx.realm.profile.country;
  if (country === 'US') {
    // The two line codes of a US company; the rates come from the per-state table (config).
    putWithId(ctx, 'TaxCode', 'TAX', { Name: 'TAX', Description: 'TAX', Active: true, Taxable: true, TaxGroup: false, Hidden: false });
    putWithId(ctx, 'TaxCode', 'NON', { Name: 'NON', Description: 'NON', Active: true, Taxable: false, TaxGroup: false, Hidden: false });
    return;
  }
  const rateIds = new Map<string, string>();
  for (const code of seededTaxCodes[country]) {
    for (const rate of code.rates) {
      if (rateIds.has(rate.name)) continue;
      const stored = commitNew(
        ctx,
        'TaxRate',
        { Name: rate.name, Description: rate.name, Active: true, RateValue: Number(rate.percent), SpecialTaxType: rate.percent === '0' ? 'ZERO_RATE' : 'NONE', DisplayType: 'ReadOnly' },
        false,
      );
      rateIds.set(rate.name, stored.id);
    }
    const details = code.rates.map((rate, order) => ({
      TaxRateRef: { value: rateIds.get(rate.name) ?? '', name: rate.name },
      TaxTypeApplicable: 'TaxOnAmount',
      TaxOrder: order,
    }));
    commitNew(
      ctx,
      'TaxCode',
      {
        Name: code.name,
        Description: code.description,
        Active: true,
        Hidden: false,
        Taxable: code.rates.length > 0,
        TaxGroup: code.rates.length > 1,
        SalesTaxRateList: { TaxRateDetail: details },
        PurchaseTaxRateList: { TaxRateDetail: [] },
      },
      false,
    );
  }
}

/** What every new company holds: income accounts, the "Services" item (Id 1) and the country's tax codes. */
export function seedCompanyLists(ctx: OperationContext): void {
  seedAccounts(ctx);
  createItem(ctx, { Name: 'Services', Type: 'Service', Active: true, IncomeAccountRef: { value: '1' } }, { seeding: true });
  seedTaxes(ctx);
}
