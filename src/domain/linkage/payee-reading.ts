import { CustomerContact } from '../customer-contact';
import { isGivenName } from '../given-name-genders';
import { normaliseText } from '../name-normalisation';

/**
 * Names that are no customer's: a loss payee written beside the insured, and a form's word for "whoever lives here".
 *
 * An insurance claim's check is made out to the insured and to the mortgage lender as its loss payee ("JOHN SMITH AND FRONT
 * RANGE HOME MORTGAGE ISAOA ATIMA": its successors and/or assigns, as their interests may appear), and a contractor's or a
 * claim system's record keeps the payee line as the customer's name, or the lender in CompanyName (us-roofing read: a
 * homeowner's record read as a firm's, the lender's words its name, against the owner's own). The lender is the insured's
 * creditor, never the customer, so its words are no name of the record.
 */

/** The payee clause's own words: "ISAOA", "ATIMA", "its successors and/or assigns", "as their interests may appear". */
const PAYEE_CLAUSE = /[\s,;]*(?:\bI\.?S\.?A\.?O\.?A\.?(?:\s*[/,&]?\s*A\.?T\.?I\.?M\.?A\.?)?|\bits\s+successors\s+(?:and\s*\/\s*or|and|or)\s+assigns(?:\s+as\s+their\s+interests?\s+may\s+appear)?|\bas\s+(?:their|its)\s+interests?\s+may\s+appear)\s*$/i;

/** A lender's name's last words: a bank, a credit union, a mortgage or loan company, a servicer (with its form after it). */
const LENDER_END =
  /(?:\bbank|\bbancorp|\bmort+gage(?:\s+(?:co|company|corp|corporation|services|servicing))?|\bhome\s+(?:loans|lending|finance)|\bloans|\blending|\bcredit\s+union|\bfcu|\bservicing|\bfinancial|\bfunding|\bsavings)(?:\s*,?\s*(?:n\.?\s?a|f\.?s\.?b|llc|l\.?l\.?c|inc|corp)\.?)?$/i;

/** The insured's name, a connector ("and", "&", or "an" mistyped) and the lender's name of at most six words after it. */
const INSURED_AND_LENDER = /^(.*\S)\s+(?:and|&|an)\s+((?:[\p{L}\p{N}.'&-]+\s+){0,5}[\p{L}\p{N}.'&-]+)$/iu;

/** The payee clause cut off its end; the text unchanged where it has none. Each pattern runs on 300 characters at most. */
function withoutClause(s: string): { text: string; clause: boolean } {
  let text = s.slice(0, 300).trim();
  let clause = false;
  for (let i = 0; i < 3; i += 1) {
    const cut = text.replace(PAYEE_CLAUSE, '').trim();
    if (cut === text || cut === '') break;
    clause = true;
    text = cut;
  }
  return { text, clause };
}

/** A lender's name alone ("Blue Spruce Mortgage Servicing", "Columbine Federal Credit Union"): two to seven words. */
export function isLenderName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 7 && LENDER_END.test(s.trim());
}

/**
 * The insured's name before a lender payee ("SAMANTHA SIMMONS AND EVERGREEN PLAINS BANK", "IBANEZ, JOAQUIN AND BLUE SPRUCE
 * MORTGAGE SERVICING", "… AND COLUMBINE FEDERAL CREDIT UNION ITS SUCCESSORS AND/OR ASSIGNS"), or null where the text names no
 * payee. The clause's words alone tell a payee; without them, a lender's name after the connector and a person's name before it
 * (the record's own given and family names, a "Last, First" or a given name first): never a firm's own name ("Farmers and
 * Merchants Bank", "Smith & Jones Lending").
 */
function insuredBeforePayee(s: string, c: CustomerContact): string | null {
  const { text, clause } = withoutClause(s);
  const m = INSURED_AND_LENDER.exec(text);
  if (m === null) return clause && text !== s.trim() ? text : null;
  const [head = '', tail = ''] = [m[1], m[2]];
  if (!isLenderName(tail)) return clause ? text : null;
  // A firm's own words after the connector ("Mike Jones & Associates Mortgage", "… and Sons Financial"): its name, no payee's.
  if (/^(?:associates|assoc|sons|son|partners|company|co|brothers|bros|group|daughters)\b/i.test(tail.trim())) return null;
  if (clause || personNamed(head, c)) return head.trim();
  return null;
}

/** The words name a person: the record's own given and family names in them, a "Last, First", or a known given name first. */
function personNamed(head: string, c: CustomerContact): boolean {
  const words = normaliseText(head).split(' ').filter((w) => w !== '');
  if (words.length < 2 || words.length > 8) return false;
  const own = (v: string | null | undefined) => {
    const n = normaliseText(v);
    return n !== '' && n.split(' ').every((w) => words.includes(w));
  };
  // The record's own given and family names, where it writes them; a "Last, First" or a known given name first where it does not.
  if (normaliseText(c.givenName) !== '' && normaliseText(c.familyName) !== '') return own(c.givenName) && own(c.familyName);
  const first = words.find((w) => !/^(?:mr|mrs|ms|miss|dr)$/.test(w)) ?? '';
  return /^[^,]{2,40},\s*\S/.test(head.trim()) || (first.length >= 2 && isGivenName(first));
}

/**
 * A loss payee off the record's names: the display's and the company's payee line read as the insured's name, and a lender in
 * CompanyName beside a person's own names no company of theirs (the claim's mortgagee, "PRAIRIE STAR MORTGAGE LLC" on Piotr
 * Romano's record). A lender's own record (its name its display, or the company the display writes) is left as written.
 */
export function withoutLossPayee(c: CustomerContact): CustomerContact {
  let out = c;
  if (typeof c.displayName === 'string') {
    const insured = insuredBeforePayee(c.displayName, c);
    if (insured !== null && insured !== '') out = { ...out, displayName: insured };
  }
  if (typeof c.companyName === 'string') {
    const insured = insuredBeforePayee(c.companyName, c);
    if (insured !== null && insured !== '') out = { ...out, companyName: insured };
    else if (mortgageLender(withoutClause(c.companyName).text) && personsOwnRecord(out)) out = { ...out, companyName: null };
  }
  return out;
}

/**
 * A mortgage lender's or servicer's name ("Prairie Star Mortgage LLC", "Pinnacle Crest Home Loans", "Blue Spruce Mortgage
 * Servicing", "Columbine Federal Credit Union"): in a person's CompanyName the claim's mortgagee. Not a bank's, a "… Financial"
 * or "… Lending" firm's: an employer's or the person's own firm as often (a review's finding).
 */
function mortgageLender(s: string): boolean {
  return isLenderName(s) && /\b(?:mort+gage|home\s+(?:loans|lending|finance)|servicing|credit\s+union|fcu)\b/i.test(s);
}

/** A person's names in the given and family fields, the display naming them and not the company. */
function personsOwnRecord(c: CustomerContact): boolean {
  const given = normaliseText(c.givenName);
  const family = normaliseText(c.familyName);
  if (given === '' || family === '') return false;
  const display = normaliseText(c.displayName);
  const company = normaliseText(c.companyName);
  // Not the family's own firm ("Smith Mortgage Co" on John Smith's record).
  if (family.split(' ').some((w) => w.length >= 3 && company.split(' ').includes(w))) return false;
  return display === '' || (!display.includes(company) && display.split(' ').includes(family.split(' ').pop() ?? family));
}

/**
 * A form's or a till's word for no named person ("Homeowner", "Resident", "Occupant", "Walk-in", "Cash Customer", "Consumidor
 * final", "Público en general"): no name of the record's (us-roofing read: a canvassing app's "homeowner" read as a firm's name
 * against the owner's record). Only the whole field.
 */
const NO_NAME = new Set([
  'homeowner', 'home owner', 'the homeowner', 'house owner', 'owner', 'property owner', 'the owner', 'resident', 'current resident', 'the resident',
  'occupant', 'current occupant', 'the occupant', 'tenant', 'the tenant', 'customer', 'new customer', 'cash customer', 'cash sale', 'cash',
  'walk in', 'walkin', 'walk in customer', 'walk in client', 'client', 'new client', 'guest', 'unknown', 'no name', 'name unknown', 'not given',
  'consumidor final', 'cliente', 'cliente final', 'cliente contado', 'cliente mostrador', 'publico en general', 'publico general', 'mostrador',
]);

/** Words of the set that are surnames too ("Cash", "Guest", "Owner"): no placeholder in a given or family name field. */
const SURNAMES_TOO = new Set(['owner', 'tenant', 'cash', 'client', 'cliente', 'mostrador', 'guest', 'customer']);

function noName(v: string | null | undefined, field: 'display' | 'name'): boolean {
  if (typeof v !== 'string' || v.length > 40) return false;
  const w = normaliseText(v).replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  return NO_NAME.has(w) && (field === 'display' || !SURNAMES_TOO.has(w));
}

/** The name fields (and CompanyName: "Homeowner" in a claim's company field) that are a form's word for no one, emptied; a record of no other name is read by its contact details alone. */
export function withoutPlaceholderName(c: CustomerContact): CustomerContact {
  const [display, given, family, company] = [noName(c.displayName, 'display'), noName(c.givenName, 'name'), noName(c.familyName, 'name'), noName(c.companyName, 'display')];
  if (!display && !given && !family && !company) return c;
  return {
    ...c,
    displayName: display ? null : c.displayName,
    givenName: given ? null : c.givenName,
    familyName: family ? null : c.familyName,
    companyName: company ? null : c.companyName,
  };
}

/**
 * A tax or identity number written into a name ("NIT 900.714.419-1 - IMPERMEABILIZACIONES NOGAL SAS", "Ramiro Sarmiento CC
 * 79.178.489", "71738194 JUAN MANUEL SEPULVEDA": a till's or an e-invoice's display, co-ferreteria read) is no word of the name:
 * the number with its label off, or a bare number of six to eleven digits before a name of no legal form (a numbered company's
 * name is its number: "2608469 Ontario Ltd."); a number set off by a dash or a colon before a name ("35621833 - ED DESIGN S.R.L.").
 */
const ID_LABEL = String.raw`(?:nit|c\.?\s?c|c\.?\s?e|t\.?\s?i|rut|ruc|rfc|cuit|cuil|dni|cpf|cnpj|nif|cif|tin|ced(?:ula)?|id)\.?`;
const ID_NUMBER = String.raw`(?:\d{1,3}(?:\.\d{3}){2,3}|\d{6,11})(?:\s*-\s*\d(?!\d)|\s\d(?=\s*(?:[-\u2013:|,]|$)))?`;
const ID_BEFORE = new RegExp(String.raw`^\s*(${ID_LABEL}\s*[:#.]?\s*)?${ID_NUMBER}(\s*[-\u2013:|,]\s*|\s+)(?=\p{L})`, 'iu');
// The label a word of its own, after a space or a mark ("Justin 3105551234" is a name and a phone, no "TIN").
const ID_AFTER = new RegExp(String.raw`(?:\s+|\s*[-\u2013,(]\s*)(?<![\p{L}\p{N}])${ID_LABEL}\s*[:#.]?\s*${ID_NUMBER}\s*\)?\s*$`, 'iu');
/** A legal form's word at the end of what remains, as `ID_BEFORE` asks of a bare number ("Ontario Ltd.", "Québec inc."). */
const FORM_END = /\b(?:ltd|limited|inc|corp|llc|ltee|sas|s\.a\.s|sa|s\.a|ltda|gmbh|bv|srl|sarl)\.?\s*$/i;

function withoutNumber(v: string | null | undefined, bare: boolean): string | null | undefined {
  if (typeof v !== 'string' || v.length > 200) return v;
  let out = v.replace(ID_AFTER, '');
  const before = ID_BEFORE.exec(out);
  if (before !== null) {
    const rest = out.slice(before[0].length);
    // Labelled, or set off by a mark ("35621833 - ED DESIGN S.R.L.": Romania's CUI before the name, ro-constructii), or bare.
    const marked = before[1] !== undefined || /[-\u2013:|,]/.test(before[2] ?? '');
    if (/\p{L}{2}/u.test(rest) && (marked || (bare && !FORM_END.test(rest)))) out = rest;
  }
  return /\p{L}/u.test(out) ? out.trim() : v;
}

/**
 * The display's and the company's tax or identity numbers off their names (`ID_BEFORE`, `ID_AFTER`): labelled anywhere; a bare
 * number before a name only in a record of a country whose tills write the cédula so (`bare`: Colombia's), never a numbered
 * company's elsewhere ("1234567 Ontario Corporation", "1234567 Alberta ULC": a review's finding).
 */
export function withoutIdentityNumber(c: CustomerContact, bare = false): CustomerContact {
  const [displayName, companyName] = [withoutNumber(c.displayName, bare), withoutNumber(c.companyName, bare)];
  return displayName === c.displayName && companyName === c.companyName ? c : { ...c, displayName, companyName };
}
