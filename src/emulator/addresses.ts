import { isJsonObject, type JsonObject } from './json-types';
import type { OperationContext } from './operation-context';

/** Names and alpha-2 codes QuickBooks turns into ISO 3166 alpha-3 in responses (since 2025-10-31). */
const alpha3: Record<string, string> = {
  US: 'USA', USA: 'USA', 'UNITED STATES': 'USA', 'UNITED STATES OF AMERICA': 'USA', 'U.S.A.': 'USA', 'U.S.': 'USA',
  CA: 'CAN', CAN: 'CAN', CANADA: 'CAN',
  GB: 'GBR', GBR: 'GBR', UK: 'GBR', 'UNITED KINGDOM': 'GBR', 'GREAT BRITAIN': 'GBR', ENGLAND: 'GBR',
  AU: 'AUS', AUS: 'AUS', AUSTRALIA: 'AUS',
  NZ: 'NZL', NZL: 'NZL', 'NEW ZEALAND': 'NZL',
  IE: 'IRL', IRL: 'IRL', IRELAND: 'IRL',
  FR: 'FRA', FRA: 'FRA', FRANCE: 'FRA',
  DE: 'DEU', DEU: 'DEU', GERMANY: 'DEU',
  MX: 'MEX', MEX: 'MEX', MEXICO: 'MEX',
  IN: 'IND', IND: 'IND', INDIA: 'IND',
};

const addressFields = ['BillAddr', 'ShipAddr', 'PrimaryAddr', 'OtherAddr'];

/** Stores each address's Country as the alpha-3 code QuickBooks answers with (unknown values as written). */
export function normalizeAddressCountries(ctx: OperationContext, data: JsonObject): void {
  if (ctx.config.companies.addressCountry !== 'iso3') return;
  for (const field of addressFields) {
    const address = data[field];
    if (!isJsonObject(address) || typeof address['Country'] !== 'string') continue;
    const code = alpha3[address['Country'].trim().toUpperCase()];
    if (code !== undefined) address['Country'] = code;
  }
}
