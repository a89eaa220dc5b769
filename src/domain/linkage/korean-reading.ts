/**
 * Korean names in Hangul read against their romanisations (kr-jeonja read: "김민수" / "Minsu Kim" / "KIM Min-su" / "Min-Soo Kim",
 * "양하윤" / "Ha-Yoon Yaang", "한빛전자" / "Hanbit Electronics": weighed as two scripts, unread). Hangul is read syllable by
 * syllable in the Revised Romanisation (es-hangul: no sound change across two syllables, as names are romanised), and every
 * romanisation (Revised, McCune-Reischauer, the passports' own) is read as one key (`koreanKey`): the vowels written two ways
 * ("eo"/"u"/"o", "eu"/"u", "oo"/"u", "ee"/"i", "ae"/"e", "ui"/"i") and the consonants that are one letter unvoiced or voiced
 * ("k"/"g", "t"/"d", "p"/"b", "ch"/"j", "r"/"l", "sh"/"s") in one form. Surnames are read by their conventional spellings
 * (`KOREAN_SURNAMES`: 이 "Lee", "Yi", "Rhee"; 박 "Park", "Pak", "Bak").
 */

import { romanize } from 'es-hangul';
import type { CustomerContact } from '../customer-contact';

/** A Hangul syllable. */
const HANGUL = /[\uAC00-\uD7A3]/u;
const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/u;

/** Korea's common surnames in Hangul, each with the spellings written for it in Latin letters; the first is its key's. */
const SURNAME_SPELLINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['김', ['kim', 'gim']], ['이', ['lee', 'yi', 'rhee', 'i', 'ri', 'rhie', 'ree', 'yee']], ['박', ['park', 'pak', 'bak', 'bahk', 'pack']],
  ['최', ['choi', 'choe', 'chey', 'choy']], ['정', ['jung', 'jeong', 'chung', 'joung', 'cheong', 'jeung', 'chong']], ['강', ['kang', 'gang']],
  ['조', ['cho', 'jo', 'joe', 'chough']], ['윤', ['yoon', 'yun']], ['장', ['jang', 'chang']], ['임', ['lim', 'im', 'rim', 'leem', 'yim']],
  ['한', ['han']], ['오', ['oh', 'o']], ['서', ['seo', 'suh', 'so', 'sur']], ['신', ['shin', 'sin', 'shinn']], ['권', ['kwon', 'gwon']],
  ['황', ['hwang']], ['안', ['ahn', 'an']], ['송', ['song']], ['류', ['ryu', 'yoo', 'yu', 'rhyu', 'ryoo']], ['유', ['yoo', 'yu', 'you']],
  ['홍', ['hong']], ['전', ['jeon', 'jun', 'chun', 'chon', 'jon']], ['고', ['ko', 'go', 'koh']], ['문', ['moon', 'mun']], ['양', ['yang', 'ryang']],
  ['손', ['son', 'sohn']], ['배', ['bae', 'pae', 'bai']], ['백', ['baek', 'paik', 'baik', 'back', 'paek']], ['허', ['heo', 'hur', 'huh', 'her']],
  ['남', ['nam']], ['심', ['shim', 'sim']], ['노', ['noh', 'no', 'roh', 'ro']], ['하', ['ha']], ['곽', ['kwak', 'gwak']], ['성', ['sung', 'seong']],
  ['차', ['cha']], ['주', ['joo', 'ju', 'choo', 'chu']], ['우', ['woo', 'u']], ['구', ['koo', 'gu', 'ku']], ['민', ['min']], ['진', ['jin', 'chin']],
  ['나', ['na', 'ra']], ['지', ['ji', 'chi']], ['엄', ['eom', 'um', 'uhm']], ['채', ['chae']], ['원', ['won']], ['천', ['cheon', 'chun', 'chon']],
  ['방', ['bang', 'pang']], ['공', ['kong', 'gong']], ['현', ['hyun', 'hyeon']], ['함', ['ham']], ['변', ['byun', 'byeon', 'pyun', 'pyon']],
  ['염', ['yeom', 'yum']], ['여', ['yeo', 'yuh', 'yoh']], ['추', ['choo', 'chu']], ['도', ['do', 'doh', 'toh']], ['석', ['seok', 'suk']],
  ['선', ['sun', 'seon']], ['설', ['seol', 'sul']], ['마', ['ma']], ['길', ['gil', 'kil']], ['연', ['yeon', 'yun']], ['위', ['wi', 'wee']],
  ['표', ['pyo']], ['명', ['myung', 'myeong']], ['기', ['ki', 'gi']], ['반', ['ban', 'pan']], ['왕', ['wang']], ['금', ['keum', 'geum', 'kum']],
  ['옥', ['ok']], ['육', ['yuk', 'yook']], ['인', ['in']], ['맹', ['maeng']], ['제', ['je']], ['모', ['mo']], ['탁', ['tak']], ['국', ['kook', 'guk']],
  ['은', ['eun']], ['용', ['yong']], ['예', ['ye']], ['봉', ['bong']], ['경', ['kyung', 'gyeong']], ['편', ['pyeon', 'pyun']], ['태', ['tae']],
];
/** A surname's Hangul → its key; a spelling in Latin letters → the keys of the surnames it is written for. */
const SURNAME_KEY = new Map<string, string>();
const SPELLING_KEYS = new Map<string, string[]>();
for (const [hangul, spellings] of SURNAME_SPELLINGS) {
  const key = `${spellings[0] ?? ''}`;
  SURNAME_KEY.set(hangul, key);
  for (const s of spellings) SPELLING_KEYS.set(s, [...(SPELLING_KEYS.get(s) ?? []), key]);
}

/** English words of firms' names that read as Korean syllables too ("tech", "korea", "dong"): kept as written. */
const ENGLISH_KEPT = new Set(['tech', 'korea', 'machine', 'steel', 'group', 'metal', 'total', 'tel', 'net', 'sun', 'one', 'top', 'best', 'gold', 'ace', 'hi', 'line', 'mate', 'home', 'bank', 'hotel', 'plant', 'mall', 'pos', 'con', 'com', 'inc', 'ltd', 'co', 'corp', 'branch', 'sales', 'heavy', 'elec']);

/** Whether a word is a Korean surname written in Hangul. */
export function isKoreanSurname(word: string): boolean {
  return SURNAME_KEY.has(word.normalize('NFC'));
}

/**
 * A Korean organisation's words of its trade and kind, as English writes them ("한빛전자" / "Hanbit Electronics"), read off the end of
 * a word of Hangul ("한빛전자": "한빛" and "electronics"). Longest first.
 */
const KOREAN_TRADE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['관리사무소', 'management office'], ['엔지니어링', 'engineering'], ['오토메이션', 'automation'], ['메카트로닉스', 'mechatronics'], ['중공업', 'heavy industries'],
  ['시스템', 'systems'], ['전자부품', 'electronic components'], ['일렉트로닉스', 'electronics'], ['테크놀로지', 'technology'], ['솔루션', 'solutions'],
  ['전자', 'electronics'], ['전기', 'electric'], ['산업', 'industrial'], ['상사', 'trading'], ['설비', 'equipment'], ['기계', 'machinery'], ['건설', 'construction'],
  ['정밀', 'precision'], ['테크', 'tech'], ['기전', 'electromechanical'], ['통상', 'trading'], ['무역', 'trading'], ['물산', 'trading'], ['유통', 'distribution'],
  ['제약', 'pharmaceutical'], ['화학', 'chemical'], ['공업', 'industries'], ['기업', 'enterprise'], ['그룹', 'group'], ['지점', 'branch'], ['영업소', 'sales office'],
  ['공장', 'factory'], ['아파트', 'apartment'], ['계전', 'electric control'], ['전설', 'electric construction'], ['에너지', 'energy'], ['코리아', 'korea'],
  ['초등학교', 'elementary school'], ['중학교', 'middle school'], ['고등학교', 'high school'], ['대학교', 'university'], ['병원', 'hospital'], ['교회', 'church'],
];

/**
 * A Korean organisation's or person's words in Hangul with the trade's words as English writes them: "한빛전자" → "한빛 Electronics",
 * "한빛전자 주식회사" → "한빛 Electronics 주식회사". A word that is a trade's word alone stays ("전자").
 */
export function withKoreanTradeWords(text: string): string {
  return text
    .split(/(\s+)/)
    .map((w) => {
      if (!HANGUL_WORD.test(w)) return w;
      for (const [korean, english] of KOREAN_TRADE_WORDS) {
        if (w.endsWith(korean) && w.length > korean.length) return `${withKoreanTradeWords(w.slice(0, -korean.length))} ${english}`;
        if (w === korean) return english;
      }
      return w;
    })
    .join('');
}

/** A romanised word's key: the letters Korean's romanisations write one sound with in one form (see above). */
export function koreanKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ee|ui|ii/g, 'i')
    .replace(/eo|eu|oo|ou|u/g, 'o')
    .replace(/y(?=i)/g, '')
    .replace(/ae|ai/g, 'e')
    .replace(/ch|tch|j/g, 'j')
    .replace(/sh/g, 's')
    .replace(/k/g, 'g')
    .replace(/w(?=o)/g, '')
    .replace(/t/g, 'd')
    .replace(/p/g, 'b')
    .replace(/r/g, 'l')
    .replace(/(.)\1+/g, '$1');
}

/** A word of Hangul syllables in Latin letters, each syllable alone (es-hangul's Revised Romanisation). */
export function hangulRomanised(word: string): string {
  return [...word].map((s) => (HANGUL.test(s) ? romanize(s) : s)).join('');
}

/** A surname's key, whichever script: Hangul by `SURNAME_KEY`, a Latin spelling by its surname's; else its key. */
export function surnameKey(written: string): string {
  const word = written.normalize('NFC');
  const hangul = SURNAME_KEY.get(word);
  if (hangul !== undefined) return hangul;
  const keys = SPELLING_KEYS.get(word);
  if (keys !== undefined && keys.length === 1) return keys[0] ?? word;
  // A spelling two surnames share ("yu": 류 and 유; "chun": 전 and 천): its first's, as the Hangul of either would be read by its own.
  if (keys !== undefined) return keys[0] ?? word;
  return koreanKey(HANGUL_WORD.test(word) ? hangulRomanised(word) : word);
}

/** A name's word in Hangul or Latin letters as its key; spaces and hyphens inside one given name joined ("Min-su", "Min Su"). */
export function givenNameKey(words: string): string {
  const joined = words.normalize('NFC').replace(/[\s-]+/g, '');
  return koreanKey(HANGUL_WORD.test(joined) ? hangulRomanised(joined) : joined);
}

/** Whether a text holds Hangul. */
export function hasHangul(text: string | null | undefined): boolean {
  return typeof text === 'string' && HANGUL.test(text);
}

/** A district's, city's, county's and province's office as their English names write them ("금정구청": "금정 gu office"). */
const OFFICE_READ = new Map([['구청', 'gu office'], ['시청', 'si office'], ['군청', 'gun office'], ['도청', 'do office']]);

/** Honorifics and job titles after a Korean name ("김영숙 고객님", "천옌님", "박대리", "윤사장"): no word of it. */
const KOREAN_HONORIFIC = /\s*(?:(?:고객|사장|대표|과장|대리|팀장|부장|실장|차장|이사|주임|선생|소장|기사|원장|교수|목사|장로|집사|반장|회장|총무|사모|여사)님?|\s\p{Script=Hangul}{1,3}님|님|씨)$/u;
/** Korea's company forms, anywhere in a name: a stock company (주식회사, "(주)", "㈜"), a limited company (유한회사, "(유)"). */
const KOREAN_STOCK_COMPANY = /\s*(?:주식회사|\(\s*주\s*\)|㈜)\s*/gu;
const KOREAN_LIMITED_COMPANY = /\s*(?:유한회사|유한홰사|\(\s*유\s*\)|㈲)\s*/gu;
const IS_STOCK_COMPANY = new RegExp(KOREAN_STOCK_COMPANY.source, 'u');
const IS_LIMITED_COMPANY = new RegExp(KOREAN_LIMITED_COMPANY.source, 'u');

/**
 * A Korean record's names as the matcher reads Latin ones (kr-jeonja read): Korea's forms as "Co., Ltd." and "Ltd." at the end
 * ("주식회사 한빛전자", "한빛전자(주)", "㈜한빛전자"), its trades' words in English (`withKoreanTradeWords`), an honorific or a job title
 * after a person's name off ("김영숙 고객님", "박대리"), and a person's name of Hangul written without a space ("김민수") parted after
 * its surname ("김 민수"), as is one written whole in the given name's field.
 */
export function withKoreanRead(contact: CustomerContact): CustomerContact {
  const c = withKoreanFieldsRead(contact);
  if (![c.displayName, c.givenName, c.familyName, c.companyName].some(hasHangul)) return c;
  const firm = (v: string | null | undefined): string | null | undefined => {
    if (typeof v !== 'string' || !hasHangul(v)) return v;
    const stock = IS_STOCK_COMPANY.test(v);
    const limited = IS_LIMITED_COMPANY.test(v);
    // Latin letters glued to Hangul apart ("미르FA"); a complex's number ("2단지") as "complex 2"; in a town's office (구청, 시청,
    // 군청, 도청) a word ending in 과 its department ("도시안전과": "도시안전 department").
    const office = /(?:구청|시청|군청|도청|교육청)/u.test(v);
    const bare = v
      .replace(KOREAN_STOCK_COMPANY, ' ')
      .replace(KOREAN_LIMITED_COMPANY, ' ')
      .replace(/(\p{Script=Hangul})(?=[A-Za-z])|([A-Za-z])(?=\p{Script=Hangul})/gu, '$1$2 ')
      .replace(/(\d+)\s*단지/gu, ' complex $1 ')
      .replace(/(\p{Script=Hangul})(구청|시청|군청|도청)/gu, (_m: string, w: string, o: string) => `${w} ${OFFICE_READ.get(o) ?? o} `)
      .replace(/(교육청)/gu, ' $1 ')
      .replace(/(\p{Script=Hangul}{2,})과(?=$|[\s)(,])/gu, (m: string, w: string) => (office ? `${w} division` : m))
      .replace(/\s+/g, ' ')
      .trim();
    if (bare === '') return v;
    return `${withKoreanTradeWords(bare)}${stock ? ' Co., Ltd.' : limited ? ' Ltd.' : ''}`;
  };
  const bare = (v: string | null | undefined): string | null | undefined => {
    if (typeof v !== 'string' || !hasHangul(v)) return v;
    const cut = v.trim().replace(KOREAN_HONORIFIC, '');
    return cut === '' ? v : cut;
  };
  // A person's name of two to four syllables, its first a surname: parted after it.
  const parted = (v: string | null | undefined): string | null | undefined => {
    if (typeof v !== 'string') return v;
    const w = v.trim();
    return HANGUL_WORD.test(w) && w.length >= 2 && w.length <= 4 && isKoreanSurname(w[0] ?? '') ? `${w[0] ?? ''} ${w.slice(1)}` : v;
  };
  const company = typeof c.companyName === 'string' && c.companyName.trim() !== '';
  if (company) return { ...c, displayName: firm(c.displayName), companyName: firm(c.companyName), givenName: bare(c.givenName), familyName: bare(c.familyName) };
  const formed = typeof c.displayName === 'string' && (IS_STOCK_COMPANY.test(c.displayName) || IS_LIMITED_COMPANY.test(c.displayName));
  if (formed) return { ...c, displayName: firm(c.displayName) };
  const givenRead = bare(c.givenName);
  const familyRead = bare(c.familyName);
  // The surname in the given name's field and the given name in the family's ("김" / "소영"): swapped.
  const swapped = typeof givenRead === 'string' && typeof familyRead === 'string' && isKoreanSurname(givenRead.trim()) && HANGUL_WORD.test(familyRead.trim()) && familyRead.trim().length >= 2 && !isKoreanSurname(familyRead.trim());
  const given = swapped ? familyRead : givenRead;
  const family = swapped ? givenRead : familyRead;
  // The whole name in the given name's field, none in the family's ("김민호").
  const whole = (family === null || family === undefined || family === '') && typeof given === 'string' ? parted(given) : undefined;
  if (typeof whole === 'string' && whole !== given) {
    const [f = '', g = ''] = whole.split(' ');
    return { ...c, displayName: parted(bare(c.displayName)), givenName: g, familyName: f };
  }
  return { ...c, displayName: parted(bare(c.displayName)), givenName: given, familyName: family };
}

/**
 * A Korean address line as its street, number and units (kr-jeonja read): a road's address ("서울특별시 강남구 테헤란로 123, 4층
 * (역삼동)", "남동대로 340") or a lot's ("역삼동 123-45", "충무로4가 696-23") read as "123 테헤란로" and "123-45 역삼동", the province,
 * city and district before it off, the neighbourhood and building in brackets off, and a floor, flat and building's number after
 * it ("4층", "908호", "103동 301호") as "Floor 4", "Unit 908", "Bldg 103" on the second line.
 */
export function withKoreanAddress(c: CustomerContact): CustomerContact {
  const a = c.address;
  if (a === null || a === undefined || typeof a.line1 !== 'string' || !hasHangul(a.line1)) return c;
  const line = a.line1.replace(/\([^()]*\)/gu, ' ').replace(/\s+/g, ' ').trim();
  const road = /(?:^|\s)(\p{Script=Hangul}[\p{Script=Hangul}\d]*(?:대로|로|길))\s*(\d+(?:-\d+)?)(?=$|[\s,])(.*)$/u.exec(line);
  const lot = road === null ? /(?:^|\s)(\p{Script=Hangul}[\p{Script=Hangul}\d]*(?:동|가|리))\s*(\d+(?:-\d+)?)(?=$|[\s,])(.*)$/u.exec(line) : null;
  const m = road ?? lot;
  if (m === null) return c;
  const units = (m[3] ?? '')
    .replace(/(\d+)\s*층/gu, ' Floor $1 ')
    .replace(/(\d+)\s*호/gu, ' Unit $1 ')
    .replace(/(?:제\s*)?(\d+)\s*동(?!\p{Script=Hangul})/gu, ' Bldg $1 ')
    .replace(/[,\s]+/g, ' ')
    .trim();
  // A lot's second number ("229-2") as its unit: the lot's first number is the house's.
  const [main = '', sub] = (m[2] ?? '').split('-');
  const line2 = [sub === undefined ? '' : `Lot ${sub}`, units, a.line2 ?? ''].filter((v) => v.trim() !== '').join(', ');
  return { ...c, address: { ...a, line1: `${main} ${m[1] ?? ''}`, line2: line2 === '' ? null : line2 } };
}

/** A Korean syllable romanised (Revised Romanisation, McCune-Reischauer, the passports' spellings). */
const ROMANISED_SYLLABLE = '(?:ch|kk|tt|pp|ss|jj|sh|[bcdghjklmnpstw])?(?:y|w)?(?:ae|ai|eo|eu|oe|ui|oo|ee|ou|a|e|i|o|u)(?:ng|n|m|l|k|p|t|b|g|d)?';
const ROMANISED_WORD = new RegExp(`^(?:${ROMANISED_SYLLABLE}){1,4}$`);
/** Whether a word in Latin letters reads as one to four Korean syllables romanised ("hwa", "sin", "hanbit", "daesung"). */
export function romanisedKorean(word: string): boolean {
  return word.length <= 16 && ROMANISED_WORD.test(word);
}

/** A place's name (a street, a town) as its key, whichever script. */
export function placeKey(v: string | null): string | null {
  if (v === null) return null;
  const t = v.normalize('NFC').replace(/\s+/g, '');
  return koreanKey(hasHangul(t) ? hangulRomanised(t) : t);
}

/**
 * An organisation's words as their keys: Hangul's keyed, Latin words that read as Korean syllables keyed, a run of one-syllable ones
 * joined ("Hwa Sin", "Dae Sung" as "hwasin", "daesung"); English words as written ("automation", "branch").
 */
export function koreanWordKeys(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  const syllable = new RegExp(`^${ROMANISED_SYLLABLE}$`);
  for (const written of tokens) {
    const t = written.normalize('NFC');
    if (/^[a-z]{1,6}$/.test(t) && !ENGLISH_KEPT.has(t) && syllable.test(t)) {
      run += t;
      continue;
    }
    if (run !== '') out.push(koreanKey(run));
    run = '';
    out.push(HANGUL_WORD.test(t) ? koreanKey(hangulRomanised(t)) : romanisedKorean(t) && !ENGLISH_KEPT.has(t) ? koreanKey(t) : t);
  }
  if (run !== '') out.push(koreanKey(run));
  return out;
}

/** A given name's syllables as written, joined, in Latin letters: Hangul by its syllables' romanisations. */
function spelt(given: string): string {
  const t = given.normalize('NFC').replace(/[\s-]+/g, '').toLowerCase();
  const letters = HANGUL_WORD.test(t) ? hangulRomanised(t) : t.replace(/[^a-z]/g, '');
  // The spellings of one syllable's sounds ("Yoon"/"Yun", "Young"/"Yeong", "Hee"/"Hui", "Kang"/"Gang", "Lee"/"Ri"), not its vowels' other readings.
  return letters
    .replace(/yeo|you/g, 'yo')
    .replace(/oo/g, 'u')
    .replace(/ee|ui/g, 'i')
    .replace(/ch/g, 'j')
    .replace(/sh/g, 's')
    .replace(/k/g, 'g')
    .replace(/t/g, 'd')
    .replace(/p/g, 'b')
    .replace(/r/g, 'l')
    .replace(/(.)\1+/g, '$1');
}

/** Whether two given names are spelt alike, not only keyed alike ("하윤" / "Hayun"; not "서연" / "Seoyun"). */
export function spelledAlike(a: string, b: string): boolean {
  return spelt(a) === spelt(b);
}

/** Whether a person's names in Latin letters read as a Korean's: a surname's spelling and a given name of Korean syllables. */
export function koreanRomanisedPerson(given: string | null, family: string | null): boolean {
  if (given === null || family === null) return false;
  return SPELLING_KEYS.has(family.toLowerCase()) && romanisedKorean(given.toLowerCase().replace(/[\s-]+/g, ''));
}

/** A record of Korea by what it writes: its country, its phone's country code, a Korean mail service's or a ".kr" mailbox. */
function koreanContact(c: CustomerContact): boolean {
  return (
    /^\s*(?:kr|kor|korea|south korea|republic of korea|korea,? republic of|대한민국|한국)\s*$/i.test(c.address?.country ?? '') ||
    /^\s*\(?\s*(?:\+|00)\s*82/.test(c.phone ?? '') ||
    /@(?:[a-z0-9-]+\.)*(?:naver\.com|daum\.net|hanmail\.net|nate\.com|[a-z0-9-]+\.kr)\s*$/i.test(c.email ?? '')
  );
}

/**
 * A Korean person's romanised names in the wrong fields (kr-jeonja read): the whole name in the given name's field, the family's
 * empty ("Yong-Suk Kim", "KIM Min-su"), or the surname in the given name's field and the given name in the family's ("PAK" /
 * "Minsoo"). Only in a record of Korea, and only where one word is a Korean surname's spelling and the rest Korean syllables.
 */
function withKoreanFieldsRead(c: CustomerContact): CustomerContact {
  const given = typeof c.givenName === 'string' ? c.givenName.trim() : '';
  const family = typeof c.familyName === 'string' ? c.familyName.trim() : '';
  if (given === '' || hasHangul(given) || (typeof c.companyName === 'string' && c.companyName.trim() !== '') || !koreanContact(c)) return c;
  const surname = (w: string) => SPELLING_KEYS.has(w.toLowerCase());
  const syllables = (w: string) => romanisedKorean(w.toLowerCase().replace(/[\s-]+/g, ''));
  if (family === '') {
    const words = given.split(/\s+/);
    if (words.length < 2 || words.length > 3) return c;
    const [first = '', last = ''] = [words[0], words[words.length - 1]];
    if (surname(last) && syllables(words.slice(0, -1).join(''))) return { ...c, givenName: words.slice(0, -1).join(' '), familyName: last };
    if (surname(first) && syllables(words.slice(1).join(''))) return { ...c, givenName: words.slice(1).join(' '), familyName: first };
    return c;
  }
  // Swapped: the surname's spelling in the given name's field, a given name of syllables that is no surname's in the family's.
  return surname(given) && !surname(family.replace(/[\s-]+/g, '')) && syllables(family) ? { ...c, givenName: family, familyName: given } : c;
}
