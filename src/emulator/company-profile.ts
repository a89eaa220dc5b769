import { z } from 'zod';
import type { JsonObject } from './json-types';

/** The countries the emulator knows the tax rules of. */
export const countries = ['US', 'CA', 'GB', 'AU'] as const;
export type Country = (typeof countries)[number];

/** How a company is set up: what QuickBooks shows in CompanyInfo and Preferences. */
export interface CompanyProfile {
  country: Country;
  homeCurrency: string;
  multiCurrency: boolean;
  /** United States only: Automated Sales Tax (TaxPrefs.PartnerTaxEnabled). Always false elsewhere. */
  automatedSalesTax: boolean;
  /** SalesFormsPrefs.CustomTxnNumbers: on, the user (or the API client) numbers invoices. */
  customTxnNumbers: boolean;
}

export const homeCurrencyOf: Record<Country, string> = { US: 'USD', CA: 'CAD', GB: 'GBP', AU: 'AUD' };

const countryNames: Record<Country, string> = { US: 'United States', CA: 'Canada', GB: 'United Kingdom', AU: 'Australia' };

/** What POST /_emulator/realms (and createCompany in-process) accepts besides the name. */
export const companyProfileInputSchema = z
  .object({
    country: z.enum(countries).optional(),
    homeCurrency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code in capitals').optional(),
    multiCurrency: z.boolean().optional(),
    automatedSalesTax: z.boolean().optional(),
    customTxnNumbers: z.boolean().optional(),
  })
  .strict();
export type CompanyProfileInput = z.infer<typeof companyProfileInputSchema>;

export function resolveProfile(input: CompanyProfileInput = {}): CompanyProfile {
  const country = input.country ?? 'US';
  return {
    country,
    homeCurrency: input.homeCurrency ?? homeCurrencyOf[country],
    multiCurrency: input.multiCurrency ?? false,
    automatedSalesTax: country === 'US' ? (input.automatedSalesTax ?? true) : false,
    customTxnNumbers: input.customTxnNumbers ?? true,
  };
}

export const defaultProfile: CompanyProfile = resolveProfile();

interface ProfiledRealm {
  id: string;
  companyName: string;
  createdAtMs: number;
  profile: CompanyProfile;
}

const sampleAddress: Record<Country, JsonObject> = {
  US: { Line1: '2600 Marine Way', City: 'Mountain View', CountrySubDivisionCode: 'CA', PostalCode: '94043', Country: 'US' },
  CA: { Line1: '100 King Street West', City: 'Toronto', CountrySubDivisionCode: 'ON', PostalCode: 'M5X 1A9', Country: 'CA' },
  GB: { Line1: '1 Poultry', City: 'London', PostalCode: 'EC2R 8EJ', Country: 'GB' },
  AU: { Line1: '1 Martin Place', City: 'Sydney', CountrySubDivisionCode: 'NSW', PostalCode: '2000', Country: 'AU' },
};

function meta(realm: ProfiledRealm): JsonObject {
  const created = new Date(realm.createdAtMs).toISOString();
  return { CreateTime: created, LastUpdatedTime: created };
}

/** GET /companyinfo/{realmId}: `Country` is the 2-letter code, as QuickBooks answers it. */
export function companyInfoBody(realm: ProfiledRealm): JsonObject {
  const p = realm.profile;
  return {
    CompanyName: realm.companyName,
    LegalName: realm.companyName,
    CompanyAddr: { Id: '1', ...sampleAddress[p.country] },
    Country: p.country,
    SupportedLanguages: 'en',
    DefaultTimeZone: p.country === 'US' ? 'America/Los_Angeles' : p.country === 'CA' ? 'America/Toronto' : p.country === 'GB' ? 'Europe/London' : 'Australia/Sydney',
    NameValue: [
      { Name: 'NeoEnabled', Value: 'true' },
      { Name: 'OfferingSku', Value: 'QuickBooks Online Plus' },
      { Name: 'CountryName', Value: countryNames[p.country] },
    ],
    Id: realm.id,
    SyncToken: '0',
    MetaData: meta(realm),
    domain: 'QBO',
    sparse: false,
  };
}

/** GET /preferences: the parts of Preferences that tell currency, numbering and tax. */
export function preferencesBody(realm: ProfiledRealm): JsonObject {
  const p = realm.profile;
  const taxPrefs: JsonObject = { UsingSalesTax: true };
  if (p.country === 'US') taxPrefs['PartnerTaxEnabled'] = p.automatedSalesTax;
  return {
    AccountingInfoPrefs: { TrackDepartments: false, ClassTrackingPerTxn: false, CustomerTerminology: 'Customers' },
    SalesFormsPrefs: {
      CustomTxnNumbers: p.customTxnNumbers,
      AllowDiscount: true,
      AllowDeposit: true,
      AllowShipping: false,
      ETransactionEnabledStatus: 'NotApplicable',
    },
    CurrencyPrefs: { MultiCurrencyEnabled: p.multiCurrency, HomeCurrency: { value: p.homeCurrency } },
    TaxPrefs: taxPrefs,
    Id: '1',
    SyncToken: '0',
    MetaData: meta(realm),
    domain: 'QBO',
    sparse: false,
  };
}
