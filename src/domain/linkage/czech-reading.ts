/**
 * Czech and Slovak records as their firms' systems write them (cz-stavebniny read: a Brno wholesaler's e-shop, counter tills, an
 * old accounting program and its sales reps' contacts):
 * - text an old export wrote in Windows-1250 or ISO-8859-2 and a program read as Windows-1252 ("Dvoøák", "Kuèera", "©tìpánov",
 *   "Èeská republika"), spelt again where the record is one of Czechia or Slovakia (`czechSigns`): each of these characters stands
 *   for one of their letters (ř, č, Š, ě) and no Czech word holds it as written;
 * - the academic titles and salutations Czech writes before and after a name ("Ing.", "Mgr.", "Bc.", "MUDr.", "Ph.D.", "pan",
 *   "paní"): no words of it;
 * - "ml." and "st." (mladší, starší: the younger, the elder) after or before a name: a generation's mark, as "Jr." and "Sr." are
 *   (a father and son of one name at one house are two customers);
 * - a person's both names in the family name's field, the given name's empty ("Dvořák Aleš" as a till types it): read apart,
 *   by the Czech given names (`CZECH_GIVEN`);
 * - the company's registration number (IČO: eight digits with its check digit; DIČ "CZ" and the same digits) written into a name or
 *   an address line ("Stavby Horák s.r.o. IČ 12345678", "Martin Kadlec - Zednické práce, IČ: 74212800"): no word of the name or the
 *   street, and the record's registry number (`czechRegistryId`): one number, one legal person or sole trader.
 * Fields are cut at QuickBooks' limits before (`withinQboLimits`); a field none of this fits is returned as written.
 */
import type { CustomerContact } from '../customer-contact';
import { isGivenName } from '../given-name-genders';
import { withoutMojibake } from '../name-normalisation';

/** Windows-1252's characters standing for Czech and Slovak letters written in Windows-1250 or ISO-8859-2, and those letters. */
const SINGLE_BYTE: ReadonlyMap<string, string> = new Map([
  ['è', 'č'], ['È', 'Č'], ['ì', 'ě'], ['Ì', 'Ě'], ['ø', 'ř'], ['Ø', 'Ř'], ['ù', 'ů'], ['Ù', 'Ů'], ['ò', 'ň'], ['Ò', 'Ň'],
  ['ï', 'ď'], ['Ï', 'Ď'], ['©', 'Š'], ['¹', 'š'], ['®', 'Ž'], ['¾', 'ž'], ['«', 'Ť'], ['»', 'ť'],
]);
// "©" and "®" (Š, Ž: ISO-8859-2's) only before a letter ("©tìpánov", not "Kofola®"); "«" and "»" (Ť, ť) only between letters (not
// Czech's own quotes, "»Obnova«"); "¾" is ž (ISO-8859-2's; Windows-1250's ľ is Slovak's alone). Not Slovak's ĺ, ŕ, ľ: "å" and "à" are
// Swedish and Catalan letters as often.
const SINGLE_BYTE_SHOWN = /[èÈìÌøØùÙòÒïÏ¹¾]|[©®](?=\p{L})|(?<=\p{L})[«»](?=\p{L})/u;
const SINGLE_BYTE_ALL = /[èÈìÌøØùÙòÒïÏ¹¾]|[©®](?=\p{L})|(?<=\p{L})[«»](?=\p{L})/gu;
/** Letters only Czech and Slovak write (of the languages a Latin-2 page holds). */
const CZECH_OWN_LETTERS = /[ěřůĚŘŮťďňľĺŕŤĎŇĽĹŔ]/u;

function folded(v: string): string {
  return v.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const CZECH_COUNTRIES = new Set(['cz', 'cze', 'czech republic', 'czechia', 'ceska republika', 'cesko', 'ceska rep', 'sk', 'svk', 'slovakia', 'slovensko', 'slovenska republika', 'slovak republic']);

function countryIsCzech(v: string | null | undefined): boolean {
  if (typeof v !== 'string' || v.length > 60) return false;
  return CZECH_COUNTRIES.has(folded(v.replace(SINGLE_BYTE_ALL, (ch) => SINGLE_BYTE.get(ch) ?? ch)));
}

/**
 * The record is one of Czechia or Slovakia: 'strong' where its country says so (however mis-encoded), its phone is under +420 or
 * +421, its mailbox under ".cz" or ".sk", its region a "kraj", or a letter only Czech and Slovak write is in its fields; 'weak'
 * where only its numbers' shapes say so (a till's record: a national number of nine digits opening 2–7, a PSČ of five opening 1–7:
 * Spain's and Sweden's numbers can take those shapes too); null otherwise.
 */
export function czechSigns(c: CustomerContact): 'strong' | 'weak' | null {
  if (countryIsCzech(c.address?.country)) return 'strong';
  const phone = typeof c.phone === 'string' ? c.phone.slice(0, 40) : '';
  if (/^\s*(?:\+|00)?\s*42[01][\s-]?\d{3}[\s-]?\d{3}[\s-]?\d{3}\b/.test(phone)) return 'strong';
  if (typeof c.email === 'string' && /@[^\s@;,]+\.(?:cz|sk)\b/i.test(c.email.slice(0, 160))) return 'strong';
  if (typeof c.address?.region === 'string' && /\bkraj\b/i.test(c.address.region.slice(0, 60))) return 'strong';
  if ([c.displayName, c.givenName, c.familyName, c.companyName, c.address?.line1, c.address?.city].some((v) => typeof v === 'string' && CZECH_OWN_LETTERS.test(v.slice(0, 200)))) return 'strong';
  if (typeof c.address?.country === 'string' && c.address.country.trim() !== '') return null;
  // A labelled IČO whose check digit is right ("KONECNY JIRI, VODA - TOPENI - PLYN IC 02865301" at a till): Czech or Slovak.
  if ([c.companyName, c.displayName, c.address?.line2].some((v) => typeof v === 'string' && /\d{8}/.test(v)) && registryIn(c) !== null) return 'strong';
  const national = /^\s*(?:tel\.?|mob\.?)?\s*[2-7]\d{2}[\s-]?\d{2,3}[\s-]?\d{2,3}(?:[\s-]?\d{2})?\b/.exec(phone);
  const nine = national !== null && national[0].replace(/\D/g, '').length === 9;
  const psc = /^\s*(?:CZ-?\s*)?[1-7]\d{2}[\s-]?\d{2}\s*$/;
  const postcode = (typeof c.address?.postalCode === 'string' && psc.test(c.address.postalCode)) || (typeof c.address?.city === 'string' && /^\s*[1-7]\d{2}\s?\d{2}\s+\p{L}/u.test(c.address.city));
  return nine && postcode ? 'weak' : null;
}

/** A text's Windows-1252 stand-ins for Czech letters spelt again. */
function singleByteSpelt(v: string | null | undefined): string | null | undefined {
  if (typeof v !== 'string' || v.length > 200) return v;
  // UTF-8 read as Windows-1250 or -1252 first ("NovĂˇk", "IÄŚO"): its characters are no stand-ins of one byte.
  const spelt = withoutMojibake(v);
  // A field already holding Czech's own letters was written right ("Adèle Dvořáková").
  return SINGLE_BYTE_SHOWN.test(spelt) && !/[čďěňřšťůžČĎĚŇŘŠŤŮŽ]/u.test(spelt) ? spelt.replace(SINGLE_BYTE_ALL, (ch) => SINGLE_BYTE.get(ch) ?? ch) : spelt;
}

/**
 * Czech and Slovak legal forms written every way, in one spelling each: the limited company ("s.r.o.", "spol. s r.o.", "s. r. o.",
 * "sro", "společnost s ručením omezeným") as "SRO", the joint-stock company ("a.s.", "akciová společnost") as "AS", the general and
 * limited partnerships ("v.o.s.", "k.s.") as "VOS" and "KS"; a registered association's, a public-benefit company's, an institute's
 * and a public body's contributory organisation's marks ("z.s.", "o.p.s.", "z.ú.", "p.o.", "příspěvková organizace") off.
 */
/** A form after a name (a word, a number or a bracket before it, a space or comma between): written as `body` says, no letter after. */
const after = (body: string, flags: string): RegExp => new RegExp(`(?<=[\\p{L}\\d).])[,\\s]+(?:${body})(?![\\p{L}\\d'’])`, flags);
// Dotted forms in small letters, spaced or not ("a.s.", "a. s."), or in capitals unspaced ("A.S."): capitals spaced are a person's
// initials ("Novák A. S.", a review's finding).
const FORMS: ReadonlyArray<[RegExp, string]> = [
  [after('spol(?:ečnost|ecnost)?\\.?\\s*s\\s*\\.?\\s*r\\s*\\.?\\s*o\\.?|sro\\.?|společnost\\s+s\\s+ručením\\s+omezeným|spolecnost\\s+s\\s+rucenim\\s+omezenym', 'giu'), ' SRO'],
  [after('s\\s?\\.\\s?r\\s?\\.\\s?o\\.?|S\\.R\\.O\\.?', 'gu'), ' SRO'],
  [after('a\\s?\\.\\s?s\\.?|A\\.S\\.?|akciová\\s+společnost|akciova\\s+spolecnost|AKCIOVÁ\\s+SPOLEČNOST|AKCIOVA\\s+SPOLECNOST', 'gu'), ' AS'],
  // A partnership's, a registered association's, a public-benefit company's, an institute's and a contributory organisation's
  // marks: off (not capitals' "P.O.": a box's).
  [after('v\\s?\\.\\s?o\\s?\\.\\s?s\\.?|V\\.O\\.S\\.?|k\\s?\\.\\s?s\\.?|K\\.S\\.?|z\\s?\\.\\s?s\\.?|Z\\.S\\.?|o\\s?\\.\\s?p\\s?\\.\\s?s\\.?|O\\.P\\.S\\.?|z\\s?\\.\\s?ú\\.?|Z\\.Ú\\.?|p\\s?\\.\\s?o\\.?|příspěvková\\s+organizace|prispevkova\\s+organizace|veřejná\\s+obchodní\\s+společnost|komanditní\\s+společnost', 'gu'), ''],
];
/** Kinds of organisation Czech writes short and in full, in their short form ("Společenství vlastníků jednotek" as "SVJ"). */
const KINDS: ReadonlyArray<[RegExp, string]> = [
  [/\bspole(?:č|c)enstv(?:í|i)\s+vlastn(?:í|i)k(?:ů|u)(?:\s+(?:jednotek|bytových\s+jednotek|bytovych\s+jednotek|domu|bytů|bytu))?|\bs\.\s?v\.\s?j\.?/giu, 'SVJ'],
  [/\bbytov(?:é|e)\s+dru(?:ž|z)stvo\b/giu, 'BD'],
  [/\bz(?:á|a)kladn(?:í|i)\s+(?:š|s)kola\s+a\s+mate(?:ř|r)sk(?:á|a)\s+(?:š|s)kola\b/giu, 'ZŠ a MŠ'],
  [/\bz(?:á|a)kladn(?:í|i)\s+(?:š|s)kola\b/giu, 'ZŠ'],
  [/\bmate(?:ř|r)sk(?:á|a)\s+(?:š|s)kola\b/giu, 'MŠ'],
  [/\bt(?:ě|e)lov(?:ý|y)chovn(?:á|a)\s+jednota\b/giu, 'TJ'],
  [/\bsbor\s+dobrovoln(?:ý|y)ch\s+hasi(?:č|c)(?:ů|u)(?!\p{L})/giu, 'SDH'],
  [/\bobecn(?:í|i)\s+(?:ú|u)(?:ř|r)ad\b/giu, 'OÚ'],
  [/\bm(?:ě|e)stsk(?:ý|y)\s+(?:ú|u)(?:ř|r)ad\b/giu, 'MěÚ'],
];
function withFormsRead(v: string | null | undefined): string | null | undefined {
  if (typeof v !== 'string' || v.length > 200) return v;
  let out = v;
  for (const [re, to] of [...FORMS, ...KINDS]) out = out.replace(re, to);
  out = out.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
  return out === '' ? v : out;
}

function districtOff(city: string | null): string | null {
  if (city === null || city.length > 80) return city;
  const m = CITY_DISTRICT.exec(city);
  return m === null ? city : (m[1] ?? city);
}

/** A phone field as Czech writes it: "nebo" (or) between two numbers, "kl." (klapka) before an extension. */
function phoneRead(v: string | null | undefined): string | null | undefined {
  if (typeof v !== 'string' || v.length > 80) return v;
  return v.replace(/\s+nebo\s+/giu, ', ').replace(/\s*,?\s*(?:kl\.|klapka)\s*(\d{1,6})\s*$/iu, ' ext. $1');
}

/** "poštovní přihrádka 61", "P.O.Box 61", "P. P. 61", "PP 61" opening an address line: a post office box's. */
const PO_BOX = /^\s*(?:po(?:š|s)tovn(?:í|i)\s+p(?:ř|r)ihr(?:á|a)dka|p\.\s*p\.|pp|p\.?\s*o\.?\s*box)\s*:?\s*(\d{1,6})\b/iu;

/** The second of a Czech house's two numbers on its street line ("Masarykova 1234/5", "Tuřanka 2119/43a"), or null. */
export function czechStreetNumber(line: string | null | undefined): string | null {
  if (typeof line !== 'string' || line.length > 200) return null;
  const m = /(?<![\d/])\d{1,5}\s*\/\s*(\d{1,4})[a-z]?(?![\d/])/iu.exec(line);
  return m === null ? null : (m[1] ?? '').replace(/^0+(?=\d)/, '');
}

/** The statutory cities whose districts records write after them ("Brno-Židenice", "Praha 4", "Ostrava-Poruba"): the city's. */
const CITY_DISTRICT = /^\s*(Brno|Praha|Ostrava|Plze(?:ň|n)|Olomouc|Liberec|Pardubice|Opava|(?:Ú|U)st(?:í|i)\s+nad\s+Labem|(?:Č|C)esk(?:é|e)\s+Bud(?:ě|e)jovice|Hradec\s+Kr(?:á|a)lov(?:é|e)|Zl(?:í|i)n|Jihlava|Bratislava|Ko(?:š|s)ice)\s*(?:-\s*\S.*|\s+\d{1,2})\s*$/iu;

/** Titles before a name, with their dot ("Ing.", "Mgr.", "MUDr.", "doc."), and "Ing. arch." as one. */
const TITLE_BEFORE = /(^|[\s,])(?:ing\.\s*arch|bc|bca|ing|mgr|mga|mudr|mddr|mvdr|judr|phdr|rndr|pharmdr|paeddr|thdr|thlic|icdr|rsdr|doc|prof|dr)\.(?=\s|\p{L}|$)/giu;
/** Titles after a name ("Ph.D.", "CSc.", "DiS.", "MBA"), after a comma or a space. */
const TITLE_AFTER = /\s*,?\s+(?:ph\.\s?d|th\.\s?d|csc|drsc|dis|mba|ll\.\s?m|msc)\.?(?=\s|,|$)/giu;
/** Salutations before a name: "pan", "paní", "pí", "p.", "sl.", "slečna". */
const SALUTATION = /^\s*(?:(?:pan|paní|pani|pí|slečna|slecna|PAN|PANÍ|PANI|Pan|Paní|Pani|Slečna)\s+|(?:p|pí|sl)\.\s*)(?=\p{Lu}\S*\s+\S)/u;
/** "ml." / "st." / "mladší" / "starší" beside a name: a generation's mark. */
// "st." only closing the field (or before a comma): opening one it is a saint's ("St. John").
const GENERATION = /(^|\s)(ml\.(?=\s|,|$)|st\.(?=\s*(?:,|$)))|(^|\s)(mladší|mladsi|starší|starsi)(?=\s|,|$)/giu;

/** Common Czech and Slovak given names (folded), by sex: the US lists lack most of them (Jiří, Zdeněk, Markéta, Jitka). */
const CZECH_MALE = new Set(
  (
    'jan jiri josef petr pavel martin tomas jaroslav miroslav zdenek frantisek vaclav michal karel milan vladimir lukas david jakub ' +
    'ladislav ondrej stanislav roman radek antonin marek daniel vojtech filip adam jaromir ales matej libor dominik patrik oldrich ' +
    'vlastimil lubomir jindrich rudolf ivan bohumil radim miloslav igor bohuslav zbynek vit stepan robert kamil dusan viktor ' +
    'richard emil rostislav lubos ludek bretislav premysl svatopluk otakar kvetoslav bedrich blahoslav vladislav zdenko ctibor ' +
    'erik matyas tadeas simon sebastian hynek dalibor denis leos jozef juraj stefan peter lubomir milos jaromir alois vratislav'
  ).split(' '),
);
const CZECH_FEMALE = new Set(
  (
    'jana marie eva hana anna lenka katerina lucie vera alena petra veronika jaroslava tereza martina michaela jitka helena ludmila ' +
    'zdenka ivana monika eliska zuzana jarmila marketa barbora kristyna simona dagmar vlasta andrea irena pavla radka ' +
    'miroslava klara nikola dana jirina olga adela denisa blanka iveta sarka zaneta romana marcela libuse renata kamila stepanka ' +
    'vendula drahomira bozena kveta milada vladimira magdalena karolina nela natalie emilie sofie rozalie vanda gabriela ' +
    'daniela silvie sona hedvika jindriska ilona bohumila miloslava zdenka lada lubomira jolana ruzena antonie frantiska'
  ).split(' '),
);

/** A Czech or Slovak given name (folded), of either sex. */
export function isCzechGivenName(word: string): boolean {
  return CZECH_MALE.has(word) || CZECH_FEMALE.has(word);
}

/** The sex a Czech given name (folded) tells, or null. */
export function czechNameSex(word: string): 'male' | 'female' | null {
  return CZECH_MALE.has(word) ? 'male' : CZECH_FEMALE.has(word) ? 'female' : null;
}

/**
 * A woman's surname and a man's of one family as Czech and Slovak make them ("Nováková" / "Novák", "Černá" / "Černý",
 * "Hložková" / "Hložek", "Dvořáková" / "Dvořák"), folded: two persons (a wife and husband, a daughter and father), not one name
 * mistyped; false where the two are no such pair.
 */
export function czechSurnamePair(a: string, b: string): boolean {
  const pair = (f: string, m: string) => {
    if (f.length < 5 || m.length < 3) return false;
    if (f === `${m}ova`) return true;
    // -ek, -ec, -el drop their "e" ("Hložek" / "Hložková", "Němec" / "Němcová", "Havel" / "Havlová").
    const dropped = /e([kcl])$/.exec(m);
    if (dropped !== null && f === `${m.slice(0, -2)}${dropped[1] ?? ''}ova`) return true;
    // An adjective's "-ý" / "-á" ("Černý" / "Černá"), folded "y" / "a"; "-a" / "-ová" ("Svoboda" / "Svobodová").
    if (m.endsWith('y') && f === `${m.slice(0, -1)}a`) return true;
    return m.endsWith('a') && f === `${m.slice(0, -1)}ova`;
  };
  return pair(a, b) || pair(b, a);
}

/** The check digit of a Czech or Slovak IČO (eight digits): weights 8 … 2 on the first seven, modulo 11. */
function validIco(digits: string): boolean {
  if (!/^\d{8}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i += 1) sum += Number(digits[i]) * (8 - i);
  const r = sum % 11;
  const check = r === 0 ? 1 : r === 1 ? 0 : 11 - r;
  return check === Number(digits[7]);
}

/** IČO / IČ / ICO / IC, and DIČ / DIC with its country (CZ, SK), labelled, with a colon or none ("IČ: 12345678", "DIČ CZ12345678"). */
const REGISTRY = /[\s,;(/-]*\(?(?<![\p{L}\d])(?:i[čc]o?|di[čc])(?!\p{L})\.?\s*:?\s*(?:cz|sk)?\s?(\d{8})(?!\d)\)?/giu;
/** A DIČ written bare ("CZ12345678") after a name or in an address line. */
const REGISTRY_BARE = /[\s,;(/-]*\(?(?<![\p{L}\d])(?:cz|sk)(\d{8})(?!\d)\)?/giu;

/** The IČO a record's name fields or address lines write (labelled, its check digit right), or null. */
export function czechRegistryId(c: CustomerContact, signs: 'strong' | 'weak' | null = czechSigns(c)): string | null {
  return signs === null ? null : registryIn(c);
}

/** The IČO a record's fields write, labelled and its check digit right, whatever else the record says. */
function registryIn(c: CustomerContact): string | null {
  for (const raw of [c.companyName, c.displayName, c.address?.line2, c.address?.line1, c.familyName]) {
    const v = singleByteSpelt(raw);
    if (typeof v !== 'string' || v.length > 200) continue;
    for (const re of [REGISTRY, REGISTRY_BARE]) {
      re.lastIndex = 0;
      for (let m = re.exec(v); m !== null; m = re.exec(v)) if (validIco(m[1] ?? '')) return m[1] ?? null;
    }
  }
  return null;
}

function withoutRegistry(v: string | null | undefined): string | null | undefined {
  if (typeof v !== 'string' || v.length > 200 || !/\d{8}/.test(v)) return v;
  const out = v.replace(REGISTRY, (m, d: string) => (validIco(d) ? ' ' : m)).replace(REGISTRY_BARE, (m, d: string) => (validIco(d) ? ' ' : m)).replace(/\s+/g, ' ').replace(/[\s,;:-]+$/, '').trim();
  return out === '' ? null : out;
}

function withoutTitles(v: string | null | undefined, display: boolean): string | null | undefined {
  if (typeof v !== 'string' || v.length > 200) return v;
  let out = v.replace(TITLE_AFTER, '').replace(TITLE_BEFORE, '$1').replace(/^[\s,]+/, '').replace(/\s+/g, ' ').trim();
  if (display) out = out.replace(SALUTATION, '');
  else out = out.replace(/^(?:pan|paní|pí)\s+(?=\S)/u, '');
  return out === '' ? v : out;
}

/** "ml." / "st." off the field, written "Jr" / "Sr" after it. */
function generationRead(v: string | null | undefined): string | null | undefined {
  if (typeof v !== 'string' || v.length > 200) return v;
  let mark = '';
  const out = v.replace(GENERATION, (_m, b1: string | undefined, g1: string | undefined, b2: string | undefined, g2: string | undefined) => {
    const g = folded(g1 ?? g2 ?? '');
    mark = g === 'ml' || g === 'mladsi' ? 'Jr' : 'Sr';
    return b1 ?? b2 ?? '';
  }).replace(/\s+/g, ' ').trim();
  return mark === '' || out === '' ? v : `${out} ${mark}`;
}

/**
 * A record of Czechia or Slovakia read as its systems write it (see the module's comment); any other record as it is. The single
 * byte's stand-ins are spelt again first, so that the words below are read as written.
 */
export function withCzechRead(c: CustomerContact, signs: 'strong' | 'weak' | null = czechSigns(c)): CustomerContact {
  if (signs === null) return c;
  // A record told by its numbers' shapes alone: its single bytes as written (a Valencian's "Sòria", an Italian's "Forlì" read alike:
  // a review's finding), UTF-8's mis-reading spelt again as everywhere.
  const singleByteRead = (v: string | null | undefined) => (signs === 'strong' ? singleByteSpelt(v) : typeof v === 'string' && v.length <= 200 ? withoutMojibake(v) : v);
  // A PSČ written before the town in its field ("627 00 Brno"), none in its own: read into it.
  const cityRead = singleByteRead(c.address?.city);
  const pscInCity = typeof cityRead === 'string' ? /^\s*((?:CZ-?\s*)?[1-9]\d{2}\s?\d{2})\s+(\p{L}.*)$/u.exec(cityRead) : null;
  const hasPostcode = typeof c.address?.postalCode === 'string' && c.address.postalCode.trim() !== '';
  const line = (v: string | null | undefined) => {
    const read = withoutRegistry(singleByteRead(v));
    return typeof read === 'string' ? read.replace(PO_BOX, 'PO Box $1') : read;
  };
  const address = c.address === null || c.address === undefined ? c.address : {
    ...c.address,
    line1: line(c.address.line1) ?? null,
    line2: line(c.address.line2) ?? null,
    city: districtOff((pscInCity !== null ? pscInCity[2] : cityRead) ?? null),
    ...(pscInCity !== null && !hasPostcode ? { postalCode: pscInCity[1] ?? null } : {}),
    region: singleByteRead(c.address.region) ?? null,
    country: singleByteRead(c.address.country) ?? null,
  };
  const phone = phoneRead(c.phone);
  const companyRead = withFormsRead(withoutRegistry(singleByteRead(c.companyName)));
  // A till's or a web form's word for no company ("soukromá osoba", "neuvádím") is none already (`withoutPlaceholderCompany`, read first).
  const company = companyRead;
  // A generation's mark in a person's display only: an organisation's "St." is a saint's or a town's.
  // Titles, salutations and generations in a person's display only: an organisation's "PAN nábytek", "Studio MBA", "St." are words of its name.
  const organisation = typeof company === 'string' && company.trim().length > 2;
  const shown = withFormsRead(withoutRegistry(singleByteRead(c.displayName)));
  const displayName = organisation ? shown : generationRead(withoutTitles(shown, true));
  let givenName = generationRead(withoutTitles(singleByteRead(c.givenName), false));
  let familyName = generationRead(withoutRegistry(singleByteRead(c.familyName)));
  // Both names in the family name's field, none in the given name's: read apart where one of the two is a Czech given name and
  // the other is not.
  if ((typeof givenName !== 'string' || givenName.trim() === '') && typeof familyName === 'string') {
    const words = familyName.trim().split(/\s+/);
    const generation = words.length === 3 && /^(?:Jr|Sr)$/.test(words[2] ?? '') ? ` ${words[2] ?? ''}` : '';
    if (words.length === 2 || generation !== '') {
      const [w1 = '', w2 = ''] = words;
      const given = (w: string) => isCzechGivenName(folded(w)) || isGivenName(folded(w));
      const g1 = given(w1);
      const g2 = given(w2);
      if (g1 !== g2) {
        givenName = g1 ? w1 : w2;
        familyName = `${g1 ? w2 : w1}${generation}`;
      }
    }
  }
  return { ...c, displayName: displayName ?? null, givenName: givenName ?? null, familyName: familyName ?? null, companyName: company ?? null, phone: phone ?? null, ...(address === undefined ? {} : { address }) };
}
