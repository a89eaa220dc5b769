/**
 * Records read for comparison across two scripts or two romanisations: Arabic against Latin letters by their words' consonants'
 * skeletons (`inSkeletons`, arabic-reading), Hangul against Latin letters and Korean names romanised two ways by their keys
 * (`inKoreanKeys`, korean-reading). A reading for comparison only: the records themselves, their keys and their frequencies are
 * as read.
 */

import { skeleton } from './arabic-reading';
import { chineseSurnameKeys, chineseWordKey, syllablesOf } from './chinese-reading';
import { givenNameKey, koreanWordKeys, placeKey, surnameKey } from './korean-reading';
import type { LinkageRecord } from './linkage-record';

/** A text's words' skeletons (`skeleton`), the words that read as none left out, those `kept` as they are. */
function skeletonWords(words: readonly string[], kept: (word: string) => boolean): string[] {
  return words.map((w) => (kept(w) ? w : skeleton(w))).filter((t) => t !== '');
}

/**
 * A record's names, street and town as their skeletons (`skeleton`), for comparison with a record written in the other script
 * (the words `kept` as written: English words of a kind, a unit or a trade, which an Arabic one is read as: `withArabicWordsRead`):
 * "سارة إسماعيل عمرو ياسر" and "Sara Esmail Amr Yaser" both "sr asml amr ysr", "مكرم عبيد" and "makramebeid" both "mkrmbd".
 */
export function inSkeletons(r: LinkageRecord, kept: (word: string) => boolean): LinkageRecord {
  const skeletonText = (v: string | null): string | null => {
    if (v === null) return null;
    const words = skeletonWords(v.split(' ').filter((t) => t !== ''), kept);
    return words.length === 0 ? null : words.join(' ');
  };
  const nameTokens = skeletonWords(r.nameTokens, kept);
  const given = skeletonText(r.given);
  return {
    ...r,
    nameTokens,
    nameKey: nameTokens.length === 0 ? null : [...nameTokens].sort().join(' '),
    companyTokens: skeletonWords(r.companyTokens, kept),
    displayWords: skeletonWords(r.displayWords, kept),
    given,
    givenWritten: skeletonText(r.givenWritten),
    givenJoined: null,
    givenShown: [],
    family: skeletonText(r.family),
    contact: r.contact === null ? null : { ...r.contact, given: skeletonText(r.contact.given), givenWritten: skeletonText(r.contact.givenWritten), givenJoined: null, family: skeletonText(r.contact.family) },
    street: r.street === null ? null : skeleton(r.street),
    city: r.city === null ? null : skeletonText(r.city),
  };
}


/**
 * A record's names as their keys (`koreanKey`, `surnameKey`), for comparison with a record of the other script or another
 * romanisation: a person's family name and given name (its syllables joined) each one word; an organisation's words each.
 */
export function inKoreanKeys(r: LinkageRecord): LinkageRecord {
  const streetAndCity = { street: placeKey(r.street), city: placeKey(r.city) };
  if (r.isPerson && r.family !== null && r.given !== null) {
    const family = surnameKey(r.family);
    // A given name of two syllables written apart or hyphenated ("Ha-Yoon", "Min Su") is read joined.
    const given = givenNameKey(r.givenJoined ?? r.givenWritten ?? r.given);
    const nameTokens = [given, family];
    return { ...r, nameTokens, nameKey: [...nameTokens].sort().join(' '), displayWords: nameTokens, family, given, givenWritten: given, givenJoined: null, givenShown: [], ...streetAndCity };
  }
  const contact = r.contact === null || r.contact.family === null || r.contact.given === null ? r.contact : { ...r.contact, family: surnameKey(r.contact.family), given: givenNameKey(r.contact.givenWritten ?? r.contact.given), givenWritten: null, givenJoined: null };
  const nameTokens = koreanWordKeys(r.nameTokens);
  return { ...r, nameTokens, nameKey: nameTokens.length === 0 ? null : [...nameTokens].sort().join(' '), companyTokens: koreanWordKeys(r.companyTokens), displayWords: koreanWordKeys(r.displayWords), contact, ...streetAndCity };
}

/** English words of a Chinese organisation's name (its kind, trade and unit as `chineseFirmRead` writes them) kept as written. */
const CHINESE_KEPT = new Set(['co', 'ltd', 'inc', 'corp', 'the', 'and', 'of', 'store', 'group', 'branch', 'office', 'division', 'school', 'temple', 'clinic', 'hospital', 'plant', 'factory', 'high', 'tech', 'man', 'sales', 'hk', 'enterprise', 'limited', 'company', 'trading', 'bhd', 'sdn']);

/** An organisation's words as their keys (`chineseWordKey`): characters keyed, Latin words of Mandarin syllables keyed, a run of one-syllable ones joined ("Lung Chang": "longjang"). */
export function chineseWordKeys(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const t of tokens) {
    const syllables = /^[a-z]+$/.test(t) && !CHINESE_KEPT.has(t) ? syllablesOf(t) : null;
    if (syllables !== null && syllables.length === 1 && t.length <= 6) {
      run += t;
      continue;
    }
    if (run !== '') out.push(chineseWordKey(run));
    run = '';
    out.push(/\p{Script=Han}/u.test(t) || (syllables !== null && syllables.length <= 4) ? chineseWordKey(t) : t);
  }
  if (run !== '') out.push(chineseWordKey(run));
  return out;
}

/**
 * A record's names as their keys (`mandarinKey`, `chineseSurnameKeys`), for comparison with a record in the other script or
 * another romanisation: a person's family name (the key the `other` record's surname shares, where it has one: "Wong" is 黃's and
 * 王's) and given name (its syllables joined) each one word; an organisation's words each.
 */
export function inChineseKeys(r: LinkageRecord, other: LinkageRecord): LinkageRecord {
  const familyKey = (family: string, otherFamily: string | null): string => {
    const own = chineseSurnameKeys(family);
    const theirs = otherFamily === null ? [] : chineseSurnameKeys(otherFamily);
    return own.find((k) => theirs.includes(k)) ?? own[0] ?? family;
  };
  const givenKey = (given: string): string => chineseWordKey(given.replace(/[\s-]+/g, ''));
  // A person's own record (not an organisation's with its contact person beside it: its name is the organisation's).
  if (r.isPerson && !r.organisationNamed && r.family !== null) {
    const family = familyKey(r.family, other.family ?? other.contact?.family ?? null);
    const givenWritten = r.givenJoined ?? r.givenWritten ?? r.given;
    const given = givenWritten === null ? null : givenKey(givenWritten);
    const nameTokens = given === null ? [family] : [given, family];
    return { ...r, nameTokens, nameKey: [...nameTokens].sort().join(' '), displayWords: nameTokens, companyTokens: chineseWordKeys(r.companyTokens), family, given, givenWritten: given, givenJoined: null, givenShown: [] };
  }
  const contact = r.contact === null || r.contact.family === null ? r.contact : { ...r.contact, family: familyKey(r.contact.family, other.contact?.family ?? other.family ?? null), given: r.contact.given === null ? null : givenKey(r.contact.givenWritten ?? r.contact.given), givenWritten: null, givenJoined: null };
  const nameTokens = chineseWordKeys(r.nameTokens);
  // Its person's names keyed too, where it has them ("陈先生": a surname alone, read as no person's own name).
  const family = r.family === null ? null : familyKey(r.family, other.family ?? other.contact?.family ?? null);
  const givenWritten = r.givenJoined ?? r.givenWritten ?? r.given;
  const given = givenWritten === null ? null : givenKey(givenWritten);
  const person = r.family === null ? {} : { family, given, givenWritten: given, givenJoined: null, givenShown: [] };
  return { ...r, nameTokens, nameKey: nameTokens.length === 0 ? null : [...nameTokens].sort().join(' '), companyTokens: chineseWordKeys(r.companyTokens), displayWords: chineseWordKeys(r.displayWords), contact, ...person };
}
