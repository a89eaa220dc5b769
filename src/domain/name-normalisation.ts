/**
 * Names reduced to comparable forms: case, spacing, punctuation, accents, "&"/"and",
 * legal suffixes (Inc., LLC, Ltd, Co, Corp...), a leading "The", and "Last, First" order.
 */

const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'ltd', 'limited', 'co', 'corp', 'corporation', 'company', 'plc', 'llp', 'lp',
  'pllc', 'pc', 'pa', 'gmbh', 'ag', 'sa', 'sarl', 'bv', 'nv', 'pty', 'pte', 'srl', 'spa', 'oy', 'ab', 'as', 'kk',
  // Europe's: German and Austrian (UG "haftungsbeschränkt", KG, e.K.), French, Belgian, Spanish, Italian, Danish, Portuguese.
  'ug', 'haftungsbeschrankt', 'haftungsbeschraenkt', 'kg', 'ohg', 'kgaa', 'aktiengesellschaft', 'sas', 'sasu', 'eurl',
  // "mbH" after a firm's word ("Schäfer Baugesellschaft mbH"), a civil-law partnership (GbR), a professionals' partnership ("PartG mbB").
  'mbh', 'gbr', 'partg', 'mbb',
  'sprl', 'bvba', 'sl', 'slu', 'sll', 'srls', 'aps', 'ltda', 'snc',
  // Malaysia's Sendirian Berhad and Berhad, Singapore's and India's Private Limited, South Africa's non-profit company
  // (not its close corporation's "CC": a cricket or country club's, a city council's).
  'sdn', 'bhd', 'berhad', 'sendirian', 'pvt', 'private', 'npc',
  // Australia's and South Africa's "Pty Ltd" written out: "(Proprietary) Limited".
  'proprietary',
  // The Gulf's: the United Arab Emirates' free-zone establishment and company (FZE, FZCO, FZC, FZ-LLC), the DMCC's, an
  // establishment ("Est."), Bahrain's and Qatar's W.L.L., a public joint-stock company, Oman's SPC, SAOG and SAOC.
  'fze', 'fzco', 'fzc', 'fz', 'fzllc', 'dmcc', 'est', 'establishment', 'wll', 'pjsc', 'spc', 'saog', 'saoc',
  // France's property company, partnerships and professionals' companies (SCI, SCP, SCOP, SELARL, SELAS), as they
  // end a name or open it (`withFormAtEnd` moves one that opens it).
  'sci', 'scp', 'scop', 'selarl', 'selas',
  // Québec's: "Ltée" and "Limitée" (Ltd), "S.E.N.C." (a general partnership), "Incorporée" (Inc.: qc-plomberie read, "Garage
  // Sirois & Fils incorporée" read as a longer name).
  'ltee', 'limitee', 'senc', 'incorporee',
  // Brazil's: "Limitada" written out, the sole owner's EIRELI ("ME" and "EPP" only after a form: `stripLegalSuffixes`; Epp is a surname).
  'limitada', 'eireli',
  // Romania's sole trader's registration ("PFA", after the name as `withFormAtEnd` writes it) and "SRL-D" (a debutant's SRL).
  'pfa', 'srld',
  // The Netherlands' and Belgium's partnerships, cooperative and non-profit associations ("V.O.F.", "CommV", "CVBA", "VZW",
  // "ASBL": nl-installatie read, read as words of the name).
  'vof', 'commv', 'cvba', 'vzw', 'asbl',
  // Vietnam's limited company (Công ty TNHH: "Co., Ltd." in English names), joint-stock company (Công ty Cổ phần, "JSC") and
  // private enterprise (Doanh nghiệp Tư nhân, "DNTN"), as `withFormAtEnd` writes them after the name (vn-dientu read).
  'jsc', 'ctcp', 'dntn', 'tnhh',
  // Portugal's limited company ("Lda", "Limitada"), single-member one ("Unipessoal Lda"), holding ("SGPS") and cooperative
  // ("CRL"): pt-contabilidade read ("Vale do Cávado Energia, Lda" was read "Lda, Vale…" as a surname first).
  'lda', 'unipessoal', 'sgps', 'crl',
  // Sweden's limited company ("AB", "Aktiebolag", a listed one's "(publ)"), trading and limited partnerships ("HB", "KB" and
  // written out): se-bokforing read ("Kjells VVS Aktiebolag" was a person named Aktiebolag).
  'aktiebolag', 'aktiebolaget', 'publ', 'hb', 'handelsbolag', 'handelsbolaget', 'kb', 'kommanditbolag', 'kommanditbolaget',
  // Finland's limited company written out ("Osakeyhtiö", "OSAKEYHTIOE" as a system of no "ö" writes it) and listed ("Oyj"), its
  // limited partnership written out ("Kommandiittiyhtiö"; not "Ky" nor "Ay", a Vietnamese name's "Kỷ" and a Turkish surname: a
  // review of the pair tool's changes), sole trader's firm ("Tmi", `withFormAtEnd` moving one that opens the name) and registered
  // associations ("ry", "rf"; South Africa's ring-fenced company's "(RF)" too): fi-isannointi read, read as words of the name.
  'osakeyhtio', 'osakeyhtioe', 'oyj', 'kommandiittiyhtio', 'tmi', 'toiminimi', 'ry', 'rf',
  // Hungary's limited company (Kft.), private and public companies limited by shares (Zrt., Nyrt.), general and limited
  // partnerships (Kkt.; "Bt." and the sole trader's "e.v." only dotted, `DOTTED_LEGAL_SUFFIXES`: "BT" and "EV" are words of
  // English firms' names, "Green EV", a review's finding): hu-kazanszerviz read.
  'kft', 'zrt', 'nyrt', 'kkt',
  // Italian Switzerland's limited company ("Sagl", "S.A.G.L.": ch-treuhand read).
  'sagl',
  // Czechia's and Slovakia's limited company, as `withCzechRead` writes it in one spelling ("s.r.o.", "spol. s r.o.", "s. r. o."
  // as "SRO"): cz-stavebniny read, read as letters of the name. Not "VOS" (a Dutch surname: a review's finding): `withCzechRead`
  // takes a partnership's "v.o.s." off.
  'sro',
]);
/** Countries written before "Ltd", "Limited" or "Plc" as part of a company's registered name (`stripLegalSuffixes`). */
// Vietnam's too ("Woohyo Textile Vietnam Co., Ltd.", as its foreign-invested companies are registered: vn-dientu read).
const COUNTRY_BEFORE_FORM = new Set(['nig', 'nigeria', 'ghana', 'gh', 'kenya', 'uganda', 'tanzania', 'vietnam', 'vina']);
/** Brazil's size marks after a form ("Ltda ME", "Ltda. - EPP", "EIRELI ME"): "ME" is a word of names elsewhere ("Call Me"), a form only after one. */
// Italy's single-member and simplified companies' marks after their form too ("S.r.l. unipersonale", "S.r.l. semplificata": it-termoidraulica read).
const SIZE_AFTER_FORM = new Set(['me', 'epp', 'unipersonale', 'semplificata']);
/**
 * Latin America's forms of more words than one, as they end a name, normalised ("S.A. de C.V.", "SA de CV", "S. de
 * R.L. de C.V.", "S.A.P.I. de C.V.", "S.A.B. de C.V.", "S. de R.L.", "S. en C."): a company, a limited liability
 * company, of variable capital; "de C.V." alone too. Not "C.V." without its "de" (South India's initials: "Ramesh C V").
 */
const LATIN_FORM = /\s(?:(?:s\s?a(?:\s?p\s?i|\s?b)?|s\s+de\s+r\s?l)\s+de\s+c\s?v|s\s+de\s+r\s?l|s\s+en\s+c(?:\s?s)?|s\s+a\s+p\s+i|de\s+c\s?v)$/;
/**
 * Poland's forms of more words than one, as their words read, longest first: a limited company ("Sp. z o.o.", "Spółka z
 * o.o.", "Sp.zo.o.", written out), a joint-stock company ("Spółka Akcyjna"), a general, limited or civil partnership
 * ("Sp.j.", "Sp.k.", "s.c.", written out). Not "S.C." after a partners' list: the partners follow it, and it is read where it ends the name.
 */
const POLISH_FORMS: ReadonlyArray<readonly string[]> = [
  'spolka z ograniczona odpowiedzialnoscia', 'sp z ograniczona odpowiedzialnoscia', 'spolka z o o', 'sp z o o', 'spolka zoo', 'sp zoo', 'spzoo', 'sp zo o',
  'spolka akcyjna', 'spolka jawna', 'spolka komandytowa', 'spolka cywilna', 'sp j', 'sp k', 'spj', 'spk',
].map((f) => f.split(' '));

/**
 * Turkey's forms as they end a name, however written ("Ltd. Şti.", "Limited Şirketi", "A.Ş.", "Anonim Şirketi", "Koll. Şti.",
 * "Kom. Şti."), with the "San. ve Tic." (Sanayi ve Ticaret: industry and trade) a register's name writes before them and its
 * records leave off as often ("Aydın Yapı Ltd. Şti." / "Aydın Yapı San. ve Tic. Ltd. Şti.": tr-yapi read).
 */
const TURKISH_FORM = /\s(?:(?:san(?:ayi)?\s+(?:ve\s+)?tic(?:aret)?|sanayi|tic(?:aret)?)\s+)?(?:ltd\s+sti|limited\s+sirketi|ltd\s+sirketi|anonim\s+sirketi|koll?\s+sti|kollektif\s+sirketi|kom\s+sti|komandit\s+sirketi)$/;
/** Germany's forms written out, as their words read (umlauts folded, or written "ae"), longest first; Hungary's after them. */
const GERMAN_FORMS_SPELT: ReadonlyArray<readonly string[]> = [
  'gesellschaft mit beschrankter haftung', 'gesellschaft mit beschraenkter haftung', 'mit beschrankter haftung', 'mit beschraenkter haftung',
  'offene handelsgesellschaft', 'gesellschaft burgerlichen rechts', 'gesellschaft buergerlichen rechts', 'kommanditgesellschaft',
  // And Hungary's (hu-kazanszerviz read: "Búzavirág Ingatlanüzemeltető Korlátolt Felelősségű Társaság" / "… Kft.").
  'korlatolt felelossegu tarsasag', 'zartkoruen mukodo reszvenytarsasag', 'nyilvanosan mukodo reszvenytarsasag', 'reszvenytarsasag',
  'beteti tarsasag', 'kozkereseti tarsasag', 'egyeni vallalkozo', 'egyeni vallalkozas', 'egyeni ceg',
  // And French-speaking and Italian-speaking Switzerland's, France's and Italy's written out (ch-treuhand read: "Stockhorn Services
  // société à responsabilité limitée" / "… GmbH", "Bettelini Pittura società a garanzia limitata" / "… Sagl").
  'societe a responsabilite limitee', 'societa a responsabilita limitata', 'societa a garanzia limitata', 'societe anonyme', 'societa anonima',
  // ("limitée" a form of its own: what stays before it once it is off)
  'societe a responsabilite',
  'societe en nom collectif', 'societa in nome collettivo',
].map((f) => f.split(' '));
/** Legal forms of two words, each also a word of names' own ("Limited Liability Company", "Sole Proprietorship LLC"): only together, at the end. */
const LEGAL_PAIRS = new Set(['limited liability', 'sole proprietorship', 'free zone', 'asociacion civil', 'sociedad civil', 'sociedade anonima', 'sociedad anonima', 'sociedade unipessoal', 'ekonomisk forening', 'ek for', 'ek foren', 'enskild firma', 'avoin yhtio']);

/** A country written before a legal form as part of the registered name (`COUNTRY_BEFORE_FORM`: "Nig. Ltd"), no word of the name's own. */
export function isCountryBeforeForm(word: string): boolean {
  return COUNTRY_BEFORE_FORM.has(word);
}

/** A legal form's word ("ltd", "gmbh"), wherever it stands. */
export function isLegalSuffix(word: string): boolean {
  return LEGAL_SUFFIXES.has(word);
}

/** Forms that are legal forms only written with their dots: "e.K." (Ek is a Swedish surname). Not Poland's "s.c.": South India's initials read alike ("Anil S C"). */
// And Egypt's joint-stock company "S.A.E." ("ش.م.م" read so: eg-tawrid read): Sae is a Japanese given name.
const DOTTED_LEGAL_SUFFIXES = new Set(['ek', 'sae', 'ev', 'bt']);

/**
 * Digits of any script in ASCII ("٠١٢ ٧٧٢٣ ٩٨١٣", "۱۲", "१२३": eg-tawrid read, Arabic-Indic phones read as none), and Arabic's
 * comma and semicolon as Latin's ("١٢ شارع التحرير، الدقي"). Unicode keeps each script's ten digits in a run from its zero.
 */
export function asciiDigits(v: string): string {
  if (!/[^\p{ASCII}]/u.test(v)) return v;
  return v
    .replace(/[\u060C\u061B]/g, (ch) => (ch === '\u060C' ? ',' : ';'))
    .replace(/(?![0-9])\p{Nd}/gu, (ch) => {
      let code = ch.codePointAt(0) ?? 0;
      let value = 0;
      // Back to the run's start (runs of ten lie side by side: "𝟎…𝟗𝟎…"), counted modulo ten.
      while (value < 60 && /\p{Nd}/u.test(String.fromCodePoint(code - 1))) {
        code -= 1;
        value += 1;
      }
      return String(value % 10);
    });
}

/** Windows-1252's characters for the bytes 0x80–0x9F, by byte (Latin-1's controls where it has none). */
export const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
/**
 * Windows-1258's (Vietnamese) own characters for the bytes it reads otherwise than Windows-1252 (vn-dientu read: "QuĂ¢n" for
 * "Quân", an old import's): Ă, Đ, Ơ, Ư and their small letters, the tone marks, "₫".
 */
const CP1258_OWN: ReadonlyArray<[string, number]> = [
  ['\u0102', 0xc3], ['\u0300', 0xcc], ['\u0110', 0xd0], ['\u0309', 0xd2], ['\u01a0', 0xd5], ['\u01af', 0xdd], ['\u0303', 0xde],
  ['\u0103', 0xe3], ['\u0301', 0xec], ['\u0111', 0xf0], ['\u0323', 0xf2], ['\u01a1', 0xf5], ['\u01b0', 0xfd], ['\u20ab', 0xfe],
];
const CP1252_BYTE = new Map<string, number>([...[...CP1252_HIGH].map((ch, i): [string, number] => [ch, 0x80 + i]), ...CP1258_OWN]);
/** A continuation byte as Latin-1 or Windows-1252 shows it. */
const SHOWN_CONTINUATION = `[\u0080-\u00bf${CP1252_HIGH.replace(/[\u0080-\u00bf]/g, '')}]`;
/** A UTF-8 character of two to four bytes read as Latin-1 or Windows-1252 ("Ã©" for "é", "Ã±" for "ñ", "Ã“" for "Ó"). */
const MOJIBAKE = new RegExp(`[\u00c2-\u00df\u0102\u0300\u0110\u0309\u01a0\u01af\u0303]${SHOWN_CONTINUATION}|[\u00e0-\u00ef\u0103\u0301]${SHOWN_CONTINUATION}{2}|[\u00f0-\u00f4]${SHOWN_CONTINUATION}{3}`, 'g');
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Text whose UTF-8 was read as Latin-1 or Windows-1252 by an old import, spelt again ("MelÃ©ndez" → "Meléndez", "GalvÃ¡n"
 * → "Galván": us-latino read). Only sequences that decode as UTF-8 do; any other character is left as written.
 */
export function withoutMojibake(value: string): string {
  if (!/[\u00c2-\u00f4\u0102\u0103\u0110\u01a0\u01af\u0139]/.test(value)) return value;
  return withoutCentralEuropeanMojibake(value).replace(MOJIBAKE, (seq) => {
    const bytes = Uint8Array.from([...seq].map((ch) => CP1252_BYTE.get(ch) ?? ch.charCodeAt(0)));
    try {
      // Only a letter of the Latin alphabets' two first blocks, a dash, a quote or the euro: "É’" decodes as an IPA letter, no mojibake (a review's finding).
      const decoded = UTF8.decode(bytes);
      const code = decoded.codePointAt(0) ?? 0;
      // Vietnamese letters too (Latin Extended-B's ơ, ư; Latin Extended Additional's ố, ạ, ữ).
      return (code >= 0xa0 && code <= 0x17f) || code === 0x1a0 || code === 0x1a1 || code === 0x1af || code === 0x1b0 || (code >= 0x1ea0 && code <= 0x1ef9) || (code >= 0x2000 && code <= 0x206f) || code === 0x20ac ? decoded : seq;
    } catch {
      return seq;
    }
  });
}

/**
 * Windows-1250's (Central Europe's) characters by byte, 0x80–0xFF, and the UTF-8 characters of two or three bytes it shows ("NovĂˇk"
 * for "Novák", "KuÄŤera" for "Kučera", "DvoĹ™Ăˇk" for "Dvořák": a Czech e-shop's export opened as Windows-1250; cz-stavebniny read).
 * A lead byte's character beside a continuation byte's.
 */
const CP1250_TEXT = new TextDecoder('windows-1250').decode(Uint8Array.from({ length: 128 }, (_v, i) => 0x80 + i));
const CP1250_BYTE = new Map<string, number>([...CP1250_TEXT].map((ch, i): [string, number] => [ch, 0x80 + i]));
const CP1250_CONTINUATION = `[${[...CP1250_TEXT.slice(0, 64)].filter((ch) => !/[\u0080-\u009f]/.test(ch)).map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;
// Only the lead bytes 0xC3–0xC5 decode to a letter of those blocks (0xC0–0x17F); Windows-1252 shows 0xC4 as "Ä" too, the others
// (Ă, Ĺ) it has not: "Ä" before a continuation of Windows-1250's own ("ÄŤ", "Ä›") is no German word's.
const CP1250_MOJIBAKE = new RegExp(`[\\u0102\\u00c4\\u0139]${CP1250_CONTINUATION}`, 'gu');

/** UTF-8 letters of Latin-1 Supplement and Latin Extended-A read as Windows-1250, spelt again; anything else as written. */
function withoutCentralEuropeanMojibake(value: string): string {
  if (!/[\u0102\u00c4\u0139]/.test(value)) return value;
  return value.replace(CP1250_MOJIBAKE, (seq) => {
    // Romanian's capitals "ĂŞ" ("ORĂŞTIE", "BĂŞEŞTI": a review's finding) are letters as written.
    if (/^\u0102[\u015e\u015f]$/u.test(seq)) return seq;
    const bytes = Uint8Array.from([...seq].map((ch) => CP1250_BYTE.get(ch) ?? ch.charCodeAt(0)));
    try {
      const decoded = UTF8.decode(bytes);
      const code = decoded.codePointAt(0) ?? 0;
      return code >= 0xc0 && code <= 0x17f && code !== 0xd7 && code !== 0xf7 ? decoded : seq;
    } catch {
      return seq;
    }
  });
}

/** Lower case, no accents, "&" → "and", apostrophes dropped, other punctuation → space, single spaces. */
export function normaliseText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return withoutMojibake(value)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    // Lower case first: "Ł", "Ø", "Æ", "Đ" in capitals fold as their small letters do ("JAROSŁAW" / "Jarosław": pl-hurtownia read).
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    // Turkish and Azerbaijani dotless "ı" (the small of "I" there) folds as "i" does: NFKD leaves it whole ("YILMAZ" / "Yılmaz").
    .replace(/ı/g, 'i')
    // Azerbaijani "ə" (schwa) as its lists write it in Latin letters without it: "e" ("Heydər Əliyev" / "Heyder Eliyev").
    .replace(/ə/g, 'e')
    // Arabic's letters written one way for another (eg-tawrid read: "صيدلية" / "صيدليه", "مستشفى" / "مستشفي"): the feminine
    // ending "ة" as "ه", the final "ى" as "ي", Persian's "ی" and "ک" as Arabic's, the stretching "ـ" none (hamza's carriers: NFKD).
    .replace(/ة/g, 'ه')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ـ/g, '')
    // Urdu's letters of Arabic's sounds as Arabic's (pk-tijarat read): "ہ" and "ۃ" as "ه", "ے" as "ي", "ں" as "ن", the
    // aspiration's "ھ" none ("بھائی" as "بائي", as Latin letters write "Bhai" or "Bai").
    .replace(/[ہۃ]/g, 'ه')
    .replace(/[ےۓ]/g, 'ي')
    .replace(/ں/g, 'ن')
    .replace(/ھ/g, '')
    .toLowerCase()
    .replace(/\s*[&+]\s*/g, ' and ')
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes legal-form words at the end ("acme widgets inc", "acme l.l.c." → "acme widgets", "acme") and a leading "the". */
export function stripLegalSuffixes(normalised: string): string {
  const tokens = normalised.split(' ').filter((t) => t !== '');
  for (;;) {
    // A name that is its form ("The Establishment", "The Sole Proprietorship Co") keeps it.
    if (tokens.length <= 1 || (tokens.length === 2 && tokens[0] === 'the')) break;
    const turkish = TURKISH_FORM.exec(` ${tokens.slice(-7).join(' ')}`);
    if (turkish !== null && tokens.length > turkish[0].trim().split(' ').length) {
      tokens.splice(tokens.length - turkish[0].trim().split(' ').length);
      continue;
    }
    const last = tokens[tokens.length - 1] ?? '';
    if (SIZE_AFTER_FORM.has(last) && tokens.length > 2 && LEGAL_SUFFIXES.has(tokens[tokens.length - 2] ?? '')) {
      tokens.splice(tokens.length - 2, 2);
      continue;
    }
    if (LEGAL_SUFFIXES.has(last)) {
      tokens.pop();
      // The register's country before the form ("Nig. Ltd", "Nigeria Limited", "(Nig) Ltd", "Ghana Limited"), as Anglophone
      // Africa's companies write it: part of the form, no word of the name (`REGISTERS` keeps the country).
      // Not where the country is one of two words ("Air Uganda Ltd"), but for Nigeria's "Nig.", no word of a name.
      const country = tokens[tokens.length - 1] ?? '';
      // After "Co., Ltd." the country is before "Co" ("… Vietnam Co., Ltd."): read once "Ltd" is off, with "Co".
      if (COUNTRY_BEFORE_FORM.has(country) && (tokens.length >= 3 || (tokens.length === 2 && country === 'nig')) && (((last === 'ltd' || last === 'limited' || last === 'plc') && country !== 'vietnam' && country !== 'vina') || ((last === 'co' || last === 'ctcp' || last === 'tnhh') && (country === 'vietnam' || country === 'vina')))) tokens.pop();
      // "GmbH & Co. KG", "Smith & Co": the "and" before a form goes with it.
      if (tokens.length > 1 && tokens[tokens.length - 1] === 'and' && (last === 'co' || last === 'company' || last === 'kg')) tokens.pop();
      continue;
    }
    if (tokens.length > 2 && !(tokens.length === 3 && tokens[0] === 'the') && LEGAL_PAIRS.has(tokens.slice(-2).join(' '))) {
      tokens.splice(tokens.length - 2, 2);
      continue;
    }
    // Poland's "Sp. z o.o.", however written ("Spółka z o.o.", "sp. z o. o.", "spółka z ograniczoną odpowiedzialnością").
    const polish = POLISH_FORMS.find((f) => tokens.length > f.length && tokens.slice(-f.length).join(' ') === f.join(' '));
    if (polish !== undefined) {
      tokens.splice(tokens.length - polish.length, polish.length);
      continue;
    }
    // Germany's forms written out: "Gesellschaft mit beschränkter Haftung", "mit beschränkter Haftung" (mbH), as a register writes them.
    const spelt = GERMAN_FORMS_SPELT.find((f) => tokens.length > f.length && tokens.slice(-f.length).join(' ') === f.join(' '));
    if (spelt !== undefined) {
      tokens.splice(tokens.length - spelt.length, spelt.length);
      continue;
    }
    // Latin America's forms of more words than one ("sa de cv", "s de r l de c v"), where a name stays before them.
    // On the name's last words only: a name of forms written over and over is read once each, not joined again each time.
    const tail = tokens.slice(-8).join(' ');
    const latin = tokens.length > 1 ? LATIN_FORM.exec(` ${tail}`) : null;
    if (latin !== null && tokens.length > latin[0].trim().split(' ').length) {
      tokens.splice(tokens.length - latin[0].trim().split(' ').length);
      continue;
    }
    // Dotted initials ("l l c" from "L.L.C."): a trailing run of single letters forming a suffix.
    let run = 0;
    // Letters only: "Zonnepark 4 B.V." ends in the form "b v" after its number.
    while (run < tokens.length - 1 && /^[a-z]$/.test(tokens[tokens.length - 1 - run] ?? '')) run++;
    const dotted = tokens.slice(tokens.length - run).join('');
    if (run >= 2 && (LEGAL_SUFFIXES.has(dotted) || DOTTED_LEGAL_SUFFIXES.has(dotted))) {
      tokens.splice(tokens.length - run, run);
      continue;
    }
    break;
  }
  if (tokens.length > 1 && tokens[0] === 'the') tokens.shift();
  return tokens.join(' ');
}

export interface NameForms {
  /** The normalised name without legal suffixes, in written order ("Last, First" turned round). */
  key: string;
  /** Its tokens sorted: the same for "Ann O'Neil" and "O'Neil Ann". */
  sortedKey: string;
  tokens: string[];
}

/** A body's unit as written after a comma: opening with a unit's word, or ending with "Department" ("Afdeling Vastgoed", "Parks Department"). */
const UNIT_AFTER_BODY = /^(?:afdeling|afd\.?|team|dienst|sector|cluster|directie|department|dept\.?|division|abteilung|referat|dezernat|fachbereich|service|servicio|departamento|direction)\s|\s(?:department|dept\.?|division)$/i;

/**
 * The forms of one name. "O'Neil, Ann" (one comma, the part after it not a legal suffix)
 * is read as "Ann O'Neil".
 */
export function nameNormalisation(raw: string | null | undefined): NameForms | null {
  if (raw === null || raw === undefined) return null;
  let text = raw;
  const commaParts = raw.split(',');
  if (commaParts.length === 2) {
    const [last, first] = commaParts.map((p) => p.trim()) as [string, string];
    const firstNorm = normaliseText(first);
    // Not where the part after the comma is a legal form of its own ("Ferretería López, S. de R.L. de C.V.", "Acme, S.A.").
    const form = firstNorm !== '' && stripLegalSuffixes(`x ${firstNorm}`) === 'x';
    // Nor where it names a body's unit ("Gemeente Deurne, Afdeling Vastgoed", "City of Austin, Parks Department"): the unit stays after the body.
    const unit = UNIT_AFTER_BODY.test(first);
    if (firstNorm !== '' && last !== '' && !LEGAL_SUFFIXES.has(firstNorm) && !form && !unit && !/\d/.test(raw)) text = `${first} ${last}`;
  }
  const key = stripLegalSuffixes(normaliseText(text));
  if (key === '') return null;
  const tokens = key.split(' ');
  return { key, sortedKey: [...tokens].sort().join(' '), tokens };
}
