import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './given-name-genders-data';
import { nicknameRelated } from './given-name-nicknames';

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
  if (!((MALE.has(a) && FEMALE.has(b)) || (FEMALE.has(a) && MALE.has(b)))) return false;
  return !shortDiminutive(a, b);
}

/**
 * A short name (four letters at most) the nickname table lists as a nickname of the longer one:
 * "jess" / "jessica", "sam" / "samantha", "alex" / "alexandra", "mel" / "melissa". The lists
 * count births, and a diminutive is seldom a birth name: the few registered as "Jess" or "Sam"
 * are mostly boys, while most who are called so are Jessicas and Samanthas. Such a pair is one
 * name and its diminutive, not two names of the two sexes. Two full names the table happens to
 * relate ("andrew" / "andrea", "louis" / "louise") and two diminutives ("sasha" / "alex") still
 * count as the two sexes.
 */
function shortDiminutive(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length <= 4 && short.length < long.length && nicknameRelated(short, long);
}
