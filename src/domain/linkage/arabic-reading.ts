/**
 * Arabic script read against Latin letters (eg-tawrid read: "سارة إسماعيل عمرو ياسر" / "Sara Esmail Amr Yaser", "146 ش مكرم عبيد" /
 * "146 Makram Ebeid St." weighed as other names and streets). Arabic writes a word's consonants and long vowels, and its
 * transliterations write them every way ("Mohamed", "Muhammad", "Mohammed"; "Youssef", "Yusuf"; "El Nour", "Al-Noor"), so a
 * word of either script is read as its consonants' skeleton: the letters that sound alike in one class ("ح"/"ه"/"h", "ق"/"ك"/"k"/"q",
 * "ج"/"g"/"j", "ث"/"ت"/"t"), the vowels and the letters written for long ones (ا و ي, a e i o u w y) and "ع" off, one letter for
 * a letter written twice, the article ("ال", "El-", "Al-") off the word it opens. A word that opens with a vowel keeps one "a":
 * "Omar" / "عمر" and "Ahmed" / "أحمد" are no "mr" and "hmd" of a name that opens with its consonant.
 * A skeleton is a reading for comparison between the scripts only: within one script the words are compared as written.
 */

import { asciiDigits, CP1252_HIGH } from '../name-normalisation';

/** Arabic letters (hamza's carriers folded by NFKD first) → their class in Latin letters; absent: no consonant of the skeleton. */
const ARABIC_CLASS: ReadonlyMap<string, string> = new Map([
  ['ب', 'b'], ['ت', 't'], ['ث', 't'], ['ج', 'g'], ['ح', 'h'], ['خ', 'k'], ['د', 'd'], ['ذ', 'd'], ['ر', 'r'], ['ز', 'z'],
  ['س', 's'], ['ش', 's'], ['ص', 's'], ['ض', 'd'], ['ط', 't'], ['ظ', 'z'], ['غ', 'g'], ['ف', 'f'], ['ق', 'k'], ['ك', 'k'],
  ['ک', 'k'], ['گ', 'g'], ['پ', 'b'], ['چ', 's'], ['ژ', 'z'], ['ل', 'l'], ['م', 'm'], ['ن', 'n'], ['ه', 'h'], ['ة', ''],
  ['ا', ''], ['و', ''], ['ي', ''], ['ى', ''], ['ی', ''], ['ء', ''], ['ع', ''],
  // Urdu's retroflex letters (pk-tijarat read: "ٹریڈرز" / "Traders", "ڈاکٹر" / "Doctor").
  ['ٹ', 't'], ['ڈ', 'd'], ['ڑ', 'r'],
]);

const ARABIC_WORD = /^[\p{Script=Arabic}\d]+$/u;

/** The titles names open with, in Arabic and in Latin letters ("د.", "المهندس", "Eng.", "Hajj"): no word of a skeleton. */
const ARABIC_TITLES: ReadonlyMap<string, string> = new Map([
  ['د', ''], ['دكتور', ''], ['الدكتور', ''], ['ا', ''], ['استاذ', ''], ['الاستاذ', ''], ['م', ''], ['مهندس', ''], ['المهندس', ''], ['حاج', ''],
  ['الحاج', ''], ['السيد', ''], ['السيده', ''],
  ['dr', ''], ['eng', ''], ['hajj', ''], ['haj', ''], ['hag', ''], ['mr', ''], ['mrs', ''], ['ms', ''], ['prof', ''], ['sheikh', ''],
]);

/**
 * Arabic's words of an organisation's kind, unit and trade, and their transliterations, as English writes them (eg-tawrid read:
 * "وزارة الصحة والسكان - مديرية الشئون الصحية بالغربية - إدارة المعامل", "صيدلية النور", "Saydaliyat El Nour"), normalised ("ة" as "ه"),
 * so that a record's kind, unit and trade are read as an English one's (`withArabicWordsRead`). A word with "و" (and), "ب" (in), "ل"
 * (for) or the article before it is looked up without them.
 */
const ARABIC_ORGANISATION_WORDS: ReadonlyMap<string, string> = new Map([
  ['صيدليه', 'pharmacy'], ['صيدليات', 'pharmacy'], ['معمل', 'lab'], ['معامل', 'lab'], ['مختبر', 'lab'], ['مختبرات', 'lab'],
  ['عياده', 'clinic'], ['عيادات', 'clinic'], ['مستشفي', 'hospital'], ['مستشفيات', 'hospital'], ['مركز', 'center'], ['جمعيه', 'association'],
  ['مكتب', 'office'], ['مجموعه', 'group'], ['شركه', 'company'], ['موسسه', 'establishment'], ['وزاره', 'ministry'], ['مديريه', 'directorate'],
  ['اداره', 'administration'], ['قسم', 'department'], ['كليه', 'faculty'], ['جامعه', 'university'], ['فرع', 'branch'], ['مصنع', 'factory'],
  ['تجاره', 'trading'], ['توزيع', 'distribution'], ['استيراد', 'import'], ['تصدير', 'export'], ['صناعات', 'industries'], ['ادويه', 'pharma'],
  ['مستلزمات', 'supplies'], ['طبيه', 'medical'], ['طبي', 'medical'], ['خيريه', 'charity'], ['اولاد', 'sons'], ['شركاه', 'partners'],
  ['saydaliyat', 'pharmacy'], ['saydaliya', 'pharmacy'], ['saydaleyat', 'pharmacy'], ['saidaliya', 'pharmacy'], ['saidaliyat', 'pharmacy'],
  ['saydalyat', 'pharmacy'], ['saydalia', 'pharmacy'], ['saydaleya', 'pharmacy'], ['saidaleya', 'pharmacy'],
]);

/**
 * Persian's words of a firm's kind and trade, in Persian script (normalised as names are: "ی" as "ي", "ک" as "ك") and in the Latin
 * letters Iranians type them ("Foroushgah Lavazem Khanegi", "tamirgah-e", "khadamat fanni"), as English writes them (ir-bazargani
 * read: "فروشگاه لوازم خانگی آپادانا" / "Apadana Home Appliance Store", "قطعات یدکی رایان" / "Rayan Spare Parts").
 */
const PERSIAN_ORGANISATION_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['فروشگاه', 'store'], ['لوازم', 'appliances'], ['خانگي', 'home'], ['يدكي', 'spare'], ['قطعات', 'parts'], ['خدمات', 'services'], ['فني', 'technical'],
  ['تعميرگاه', 'repair'], ['بازرگاني', 'trading'], ['تجارت', 'trading'], ['شركت', 'company'], ['گروه', 'group'], ['تجاري', 'commercial'], ['برادران', 'brothers'],
  ['مبلمان', 'furniture'], ['الكتريك', 'electric'], ['صنعت', 'industry'], ['صنايع', 'industries'], ['شيريني', 'pastry'], ['فرش', 'carpet'], ['هتل', 'hotel'],
  ['رستوران', 'restaurant'], ['پس', 'after'], ['فروش', 'sales'], ['نمايندگي', 'agency'], ['شعبه', 'branch'], ['مركزي', 'central'], ['بنياد', 'foundation'],
  ['شهرداري', 'municipality'], ['منطقه', 'district'], ['سهامي', 'pjs'], ['خاص', 'pjs'], ['مسئوليت', 'ltd'], ['محدود', 'ltd'],
  ['foroushgah', 'store'], ['forushgah', 'store'], ['forooshgah', 'store'], ['foroshgah', 'store'], ['lavazem', 'appliances'], ['khanegi', 'home'], ['khanegy', 'home'],
  ['yadaki', 'spare'], ['yadaky', 'spare'], ['ghataat', 'parts'], ['qataat', 'parts'], ['ghatat', 'parts'], ['khadamat', 'services'], ['fanni', 'technical'], ['fani', 'technical'],
  ['tamirgah', 'repair'], ['tamirgahe', 'repair'], ['bazargani', 'trading'], ['tejarat', 'trading'], ['sherkat', 'company'], ['gorooh', 'group'], ['goruh', 'group'],
  ['tejari', 'commercial'], ['baradaran', 'brothers'], ['mobleman', 'furniture'], ['shirini', 'pastry'], ['shirinisaraye', 'pastry'], ['shirinisara', 'pastry'],
  ['sanat', 'industry'], ['sanaye', 'industries'], ['shahrdari', 'municipality'], ['mantaghe', 'district'], ['mantagheh', 'district'],
];

const PERSIAN_WORDS: ReadonlyMap<string, string> = new Map(PERSIAN_ORGANISATION_WORDS);

/** The English words Arabic ones are read as (`ARABIC_ORGANISATION_WORDS`): in either script's record. */
export const ARABIC_WORDS_READ: ReadonlySet<string> = new Set([...ARABIC_ORGANISATION_WORDS.values(), ...PERSIAN_ORGANISATION_WORDS.map(([, english]) => english)]);

/** An Arabic word's English reading (`ARABIC_ORGANISATION_WORDS`), its prefixes of "and", "in", "for" and the article off; or undefined. */
export function arabicOrganisationWord(word: string): string | undefined {
  const direct = ARABIC_ORGANISATION_WORDS.get(word) ?? PERSIAN_WORDS.get(word);
  if (direct !== undefined) return direct;
  if (!ARABIC_WORD.test(word)) return undefined;
  for (const conjunction of ['', 'و', 'ب', 'ف']) {
    for (const article of ['', 'ال', 'لل', 'ل']) {
      const prefix = conjunction + article;
      if (prefix === '' || !word.startsWith(prefix) || [...word].length - [...prefix].length < 3) continue;
      const read = ARABIC_ORGANISATION_WORDS.get(word.slice(prefix.length));
      if (read !== undefined) return read;
    }
  }
  return undefined;
}

/** A word's reading in English where it names a kind (`arabicOrganisationWord`), "" for a title (`ARABIC_TITLES`), else the word. */
function arabicWordRead(word: string): string {
  return ARABIC_TITLES.get(word) ?? arabicOrganisationWord(word) ?? word;
}

/** Latin letters' digraphs and the letters that sound as another's, in order. */
const LATIN_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/ph/g, 'f'], [/kh/g, 'k'], [/gh/g, 'g'], [/sh/g, 's'], [/ch/g, 's'], [/th/g, 't'], [/dh/g, 'd'], [/ck/g, 'k'],
  // "bh" as Urdu writes it (its aspiration's "ھ" none), "c" before "e", "i" or "y" as "s" ("Officers" / "آفیسرز").
  [/bh/g, 'b'], [/c(?=[eiy])/g, 's'],
  [/q/g, 'k'], [/c/g, 'k'], [/j/g, 'g'], [/x/g, 'ks'], [/v/g, 'f'], [/p/g, 'b'],
];

/** The article that opens a word in either script ("ال", "el", "al"), off where a word of three letters or more is left. */
function withoutArticle(word: string): string {
  if (word.startsWith('ال') && [...word].length >= 4) return word.slice(2);
  const m = /^(?:el|al)-?([a-z]{3,})$/.exec(word);
  return m?.[1] ?? word;
}

/** Repeated letters written once. */
const once = (s: string): string => s.replace(/(.)\1+/g, '$1');

/**
 * A word's consonants' skeleton in Latin letters, whichever script it is written in (`ARABIC_CLASS`, `LATIN_FOLDS`); a word of
 * other letters (digits, another script) as written.
 */
export function skeleton(raw: string): string {
  const read = arabicWordRead(raw);
  if (read !== raw) return read === '' ? '' : skeleton(read);
  const word = withoutArticle(raw);
  if (ARABIC_WORD.test(word)) {
    // Urdu's alif before an English word's "st", "sk", "sp" ("اسٹور" store, "اسکول" school, "اسپتال" hospital): no vowel of its own.
    const letters = /^اس[ٹكپ]/.test(word) ? [...word].slice(1) : [...word];
    const vowelFirst = letters[0] === 'ا' || letters[0] === 'ع';
    // A closing "ه" is the feminine ending as often ("فاطمة", written "فاطمه" and "Fatma"): no consonant.
    const body = letters.map((ch, i) => (/\d/.test(ch) ? ch : i === letters.length - 1 && ch === 'ه' ? '' : (ARABIC_CLASS.get(ch) ?? ''))).join('');
    // A closing "z" as "s": English plurals written in Urdu ("ٹریڈرز" / "Traders").
    return (vowelFirst ? 'a' : '') + once(body).replace(/z$/, 's');
  }
  if (!/^[a-z]+$/.test(word)) return word;
  let w = word;
  for (const [from, to] of LATIN_FOLDS) w = w.replace(from, to);
  const vowelFirst = /^[aeiou]/.test(w);
  // God's name closing a name ("Abdallah", "Abdullah", "عبدالله"): its "h" as the Arabic's closing one, none.
  w = w.replace(/([aeiu])llah$/, '$1lla');
  return (vowelFirst ? 'a' : '') + once(w.replace(/[aeiouwy']/g, '')).replace(/z$/, 's');
}


/** Each Arabic letter's Latin spellings as a pattern, a consonant written once or twice; the letters of long vowels their vowels'. */
// And Persian's and Urdu's sounds of Arabic's letters: "ض" as z ("رضا": Reza), "ق" as gh ("Ghasemi"), "و" as v ("Mousavi").
const ARABIC_SPELT: ReadonlyMap<string, string> = new Map([
  ['ب', 'b+'], ['ت', 't+'], ['ث', '(?:th|t|s)+'], ['ج', '(?:g|j|dj)+'], ['ح', 'h+'], ['خ', '(?:kh|k|ch|h)+'], ['د', 'd+'], ['ذ', '(?:dh|th|d|z)+'],
  ['ر', 'r+'], ['ز', 'z+'], ['س', 's+'], ['ش', '(?:sh|ch|s)+'], ['ص', 's+'], ['ض', '(?:dh|d|z)+'], ['ط', 't+'], ['ظ', '(?:dh|z|th)+'],
  ['غ', '(?:gh|g)+'], ['ف', '(?:f|ph)+'], ['ق', '(?:q|k|gh|g)+'], ['ك', '(?:k|c|ck)+'], ['ل', 'l+'], ['م', 'm+'], ['ن', 'n+'], ['ه', 'h+'],
  ['ٹ', '(?:tt|t)'], ['ڈ', '(?:dd|d)'], ['ڑ', '(?:rr|r|d)'], ['پ', 'p+'], ['چ', '(?:ch|c)'], ['گ', 'g+'],
  ['و', '(?:ou|oo|u|o|w|ow|aw|ew|v)'], ['ي', '(?:ee|ii|i|y|e|ey|ay|ai|ei|ie)'], ['ا', '(?:aa|a|e|o)'], ['ع', "[aeiou']{0,2}"], ['ء', "'?"],
]);

/**
 * Whether a word in Latin letters spells a word in Arabic script, as far as its long vowels tell: "محمود" is "Mahmoud", never
 * "Mohamed", whose skeletons agree (`skeleton`). A short vowel, unwritten in Arabic, is one or two of Latin's between its consonants.
 */
export function spellsArabic(arabic: string, latin: string): boolean {
  const letters = [...withoutArticle(arabic)];
  const word = withoutArticle(latin);
  if (letters.length === 0 || !/^[a-z]+$/.test(word)) return false;
  // A word longer than a name's is not weighed by its vowels (the pattern's alternatives grow with each letter).
  if (letters.length > 10 || word.length > 20) return true;
  const parts = letters.map((ch, i) => {
    // The closing "ه" of a feminine ("فاطمه": "Fatma", "Fatmah", "Fatmeh").
    if (i === letters.length - 1 && ch === 'ه') return '(?:a|ah|at|e|eh|h)?';
    // "ا" and "ع" opening a word: its vowel.
    if (i === 0 && (ch === 'ا' || ch === 'ع')) return '[aeiou]{0,2}';
    // A closing "ي" is "ى" as often (normalised alike: "مصطفى", "Mostafa").
    if (i === letters.length - 1 && ch === 'ي') return '(?:a|ee|ii|i|y|e|ey|ay|ai|ei|ie)';
    // A closing "و" after a consonant is silent ("عمرو": "Amr").
    if (i === letters.length - 1 && ch === 'و' && i >= 2) return '(?:ou|oo|u|o|w)?';
    return ARABIC_SPELT.get(ch) ?? '';
  });
  // Between two letters one short vowel (unwritten in Arabic), or two after the first letter only ("Moustafa", "Mounir"): two
  // vowels later spell a long one ("Mahmoud", "Hussein"), which Arabic writes ("محمود", "حسين"), so "محمد" is no "Mahmoud".
  const between = (i: number) => (i === 0 ? '(?:[aeiou]|ou|oo|ee)?' : '[aeiou]?');
  const body = parts.map((p, i) => (i === 0 ? p : `${between(i - 1)}${p}`)).join('');
  const pattern = `^[aeiou]?${body}[aeiouy]?$`;
  return new RegExp(pattern).test(word);
}

/** Byte of each character a code page shows for the bytes 0x80–0xFF (its first, where two bytes show one). */
function codePageBytes(label: string): ReadonlyMap<string, number> {
  const decoder = new TextDecoder(label);
  const bytes = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== '\ufffd' && !bytes.has(ch)) bytes.set(ch, b);
  }
  return bytes;
}
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Windows-1252's bytes 0x80–0xFF by the characters it shows (Node's decoder of that label reads 0x80–0x9F as Latin-1's controls). */
function windows1252Bytes(): ReadonlyMap<string, number> {
  const bytes = new Map<string, number>([...CP1252_HIGH].map((ch, i): [string, number] => [ch, 0x80 + i]));
  for (let b = 0xa0; b <= 0xff; b++) bytes.set(String.fromCharCode(b), b);
  return bytes;
}
/** Windows-1256 (Arabic) and Windows-1252 (Western), as an old import read UTF-8 with them; the lead bytes of Arabic's letters as each shows them. */
const ARABIC_MOJIBAKE_PAGES: ReadonlyArray<{ bytes: ReadonlyMap<string, number>; leads: RegExp }> = [
  { bytes: codePageBytes('windows-1256'), leads: /[طظعغ]/u },
  { bytes: windows1252Bytes(), leads: /[ØÙÚÛ]/u },
];
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/**
 * Arabic-script text whose UTF-8 an old import read as Windows-1256 ("ط³غŒط¯ ظ‡ط³ظ†" for "سید حسن") or Windows-1252 ("Ø¹Ù„ÛŒ" for
 * "علی"), spelt again (ir-bazargani and pk-tijarat read). Only a whole value whose every character is its code page's and that
 * decodes as UTF-8 into Arabic letters, with two lead bytes at least before a character no Arabic letter: Persian's own "عکس"
 * (ع, ک) is no such.
 */
export function withoutArabicMojibake(value: string): string {
  if (value.length > 400) return value;
  for (const { bytes, leads } of ARABIC_MOJIBAKE_PAGES) {
    const chars = [...value];
    let shown = 0;
    for (let i = 0; i + 1 < chars.length; i++) {
      const next = chars[i + 1] ?? '';
      if (leads.test(chars[i] ?? '') && (bytes.get(next) ?? 0) < 0xc0 && (bytes.get(next) ?? 0) >= 0x80 && !ARABIC_LETTER.test(next)) shown += 1;
    }
    if (shown < 2) continue;
    const raw: number[] = [];
    let ok = true;
    for (const ch of chars) {
      const code = ch.codePointAt(0) ?? 0;
      const b = code < 0x80 ? code : bytes.get(ch);
      if (b === undefined) {
        ok = false;
        break;
      }
      raw.push(b);
    }
    if (!ok) continue;
    try {
      const decoded = STRICT_UTF8.decode(Uint8Array.from(raw));
      if (ARABIC_LETTER.test(decoded)) return decoded;
    } catch {
      // Not UTF-8 read so: as written.
    }
  }
  return value;
}

/** A contact's every field of text spelt again where an old import made it Arabic-script mojibake (`withoutArabicMojibake`). */
export function withArabicMojibakeRead<T extends { displayName?: string | null; givenName?: string | null; familyName?: string | null; companyName?: string | null; address?: { line1?: string | null; line2?: string | null; city?: string | null; region?: string | null; country?: string | null; postalCode?: string | null } | null }>(c: T): T {
  const mojibake = (v: string | null | undefined) => typeof v === 'string' && /[طظعغØÙÚÛ]/u.test(v);
  const a = c.address;
  const fields = [c.displayName, c.givenName, c.familyName, c.companyName, a?.line1, a?.line2, a?.city, a?.region, a?.country];
  if (!fields.some(mojibake)) return c;
  const read = <V extends string | null | undefined>(v: V): V => (typeof v === 'string' && mojibake(v) ? (withoutArabicMojibake(v) as V) : v);
  return {
    ...c,
    displayName: read(c.displayName),
    givenName: read(c.givenName),
    familyName: read(c.familyName),
    companyName: read(c.companyName),
    address: a === null || a === undefined ? a : { ...a, line1: read(a.line1), line2: read(a.line2), city: read(a.city), region: read(a.region), country: read(a.country) },
  };
}

/**
 * A name in Arabic script by its sounds in Persian and Urdu: the letters of one sound there one letter ("ح" and "ه" as h; "ص", "ث"
 * as s; "ذ", "ض", "ظ" as z; "ط" as t; "غ" as q), its alifs, yehs and kafs one each.
 */
export function persianSoundKey(word: string): string {
  return word
    .normalize('NFC')
    .replace(/[ح]/gu, 'ه')
    .replace(/[صث]/gu, 'س')
    .replace(/[ذضظ]/gu, 'ز')
    .replace(/ط/gu, 'ت')
    .replace(/غ/gu, 'ق')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/[يىئ]/gu, 'ی')
    .replace(/ك/gu, 'ک')
    .replace(/ة/gu, 'ه');
}

/** Persian's phrases of a trade, in its script and in Latin letters, as English writes them ("لوازم یدکی", "Lavazem Yadaki": spare parts). */
const PERSIAN_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:لوازم|قطعات)[\s\u200c]*(?:یدکی|يدكي|یدک|يدك)/gu, ' spare parts '],
  [/لوازم[\s\u200c]*(?:خانگی|خانگي)/gu, ' home appliances '],
  [/پس[\s\u200c]*از[\s\u200c]*فروش/gu, ' after sales '],
  [/خدمات[\s\u200c]*(?:فنی|فني)/gu, ' technical services '],
  [/\b(?:lavazem|ghataat|qataat|ghatat)[\s-]+yadak[iy]\b/giu, ' spare parts '],
  [/\blavazem[\s-]+khaneg[iy]\b/giu, ' home appliances '],
  [/\bpas[\s-]+az[\s-]+forou?sh\b/giu, ' after sales '],
  [/\bkhadamat[\s-]+fann?i\b/giu, ' technical services '],
];

/** A name's Persian phrases of a trade read in English (`PERSIAN_PHRASES`); the text as written where it holds none. */
export function withPersianPhrasesRead(text: string): string {
  if (text.length > 300 || !/[\u0600-\u06ff]|lavazem|ghataat|qataat|ghatat|pas|khadamat/iu.test(text)) return text;
  let read = text;
  for (const [phrase, english] of PERSIAN_PHRASES) read = read.replace(phrase, english);
  return read === text ? text : read.replace(/\s+/g, ' ').trim();
}

/** The kinds of Iran's streets in Persian, in Latin letters as typed, and in English: a street's, a boulevard's, a square's. */
const IRAN_STREET = /^(?:(?:خیابان|خيابان|خ\.?)\s+(.+)|(?:بلوار|بلوار)\s+(.+)|(?:میدان|ميدان)\s+(.+)|(?:kh\.?|khiab[ao]ne?|khyabane?|khiyabane?)\s+(.+)|(?:blv\.?|blvd\.?|bolvar|boulevard)\s+(.+)|(?:meydan|midan)\s+(.+)|(.+?)\s+(?:st\.?|street|khiaban)|(.+?)\s+(?:blvd\.?|blv\.?|boulevard)|(.+?)\s+(?:sq\.?|square))$/iu;
/** A plate's (a house's) number: "پلاک ۸۱", "Pelak 264", "No. 50". */
const IRAN_PLATE = /^(?:پلاک|پلاك|pelak|plak|no\.?|number)\s*:?\s*(\d+)$/iu;
/** An alley's, a dead end's, a unit's, a floor's, a shop's and a postcode's parts: no part of the street's name. */
const IRAN_OTHER_PART = /^(?:کوچه|كوچه|بن\s?بست|بن‌بست|واحد|طبقه|همکف|همكف|کد\s*پستی|كد\s*پستي|kooche?h?|kuche?h?|koocheh|bonbast|bon-bast|vahed|tabaghe?h?|hamkaf|alley|dead-end|unit|floor|shop|ground|\d+(?:st|nd|rd|th)\s+(?:alley|floor)|.+\s+(?:alley|dead-end|passage|floor)|postal\s*code)/iu;

/**
 * An Iranian address in Persian, in the Latin letters Iranians type it or in English, read as its plate's number and its street
 * (ir-bazargani read: "خیابان حافظ، کوچه ۲۳، پلاک ۲۴۶" / "Kh. Hafez, Kucheh 23, Pelak 246" / "No. 246, 23rd Alley, Hafez St." all
 * "246 حافظ St" or "246 Hafez St"): a town opening the line, the alley, unit, floor and postcode off; "Shahid" (martyr) before a
 * street's name off, as its signs write it or not. Null where the line names no street and no plate.
 */
export function iranianStreetLine(line: string): string | null {
  const parts = line.normalize('NFC').split(/\s*[,،]\s*/u).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || line.length > 200) return null;
  let street: string | null = null;
  let kind = 'St';
  let plate: string | null = null;
  for (const part of parts) {
    const p = asciiDigits(part);
    const n = IRAN_PLATE.exec(p);
    if (n !== null) {
      plate = n[1] ?? null;
      continue;
    }
    if (IRAN_OTHER_PART.test(p)) continue;
    const m = IRAN_STREET.exec(p);
    if (m !== null && street === null) {
      const name = m.slice(1).find((g) => g !== undefined) ?? '';
      kind = /بلوار|blv|blvd|bolvar|boulevard/iu.test(p) ? 'Blvd' : /میدان|ميدان|meydan|midan|sq/iu.test(p) ? 'Sq' : 'St';
      street = name.replace(/^(?:شهید|شهيد|shahid|shaheed)\s+/iu, '').trim();
    }
  }
  return street === null || plate === null || street === '' ? null : `${plate} ${street} ${kind}`;
}
