import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, UNISEX_GIVEN_NAMES } from './given-name-genders-data';
import { givenNameCanonical } from './given-name-canonical';
import { inNicknameTable, italianShortName } from './given-name-nicknames';

const words = (s: string) => new Set(s.split(' ').filter((w) => w !== ''));
const MALE = words(MALE_GIVEN_NAMES);
const FEMALE = words(FEMALE_GIVEN_NAMES);
const UNISEX = words(UNISEX_GIVEN_NAMES);

/**
 * The two given names are, each, borne mostly by people of the other sex ("paul" / "paula",
 * "daniel" / "danielle", "toni" / "tony"): however alike they are spelt, they are two names,
 * typically of two people (a couple, siblings), not one name mistyped. Names given to both
 * ("jessie", "marion", "chris") never count.
 */
export function oppositeSexNames(a: string, b: string): boolean {
  // An Italian name and its short form, where the birth lists give one of them no sex (Manu, Lele): one person's; not Gigi, a
  // girl's name there (a review's finding: "Gigi Russo" / "Luigi Russo" at one home).
  if (italianShortName(a, b) && (sexOfName(a) === null || sexOfName(b) === null)) return false;
  return (MALE.has(a) && FEMALE.has(b)) || (FEMALE.has(a) && MALE.has(b)) || genderedEnding(a, b) || genderedEnding(b, a);
}

/** The sex the lists give a name alone ("john" male, "jane" female); null for names of both or none. */
export function sexOfName(name: string): 'male' | 'female' | null {
  if (UNISEX.has(name) || (MALE.has(name) && FEMALE.has(name))) return null;
  return MALE.has(name) ? 'male' : FEMALE.has(name) ? 'female' : null;
}

/** The US birth lists hold the name (of either sex or both). */
export function inBirthLists(name: string): boolean {
  return MALE.has(name) || FEMALE.has(name) || UNISEX.has(name);
}
const listed = inBirthLists;
const maleOnly = (name: string): boolean => MALE.has(name) && !FEMALE.has(name) && !UNISEX.has(name);

/**
 * A man's and a woman's form of one name as many languages make them, where the US lists lack
 * one or both: a final "a" added to a name ending in a consonant ("dragan" / "dragana", "farid"
 * / "farida", "bogdan" / "bogdana"), or a final "o" made "a" ("paolo" / "paola"). Only where the
 * lists do not say otherwise: "jessic" / "jessica" is a slip (Jessica is listed, Jessic is
 * not), and so would be any pair the lists place in one sex.
 */
function genderedEnding(m: string, f: string): boolean {
  if (f.length < 5 || !f.endsWith('a')) return false;
  const stem = f.slice(0, -1);
  const added = m === stem && /[^aeiouy]$/.test(m);
  const swapped = m === `${stem}o`;
  if (!added && !swapped) return false;
  if (FEMALE.has(m) || UNISEX.has(m) || MALE.has(f) || UNISEX.has(f)) return false;
  // Neither listed, or the man's form listed as a man's only and the woman's form not listed.
  return (!listed(m) && !listed(f)) || (maleOnly(m) && !listed(f)) || (swapped && !listed(m));
}

/**
 * A given name people bear: given to at least 1000 babies in the US birth lists (either sex),
 * a diminutive of the canonical groups, or a name of the nickname table ("mason", "kara",
 * "sam"; not "hason", "ichael"). The lists are US lists: a name they lack may still be one.
 */
export function isGivenName(name: string): boolean {
  return MALE.has(name) || FEMALE.has(name) || UNISEX.has(name) || givenNameCanonical(name) !== name || inNicknameTable(name);
}
