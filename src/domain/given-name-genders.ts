import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, UNISEX_GIVEN_NAMES } from './given-name-genders-data';
import { givenNameCanonical } from './given-name-canonical';
import { inNicknameTable } from './given-name-nicknames';

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
  return (MALE.has(a) && FEMALE.has(b)) || (FEMALE.has(a) && MALE.has(b));
}

/**
 * A given name people bear: given to at least 1000 babies in the US birth lists (either sex),
 * a diminutive of the canonical groups, or a name of the nickname table ("mason", "kara",
 * "sam"; not "hason", "ichael"). The lists are US lists: a name they lack may still be one.
 */
export function isGivenName(name: string): boolean {
  return MALE.has(name) || FEMALE.has(name) || UNISEX.has(name) || givenNameCanonical(name) !== name || inNicknameTable(name);
}
