/**
 * Words of India's languages written in Latin letters, each as records write them several ways ("Bhavani" / "Bhawani",
 * "Lakshmi" / "Laxmi", "Jai" / "Jay", "Vitthal" / "Vithal"), and towns known by two names ("Poona" / "Pune", "Bombay" /
 * "Mumbai"). in-traders read: a firm's name spelt one way in one record and another in the next was read as two words of
 * their own, two companies of one group.
 */

/**
 * One key for a word's Latin spellings of one Indian word: the aspirate's "h" after a consonant dropped ("bh", "dh", "th":
 * records write it or not), "ksh" as "x", "sh" as "s", "w" as "v", long vowels written double as one ("ee", "oo", "aa"), a
 * final "ay" as "ai", doubled letters as one. Compared only where a word's letters differ (a name's words in `alignTokens`,
 * a group's words of their own): no key for a word of fewer than three letters.
 */
export function indicSpellingKey(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word;
  return word
    .replace(/ksh/g, 'x')
    .replace(/([bcdgjkpt])h/g, '$1')
    .replace(/sh/g, 's')
    .replace(/w/g, 'v')
    .replace(/ee|ii/g, 'i')
    .replace(/oo|uu/g, 'u')
    .replace(/aa/g, 'a')
    .replace(/ay$/, 'ai')
    .replace(/(.)\1+/g, '$1');
}

/** Two words that are one Indian word spelt two ways (`indicSpellingKey`): both of three letters or more, not the same. */
export function indicSpellingsAlike(a: string, b: string): boolean {
  return a !== b && a.length >= 3 && b.length >= 3 && a[0] === b[0] && indicSpellingKey(a) === indicSpellingKey(b);
}

/**
 * "Muhammad" as records write it before the name a man goes by ("Muhammad Rasheed", "Mohd. Asif", "Md Karim"), as Pakistan,
 * India, Bangladesh and Malaysia name most men: `personName` and `compareGiven` read the name after it.
 */
export const MUHAMMAD_SPELLINGS: ReadonlySet<string> = new Set(['muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'muhamad', 'mohammod', 'muhammadh', 'mohd', 'muhd', 'md', 'mhd']);

/**
 * Towns by the name they go by now, as records write the old name as often ("Poona", "Bombay", "Baroda", "Bangalore",
 * "Thana"): the old name read as the new. Normalised (lower case, no punctuation); only whole town fields.
 */
const RENAMED_TOWNS: ReadonlyMap<string, string> = new Map([
  ['bombay', 'mumbai'],
  ['poona', 'pune'],
  ['baroda', 'vadodara'],
  ['bangalore', 'bengaluru'],
  ['bangaluru', 'bengaluru'],
  ['bengalooru', 'bengaluru'],
  ['madras', 'chennai'],
  ['calcutta', 'kolkata'],
  ['thana', 'thane'],
  ['mysore', 'mysuru'],
  ['mangalore', 'mangaluru'],
  ['belgaum', 'belagavi'],
  ['hubli', 'hubballi'],
  ['gulbarga', 'kalaburagi'],
  ['trivandrum', 'thiruvananthapuram'],
  ['cochin', 'kochi'],
  ['calicut', 'kozhikode'],
  ['pondicherry', 'puducherry'],
  ['gurgaon', 'gurugram'],
  ['benares', 'varanasi'],
  ['banaras', 'varanasi'],
  ['allahabad', 'prayagraj'],
  ['simla', 'shimla'],
  ['cawnpore', 'kanpur'],
  ['ahmadabad', 'ahmedabad'],
  ['lyallpur', 'faisalabad'],
  ['saigon', 'ho chi minh city'],
  ['rangoon', 'yangon'],
  ['peking', 'beijing'],
]);

/** A town's field as the town goes by now (`RENAMED_TOWNS`), normalised text in and out. */
export function townAsNamedNow(city: string): string {
  return RENAMED_TOWNS.get(city) ?? city;
}

/**
 * A unit's or a plot's mark as India's addresses write it, to the words the address reader knows: "H.No." / "H. No." (house
 * number) as "House No.", "Gala No." (a workshop's or a shop's unit in an industrial estate) as "Unit No.", "Godown No." as
 * "Warehouse No.", "Sr. No." / "S. No." / "Survey No." / "Gat No." / "C.T.S. No." (a land parcel's) as "Plot No.", and a number
 * glued to "No." ("Plot No.D-178", "Flat No.305") spaced, its block's letter joined ("D178"). Each only before "No." and a
 * number: "Gala" alone is a name. in-traders read: "Gala No. 6", "H.No.1605", "Plot No.D-178" were read as streets' words.
 */
const INDIAN_UNIT_MARKS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bh\s*\.?\s*no\s*\.?\s*(?=[a-z]?[-\s]?\d)/gi, 'House No. '],
  // "H# 510", "House # 977" (Pakistan's and India's "#" for "No.").
  [/\b(?:h|house)\s*#\s*(?=\d)/gi, 'House No. '],
  [/\bgala\s+no\s*\.?\s*(?=[a-z]?[-\s]?\d)/gi, 'Unit No. '],
  [/\bgodown\s+no\s*\.?\s*(?=[a-z]?[-\s]?\d)/gi, 'Warehouse No. '],
  [/\b(?:sr|s|survey|gat|c\s*\.?\s*t\s*\.?\s*s)\s*\.?\s*no\s*\.?\s*(?=\d)/gi, 'Plot No. '],
  [/\bno\s*\.\s*([a-z])\s*-\s*(\d)/gi, 'No. $1$2'],
  [/\bno\s*\.(?=[a-z]?\d)/gi, 'No. '],
];

/** An address line with India's unit marks spelt as the reader knows them (`INDIAN_UNIT_MARKS`). */
export function withIndianUnitMarks(line: string): string {
  if (!/no|#/i.test(line)) return line;
  let v = line;
  for (const [from, to] of INDIAN_UNIT_MARKS) v = v.replace(from, to);
  return v;
}
