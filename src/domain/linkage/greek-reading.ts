/**
 * Greek records as a Greek firm's systems write them (gr-ydravlika read: a Thessaloniki plumbing and heating wholesaler's ERP in
 * Greek, its e-shop typed by customers in Latin letters, the electronic-invoicing export (myDATA), counter and Viber orders and
 * drivers' notes):
 * - one word written in Greek letters and in Latin ones, by ELOT 743 or as "greeklish" is typed ("Γεώργιος" / "Georgios",
 *   "Χρήστος" / "Christos" / "Xristos" / "Hristos", "Ευθυμίου" / "Efthymiou" / "Euthymiou" / "Evthimiou", "Παναγιώτης" /
 *   "Panayiotis", "Μπάμπης" / "Babis", "Θεσσαλονίκη" / "Thessaloniki"): spelt in Latin letters (`greekLatin`) and read by its
 *   sounds (`greekKey`), in upper case or lower, with its accents or none;
 * - text an old export wrote in Windows-1253 and a program read as Windows-1252 ("ÐÁÐÁÄÏÐÏÕËÏÓ"), and UTF-8 read as Windows-1252
 *   ("Î Î‘Î¥Î›ÎŸÎ¥"): spelt again;
 * - the legal forms (Ο.Ε., Ε.Ε., Ε.Π.Ε., Ι.Κ.Ε., Α.Ε., ΑΒΕΕ, written out or short, dotted or not, Greek or Latin): no words of a
 *   firm's name (a firm converted from one form to another keeps its name);
 * - the tax number (ΑΦΜ: nine digits, its check digit right) and its tax office (ΔΟΥ) written into a name or an address line:
 *   no words of either, the record's registration number (`greekRegistryId`): one number, one customer;
 * - the father's name after "του" ("ΓΕΩΡΓΙΟΣ ΤΟΥ ΙΩΑΝΝΗ"), "Τηλ."/"Κιν."/"Viber" before a phone, "Οδός" before a street, the
 *   country and Athens by their other names.
 * Only a record of Greece (`greekSigns`). A field none of this fits is returned as written.
 */
import type { CustomerContact } from '../customer-contact';

const GREEK_LETTER = /[\u0370-\u03ff\u1f00-\u1fff]/u;
/** A Greek word (four letters at least: not a fraternity's "ΣΑΕ" nor a formula's "Δ"). */
const GREEK_WORD = /[\u0370-\u03ff\u1f00-\u1fff]{4,}/u;
/** UTF-8's Greek bytes read as Windows-1252: a lead byte (Î, Ï) before a continuation's character. */
const UTF8_GREEK = /[ÎÏ][\u0080-\u00bf\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014 ]/u;
/** Windows-1253's Greek capitals read as Windows-1252 (Α–Ω as Á–Ù, Ð for Π, Ó for Σ): three in a row at least, no ASCII letter between. */
const SINGLE_BYTE_GREEK = /[\u00c1-\u00d9]{3,}/u;

function folded(v: string): string {
  return v.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
}

const COUNTRIES = new Set(['gr', 'grc', 'el', 'greece', 'hellas', 'ellas', 'ellada', 'ελλαδα', 'ελλας', 'hellenic republic', 'griechenland', 'grece', 'grecia', 'cy', 'cyp', 'cyprus', 'kypros', 'κυπρος', 'zypern', 'chypre']);
/** Greece's towns and municipalities a record of it names (as its key reads them, `greekKey`). */
const TOWNS = [
  'thessaloniki', 'larisa', 'larissa', 'kavala', 'ioannina', 'athens', 'athina', 'peristeri', 'kalamaria', 'evosmos', 'pylaia', 'pylea', 'drama', 'serres',
  'katerini', 'veria', 'veroia', 'trikala', 'volos', 'kozani', 'xanthi', 'komotini', 'preveza', 'arta', 'igoumenitsa', 'piraeus', 'pireas', 'patra', 'patras',
  'heraklion', 'iraklio', 'chania', 'kilkis', 'giannitsa', 'edessa', 'florina', 'kastoria', 'grevena', 'karditsa', 'lamia', 'chalkida', 'neapoli',
  'ampelokipoi', 'sykies', 'stavroupoli', 'thermi', 'oraiokastro', 'panorama', 'michaniona', 'sindos', 'elassona', 'tyrnavos', 'farsala', 'eleftheroupoli',
];

/** Surnames' endings only Greek names have, in Latin letters (-opoulos, -opoulou, -idis, -idou, -iadis, -akis, -oglou, -elis). */
const GREEK_SURNAME_ENDING = /(?:opoulos|opoulou|opulos|opoulo|idis|idou|iadis|iadou|akis|akou|oglou|ellis|ioti|iotis)$/;
/** Given names only Greek has, in Latin letters (as ELOT, passports and greeklish write them). */
const GREEK_GIVEN_LATIN = new Set([
  'georgios', 'giorgos', 'yiorgos', 'ioannis', 'giannis', 'yiannis', 'konstantinos', 'kostas', 'nikolaos', 'dimitrios', 'dimitris', 'panagiotis', 'panayiotis',
  'christos', 'xristos', 'hristos', 'evangelos', 'vangelis', 'athanasios', 'thanasis', 'vasileios', 'vasilios', 'vasilis', 'charalampos', 'charalambos',
  'emmanouil', 'manolis', 'spyridon', 'spyros', 'spiros', 'michail', 'michalis', 'eleftherios', 'lefteris', 'efstathios', 'stathis', 'stylianos', 'stelios',
  'apostolos', 'antonios', 'antonis', 'grigorios', 'grigoris', 'sotirios', 'sotiris', 'theodoros', 'thodoris', 'ilias', 'prodromos', 'antreas', 'kyriakos',
  'aikaterini', 'eleni', 'vasiliki', 'paraskevi', 'panagiota', 'evangelia', 'evaggelia', 'angeliki', 'aggeliki', 'dimitra', 'konstantina', 'theodora',
  'stavroula', 'chrysoula', 'fotini', 'foteini', 'kyriaki', 'eirini', 'irini', 'despoina', 'despina', 'triantafyllos', 'efthymios', 'thymios', 'pantelis',
]);

/**
 * A Latin word written as a Greek name is: a Greek name's ending ("Bouras", "Vlaxou", "Tsotsos", "Dallas"); not "Brue", nor
 * "Yates" or "Whitfield" (read by the key, "Yates" was "Gates": a 'names' record's other surnames as written).
 */
const GREEKLISH = /(?:os|is|as|ou|ios|ia|is|i)$/;

/** Windows-1252's characters and the bytes they stand for. */
const CP1252 = new Map<string, number>();
{
  // Latin-1's, and Windows-1252's own in 0x80–0x9F (Node's decoder reads those as control characters).
  for (let b = 0; b < 256; b++) CP1252.set(String.fromCharCode(b), b);
  const high = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
  [...high].forEach((ch, i) => CP1252.set(ch, 0x80 + i));
}
function asBytes(v: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const ch of v) {
    const b = CP1252.get(ch);
    if (b === undefined) return null;
    bytes.push(b);
  }
  return new Uint8Array(bytes);
}

/** Greek text mis-read as Windows-1252 spelt again (UTF-8's bytes, or Windows-1253's); any other text as written. */
export function greekMojibakeRepaired(v: string): string {
  if (v.length > 300) return v;
  if (UTF8_GREEK.test(v)) {
    // Π and Ρ are CE A0 and CE A1: the no-break space a page shows as a space.
    const bytes = asBytes(v.replace(/Î (?=\S)/g, 'Î\u00a0').replace(/Î $/, 'Î\u00a0'));
    if (bytes !== null) {
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      if (!text.includes('\ufffd') && GREEK_LETTER.test(text)) return text;
    }
  }
  if (SINGLE_BYTE_GREEK.test(v) && !/[a-z]/.test(v)) {
    const bytes = asBytes(v);
    if (bytes !== null) {
      const text = new TextDecoder('windows-1253').decode(bytes);
      if (GREEK_LETTER.test(text)) return text;
    }
  }
  return v;
}

/**
 * The record is one of Greece or Cyprus ('strong'): a Greek word in a field (or Greek text mis-read), its country Greece or Cyprus
 * however written, a +30 number, a ".gr" mailbox; or its person's names are Greek in Latin letters ('names', `greekNamed`).
 */
export function greekSigns(c: CustomerContact): 'strong' | 'names' | null {
  const named = greekNamed(c) ? 'names' : null;
  if (typeof c.address?.country === 'string' && c.address.country.trim() !== '') {
    const country = greekMojibakeRepaired(c.address.country.slice(0, 60));
    return COUNTRIES.has(folded(country)) ? 'strong' : named;
  }
  const fields = [c.displayName, c.givenName, c.familyName, c.companyName, c.address?.line1, c.address?.line2, c.address?.city, c.address?.region];
  if (fields.some((v) => typeof v === 'string' && (GREEK_WORD.test(v.slice(0, 200)) || UTF8_GREEK.test(v.slice(0, 200)) || (SINGLE_BYTE_GREEK.test(v.slice(0, 200)) && !/[a-z]/.test(v.slice(0, 200)))))) return 'strong';
  const phone = typeof c.phone === 'string' ? c.phone.slice(0, 80) : '';
  if (/(?:^|[^\d])(?:\+|00)\s*30[\s.-]?(?:2|69)/.test(phone)) return 'strong';
  if (typeof c.email === 'string' && /@[^\s@;,]+\.gr\b/i.test(c.email.slice(0, 160))) return 'strong';
  // A Greek town beside a number of Greece's shape: a mobile (69 and eight digits), or a landline (2 and nine) in a town of no
  // namesake abroad (not Athens: Athens, Georgia's and Alabama's numbers open 2 too), no US state for its region.
  const city = typeof c.address?.city === 'string' && c.address.city.length <= 60 ? greekKey(folded(c.address.city).replace(/\s+/g, '')) : '';
  const digits = phone.replace(/[\s.()-]/g, '');
  const mobile = /(?:^|\D)69\d{8}(?:\D|$)/.test(digits);
  const landline = /(?:^|\D)2\d{9}(?:\D|$)/.test(digits) && city !== greekKey('athina') && city !== greekKey('athens');
  const usState = typeof c.address?.region === 'string' && /^\s*[A-Z]{2}\s*$/.test(c.address.region);
  if (city !== '' && TOWN_KEYS.has(city) && (mobile || landline) && !usState) return 'strong';
  return named;
}

/**
 * A Greek person's name in Latin letters: a surname of a Greek ending or a given name only Greek has ("Raptopoulos Antreas",
 * "CHATZIGEORGIOU ILIAS", "Xristos Anthopoulos"), as the e-shop's customers type them, and as a Greek family abroad writes its
 * names: the person's names read so (`greekSigns` 'names'), the record's other fields as written.
 */
function greekNamed(c: CustomerContact): boolean {
  const words = [c.givenName, c.familyName, c.displayName]
    .filter((v): v is string => typeof v === 'string' && v.length <= 200)
    .flatMap((v) => folded(v).split(' '));
  return words.some((w) => (w.length >= 7 && GREEK_SURNAME_ENDING.test(w)) || GREEK_GIVEN_LATIN.has(w));
}

/** Greek letters in Latin ones, ELOT 743's way (digraphs first: "ου" ou, "μπ" mp, "ντ" nt, "γκ" gk, "γγ" ng, "αυ"/"ευ" av/ev). */
const DIGRAPHS: ReadonlyArray<[RegExp, string]> = [
  [/ου/g, 'ou'], [/αυ/g, 'av'], [/ευ/g, 'ev'], [/ηυ/g, 'iv'], [/μπ/g, 'mp'], [/ντ/g, 'nt'], [/γκ/g, 'gk'], [/γγ/g, 'ng'], [/γχ/g, 'nch'], [/γξ/g, 'nx'], [/τσ/g, 'ts'], [/τζ/g, 'tz'],
];
const LETTERS: Readonly<Record<string, string>> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's',
  τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
/** A text's Greek words in Latin letters, lower case where written in Greek (a Latin word as written). */
export function greekLatin(v: string): string {
  if (!GREEK_LETTER.test(v)) return v;
  return v.replace(/[\p{L}\u0300-\u036f]+/gu, (word) => {
    if (!GREEK_LETTER.test(word)) return word;
    let w = word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
    return [...w].map((ch) => LETTERS[ch] ?? ch).join('');
  });
}

/**
 * One Greek word's key, however it is written in Latin letters (ELOT 743, a passport's, greeklish, English's): "Georgios",
 * "Giorgos" and "Yiorgos" keep their own (a name and its short form: the nickname table relates them), "Christos", "Xristos" and
 * "Hristos" one, "Efthymiou", "Euthymiou" and "Evthimiou" one, "Mpampis" and "Babis" one, "Thessaloniki" and "Thesaloniki" one.
 */
export function greekKey(word: string): string {
  let w = word.toLowerCase();
  // A word's opening "Χ" however written ("Christos", "Hristos", "Xristos") as "ch", so that an initial "C." or "Χ." finds it.
  w = w.replace(/^mp/, 'b').replace(/^nt/, 'd').replace(/^gk/, 'g').replace(/^(?:ch|kh|h|x)(?=[rl])/, 'C');
  w = w
    .replace(/mp/g, 'b')
    .replace(/gg/g, 'ng')
    .replace(/gk/g, 'g')
    .replace(/ou|oy/g, 'u')
    .replace(/ks/g, 'x')
    .replace(/ph/g, 'f')
    .replace(/kh|ch/g, 'h')
    .replace(/x/g, 'h')
    .replace(/e[uvf](?![aeiouy])/g, 'ev')
    .replace(/a[uvf](?![aeiouy])/g, 'av')
    .replace(/^(?:yi|gi|y)(?=[aeou])/, 'g')
    .replace(/(?:yi|gi|y)(?=[aeou])/g, 'j')
    .replace(/(?<=.)ai/g, 'e')
    .replace(/(?<=.)(?:ei|oi)/g, 'i')
    .replace(/y/g, 'i')
    .replace(/c/g, 'k')
    .replace(/b/g, 'v')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/^C/, 'ch');
  return w;
}
const TOWN_KEYS = new Set(TOWNS.map((t) => greekKey(t)));
/** Towns by their other names, as keys. */
const TOWN_NAMES: ReadonlyMap<string, string> = new Map([
  [greekKey('athens'), greekKey('athina')], [greekKey('piraeus'), greekKey('pireas')], [greekKey('patras'), greekKey('patra')],
  [greekKey('heraklion'), greekKey('iraklio')], [greekKey('veroia'), greekKey('veria')], [greekKey('larissa'), greekKey('larisa')], [greekKey('salonica'), greekKey('thessaloniki')],
]);

/** A text's words as their keys (`greekKey`), its letters in Latin first; digits and marks as written. */
function keyed(v: string | null | undefined): string | null | undefined {
  if (typeof v !== 'string' || v.length > 300) return v;
  const latin = greekLatin(greekMojibakeRepaired(v)).normalize('NFKD').replace(/\p{M}+/gu, '');
  return latin.replace(/\p{L}+/gu, (w) => greekKey(w));
}

/** The legal forms, short and written out (in Latin letters, as `greekLatin` spells them, or as the e-shop writes them). */
const FORMS = new RegExp(
  [
    'omorrythmi\\s+etaireia', 'eterorrythmi\\s+etaireia', 'etaireia\\s+periorismenis\\s+evthynis', 'idiotiki\\s+kefalaiouchiki\\s+etaireia', 'anonymi\\s+etaireia',
    'monoprosopi', 'anonymos\\s+viomichaniki\\s+emporiki\\s+etaireia',
    'o\\.?\\s?e\\.?', 'e\\.?\\s?e\\.?', 'e\\.?\\s?p\\.?\\s?e\\.?', 'i\\.?\\s?k\\.?\\s?e\\.?', 'a\\.?\\s?e\\.?', 'a\\.?\\s?v\\.?\\s?e\\.?\\s?e\\.?', 'a\\.?\\s?b\\.?\\s?e\\.?\\s?e\\.?',
    'm\\.\\s?i\\.\\s?k\\.\\s?e\\.?', 'm\\.\\s?e\\.\\s?p\\.\\s?e\\.?', 's\\.\\s?a\\.?', 'p\\.\\s?c\\.?', 'ltd\\.?', 'llc\\.?',
  ]
    .map((f) => `(?:${f})`)
    .join('|'),
  'giu',
);
/** A form after a firm's name (a word before it, a space or comma between, nothing after), or the company field's form alone. */
const FORM_AT_END = new RegExp(`(?<=\\p{L}[\\p{L}.]*)[\\s,]+(?:${FORMS.source})\\s*$`, 'iu');

/** The ΑΦΜ's check digit: the first eight digits weighed by powers of two, modulo 11, modulo 10. */
function afmValid(d: string): boolean {
  if (!/^\d{9}$/.test(d) || d === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * 2 ** (8 - i);
  return (sum % 11) % 10 === Number(d[8]);
}
/** "ΑΦΜ: 123456789", "Α.Φ.Μ. 123456789", "AFM 123456789", "VAT EL123456789", and its tax office after it ("ΔΟΥ Καλαμαριάς"). */
const AFM = /(?:α\.?\s?φ\.?\s?μ\.?|a\.?\s?f\.?\s?m\.?|vat(?:\s+no)?|tax\s+id)\s*:?\s*(?:el|gr)?\s*(\d{9})\b(?:\s*[,;-]?\s*(?:δ\.?\s?ο\.?\s?υ\.?|d\.?\s?o\.?\s?y\.?|doy)(?![\p{L}])\s*:?\s*[^,;/]*)?/iu;
const DOY = /(?:^|[\s,;-])(?:δ\.?\s?ο\.?\s?υ\.?|d\.?\s?o\.?\s?y\.?|doy)(?![\p{L}])\s*:?\s*[^,;/]*/iu;

/** The record's ΑΦΜ (its check digit right), written into a name or an address line; null where none is. */
export function greekRegistryId(c: CustomerContact): string | null {
  for (const v of [c.displayName, c.companyName, c.address?.line2, c.address?.line1, c.familyName]) {
    if (typeof v !== 'string' || v.length > 300) continue;
    const m = AFM.exec(greekMojibakeRepaired(v));
    if (m !== null && afmValid(m[1] ?? '')) return m[1] ?? null;
  }
  return null;
}
function withoutAfm(v: string): string {
  return v.replace(AFM, ' ').replace(DOY, ' ').replace(/\s+/g, ' ').replace(/^[\s,;-]+|[\s,;-]+$/g, '').trim();
}

/** A note in an address line, in Latin letters as `greekLatin` writes it or greeklish typed. */
const NOTE = /\b(?:orofos|orofo|isogeio|isogio|ypogeio|ipogio|diamerisma|koudouni|kudouni|dipla|apenanti|piso\s+apo|paraggelia|parangelia|paragelia|viber|tilefono|tilefwno|metritois|metritis|metrita|ergotaxio|ergotaksio|apothiki|apothiki|roteiste|rotiste|kalesi|na\s+parei|na\s+pari)\b/iu;

/** The father's name after "του" ("ΓΕΩΡΓΙΟΣ ΤΟΥ ΙΩΑΝΝΗ", "Georgios tou Ioanni"): no word of the person's names. */
const FATHERS = /\s+(?:του|tou)\s+\p{L}+\.?\s*$/iu;

function nameRead(v: string | null | undefined, organisation: boolean, known: ((word: string) => boolean) | null = null): string | null | undefined {
  if (typeof v !== 'string' || v.length > 300) return v;
  if (known !== null) {
    // A Greek person's names in Latin letters: each word read by its key but a given name the table knows of other peoples
    // ("Ted", "Edward", "Ellie", "Bruce") and initials, as written.
    return v.replace(/\p{L}{2,}/gu, (w) => {
      const f = folded(w);
      return GREEK_GIVEN_LATIN.has(f) || (!known(f) && GREEKLISH.test(f)) ? greekKey(f) : w;
    });
  }
  // "κ." and "κα" (Mr, Mrs) in Greek letters only: a Latin "K." is an initial ("K. Papadopoulos").
  let t = withoutAfm(greekLatin(greekMojibakeRepaired(v).replace(/^\s*(?:κ\.|κα\.?|κος\.?|κυρ[ιί]α|κ[υύ]ριος)\s+(?=\S)/u, '')));
  if (organisation) {
    t = t.replace(FORM_AT_END, '').replace(new RegExp(`^\\s*(?:${FORMS.source})\\s*$`, 'iu'), '');
    t = t.replace(/\b(?:omorrythmi|eterorrythmi|anonymi|idiotiki\s+kefalaiouchiki)\s+etaireia\b|\betaireia\s+periorismenis\s+evthynis\b/giu, ' ');
  } else t = t.replace(FATHERS, '').replace(/^\s*(?:kyria|kyrios)\s+(?=\S)/iu, '');
  t = t.replace(/\s+/g, ' ').trim();
  if (t === '') return organisation ? null : v;
  // A Greek initial in Latin letters its first ("Χ." as "C.", not "ch."): an initial finds its name's opening letter.
  return t.replace(/\p{L}{2,}/gu, (w) => greekKey(w.normalize('NFKD').replace(/\p{M}+/gu, ''))).replace(/(^|[\s,])ch(?=\.)/g, '$1c').replace(/(^|[\s,])ps(?=\.)/g, '$1p').replace(/(^|[\s,])th(?=\.)/g, '$1t');
}

/**
 * A record of Greece read as its systems write it (see the module's comment); any other record as it is.
 */
export function withGreekRead(c: CustomerContact, signs: 'strong' | 'names' | null = greekSigns(c), known: (word: string) => boolean = () => false): CustomerContact {
  if (signs === null) return c;
  if (signs === 'names') {
    // Only the person's names: a firm's name, its address and phone as written.
    // Its Greek surnames wherever they stand (its display's and its company's too: "Anastasia Angelopoulos c/- My Plan Hub").
    // Only its person's names: a firm's name as written (its Greek surname keyed alike: "Maria Stavropoulos Consulting").
    const personal = typeof c.companyName !== 'string' || c.companyName.trim() === '';
    const greekWords = (v: string | null | undefined) => (typeof v === 'string' && v.length <= 300 ? v.replace(/\p{L}{2,}/gu, (w) => (folded(w).length >= 7 && GREEK_SURNAME_ENDING.test(folded(w)) ? greekKey(folded(w)) : w)) : v);
    return {
      ...c,
      givenName: nameRead(c.givenName, false, known) ?? null,
      familyName: nameRead(c.familyName, false, known) ?? null,
      displayName: (personal ? nameRead(c.displayName, false, known) : greekWords(c.displayName)) ?? null,
      companyName: greekWords(c.companyName) ?? null,
    };
  }
  const organisation = typeof c.companyName === 'string' && c.companyName.trim() !== '';
  const company = nameRead(c.companyName, true);
  const displayOrganisation = organisation && typeof c.givenName !== 'string' && typeof c.familyName !== 'string';
  const phone = typeof c.phone === 'string' && c.phone.length <= 120 ? c.phone.replace(/(?:τηλ|κιν|tel|tηλ|mob|mobile|viber|κινητο|σταθερο)\s*[.:]?\s*/giu, '').trim() : c.phone;
  const address = c.address === null || c.address === undefined ? c.address : (() => {
    const a = c.address;
    const line = (v: string | null | undefined) => {
      if (typeof v !== 'string' || v.length > 300) return v ?? null;
      // A floor's, a doorbell's, a driver's or a till's note ("1ος όροφος", "ΚΟΥΔΟΥΝΙ ΜΠΑΛΤΑ", "ΠΑΡΑΓΓΕΛΙΑ ΑΠΟ VIBER", "ΜΕΤΡΗΤΟΙΣ ΣΤΗΝ
      // ΠΑΡΑΔΟΣΗ") no part of an address: off, its line none where nothing else is left (a floor was read as the street).
      const t = withoutAfm(greekLatin(greekMojibakeRepaired(v)).normalize('NFKD').replace(/\p{M}+/gu, ''))
        .split(/\s*[,;]\s*/)
        .filter((part) => !NOTE.test(part))
        .join(', ')
        .replace(/^\s*(?:odos|od\.)\s+/iu, '')
        .trim();
      return t === '' ? null : keyed(t) ?? null;
    };
    const city = keyed(a.city);
    const cityKey = typeof city === 'string' ? city.trim() : city;
    return {
      ...a,
      line1: line(a.line1),
      line2: line(a.line2),
      city: typeof cityKey === 'string' ? (TOWN_NAMES.get(cityKey) ?? cityKey) : (cityKey ?? null),
      region: keyed(a.region) ?? null,
      country: typeof a.country === 'string' && COUNTRIES.has(folded(greekMojibakeRepaired(a.country))) ? 'GR' : a.country,
    };
  })();
  return {
    ...c,
    displayName: nameRead(c.displayName, displayOrganisation || (organisation && folded(c.displayName ?? '') === folded(c.companyName ?? ''))) ?? null,
    givenName: nameRead(c.givenName, false) ?? null,
    familyName: nameRead(c.familyName, false) ?? null,
    companyName: company ?? null,
    phone: phone ?? null,
    ...(address === undefined ? {} : { address }),
  };
}

/**
 * The register a record of Greece (`greekSigns`) stands in, read from the record as written (its forms are no words of the name
 * as read): a company's (a legal form written: Ο.Ε., Ε.Π.Ε., Ι.Κ.Ε., Α.Ε., another customer than its partners and owner), a
 * person's own ('GR-OWNER': a person, whose sole proprietorship is the person's own), or none (a firm of no form written).
 */
export function greekRegisters(c: CustomerContact, organisation: boolean): string[] {
  const companyWritten = typeof c.companyName === 'string' && c.companyName.trim() !== '';
  const written = [c.companyName, c.displayName].filter((v): v is string => typeof v === 'string' && v.length <= 300).map((v) => greekLatin(greekMojibakeRepaired(v)).normalize('NFKD').replace(/\p{M}+/gu, ''));
  if (written.some((v) => FORM_AT_END.test(withoutAfm(v)) || /\b(?:omorrythmi|eterorrythmi|anonymi|idiotiki\s+kefalaiouchiki)\s+etaireia\b|\betaireia\s+periorismenis\s+evthynis\b/iu.test(v))) return ['GR-COMPANY'];
  return companyWritten || organisation ? [] : ['GR-OWNER'];
}
