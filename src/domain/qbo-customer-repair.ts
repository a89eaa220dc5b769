import { contactName, CustomerContact } from './customer-contact';

/** The QBO customer fields the sync writes (same names as QBO's, kept here so domain/ stays pure). */
export interface QboCustomerFields {
  DisplayName: string;
  GivenName?: string;
  FamilyName?: string;
  CompanyName?: string;
  PrimaryEmailAddr?: { Address: string };
  PrimaryPhone?: { FreeFormNumber: string };
  BillAddr?: { Line1?: string; Line2?: string; City?: string; CountrySubDivisionCode?: string; PostalCode?: string; Country?: string };
  Notes?: string;
}

export interface FieldRepair {
  field: string;
  problem: string;
  before: string;
  after: string | null;
}

export interface RepairedCustomer {
  fields: QboCustomerFields;
  repairs: FieldRepair[];
}

/** QBO's limits, in characters (code points). DisplayName and CompanyName capped at the older, safe 100. */
export const QBO_LIMITS = {
  DisplayName: 100,
  CompanyName: 100,
  GivenName: 100,
  FamilyName: 100,
  Notes: 2000,
  Phone: 30,
  AddressLine: 500,
  City: 255,
  Region: 255,
  Country: 255,
  PostalCode: 30,
  Email: 100,
} as const;

const codePoints = (s: string) => [...s].length;
const cut = (s: string, max: number) => [...s].slice(0, max).join('').trimEnd();

/**
 * Makes an upstream customer acceptable to QBO and says what was changed: no ':' (QBO's
 * sub-customer separator), tab, newline or other control character in name fields; curly
 * quotes straightened (they break QBO queries); lengths cut to QBO's limits; a malformed
 * email left out. It never drops the customer: a missing DisplayName is derived from the
 * other names, then from `fallbackName`.
 */
export function qboCustomerRepair(c: CustomerContact & { notes?: string | null }, fallbackName: string): RepairedCustomer {
  const repairs: FieldRepair[] = [];
  const name = (field: string, raw: string | null | undefined, max: number): string | undefined => {
    if (raw === null || raw === undefined) return undefined;
    let v = raw;
    const steps: string[] = [];
    if (/:/.test(v)) {
      v = v.replace(/\s*:\s*/g, ' - ');
      steps.push("':' replaced (QBO reserves it for sub-customers)");
    }
    if (/\p{Cc}/u.test(v)) {
      v = v.replace(/\p{Cc}+/gu, ' ');
      steps.push('tab, newline or control character replaced by a space');
    }
    if (/[‘’‚‛′]/.test(v) || /[“”„‟″]/.test(v)) {
      v = v.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
      steps.push('curly quotes straightened');
    }
    const spaced = v.replace(/\s+/g, ' ').trim();
    if (spaced !== v && steps.length === 0 && spaced !== raw.trim()) steps.push('spacing normalised');
    v = spaced;
    if (codePoints(v) > max) {
      v = cut(v, max);
      steps.push(`cut to ${max} characters`);
    }
    if (steps.length > 0) repairs.push({ field, problem: steps.join('; '), before: raw, after: v === '' ? null : v });
    return v === '' ? undefined : v;
  };
  const text = (field: string, raw: string | null | undefined, max: number): string | undefined => {
    if (raw === null || raw === undefined) return undefined;
    const v = raw.trim();
    if (v === '') return undefined;
    if (codePoints(v) <= max) return v;
    const after = cut(v, max);
    repairs.push({ field, problem: `cut to ${max} characters`, before: raw, after });
    return after;
  };

  let displayName = name('DisplayName', c.displayName, QBO_LIMITS.DisplayName);
  const givenName = name('GivenName', c.givenName, QBO_LIMITS.GivenName);
  const familyName = name('FamilyName', c.familyName, QBO_LIMITS.FamilyName);
  const companyName = name('CompanyName', c.companyName, QBO_LIMITS.CompanyName);
  if (displayName === undefined) {
    const derived = contactName({ givenName, familyName, companyName }) || fallbackName;
    displayName = cut(derived, QBO_LIMITS.DisplayName);
    repairs.push({ field: 'DisplayName', problem: 'missing: derived from the other names', before: c.displayName ?? '', after: displayName });
  }
  const fields: QboCustomerFields = { DisplayName: displayName };
  if (givenName !== undefined) fields.GivenName = givenName;
  if (familyName !== undefined) fields.FamilyName = familyName;
  if (companyName !== undefined) fields.CompanyName = companyName;

  if (c.email !== null && c.email !== undefined && c.email.trim() !== '') {
    const email = c.email.trim().replace(/^mailto:/i, '');
    const at = email.indexOf('@');
    const valid =
      at > 0 && at === email.lastIndexOf('@') && at < email.length - 1 && email.slice(at + 1).includes('.') && !/\s/.test(email) && !email.endsWith('.');
    if (!valid) repairs.push({ field: 'PrimaryEmailAddr', problem: 'not a valid email address: left out', before: c.email, after: null });
    else if (codePoints(email) > QBO_LIMITS.Email) repairs.push({ field: 'PrimaryEmailAddr', problem: `longer than ${QBO_LIMITS.Email} characters: left out`, before: c.email, after: null });
    else fields.PrimaryEmailAddr = { Address: email };
  }
  const phone = text('PrimaryPhone', c.phone?.replace(/[\t\r\n]+/g, ' '), QBO_LIMITS.Phone);
  if (phone !== undefined) fields.PrimaryPhone = { FreeFormNumber: phone };
  const a = c.address;
  if (a !== null && a !== undefined) {
    const addr: NonNullable<QboCustomerFields['BillAddr']> = {};
    const put = (key: keyof typeof addr, field: string, raw: string | null | undefined, max: number) => {
      const v = text(`BillAddr.${field}`, raw?.replace(/[\t\r\n]+/g, ' '), max);
      if (v !== undefined) addr[key] = v;
    };
    put('Line1', 'Line1', a.line1, QBO_LIMITS.AddressLine);
    put('Line2', 'Line2', a.line2, QBO_LIMITS.AddressLine);
    put('City', 'City', a.city, QBO_LIMITS.City);
    put('CountrySubDivisionCode', 'CountrySubDivisionCode', a.region, QBO_LIMITS.Region);
    put('PostalCode', 'PostalCode', a.postalCode, QBO_LIMITS.PostalCode);
    put('Country', 'Country', a.country, QBO_LIMITS.Country);
    if (Object.keys(addr).length > 0) fields.BillAddr = addr;
  }
  const notes = text('Notes', c.notes, QBO_LIMITS.Notes);
  if (notes !== undefined) fields.Notes = notes;
  return { fields, repairs };
}

/**
 * A readable, deterministic variant of a DisplayName already held by someone else:
 * "Ann O'Neil (2)", "(3)"...; the base is shortened so the result still fits 100 characters.
 */
export function displayNameWithSuffix(displayName: string, n: number): string {
  const suffix = ` (${n})`;
  return `${cut(displayName, QBO_LIMITS.DisplayName - suffix.length)}${suffix}`;
}
