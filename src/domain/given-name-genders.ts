import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './given-name-genders-data';

const words = (s: string) => new Set(s.split(' ').filter((w) => w !== ''));
const MALE = words(MALE_GIVEN_NAMES);
const FEMALE = words(FEMALE_GIVEN_NAMES);

/**
 * The two given names are, each, borne mostly by people of the other sex ("paul" / "paula",
 * "daniel" / "danielle", "toni" / "tony"): however alike they are spelt, they are two names,
 * typically of two people (a couple, siblings), not one name mistyped. Names given to both
 * ("jessie", "marion", "chris") never count.
 */
export function oppositeSexNames(a: string, b: string): boolean {
  return (MALE.has(a) && FEMALE.has(b)) || (FEMALE.has(a) && MALE.has(b));
}
