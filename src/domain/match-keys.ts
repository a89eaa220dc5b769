import { addressNormalisation } from './address-normalisation';
import { contactName, CustomerContact } from './customer-contact';
import { emailNormalisation } from './email-normalisation';
import { givenNameCanonical } from './given-name-canonical';
import { nameNormalisation, NameForms, normaliseText } from './name-normalisation';
import { phoneNormalisation } from './phone-normalisation';
import { postcodeNormalisation } from './postcode-normalisation';

/** The normalised keys a customer is matched on; the mirror stores and indexes them. */
export interface MatchKeys {
  email: string | null;
  /** Name forms of the display/person name: written order, sorted tokens, nicknames canonical. */
  personNames: string[];
  /** Name forms of the company name. */
  companyNames: string[];
  /** The display name's tokens in written order, nicknames canonical ("bob dunn" → "robert dunn"): for trigram similarity. */
  primaryName: string;
  /**
   * Blocking keys: prefixes of the first and last (or first two) name tokens, sorted, so typos
   * after the third letter, nicknames and swapped names still meet ("robert dunne" and
   * "bob dunn" share "dun rob"). Indexed; a cheap, bounded way to find fuzzy candidates.
   */
  blockKeys: string[];
  /** Distinct name tokens (display, person and company), nicknames canonical. */
  tokens: string[];
  /** Display-name tokens only, nicknames canonical, in written order. */
  displayTokens: string[];
  companyTokens: string[];
  givenName: string | null;
  familyName: string | null;
  phoneNational: string | null;
  phone7: string | null;
  postcode: string | null;
  street: string | null;
}

function forms(f: NameForms | null): string[] {
  if (f === null) return [];
  const nick = f.tokens.map(givenNameCanonical);
  return [f.key, f.sortedKey, [...nick].sort().join(' ')];
}

const uniq = (xs: string[]): string[] => [...new Set(xs.filter((x) => x !== ''))];

const BLOCK_STOP = new Set(['and', 'of', 'the', 'for', 'a', 'de', 'la', 'el', 'y', 'mr', 'mrs', 'ms', 'dr']);

function blocks(tokens: readonly string[]): string[] {
  const t = tokens.filter((x) => !BLOCK_STOP.has(x));
  const first = t[0];
  if (first === undefined) return [];
  if (t.length === 1) return [`~${first.slice(0, 4)}`];
  const p = (x: string) => x.slice(0, 3);
  const pair = (x: string, y: string) => `~${[p(x), p(y)].sort().join(' ')}`;
  return uniq([pair(first, t[t.length - 1] ?? first), pair(first, t[1] ?? first)]);
}

/** Every key of a contact, computed the same way for upstream contacts and QBO customers. */
export function matchKeys(c: CustomerContact): MatchKeys {
  const display = nameNormalisation(contactName(c));
  const given = normaliseText(c.givenName);
  const family = normaliseText(c.familyName);
  const person = given !== '' && family !== '' ? nameNormalisation(`${c.givenName ?? ''} ${c.familyName ?? ''}`) : null;
  const company = nameNormalisation(c.companyName);
  const phone = phoneNormalisation(c.phone);
  const displayTokens = (display?.tokens ?? []).map(givenNameCanonical);
  const companyTokens = (company?.tokens ?? []).map(givenNameCanonical);
  return {
    email: emailNormalisation(c.email),
    personNames: uniq([...forms(display), ...forms(person)]),
    companyNames: uniq(forms(company)),
    blockKeys: uniq([...blocks(displayTokens), ...blocks(companyTokens)]),
    primaryName: (displayTokens.length > 0 ? displayTokens : companyTokens).join(' '),
    tokens: uniq([...displayTokens, ...companyTokens, ...(person?.tokens ?? []).map(givenNameCanonical)]),
    displayTokens,
    companyTokens,
    givenName: given === '' ? null : givenNameCanonical(given.split(' ')[0] ?? given),
    familyName: family === '' ? null : family,
    phoneNational: phone?.national ?? null,
    phone7: phone?.local7 ?? null,
    postcode: postcodeNormalisation(c.address?.postalCode),
    street: addressNormalisation(c.address?.line1),
  };
}

/** All name forms (person and company) as one list: what the mirror indexes for exact lookups. */
export function allNameKeys(k: MatchKeys): string[] {
  return uniq([...k.personNames, ...k.companyNames]);
}
