import { czechSurnamePair, isCzechGivenName } from './czech-reading';
import { indicSpellingsAlike, MUHAMMAD_SPELLINGS } from './indic-reading';
import { givenNameCanonical, groupMembers } from '../given-name-canonical';
import { inBirthLists, isGivenName, oppositeSexNames, sexOfName } from '../given-name-genders';
import { italianShortName, nicknameRelated, relatedNames } from '../given-name-nicknames';
import { isLegalSuffix } from '../name-normalisation';
import { ARABIC_WORDS_READ, persianSoundKey, skeleton, spellsArabic } from './arabic-reading';
import { koreanRomanisedPerson, spelledAlike } from './korean-reading';
import { inChineseKeys, inKoreanKeys, inSkeletons } from './script-keys';
import { chinesePetName, givenWithLostCharacter, isChineseSurnameSpelling, romanisedChinese, simplified } from './chinese-reading';
import { ContactPerson, isTitle, linkageRecord, UNIT_GENERIC_WORDS, INSTITUTION_KINDS, isFirmWord, isPracticeCredential, ORGANISATION_WORDS, isFreeMailDomain, isGenericMailbox, isMailService, isPostBox, LinkageRecord, PATRONYMIC_LINKS, phoneKey, siteWords, streetTypeOf, streetWithoutOpeningType, titleSex, TRADE_KINDS, ROMAN_NUMERALS } from './linkage-record';
import { editDistance, jaroWinklerSimilarity, oneEditApart, soundAlike } from './string-metrics';
import { translatedTrade } from './translated-trades';

/**
 * Comparison levels per field, in the Fellegi–Sunter sense: each pair of records falls in
 * exactly one level of each field. 'missing' (either side lacks the field) is no evidence.
 */
export const FIELD_LEVELS = {
  given: ['exact', 'nickname', 'alias', 'typo', 'phonetic', 'other-sex', 'initial', 'different'],
  family: ['exact', 'typo', 'phonetic', 'different'],
  name: ['exact', 'typo', 'contained', 'partial', 'different'],
  company: ['exact', 'close', 'different'],
  contact: ['exact', 'partial', 'different'],
  email: ['exact', 'typo', 'same-local', 'same-domain', 'different'],
  phone: ['exact', 'local7', 'typo', 'different'],
  street: ['exact', 'typo', 'same-street', 'different'],
  postcode: ['exact', 'close', 'prefix', 'different'],
  city: ['exact', 'typo', 'different'],
  country: ['exact', 'different'],
} as const;

export type FieldName = keyof typeof FIELD_LEVELS;
export type FieldLevel<F extends FieldName = FieldName> = (typeof FIELD_LEVELS)[F][number] | 'missing';
export const FIELD_NAMES = Object.keys(FIELD_LEVELS) as FieldName[];

export interface FieldComparison {
  field: FieldName;
  level: FieldLevel;
  /** The mirror key whose frequency in the tenant replaces u at this level (term-frequency adjustment). */
  tfKey?: string;
  /**
   * Given and family names both agreeing: the mirror key of the whole name, whose frequency caps the two names' weight together
   * (`weighComparisons`): "David Jones" four times among a tenant's customers is a name its namesakes share, whatever "David"'s
   * and "Jones"'s frequencies apart say.
   */
  fullNameKey?: string;
  /** Given and family names matched crosswise ("Dunn Bob" / "Bob Dunn"). */
  swapped?: boolean;
  /**
   * The names are written in two scripts (East Asia's characters and Latin letters) and compared not at all (`scriptOf`): the
   * contact details decide, where they are the customer's own (`weighComparisons`).
   */
  unread?: boolean;
  /**
   * What the address fields compared before this one already said: a postcode or city is
   * weighed given the street (or the postcode) it goes with, not as if independent of it
   * (see `ComparisonContext`).
   */
  context?: ComparisonContext;
  /** Two organisations' names that name two customers, whatever their contact details say (`NameClash`). */
  clash?: NameClash;
  /**
   * Two organisations' names that share some words, each with a distinct word of its own ("Pene
   * Whānau Trust" / "Te Whata Whānau Trust"): the keys ("t:") of the words they share. Where every
   * one of them is common among the tenant's customers' names, the names share no more than their
   * kind: weighed as a clash ('common-words', `weighComparisons`).
   */
  common?: string[];
  /**
   * Two organisations' names, one the other's with words of its own ("Stone Pointe Heights
   * Homeowners Association" / "Stone Pointe HOA", "St. Patrick Catholic School" / "St. Patrick
   * Catholic Church"): at contact details other customers of the tenant give too, another
   * customer of the same manager or owner as likely as one written longer ('managed').
   */
  ownWords?: boolean;
  /**
   * Two names share some words, each with words of its own that are no forms of the other's ("El Arabeya Trading &
   * Distribution" / "El Arabeya Pharma"; not "The Owners - Strata Plan 38818" / "SP 38818"): at a group's mailbox, two of its
   * companies as often as one (`groupsMailbox`).
   */
  ownEach?: boolean;
  /**
   * The names agree through a person's record's CompanyName against an organisation's own record
   * (Robert Smith, CompanyName "My Plan Hub" / "My Plan Hub Pty Ltd"): the key ("n:") of that
   * company's name. Where many of the tenant's customers name it, it is an agent's or an
   * employer's that many persons are billed through, and the person is one of its clients
   * ('agent', `weighComparisons`), not the organisation itself, as a firm's own contact is.
   */
  companyOf?: string;
  /**
   * The sex the birth lists give a given name two records share exactly ("john": male): a son is
   * named for his father far more often than a daughter for her mother, so a namesake in the
   * household is weighed by it (`LinkageParameters.householdNamesake`).
   */
  sex?: 'male' | 'female';
  /**
   * One of two persons' records is a dependant's (`LinkageRecord.dependant`: "Emma Chen
   * (student)") and the other not: the household alternative is weighed with its odds for a
   * dependant at a guardian's details (`LinkageParameters.dependantOdds`). On the given name.
   */
  dependant?: boolean;
}

/**
 * Why two organisations' names are two customers' even when they share one e-mail, phone and
 * address (the owner's or the manager's): numbered each by another number (one manager's strata
 * plans, a chain's stores), of two legal forms (a builder's company, his family trust, his super
 * fund; two kinds of trust), or one named for its site in a town the other is not in ("Sunrise
 * Kitchen Punchbowl" at Punchbowl against Sunrise Kitchen in Coogee). And a company's record
 * against a person's record of its contact ('contact'): the company, or its owner billed as a
 * customer of their own (an animal rescue and its founder at her home address). And two
 * organisations' names that differ, agreeing only on contact details other customers of the
 * tenant hold too ('managed', weighed where the frequencies are known: `weighComparisons`): a
 * manager's or an agent's e-mail, phone and office, which its HOAs or landlords all give. Weighed by the
 * sibling alternative (`LinkageParameters.siblingClash`), as a household weighs persons' given names.
 */
export type NameClash = 'numbering' | 'number-slip' | 'form' | 'site' | 'group' | 'contact' | 'managed' | 'other-name' | 'common-words' | 'kind' | 'trade' | 'affiliate' | 'unit' | 'estate' | 'agent' | 'clients' | 'department' | 'facility' | 'sites' | 'property' | 'decedent' | 'public-body';

/**
 * The address's parts are not independent: one street address implies its postcode and
 * city, and a move changes all three at once. Weighing them as independent counted one
 * agreement three times (+25 bits for one address) and one move three times. So a postcode
 * is weighed given the street comparison, and a city given the postcode (or the street):
 * - 'street-agrees': the street (and house number) agree or nearly: the postcode or city
 *   adds little when it agrees, and says "the same street name in another town" when not;
 * - 'street-differs': both have a street and it differs (a move, or another customer): the
 *   postcode or city says whether the move was near;
 * - 'postcode-agrees': the postcode agrees: the city is implied by it.
 * The same holds for an e-mail's local part made of the person's names ('name-derived'):
 * weighed given the names, which were weighed already.
 * And two organisations' contact persons, when their names differ or share only some words
 * ('names-differ'): the same person then is an owner's or a manager's, who stands beside several
 * of the tenant's customers with the e-mail, phone and office that come with them, as often as it
 * is one customer's (in fifteen read labelled sets, such pairs naming one person were one customer
 * 56 times and two 191): no evidence beyond those details, which are weighed already.
 */
export type ComparisonContext = 'street-agrees' | 'street-differs' | 'postcode-agrees' | 'name-derived' | 'names-differ';

const missing = (field: FieldName): FieldComparison => ({ field, level: 'missing' });

function fuzzyEqual(a: string, b: string): boolean {
  return a === b || oneEditApart(a, b) || (Math.min(a.length, b.length) >= 4 && jaroWinklerSimilarity(a, b) >= 0.92);
}

/**
 * A given name one edit apart where it is too short for that to count as a typo ("zac"/"zqc",
 * "amy"/"any"): weaker evidence than a typo, but evidence for, never a disagreement. The first
 * letter must agree: "ben"/"ken", "sam"/"pam" are other people's names, not typos. Not for
 * family names: "wu"/"xu", "lin"/"lim", "tan"/"tam" are distinct common surnames.
 */
function shortOneEdit(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= 3 && Math.max(a.length, b.length) <= 4 && a[0] === b[0] && Math.abs(a.length - b.length) <= 1 && editDistance(a, b) === 1;
}

/** A given name as compared: folded to its canonical form, as written, and all its words joined (see `LinkageRecord.givenJoined`). */
interface GivenForms {
  canonical: string | null;
  written: string | null;
  joined?: string | null;
}

/** First letters that spell one sound in English names (sorted pairs): c/k, c/s, g/j, i/y, k/q, s/z. */
const SAME_SOUND_INITIALS = new Set(['ck', 'cs', 'gj', 'iy', 'kq', 'sz']);

/**
 * Two names that differ only in their first letter ("jason" / "mason", "kara" / "tara", "dean"
 * / "sean") or by a letter put in front ("aiden" / "jaiden", "ryan" / "bryan"): rhyming names,
 * which siblings are given. Both names people bear, this is more often two people than one
 * name mistyped (the first letter is the one least often mistyped): such a pair that would be
 * a typo or a nickname is weak evidence for ('phonetic') instead. A first letter mistyped into
 * no name ("hames" / "james") is still a typo.
 */
function rhymingNames(a: string, b: string): boolean {
  const firstLetter = a.length === b.length && a[0] !== b[0] && a.slice(1) === b.slice(1);
  // A first letter that spells the same sound is one name spelt two ways ("cody" / "kody", "cindy" / "sindy", "geri" / "jeri").
  if (firstLetter && SAME_SOUND_INITIALS.has([a[0], b[0]].sort().join(''))) return false;
  const rhyme = firstLetter || a === b.slice(1) || b === a.slice(1);
  return rhyme && Math.min(a.length, b.length) >= 3 && isGivenName(a) && isGivenName(b);
}

/**
 * Both given names have words after the first, and those differ: not one within the other ("Mary
 * Ann" / "Mary Ann Louise", "Mary Ann Louise" / "Mary Louise", "Mary Elizabeth" / "Mary Beth", or a
 * surname's first word in the given slot), not a nickname ("Mary Katherine" / "Mary Kate", "John
 * Michael" / "John Mike"), not a typo, not an initial and the name it starts ("Mary A." / "Mary Ann").
 */
function middleNamesDiffer(x: GivenForms, y: GivenForms): boolean {
  if (x.joined === null || x.joined === undefined || y.joined === null || y.joined === undefined || x.written === null || y.written === null) return false;
  // The other words after the name one goes by, or before it where it is written last (a Vietnamese name's: "Thị Ngọc Nhung").
  const rest = (joined: string, written: string) => (joined.startsWith(written) ? joined.slice(written.length) : joined.endsWith(written) ? joined.slice(0, joined.length - written.length) : null);
  const ra = rest(x.joined, x.written);
  const rb = rest(y.joined, y.written);
  if (ra === null || rb === null) return false;
  if (ra === '' || rb === '' || ra.includes(rb) || rb.includes(ra)) return false;
  return !fuzzyEqual(ra, rb) && givenNameCanonical(ra) !== givenNameCanonical(rb) && !nicknameRelated(ra, rb);
}

/**
 * Middle names borne by both sexes in the names that open with them: José María is a man's name,
 * María José a woman's, Jean-Marie a man's.
 */
const MIDDLE_NAMES_OF_EITHER_SEX = new Set(['maria', 'marie', 'mary', 'jose']);

/** `written` is an initial, the given name's next word (in `joined`) a name of the other sex than `other`'s. */
function initialBeforeOtherSex(written: string, joined: string, other: string): boolean {
  if (written.length !== 1 || other.length <= 1 || joined.length <= 3 || !joined.startsWith(written)) return false;
  const middle = joined.slice(1);
  return !MIDDLE_NAMES_OF_EITHER_SEX.has(middle) && oppositeSexNames(middle, other);
}

const givenOf = (r: LinkageRecord): GivenForms => ({ canonical: r.given, written: r.givenWritten, joined: r.givenJoined });

/**
 * A title where a given name goes ("Mrs Smith", "Dr Smith") against the other's given name or
 * title: it says no name, only maybe a sex. A title of the other sex than the name or title
 * against it ("Mrs" / John, "Herr" / "Frau") is 'different'; any other is no evidence
 * ('missing', as a record without a given name: "Sir Cope" may be Arthur Cope, and any other
 * man named Cope; even the same title says little, half of all people share it). undefined when
 * `title` is no title.
 */
function titleAgainst(title: string, other: string): FieldLevel<'given'> | undefined {
  const sex = titleSex(title);
  if (sex === undefined) return undefined;
  const otherSex = titleSex(other) ?? sexOfName(other);
  return sex !== null && otherSex !== null && sex !== otherSex ? 'different' : 'missing';
}

/**
 * A short form taken from inside a long compound given name, as Yoruba's and Igbo's are ("Dami" of Oluwadamilola, "Funmi" of
 * Olufunmilayo, "Yemi" of Oluyemisi): four letters or more within a name of nine or more, and no given name of its own in the
 * registers (Eric is no short form of Frederick, Krishna none of Ramakrishnan, Kate none of Venkatesh: a review's finding).
 * Weak evidence for ('phonetic'), which the household alternative weighs. Its start or end is the 'nickname' test's.
 */
function withinCompound(short: string, long: string): boolean {
  return short.length >= 4 && long.length >= 9 && long.length - short.length >= 4 && long.includes(short) && !isGivenName(short);
}

function compareGiven(x: GivenForms, y: GivenForms): FieldLevel<'given'> {
  const a = x.canonical;
  const b = y.canonical;
  if (a === null || b === null) return 'missing';
  const aWritten = x.written;
  const bWritten = y.written;
  const wa = aWritten ?? a;
  const wb = bWritten ?? b;
  const title = titleAgainst(wa, wb) ?? titleAgainst(wb, wa);
  if (title !== undefined) return title;
  // "Muhammad" opening both men's given names, as Pakistan, India, Bangladesh and Malaysia name most men: the name each goes
  // by is the next ("Muhammad Rasheed" / "Muhammad Bilal": pk-tijarat read, brothers at one shop's phone linked as one).
  if (MUHAMMAD_SPELLINGS.has(wa) && MUHAMMAD_SPELLINGS.has(wb) && middleNamesDiffer(x, y)) return 'different';
  // Names of the two sexes spelt alike ("paul"/"paula", "daniel"/"danielle", "jo"/"joe") are a
  // level of their own, 'other-sex': one person's name mistyped, or two people (a couple,
  // siblings, a parent and child) — the household alternative tells which, so a typo is never
  // read across the sexes; nor a nickname group's two names ("sasha"/"alex", "mel"/"melissa").
  // A diminutive the lists lack is read by the name it stands for: Paco is Francisco's, and no Francisca's.
  const alike = !oppositeSexNames(wa, wb) && ((inBirthLists(wa) && inBirthLists(wb)) || !oppositeSexNames(a, b));
  // The first names agree but the next ones differ: sisters Mary Ann and Mary Beth, Thi Lan and Thi
  // Hoa (Thi opens many Vietnamese women's names): one first name shared says little, so weak
  // evidence for, which the household alternative weighs ('phonetic'), not an exact match.
  if (a === b && middleNamesDiffer(x, y)) return 'phonetic';
  if (a === b) return aWritten === bWritten || aWritten === null || bWritten === null ? 'exact' : alike ? 'nickname' : 'other-sex';
  // A name split by a stray space ("ro nan" / "ronan", "jean paul" / "jeanpaul"): its words joined.
  const ja = x.joined ?? wa;
  const jb = y.joined ?? wb;
  if ((ja !== wa || jb !== wb) && (ja === jb || ja === wb || wa === jb)) return 'typo';
  if (wa.length === 1 || wb.length === 1) {
    // An initial before the name one goes by ("J. Robert Smith" / Robert Smith; "M. Alexandre Bourgeois", Monsieur
    // unread where no French place says so, / Alexandre Bourgeois): the later name is the other's given name.
    if (wa[0] !== wb[0] && a[0] !== b[0]) return (wa.length === 1 && goesBy(laterNames(x), wb)) || (wb.length === 1 && goesBy(laterNames(y), wa)) ? 'initial' : 'different';
    // An initial before a middle name written out ("J. Robert") tells the sex: J. Robert is no Jennifer.
    return initialBeforeOtherSex(wa, ja, wb) || initialBeforeOtherSex(wb, jb, wa) ? 'other-sex' : 'initial';
  }
  const joinedDiffer = ja !== wa || jb !== wb;
  // Rhyming names that would be a typo or a nickname are 'phonetic' instead: never lower than that
  // ("jay" / "ajay" stays evidence for), never higher than before ("ben" / "ken" stays 'different').
  let rhymed = false;
  const unlessRhyme = (agrees: boolean): boolean => {
    if (agrees && rhymingNames(wa, wb)) rhymed = true;
    return agrees && !rhymed;
  };
  // The tests in order of strength, each run only when the ones before it failed (this is the
  // matcher's hot path): across the sexes any of them makes 'other-sex', within one the first wins.
  const tests: Array<[FieldLevel<'given'>, () => boolean]> = [
    // Jaro-Winkler's typo only within two edits: names sharing a long opening differ in three letters or more as two names do,
    // not as a slip ("Aderonke" / "Adenike", Yoruba names of one "Ade-": 0.91 and two sisters).
    ['typo', () => unlessRhyme(fuzzyEqual(a, b) || fuzzyEqual(wa, wb) || (joinedDiffer && fuzzyEqual(ja, jb)) || (Math.min(wa.length, wb.length) >= 3 && jaroWinklerSimilarity(wa, wb) >= 0.9 && editDistance(wa, wb) <= 2) || slipsOfOneName(wa, wb))],
    // A diminutive the nickname table lacks is usually the start or the end of the full name ("herb"/"herbert", "bert"/"albert").
    // Or its start with a pet name's ending ("Sandy" / Sandeep, "Santu" / Santosh, "Rizu" / Rizwan: in-traders read); a pair the
    // nickname table holds is read by the table ('alias').
    ['nickname', () => unlessRhyme(Math.min(wa.length, wb.length) >= 3 && (wa.startsWith(wb) || wb.startsWith(wa) || wa.endsWith(wb) || wb.endsWith(wa) || ((petForm(wa, wb) || petForm(wb, wa)) && !nicknameRelated(wa, wb))))],
    // A pair of the public nickname table ("wally"/"walter", "ian"/"john"): broader and noisier
    // than the canonical groups (its "jamie" is Benjamin's too), so a level of its own.
    ['alias', () => nicknameRelated(wa, wb) || nicknameRelated(a, b) || mistypedNickname(wa, b) || mistypedNickname(wb, a)],
    ['phonetic', () => rhymed || soundAlike(wa, wb) || soundAlike(a, b) || jaroWinklerSimilarity(wa, wb) >= 0.85 || shortOneEdit(wa, wb) || withinCompound(wa, wb) || withinCompound(wb, wa)],
  ];
  const agreeing = tests.find(([, test]) => test());
  if (agreeing !== undefined) return alike ? agreeing[0] : 'other-sex';
  // One goes by a later given name of the other's ("Zainab" / "Nur Zainab", "Haziq" / "Ahmad
  // Haziq", "Edgar" / "John Edgar"), or the first names differ and the later ones agree: weak
  // evidence for, which the household alternative weighs, as a shared first name is. Not across
  // the sexes: a brother and sister share a second name ("José Guadalupe" / "María Guadalupe").
  // (Most pairs of persons end here with different first names: each name's later words are read once.)
  if (!alike) return 'different';
  const ra = laterNames(x);
  const rb = laterNames(y);
  // Not a later name half a community's men or women bear ("Mithun Kumar" / "Rajib Kumar", a father and son at one shop: bd-aushadh
  // read): it tells nobody apart.
  const sharedLater = ra !== null && rb !== null && (ra === rb || fuzzyEqual(ra, rb)) && !COMMON_LATER_NAMES.has(ra) && !COMMON_LATER_NAMES.has(rb);
  return laterNameIs(aWritten, ra, wb) || laterNameIs(bWritten, rb, wa) || sharedLater ? 'phonetic' : 'different';
}

/**
 * Two given names neither of which the lists hold, of one first letter, each one slip off one name they do ("Nanyc" / "Nnacy",
 * both Nancy): one name mistyped on each record (not "Xuan" / "Toan", two Vietnamese names one slip off Tuan each) (us-vetclinic read: a harsh source's two typos of one client read as two names that sound alike).
 */
function slipsOfOneName(wa: string, wb: string): boolean {
  if (wa.length < 4 || wb.length < 4 || wa.length > 12 || wb.length > 12 || Math.abs(wa.length - wb.length) > 2 || inBirthLists(wa) || inBirthLists(wb) || wa[0] !== wb[0] || editDistance(wa, wb) > 2) return false;
  return oneSlipNames(wa).some((n) => n === wb || oneEditApart(n, wb));
}

/** The listed given names one slip (a letter dropped, added, changed, or two swapped) off `w`. */
function oneSlipNames(w: string): string[] {
  const found = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const take = (v: string) => {
    if (v.length >= 3 && inBirthLists(v)) found.add(v);
  };
  for (let i = 0; i <= w.length; i += 1) {
    if (i < w.length) take(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length) take(w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2));
    for (const l of letters) {
      take(w.slice(0, i) + l + w.slice(i));
      if (i < w.length) take(w.slice(0, i) + l + w.slice(i + 1));
    }
  }
  return [...found];
}

/** Later given names South Asia's men or women bear by the million after their own ("Kumar", "Chandra", "Rani", "Begum", "Akter"). */
const COMMON_LATER_NAMES = new Set(['kumar', 'kumari', 'chandra', 'chander', 'kanti', 'lal', 'prasad', 'nath', 'ranjan', 'rani', 'bala', 'devi', 'bai', 'ben', 'bhai', 'begum', 'khatun', 'akter', 'akhter', 'aktar', 'uddin', 'ullah', 'ul', 'kumer']);

/**
 * A pet form of a given name: its first three letters or more with an ending of endearment ("-y", "-i", "-u", "-ie", "-oo",
 * "-ee", "-o": "Sandy" for Sandeep, "Santu" for Santosh, "Rizu" for Rizwan, "Supi" for Supriya), the full name three
 * letters longer than the start at least: "Mary" is no María's (a review's finding), nor "Abhi" Abhay's by this (they sound alike).
 */
function petForm(pet: string, full: string): boolean {
  if (pet.length < 4 || pet.length > 6) return false;
  const start = /^(.{3,4}?)(?:ie|oo|ee|y|i|u|o)$/.exec(pet)?.[1];
  return start !== undefined && full.length >= start.length + 3 && full.startsWith(start) && !full.startsWith(pet);
}

/** Later given names `rest` are the name `other`, of the same sex (J. Robert is no Roberta). */
function goesBy(rest: string | null, other: string): boolean {
  return rest !== null && laterNameIs(null, rest, other) && !oppositeSexNames(rest, other);
}

/** The words of a given name after its first (joined), or null where it has none. */
function laterNames(x: GivenForms): string | null {
  if (x.joined === null || x.joined === undefined || x.written === null || !x.joined.startsWith(x.written)) return null;
  const rest = x.joined.slice(x.written.length);
  return rest.length >= 3 ? rest : null;
}

/**
 * Spanish compound given names' first words: one named José Antonio, María Guadalupe or Juan
 * Carlos goes by the second, or its short form (Toño, Lupe).
 */
const COMPOUND_OPENERS = new Set(['jose', 'maria', 'juan', 'ma']);

/**
 * Later given names `rest` are the name `other` (exactly, by a typo, or opening with it), or, after
 * a Spanish compound's first word, `other` is its nickname ("José Antonio" / "Toño", "José
 * Guadalupe" / "Lupe"). Not after any first name: a son John William goes by Bill beside his father.
 */
function laterNameIs(first: string | null, rest: string | null, other: string): boolean {
  if (rest === null || other.length < 3) return false;
  return rest === other || fuzzyEqual(rest, other) || (rest.startsWith(other) && isGivenName(other)) || (first !== null && COMPOUND_OPENERS.has(first) && nicknameRelated(rest, other));
}

/**
 * `written` is a nickname of `canonical`'s name with one letter mistyped ("mkie" / Michael,
 * "stpeh" / Stephanie, "deibbie" / Deborah): a typo in the full name is a typo, but one in the
 * nickname matched nothing. Only where the mistyped form is no name of its own (Tim is no
 * mistyped Tom), the first and last letters agree (a last letter changed makes the other sex's
 * form: Pepe / Pepa, Paco / Paca, Gaby / Gabo; a first letter changed, with lists that lack
 * Gilly, Lotty or Renie, read Gilly as a slip of Billy beside William; a last consonant for another is no sex's ending, and a
 * last letter dropped is no other name) and the nickname has four letters or more (three, as its first three: "Jak" / Jake).
 */
function mistypedNickname(written: string, canonical: string): boolean {
  if (written.length < 3) return false;
  const last = written[written.length - 1] ?? '';
  const vowel = (ch: string) => /[aeiouy]/.test(ch);
  // The last letter kept, or two consonants one for the other ("Dout" / Doug: no sex's ending), or a nickname of four letters' last
  // dropped ("Jak" / Jake): us-tuition read. Not a longer name's ("Willi" is a German name of its own, no Willie mistyped). A nickname of four letters or more, or of three with the last letter kept.
  const ends = (n: string): boolean => n[n.length - 1] === last || (written.length >= 4 && !vowel(n[n.length - 1] ?? '') && !vowel(last)) || (written.length === 3 && n.length === 4 && n.startsWith(written));
  const slipOf = (n: string): boolean => n[0] === written[0] && (written.length >= 4 || n.startsWith(written)) && ends(n) && oneEditApart(written, n, 3);
  if (groupMembers(canonical).some(slipOf)) return !isGivenName(written);
  for (const n of relatedNames(canonical)) if (slipOf(n)) return !isGivenName(written);
  return false;
}

/**
 * A family name opening with a patronymic's link ("bin saeed al qasimi", "bint mansour bin eisa al
 * muhairi", "bin khalid"): its first father's name and the family name after the chain (the last
 * father's name where none follows). Null for any other.
 */
function patronymicChain(family: string): { father: string; family: string } | null {
  const words = family.split(' ');
  if (!PATRONYMIC_LINKS.has(words[0] ?? '') || words.length < 2) return null;
  let i = 0;
  while (PATRONYMIC_LINKS.has(words[i] ?? '') && words[i + 1] !== undefined) i += 2;
  const rest = words.slice(i);
  return { father: words[1] ?? '', family: rest.length > 0 ? rest.join(' ') : (words[i - 1] ?? '') };
}

/**
 * Words that may open a surname without being one ("van der Berg", "von Trapp", "Al-Hassan",
 * "bin Ismail"). Not "le", "la", "da", "di", "do", "du": they are surnames of their own too (Le,
 * Do, Du are common Vietnamese and Chinese ones).
 */
// Dutch written short and joined too ("vd Zanden", "v.d. Berg", "'t Hart", "in 't Veld", "Vander Linden": nl-installatie read).
const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'ter', 'ten', 'te', 'het', 't', 'in', 'op', 'vd', 'v', 'd', 'vander', 'vanden', 'vande', 'bin', 'binti', 'ibn', 'al', 'el']);

/** A surname without the particles that open it ("van der berg" → "berg"). */
function withoutParticles(family: string): string {
  const words = family.split(' ');
  let i = 0;
  while (i < words.length - 1 && SURNAME_PARTICLES.has(words[i] ?? '')) i += 1;
  return words.slice(i).join(' ');
}

/**
 * One surname written with the particles that open it, the other without ("van der Berg" /
 * "Berg", "Al-Hassan" / "Hassan"): weak evidence for ('phonetic'), where it was a disagreement.
 * Only particles: a double surname written in part ("García López" / "López") stays different,
 * for the part kept may be a parent's whole surname (a review's households: a mother María López
 * beside her daughter María García López).
 */
/** A family name with Dutch "van de(r|n)" written one way ("vd"), however written. */
function dutchParticlesShort(family: string): string {
  return family.replace(/^(?:van de[rn]?|vande[rn]?|v d|vd)(?= )/, 'vd').replace(/^(?:van t|van het)(?= )/, 'vt');
}

function particlesOnly(a: string, b: string): boolean {
  const core = withoutParticles(a);
  return core.length >= 3 && core === withoutParticles(b);
}

/**
 * Two double surnames with one first and two seconds ("Sánchez Flores" / "Sánchez Contreras",
 * "Gonzalez-Vargas" / "Gonzalez Granados"): a father's and his son's, or two siblings' of two
 * mothers, whose second surname is the mother's. Written whole, they are two persons, not a typo.
 */
function secondSurnamesDiffer(a: string, b: string): boolean {
  const wa = withoutParticles(a).split(' ');
  const wb = withoutParticles(b).split(' ');
  if (wa.length < 2 || wb.length < 2 || wa.length > 4 || wb.length > 4) return false;
  // A compound first or second surname ("Díaz de Mera Moreno" / "Díaz de Mera García", "Martínez Gil" / "Martínez Ruiz de
  // Alda": es-fisio read, a father and son read as sounding alike): the first words agree, the last differ. Not one the other's
  // opening words ("Díaz de Mera" / "Díaz de Mera García": the second dropped).
  const opens = (x: readonly string[], y: readonly string[]) => x.length < y.length && x.every((w, i) => w === y[i] || fuzzyEqual(w, y[i] ?? ''));
  if (opens(wa, wb) || opens(wb, wa)) return false;
  const [fa = '', fb = ''] = [wa[0], wb[0]];
  const [sa = '', sb = ''] = [wa.at(-1), wb.at(-1)];
  return (fa === fb || fuzzyEqual(fa, fb)) && sa.length >= 3 && sb.length >= 3 && !fuzzyEqual(sa, sb) && !soundAlike(sa, sb) && !abbreviates(sa, sb) && !abbreviates(sb, sa);
}

/** The first surname of a married woman's name written with "de" and her husband's ("zuniga de zepeda" → zuniga), else null. */
function marriedName(family: string): string | null {
  const words = withoutParticles(family).split(' ');
  return words.length === 3 && words[1] === 'de' && (words[0] ?? '').length >= 3 && !COMPOUND_TAILS.has(words[2] ?? '') ? (words[0] ?? null) : null;
}
/** The ends of Spain's and Mexico's surnames of one "de" ("Díaz de León", "Montes de Oca", "Fernández de Lara"): one surname, no husband's. */
const COMPOUND_TAILS = new Set(['leon', 'oca', 'lara', 'castro', 'velasco', 'tagle', 'escobar', 'haro', 'luna', 'vega', 'rivera', 'santiago', 'jesus', 'dios', 'alba', 'anda', 'arce', 'rosas', 'soto', 'leyva', 'leiva', 'la']);

/** A family name's first word, particles aside ("de la cruz lopez" → cruz). */
function firstSurname(family: string): string | null {
  const words = withoutParticles(family).split(' ');
  return words.length <= 2 ? (words[0] ?? null) : null;
}

/** `one` a single surname, `two` a double one opening with it (or a slip of it). */
function firstOfTwo(one: string, two: string): boolean {
  const words = withoutParticles(two).split(' ');
  const single = withoutParticles(one);
  return !single.includes(' ') && single.length >= 3 && words.length === 2 && (words[0] === single || fuzzyEqual(words[0] ?? '', single));
}

/** A surname's usual abbreviation: its start ("Lop" / "Lopez") or its letters' skeleton ("Hdez" / "Hernandez", "Glez", "Mtz"). */
function abbreviates(short: string, long: string): boolean {
  if (short.length >= long.length || short[0] !== long[0]) return false;
  if (long.startsWith(short)) return true;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i += 1;
  return short.length <= 5 && i === short.length;
}

function compareFamily(a: string | null, b: string | null): FieldLevel<'family'> {
  if (a === null || b === null) return 'missing';
  const pa = patronymicChain(a);
  const pb = patronymicChain(b);
  // A family name written with its patronymic ("bin Saeed Al Qasimi") against one without: the family name after it. Both with one:
  // the fathers' names first (Mohammed bin Saeed is not Mohammed bin Khalid), then the family names.
  if (pa !== null || pb !== null) {
    if (pa !== null && pb !== null && compareFamily(pa.father, pb.father) === 'different') return 'different';
    // The article read as written or not ("Al Qasimi" / "Qasimi", as a display without the patronymic reads it).
    const article = (f: string) => f.replace(/^(?:al|el) (?=\S)/, '');
    const [fa, fb] = [pa?.family ?? a, pb?.family ?? b];
    if (fa !== a || fb !== b) {
      const written = compareFamily(fa, fb);
      const bare = compareFamily(article(fa), article(fb));
      return FAMILY_RANK[bare] > FAMILY_RANK[written] ? bare : written;
    }
  }
  // A surname of one letter is an initial ("Mary B."): one in some twenty surnames shares it, so
  // it is weak evidence for, never a surname agreeing.
  // Not one of East Asia's characters: a surname of one ("李", "鄭", "黄": jp-setsubi read, read as an initial).
  if (a === b) return a.replace(/[^\p{L}]/gu, '').length <= 1 && !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(a) ? 'phonetic' : 'exact';
  // And one of one letter against a surname of that letter ("Emily W." / Emily Weber, "larry h" / Larry Howard): the same weak
  // evidence, as a canvassing app or a till writes a surname (us-roofing read: read as two surnames, strongly against).
  // Latin letters only (a script's skeleton or a character is no initial).
  const initialOf = (i: string, f: string) => /^[a-z]$/.test(i) && /^[a-z][a-z' -]*[a-z]$/.test(f) && f.startsWith(i);
  if (initialOf(a.replace(/\.$/, ''), b) || initialOf(b.replace(/\.$/, ''), a)) return 'phonetic';
  // Dutch particles written short or joined ("vd Zanden", "v.d. Zanden", "Vander Zanden" / "van der Zanden"): one name, as a typo's.
  if (dutchParticlesShort(a) === dutchParticlesShort(b) && withoutParticles(a).length >= 3) return 'typo';
  const ca = a.replace(/ /g, '');
  const cb = b.replace(/ /g, '');
  // A married woman's "de" and her husband's surname after her own ("Zúñiga de Zepeda" / "Zúñiga Herrera", "González de
  // Villarreal" / "González"): her first surname is the one compared; weak evidence, as a household's first surnames agree.
  const [ma, mb] = [marriedName(a), marriedName(b)];
  if (ma !== null || mb !== null) {
    const [fa, fb] = [ma ?? firstSurname(a), mb ?? firstSurname(b)];
    if (fa !== null && fb !== null && (fa === fb || fuzzyEqual(fa, fb))) return 'phonetic';
  }
  if (secondSurnamesDiffer(a, b)) return 'different';
  if (ca === cb || fuzzyEqual(ca, cb) || (Math.min(ca.length, cb.length) >= 3 && jaroWinklerSimilarity(ca, cb) >= 0.93)) return 'typo';
  // A double surname and its first one alone ("Peña Barajas" / "Peña"): the second dropped, as a form or a bookkeeper drops
  // it; weak evidence, as a mother's and her child's first surnames agree. Not its second alone ("García López" / "López").
  if (soundAlike(ca, cb) || jaroWinklerSimilarity(ca, cb) >= 0.88 || particlesOnly(a, b) || firstOfTwo(a, b) || firstOfTwo(b, a)) return 'phonetic';
  return 'different';
}

/** A family name against the other record's given name (names swapped): its first word, or all its words joined ("de la cruz"). */
function familyAgainstGiven(family: string | null, r: LinkageRecord): FieldLevel<'family'> {
  const given = r.givenWritten ?? r.given;
  // Read crosswise, "Smith Paul" against Paula Smith compares Paul with Paula here: names of the two sexes never agree.
  if (given !== null && family !== null && oppositeSexNames(given, family)) return 'different';
  let first = compareFamily(given, family);
  // Read crosswise, rhyming given names ("Terry Gerry" / "Jerry Gerry") are no typo either (see `rhymingNames`).
  if (first === 'typo' && given !== null && family !== null && rhymingNames(given, family)) first = 'phonetic';
  if (r.givenJoined === null) return first;
  const joined = compareFamily(r.givenJoined, family);
  return FAMILY_RANK[joined] > FAMILY_RANK[first] ? joined : first;
}

const GIVEN_RANK: Record<FieldLevel<'given'>, number> = { exact: 5, nickname: 4, typo: 3, alias: 2, phonetic: 2, 'other-sex': 1, initial: 1, different: 0, missing: 0 };
const FAMILY_RANK: Record<FieldLevel<'family'>, number> = { exact: 3, typo: 2, phonetic: 1, different: 0, missing: 0 };

/**
 * Which of a family's namesakes each name says it is. "John Smith Jr." and "John Smith Sr." (or
 * III) are two people, never one customer: the given names are 'different'. One written with a
 * generation and the other without may be either: the suffix dropped by one system, or the father
 * beside his son. A given name (or an initial) that agreed is then weak evidence for ('phonetic'),
 * which the household alternative weighs, as it does two people's middle names. (Tried at the
 * thirteenth stop: as 'different', which the data's 285 pairs of two people against 13 of one
 * suggested. The one person's pairs share e-mail, phone and home, where the household alternative
 * then wins: us-auto's duplicates rose 28 -> 40 unseen. Undone.)
 */
function withGenerations(fields: FieldComparison[], a: string | null, b: string | null): FieldComparison[] {
  if (a === b) return fields;
  return fields.map((f) => {
    if (f.field !== 'given' || f.level === 'missing') return f;
    const swapped = f.swapped === true ? { swapped: true } : {};
    if (a !== null && b !== null) return { field: 'given', level: 'different', ...swapped };
    // So is an initial that agrees ("C. O'Sullivan Sr" / Cal O'Sullivan): a son named for his father shares it.
    return GIVEN_RANK[f.level as FieldLevel<'given'>] >= 3 || f.level === 'initial' ? { field: 'given', level: 'phonetic', ...swapped } : f;
  });
}

function sexOf(given: string | null): { sex?: 'male' | 'female' } {
  const sex = given === null ? null : sexOfName(given);
  return sex === null ? {} : { sex };
}

/**
 * The words of a person's name between its first and its family name ("Rosario Cruz Medina" read
 * from a display: given Rosario, family Medina, Cruz between them).
 */
function wordsBetween(r: LinkageRecord): string[] {
  // A person's own name only, written given names first: not a couple's, a firm's or a contact's
  // beside its firm's name, nor one written family name first ("Yan Lian Chia").
  if (!r.isPerson || r.couple || r.partnership || r.organisationNamed || r.family === null) return [];
  const family = withoutParticles(r.family).split(' ');
  const t = r.nameTokens;
  if (t.length < family.length + 2 || (t[0] !== r.given && t[0] !== r.givenWritten)) return [];
  if (t.slice(t.length - family.length).join(' ') !== family.join(' ')) return [];
  const between = t.slice(1, t.length - family.length);
  // The given names' own later words, nothing else the name carries ("Ella Di Stefano (Antonio Di Stefano)").
  const joined = r.givenJoined ?? '';
  return joined.length > 0 && joined.slice((r.givenWritten ?? r.given ?? '').length) === between.join('') ? between : [];
}

/**
 * A surname that the other name writes right after its first given name ("Rosario Cruz" / "Rosario
 * Cruz Medina", "Laura Sslazar" / "Laura Salazar Vázquez"): a double surname read from a display,
 * whose last word the reading took for the family name. Not a later word: a mother's surname after
 * two given names ("Maria Souza" / "Maria Eduarda Souza Lima", a mother and her daughter: a review's
 * finding). Weak evidence ('phonetic'), as a double surname's first alone is (`firstOfTwo`); a slip
 * only in a long surname ("Ming" is no King, "Yeon" no Leon).
 */
function surnameBetween(family: string | null, r: LinkageRecord): boolean {
  if (family === null || !r.isPerson) return false;
  const f = withoutParticles(family);
  if (f.includes(' ') || f.length < 3) return false;
  const w = wordsBetween(r)[0];
  return w !== undefined && (w === f || (Math.min(w.length, f.length) >= 6 && fuzzyEqual(w, f)));
}

/** Countries that write the father's surname last and go by it (Brazil, Portugal, Angola, Mozambique), by address or calling code. */
const SURNAME_LAST_COUNTRIES = new Set(['BR', 'PT', 'AO', 'MZ']);
const surnameLast = (r: LinkageRecord): boolean =>
  (r.country !== null && SURNAME_LAST_COUNTRIES.has(r.country)) || /^\+(?:55|351|244|258)/.test(r.phone ?? '') || /\.(?:br|pt|ao|mz)$/.test(r.emailDomain ?? '');
/** Spain's, Portugal's and Latin America's countries, calling codes and mail domains: where a person's surnames are two or more. */
const HISPANIC_LUSOPHONE = new Set(['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'PR', 'BR', 'PT', 'AO', 'MZ']);
const hispanicOrLusophone = (r: LinkageRecord): boolean =>
  (r.country !== null && HISPANIC_LUSOPHONE.has(r.country)) ||
  /^\+(?:34|52|54|57|56|51|58|593|502|53|591|595|503|505|506|507|598|55|351|244|258)/.test(r.phone ?? '') ||
  /\.(?:es|mx|ar|com\.co|cl|pe|ve|ec|gt|br|pt|uy|py|bo)$/.test(r.emailDomain ?? '');
/** Portuguese particles inside a family name ("Nascimento dos Reis", "Pires da Costa"): no Spanish surname's. */
const PORTUGUESE_PARTICLES = new Set(['da', 'das', 'do', 'dos']);
/** Spanish particles and joins inside surnames ("García de la Fuente", "Ortega y Gasset"): no surnames of their own, when surnames are counted. */
const SPANISH_PARTICLES = new Set(['la', 'las', 'los', 'y', 'e']);

/**
 * A single surname that is the last of the other's several ("Marcelo Queiroz" / Marcelo Dombrowski
 * Queiroz, "Raquel dos Reis" / Raquel Nascimento dos Reis, "Arthur Barros" / Arthur Pires Azevedo
 * Barros): Brazil and Portugal write the mother's surnames first and the father's last, and a
 * person goes by the last. Weak evidence for ('phonetic'), as a Spanish double surname's first
 * alone is (`firstOfTwo`). Only where the names say Portuguese order: a record of those countries,
 * three surnames or more, or a Portuguese particle among them; elsewhere a double surname's last
 * alone is a mother's (María López beside her daughter María García López).
 */
function lastOfSeveral(family: string | null, r: LinkageRecord, other: LinkageRecord): boolean {
  if (family === null || r.family === null) return false;
  const surnames = (name: string): string[] => {
    const all = name.split(' ');
    return all.filter((w, i) => !SURNAME_PARTICLES.has(w) && !SPANISH_PARTICLES.has(w) && !(PORTUGUESE_PARTICLES.has(w) && i < all.length - 1));
  };
  // The shorter's surnames are the longer's last ones ("do Carmo de Barros" / "Azevedo do Carmo de Barros"), the last one long
  // enough to carry a slip.
  const short = surnames(family);
  const long = surnames(r.family);
  if (short.length === 0 || long.length <= short.length || (short[short.length - 1] ?? '').length < 3) return false;
  const tail = long.slice(long.length - short.length);
  if (!tail.every((w, i) => w === short[i] || (Math.min(w.length, (short[i] ?? '').length) >= 6 && fuzzyEqual(w, short[i] ?? '')))) return false;
  return surnameLast(r) || surnameLast(other) || long.length >= 3 || [...family.split(' '), ...r.family.split(' ')].some((w) => PORTUGUESE_PARTICLES.has(w));
}

/**
 * Two persons' surnames that differ as written, read as one person's after all (`surnameBetween`, `lastOfSeveral`): only in
 * two persons' own names whose given names agree as one person's do (not an initial, not the other sex's: "Gabriela" /
 * "Gabriel", "A. Ferreira" / "Ana Ferreira da Silva", a review's findings), not a household's ("Hassan Ibrahim Mohamud"
 * beside "Nimo Aden Ibrahim"), and only where an e-mail or a phone agrees too: a father and his son share their home and one
 * surname (a review's finding). A surname between the other's names only where the names are Spanish or Portuguese (an
 * English middle name is often a family surname: "John Taylor" / "John Taylor Smith").
 */
/**
 * Two persons' own records whose given names agree as one person's and an e-mail or a phone agrees too: where a surname read
 * otherwise (`surnamesOfOne`, `hyphenatedPart`) may be one person's; a mother and daughter, a father and son share a home.
 */
function reached(a: LinkageRecord, b: LinkageRecord, given: FieldLevel<'given'>): boolean {
  if (given !== 'exact' && given !== 'typo' && given !== 'nickname' && given !== 'alias') return false;
  if (!a.isPerson || !b.isPerson || a.organisationNamed || b.organisationNamed || a.couple || b.couple) return false;
  return (a.email !== null && a.email === b.email) || (a.phone !== null && b.phone !== null && phoneKey(a) === phoneKey(b));
}

/** A record of a Portuguese-speaking country: its country, its phone's code or its mailbox's domain. */
const lusophone = (r: LinkageRecord): boolean => ['PT', 'BR', 'AO', 'MZ', 'CV'].includes(r.country ?? '') || /^\+(?:351|55|244|258|238)/.test(r.phone ?? '') || /\.(?:pt|br)$/.test(r.emailDomain ?? '');

/**
 * Portugal's and Brazil's surnames, the last the one a person goes by and the earlier ones dropped by one list ("Moura Santos da
 * Costa" / "Santos da Costa", "Eduarda Batista Lima" / "Lima", "L. Costa" / "Lopes Costa": pt-contabilidade read, read as
 * different surnames): the shorter's words the longer's last, or their initials. Weak evidence, as a child's surnames end in the
 * father's. Only in a record of those countries (Spain's first surname is the one a person goes by: "García López" / "López" is
 * no agreement there), and only where the given names agree (`surnamesOfOne`: not a household's).
 */
function lastSurnamesOfOne(a: LinkageRecord, b: LinkageRecord): boolean {
  if (a.family === null || b.family === null || (!lusophone(a) && !lusophone(b))) return false;
  const words = (f: string) => f.split(' ').filter((w) => w !== '' && !SURNAME_PARTICLES.has(w));
  const [wa, wb] = [words(a.family), words(b.family)];
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 0 || (short.length === 1 && (short[0] ?? '').length < 3)) return false;
  const tail = long.slice(long.length - short.length);
  const agree = (w: string, t: string) => w === t || (w.length === 1 && t.startsWith(w)) || (t.length === 1 && w.startsWith(t)) || (Math.min(w.length, t.length) >= 5 && oneEditApart(w, t));
  // The last surname itself agreeing as written (not its initial).
  return short[short.length - 1] === tail[tail.length - 1] && short.every((w, i) => agree(w, tail[i] ?? ''));
}

function surnamesOfOne(a: LinkageRecord, b: LinkageRecord, given: FieldLevel<'given'>): boolean {
  if ((given === 'exact' || given === 'typo' || given === 'nickname' || given === 'alias' || given === 'initial') && lastSurnamesOfOne(a, b)) return true;
  if (!reached(a, b, given)) return false;
  if ((hispanicOrLusophone(a) || hispanicOrLusophone(b)) && (surnameBetween(a.family, b) || surnameBetween(b.family, a))) return true;
  return lastOfSeveral(a.family, b, a) || lastOfSeveral(b.family, a, b);
}

/** Two partners' given names, each a name of the birth lists and of one sex, that no reading makes one ('different'). */
function partnersDiffer(x: GivenForms, y: GivenForms): boolean {
  const [wx, wy] = [x.written ?? x.canonical ?? '', y.written ?? y.canonical ?? ''];
  if (!inBirthLists(wx) || !inBirthLists(wy)) return false;
  const [sx, sy] = [sexOfName(wx), sexOfName(wy)];
  return sx !== null && sx === sy && compareGiven(x, y) === 'different';
}

/** Countries whose surnames' particles "van" and "von" are written "v.". */
const PARTICLE_V_COUNTRIES = new Set(['NL', 'BE', 'DE', 'AT', 'CH', 'LU']);

/**
 * A person's middle initial as the names write it, between the given name and the family name ("Aaron H. Lapp", "LAPP, AARON J.",
 * "Eli T. Yoder", or joined to the given name, "Aaron H." read from a display alone); null where none is written, or for a couple's names.
 */
function middleInitial(r: LinkageRecord): string | null {
  if (!r.isPerson || r.couple || r.given === null || r.family === null) return null;
  const given = r.givenWritten ?? r.given;
  // The field's given name and its initial joined ("Aaron H." / "aaronh").
  if (r.givenJoined !== null) return r.givenJoined.length === given.length + 1 && r.givenJoined.startsWith(given) && /[a-z]$/.test(r.givenJoined) ? r.givenJoined.slice(-1) : null;
  const t = r.nameTokens;
  const i = t.indexOf(given);
  const initial = i < 0 ? undefined : t[i + 1];
  // Not "v." in a record of the Low Countries or a German-speaking one (van, von: "Jan v. Dijk", a particle written short, a
  // review's finding); a Filipino's "V." elsewhere is her mother's surname's initial.
  if (initial === undefined || !/^[a-z]$/.test(initial) || (initial === 'v' && PARTICLE_V_COUNTRIES.has(r.country ?? ''))) return null;
  // The family name's first word next, and no other initial of one letter in the names.
  const next = t[i + 2];
  return next !== undefined && next === r.family.split(' ')[0] && t.filter((w) => w.length === 1).length === 1 ? initial : null;
}

/**
 * Both persons' names write a middle initial beside one given name, and the initials differ ("Aaron J. Lapp" / "Aaron H. Lapp"):
 * as two middle names that differ (`middleNamesDiffer`), weak evidence for, which the household alternative weighs (us-septic read:
 * Plain men of one given name and surname on one road, told apart by their fathers' initials, were linked as one).
 */
function middleInitialsDiffer(a: LinkageRecord, b: LinkageRecord): boolean {
  const x = middleInitial(a);
  const y = middleInitial(b);
  return x !== null && y !== null && x !== y;
}

/**
 * The given names compared, each record's field and, where its display shows another given name (`givenShown`), that one
 * too: the best agreement of either, and the canonical name it agreed on (for an exact match's frequency).
 */
function givenAgreement(a: LinkageRecord, b: LinkageRecord): { level: FieldLevel<'given'>; name: string | null } {
  const level = compareGiven(givenOf(a), givenOf(b));
  const shown = (r: LinkageRecord): GivenForms[] => r.givenShown.map((g) => ({ canonical: givenNameCanonical(g), written: g }));
  // Two couples' records naming both partners alike, in either order ("Hanh and David Tran" / "David & Hanh Tran"): one
  // household, as agreeing as the weaker pair (us-vetclinic read). Sharing one partner's name only ("John & Mary Smith" /
  // "Peter & Mary Smith"): two households, compared by the fields.
  if (a.couple && b.couple && level !== 'exact' && a.givenShown.length === 1 && b.givenShown.length === 1) {
    const [x0, x1] = [givenOf(a), ...shown(a)];
    const [y0, y1] = [givenOf(b), ...shown(b)];
    if (x0 !== undefined && x1 !== undefined && y0 !== undefined && y1 !== undefined) {
      const crossed = [compareGiven(x0, y1), compareGiven(x1, y0)];
      if (crossed.every((l) => GIVEN_RANK[l] >= GIVEN_RANK.typo)) return { level: crossed.reduce((w, l) => (GIVEN_RANK[l] < GIVEN_RANK[w] ? l : w)), name: a.given };
    }
  }
  // Two couples' records of one partner's name and each naming another partner ("Harvey & Ida Zook" / "Harvey & Fannie Zook",
  // "Shane & Faye Shumaker" / "Shane & Charlotte Shumaker"): two households, a namesake's (us-septic read: Plain families of one
  // surname on one road, where a few given names serve many men, were linked by the husband's name). Not a partner's name
  // written another way (a nickname, a slip, an initial, the other sex's spelling: each agrees, or is no 'different'), nor one
  // the birth lists lack ("Harvey & Wife", "Laxmi" / "Lakshmi", "Wei & Xiaoli" / "Wei & Lily": a review's finding).
  if (a.couple && b.couple && a.givenShown.length === 1 && b.givenShown.length === 1 && GIVEN_RANK[level] >= GIVEN_RANK.typo) {
    const [pa] = shown(a);
    const [pb] = shown(b);
    if (pa !== undefined && pb !== undefined && partnersDiffer(pa, pb)) return { level: 'different', name: a.given };
  }
  if (level === 'exact' && middleInitialsDiffer(a, b)) return { level: 'phonetic', name: a.given };
  if ((a.givenShown.length === 0 && b.givenShown.length === 0) || level === 'exact' || (a.couple && b.couple)) return { level, name: a.given };
  let best: { level: FieldLevel<'given'>; name: string | null } = { level, name: a.given };
  // A shown name meets the other record's field only, never its shown name (two records showing one pet name, "Bong Revilla",
  // with two given names are two persons); it is one of the record's names, not its given name: an alias's weight at most
  // ("Dizon, Jessie" with GivenName Bobot against Jessie's record). Not a name of the other sex than the field's ("Mr John
  // Smith" with GivenName Jane: a household's record), but for a couple's, whose partners are each named.
  const pairs: Array<[GivenForms, GivenForms]> = [
    ...shown(a).filter((x) => a.couple || !oppositeSexNames(x.written ?? '', a.givenWritten ?? '')).map((x): [GivenForms, GivenForms] => [x, givenOf(b)]),
    ...shown(b).filter((y) => b.couple || !oppositeSexNames(y.written ?? '', b.givenWritten ?? '')).map((y): [GivenForms, GivenForms] => [givenOf(a), y]),
  ];
  // A couple's partner is the household's own ("Steven Weaver" / "Jessica & Steven Weaver"): as agreeing as the names are.
  const partnerOf = (x: GivenForms): boolean => (a.couple && shown(a).some((g) => g.written === x.written)) || (b.couple && shown(b).some((g) => g.written === x.written));
  for (const [x, y] of pairs) {
    if (x.canonical === null || y.canonical === null) continue;
    const other = compareGiven(x, y);
    const capped = GIVEN_RANK[other] >= GIVEN_RANK.alias && other !== 'other-sex' && !partnerOf(x) && !partnerOf(y) ? 'alias' : other;
    if (GIVEN_RANK[capped] > GIVEN_RANK[best.level]) best = { level: capped, name: x.canonical };
  }
  return best;
}

/** `x`'s family name is hyphenated and `y`'s is one of its two words (or one slip off it). */
function hyphenatedPart(x: LinkageRecord, y: LinkageRecord): boolean {
  if (!x.familyHyphenated || x.family === null || y.family === null || y.family.includes(' ') || y.family.length < 3) return false;
  return x.family.split(' ').some((w) => w === y.family || fuzzyEqual(w, y.family ?? ''));
}

/**
 * `x`'s names read from its display alone end with `y`'s family name of two words or more, written in its fields: 'exact',
 * or 'typo' where one of its words is a slip ("HUGO YBARRA CZSTILLO" / Ybarra Castillo); null where they do not.
 */
function doubleShown(x: LinkageRecord, y: LinkageRecord): 'exact' | 'typo' | null {
  if (!x.namesFromDisplay || y.namesFromDisplay || y.family === null || x.family === null) return null;
  // The name's words as the display's tokens read them, its particles aside ("Mendoza De Castro": mendoza castro).
  const words = y.family.split(' ').filter((w) => !SURNAME_PARTICLES.has(w));
  if (words.length < 2 || x.nameTokens.length <= words.length) return null;
  const tail = x.nameTokens.slice(-words.length);
  if (tail.join(' ') === words.join(' ')) return 'exact';
  const slips = tail.filter((t, i) => t !== words[i]);
  return slips.length === 1 && tail.every((t, i) => t === words[i] || fuzzyEqual(t, words[i] ?? '')) ? 'typo' : null;
}

/**
 * `x`'s family field holds two or three names, `y`'s one of them, and `y`'s display writes the others ("Irungu Ndungu" /
 * Ndungu, shown "Duncan Irungu Ndungu"): the same names, each record's fields splitting them otherwise.
 */
function namesWrittenBeside(x: LinkageRecord, y: LinkageRecord): boolean {
  if (x.family === null || y.family === null || y.family.includes(' ') || y.namesFromDisplay) return false;
  const words = x.family.split(' ').filter((w) => !SURNAME_PARTICLES.has(w));
  if (words.length < 2 || words.length > 3 || !words.includes(y.family) || y.couple) return false;
  // Each other word where the display names the person, not after a particle or a conjunction: a married woman's display
  // writes her husband's surname after "de" ("Maria Lopez de Garcia"), a couple's his name before "&" (her daughter is a
  // Garcia Lopez: a review's finding).
  const shown = y.displayWords;
  if (shown.some((t) => CONJUNCTIONS_IN_NAMES.has(t))) return false;
  return words.every((w) => {
    if (w === y.family) return true;
    const at = shown.indexOf(w);
    return w.length >= 3 && at >= 0 && !SURNAME_PARTICLES.has(shown[at - 1] ?? '');
  });
}
const CONJUNCTIONS_IN_NAMES = new Set(['and', 'y', 'e', 'et', 'und', 'en']);

/** `x`'s family name is a display's hyphenated last word read whole, and `y`'s the last part alone (or a slip of it). */
function hyphenLastAlone(x: LinkageRecord, y: LinkageRecord): boolean {
  if (!x.namesFromDisplay || !x.familyHyphenated || x.family === null || y.family === null || y.family.includes(' ')) return false;
  const last = x.family.split(' ').pop() ?? '';
  return last.length >= 3 && (last === y.family || fuzzyEqual(last, y.family));
}

/**
 * The record's family slot holds a given name of one sex and its given slot no name the birth lists give a sex ("Wright Angela",
 * "Jessica, Pinckney"). Not a given slot of a name of either sex: "Paula Smith" is no swapped Smith Paula (Smith is a boy's name
 * in the lists too), and "Angela, King" is left unread for it (King is a boy's name there).
 */
function surnameInGivenSlot(r: LinkageRecord): boolean {
  if (r.family === null || r.givenWritten === null || r.family.includes(' ') || r.givenWritten.length < 2) return false;
  return sexOfName(r.family) !== null && sexOfName(r.givenWritten) === null && !isGivenName(r.givenWritten);
}

/** Given and family names, in written order or crosswise (first and last swapped), whichever agrees better. */
function comparePerson(a: LinkageRecord, b: LinkageRecord): FieldComparison[] {
  const agreement = givenAgreement(a, b);
  const given = agreement.level;
  // A Czech or Slovak woman's surname and a man's of one family ("Nováková" / "Novák", "Černá" / "Černý"): two persons' names.
  // Not beside one given name agreeing ("Jana Novák" / "Jana Nováková" at her mailbox: her surname keyed in the man's form; a review's finding).
  const czechForms = (a.czech !== null || b.czech !== null) && GIVEN_RANK[given] < GIVEN_RANK.typo && a.family !== null && b.family !== null && czechSurnamePair(a.family, b.family);
  const written = czechForms ? 'different' : compareFamily(a.family, b.family);
  // Read only where the surnames differ (this runs for every pair of persons).
  // A hyphenated double surname and one of its two alone ("Ekanem-Asuquo" / "Asuquo"): a maiden and a married name, a woman
  // going by either; weak evidence for, as a mother's and her child's shared surname is.
  // A display read alone took its last word for the surname; the other record's double surname ending it is its surname
  // ("Silvia Acosta Quinones" / Silvia, Acosta Quinones; us-latino read).
  const shownDouble = written === 'exact' ? null : (doubleShown(a, b) ?? doubleShown(b, a));
  const double = shownDouble !== null;
  // Or one record's family field holds two of the person's names and the other's one of them, its display writing the other too
  // ("Irungu Ndungu" / Ndungu, shown "Duncan Irungu Ndungu"; East Africa's names in any order: ke-agrovet read).
  const beside = shownDouble === null && (written === 'different' || written === 'phonetic') && (GIVEN_RANK[given] >= GIVEN_RANK.alias || given === 'missing') && (namesWrittenBeside(a, b) || namesWrittenBeside(b, a));
  // A display's hyphenated double surname ("Mary Smith-Jones") against the same display written with a space, or its last word
  // alone, as the display was read before it was read whole (a review's finding): exact, and a typo's level.
  const sameShown = written === 'different' && a.namesFromDisplay && b.namesFromDisplay && a.nameTokens.join(' ') === b.nameTokens.join(' ') && a.nameTokens.length >= 2;
  const lastShown = written !== 'exact' && (hyphenLastAlone(a, b) || hyphenLastAlone(b, a));
  // One name's words parted at another place by each record's fields ("Mehmet | Akif Sezer" / "Mehmet Akif | Sezer": a second
  // given name read as a surname's; tr-yapi read): the same names, the shorter surname the one compared.
  const whole = (r: LinkageRecord) => (r.family === null || r.givenWritten === null ? null : `${r.givenJoined ?? r.givenWritten}${r.family.replace(/ /g, '')}`);
  const splitOtherwise = written !== 'exact' && a.family !== null && b.family !== null && whole(a) !== null && whole(a) === whole(b) && (a.givenJoined ?? a.givenWritten) !== (b.givenJoined ?? b.givenWritten);
  const family = sameShown || splitOtherwise ? 'exact' : shownDouble !== null ? shownDouble : beside || lastShown ? 'typo' : written === 'different' && (surnamesOfOne(a, b, given) || ((hyphenatedPart(a, b) || hyphenatedPart(b, a)) && reached(a, b, given))) ? 'phonetic' : written;
  // A Vietnamese given name in the same letters and other tones is another name ("Hùng" / "Hưng", "Thành" / "Thanh"), where both
  // records write their names' marks (vn-dientu read: a father and his son at one home).
  const tones = a.givenTone !== null && b.givenTone !== null && a.givenTone !== b.givenTone && a.givenWritten === b.givenWritten && given !== 'missing';
  let best: FieldComparison[] = [
    { field: 'given', level: tones ? 'different' : given, ...(given === 'exact' && !tones ? { tfKey: `g:${agreement.name ?? ''}`, ...sexOf(agreement.name) } : {}) },
    {
      field: 'family',
      level: family,
      ...(family === 'exact' ? { tfKey: `f:${(splitOtherwise ? ((a.family ?? '').length <= (b.family ?? '').length ? a.family : b.family) : double && a.namesFromDisplay ? b.family : a.family) ?? ''}` } : {}),
      ...(family === 'exact' && given === 'exact' && !tones && b.givenWritten !== null && b.family !== null ? { fullNameKey: `n:${`${b.givenWritten} ${b.family}`.split(' ').sort().join(' ')}` } : {}),
    },
  ];
  if (a.given !== null && b.given !== null && a.family !== null && b.family !== null && (given !== 'exact' || family !== 'exact')) {
    // Either side may have its names swapped: its family slot then holds the given name (maybe a nickname).
    const crosswise: Array<[FieldLevel<'given'>, FieldLevel<'family'>, string, boolean, boolean]> = [
      [compareGiven({ canonical: givenNameCanonical(a.family), written: a.family }, givenOf(b)), familyAgainstGiven(b.family, a), b.family, italianShortName(a.family, b.givenWritten ?? b.given), surnameInGivenSlot(a)],
      [compareGiven(givenOf(a), { canonical: givenNameCanonical(b.family), written: b.family }), familyAgainstGiven(a.family, b), a.family, italianShortName(a.givenWritten ?? a.given, b.family), surnameInGivenSlot(b)],
    ];
    let rank = GIVEN_RANK[given] + FAMILY_RANK[family];
    for (const [sGiven, sFamily, familyValue, shortForm, surnameFirst] of crosswise) {
      // Crosswise only where both names agree well, or where the surname agrees and a family slot holds
      // a lone initial: "Westberg S." is how many lists write Susan Westberg (surname, then initial);
      // or where the surname agrees exactly and the given name only sounds alike ("Davis Zeo" for
      // Zoë Davis: a short name's swapped letters are no one-edit typo).
      const initialLast = (a.family?.length ?? 0) === 1 || (b.family?.length ?? 0) === 1;
      const soundsAlike = GIVEN_RANK[sGiven] >= 2 && sFamily === 'exact';
      // Or where an Italian short name stands for the given name and the surname agrees or is mistyped ("Cattai Manu" for Emanuele
      // Cattani, "Rihgi Max" for Massimo Righi: it-termoidraulica read, its names in either order, a short name and a slip at once).
      // Only Italy's pairs: the US table's are loose ("Evan John" / "Ian Evans": a review's finding).
      const shortNamed = shortForm && sGiven === 'alias' && FAMILY_RANK[sFamily] >= FAMILY_RANK.typo;
      // Or where the given name agrees exactly crosswise and the swapped record's given slot holds no given name ("Wright Angela"
      // for Angela Coleman, "Jessica, Pinckney" for Jessica Boykin: a form keyed the wrong way round after a marriage or a divorce
      // changed the surname; us-pediatric read): the given name read as the swap says, the surname differing.
      const renamed = sGiven === 'exact' && sFamily === 'different' && surnameFirst;
      const agrees = ((GIVEN_RANK[sGiven] >= 3 || sGiven === 'initial' || initialLast || soundsAlike || shortNamed) && FAMILY_RANK[sFamily] >= 2) || renamed;
      if (agrees && GIVEN_RANK[sGiven] + FAMILY_RANK[sFamily] > rank) {
        rank = GIVEN_RANK[sGiven] + FAMILY_RANK[sFamily];
        best = [
          { field: 'given', level: sGiven, swapped: true },
          { field: 'family', level: sFamily, swapped: true, ...(sFamily === 'exact' ? { tfKey: `f:${familyValue}` } : {}) },
        ];
      }
    }
  }
  // Titles of the two sexes ("Mr R. Kumar" / "Mrs R. Kumar", "Shri R. Kumar" / "Smt. R. Kumar",
  // "Mrs John Smith", a wife named by her husband's name, / "Mr John Smith"): most often two people
  // of one household, but one mistyped title ("Mr Susan Brown") is no 'different' name: 'other-sex',
  // which the household alternative weighs, never a link on the names.
  if (a.titleSex !== null && b.titleSex !== null && a.titleSex !== b.titleSex) return best.map((c) => (c.field === 'given' && c.level !== 'missing' && c.level !== 'different' ? { field: 'given', level: 'other-sex', ...(c.swapped === true ? { swapped: true } : {}) } : c));
  return best;
}

const QUALIFIER = /^(north|south|east|west|[ivx]{1,4}|\d{1,3})$/;

/** How many tokens of `small` find a partner in `large` (exact, or a typo), greedily. */
/** A word's singular as English writes its plural ("agencies" → "agency", "traders" → "trader"); a word of four letters or fewer as it is. */
function singularOf(t: string): string {
  if (t.length <= 4) return t;
  if (t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  return t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t;
}

function alignTokens(small: readonly string[], large: readonly string[]): { matched: number; fuzzy: number } {
  const used = new Set<number>();
  let matched = 0;
  let fuzzy = 0;
  for (const t of small) {
    let j = large.findIndex((u, k) => !used.has(k) && u === t);
    let isFuzzy = false;
    if (j < 0 && t.length >= 3 && !/^\d+$/.test(t)) {
      // Or one Indian word spelt two ways ("Jai" / "Jay", "Bhavani" / "Bhawani", "Laxmi" / "Lakshmi": in-traders read).
      // Or one word's singular and plural ("Agency" / "Agencies": in-traders read).
      j = large.findIndex((u, k) => !used.has(k) && !/^\d+$/.test(u) && (fuzzyEqual(t, u) || indicSpellingsAlike(t, u) || singularOf(t) === singularOf(u)));
      isFuzzy = true;
    }

    if (j >= 0) {
      used.add(j);
      matched += 1;
      if (isFuzzy) fuzzy += 1;
    }
  }
  return { matched, fuzzy };
}

/**
 * One word of a name written short for another ("Dist." / Distribuidora, "Mat." / Materiales, "Asocs." / Asociados, "Ayto." /
 * Ayuntamiento, "Hidr." / Hidráulica): its start of three letters or more, or its letters in order from its first to its
 * last (five at most). Read only for a firm's word (`isFirmWord`: not "Park" / "Parkside", "Pet" / "Peterson"), where it
 * stands and every other word agrees (`compareTokens`): "Dist." is District's too.
 */
function shortFor(short: string, long: string): boolean {
  if (short.length < 3 || long.length < short.length + 2 || short[0] !== long[0] || /\d/.test(short) || /\d/.test(long)) return false;
  if (long.startsWith(short)) return true;
  if (short.length > 5 || short[short.length - 1] !== long[long.length - 1]) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i += 1;
  return i === short.length;
}

/** The long word two words joined, the short one its first ("Stadt" + "werke": the town's utility, not the town written short). */
function compoundOf(short: string, long: string): boolean {
  const rest = long.slice(short.length);
  return long.startsWith(short) && COMPOUND_TAILS_DE.has(rest);
}
/** German compounds' second words that name another body or firm than their first ("Stadtwerke", "Landratsamt", "Bauhof"). */
const COMPOUND_TAILS_DE = new Set(['werke', 'werk', 'amt', 'verwaltung', 'verband', 'hof', 'haus', 'markt', 'handel', 'bau']);

function qualifiersClash(a: readonly string[], b: readonly string[]): boolean {
  const qa = a.filter((t) => QUALIFIER.test(t));
  const qb = b.filter((t) => QUALIFIER.test(t));
  return qa.length > 0 && qb.length > 0 && !qa.some((q) => qb.includes(q));
}

/** Two names as token sets (organisations, or a person against an organisation). */
function compareTokens(a: readonly string[], b: readonly string[]): FieldLevel<'name'> {
  if (a.length === 0 || b.length === 0) return 'missing';
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if ([...a].sort().join(' ') === [...b].sort().join(' ')) return 'exact';
  // A space lost or added ("RiverbendFlorist Group" / "Riverbend Florist Group"); never where a
  // site number or letter could be what moved ("Daycare 12" / "Daycare 1 2", "Smith J Plumbing").
  if (a.join('') === b.join('') && ![...a, ...b].some((t) => t.length === 1 || QUALIFIER.test(t))) return 'typo';
  // Or a space lost and a letter slipped beside it ("Electro Mechanical" / "Electromechanical" read as "elektro mechanical": in-traders
  // read), in a long name whose words are otherwise the same.
  if (a.length !== b.length && Math.min(a.join('').length, b.join('').length) >= 12 && oneEditApart(a.join(''), b.join('')) && ![...a, ...b].some((t) => t.length === 1 || /\d/.test(t) || QUALIFIER.test(t))) return 'typo';
  const { matched, fuzzy } = alignTokens(small, large);
  const clash = qualifiersClash(a, b);
  if (!clash && matched === small.length && small.length === large.length && fuzzy < small.length) return 'typo';
  if (!clash && matched === small.length && (small.length >= 2 || (small[0] ?? '').length >= 4)) return 'contained';
  // One word written short for the other's where it stands, every other word the same ("Dist. El Cedro" / "Distribuidora El
  // Cedro"): a typo's level. Only so: a word that starts another is a word of its own as often ("Pet Rescue" / "Peterson",
  // "PlanWise Partners" / "Compass Point Plan Partners").
  if (!clash && a.length >= 2 && a.length === b.length) {
    // Not a firm's word of its own for another that begins with it ("Stadt" / "Stadtwerke": the town and its utility, a de-handwerk false link).
    const shortOf = (s: string, l: string) => shortFor(s, l) && isFirmWord(l) && !compoundOf(s, l);
    const apart = a.map((t, i) => (t === b[i] ? 0 : shortOf(t, b[i] ?? '') || shortOf(b[i] ?? '', t) ? 1 : 2));
    // Two words written short where two others agree ("Serrapar Com. Equip. Inf." / "Serrapar Comércio Equipamentos Informática").
    const short = apart.filter((d) => d === 1).length;
    // Two only as the long words' starts ("Com." / Comércio, "Inf." / Informática): not letters in order ("Rose" / Rotisserie, a review's finding).
    const starts = a.every((t, i) => apart[i] !== 1 || t.startsWith(b[i] ?? '') || (b[i] ?? '').startsWith(t));
    if (apart.every((d) => d < 2) && (short === 1 || (short === 2 && a.length - short >= 2 && starts))) return 'typo';
  }
  if (matched > 0 && small.some((t) => t.length >= 3 && large.includes(t))) return 'partial';
  if (matched > 0 && matched * 2 >= small.length) return 'partial';
  return 'different';
}

/** A word of a name that numbers it ("38818", "#0145", "SP41754", "PS512345X", "III"): letters before and after, and its digits. */
interface NumberWord {
  prefix: string;
  digits: string;
  suffix: string;
}

/** Roman numerals to twenty, as their number: "Beheer III" / "Beheer I" are two, "Academy II" / "Academy 2" one. */
const ROMAN = ROMAN_NUMERALS;
const NUMBER_WORD = /^([a-z]{1,4})?(\d+)([a-z]{1,2})?$/;

/** Read anywhere in a name ("Phase II Apartments"); the others only as its last word ("Beheer I"; not "Mary I Jones", "Via XX Settembre 8"). */
const ROMAN_ANYWHERE = new Set(['ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix']);

/** `last`: the name's last word (its legal form cut), where any Roman numeral numbers it. */
function numberWord(t: string, last: boolean): NumberWord | null {
  const roman = last || ROMAN_ANYWHERE.has(t) ? ROMAN.get(t) : undefined;
  if (roman !== undefined) return { prefix: '', digits: roman, suffix: '' };
  const m = NUMBER_WORD.exec(t);
  if (m === null) return null;
  const [, prefix = '', digits = '', suffix = ''] = m;
  // "B2", "12B" (a unit's), "2nd", "100th": no identifiers.
  if ((prefix !== '' || suffix !== '') && digits.length < 3) return null;
  if (/^(?:st|nd|rd|th)$/.test(suffix)) return null;
  return { prefix, digits: digits.replace(/^0+(?=\d)/, ''), suffix };
}

/** A number as a name writes it: its words in a row ("9135-1061 Québec" → 9135 1061; "ACN 123 456 789"). */
interface NumberRun {
  prefix: string;
  suffix: string;
  first: string;
  joined: string;
}

function numberRuns(lists: ReadonlyArray<readonly string[]>): NumberRun[] {
  const runs: NumberRun[] = [];
  // Name and company tokens come without their legal form (`stripLegalSuffixes`): "B.V."'s V is no fifth.
  for (const tokens of lists) {
    let run: NumberWord[] = [];
    const close = () => {
      const [head] = run;
      const last = run[run.length - 1];
      if (head !== undefined && last !== undefined) runs.push({ prefix: head.prefix, suffix: last.suffix, first: head.digits, joined: run.map((w) => w.digits).join('') });
      run = [];
    };
    for (const [i, t] of tokens.entries()) {
      const w = numberWord(t, i === tokens.length - 1);
      if (w === null) close();
      else run.push(w);
    }
    close();
  }
  return runs;
}

/** Letters around two numbers that may be one's: the same, or on one side only ("SP41754" / "Strata Plan 41754"; not "EPS1234" / "BCS1234"). */
const lettersAgree = (x: NumberRun, y: NumberRun) => (x.prefix === y.prefix || x.prefix === '' || y.prefix === '') && (x.suffix === y.suffix || x.suffix === '' || y.suffix === '');

/**
 * One number: the same digits however grouped ("9135-1061" / "91351061", "#0145" / "Store 145"), or
 * one plan's of five digits or more with a street number after it on one side ("SP 20049 - 56
 * Kennedy La" / "Strata Plan 20049").
 */
const sameNumber = (x: NumberRun, y: NumberRun) => lettersAgree(x, y) && (x.joined === y.joined || (x.first === y.first && x.first.length >= 5));

/**
 * Names numbered each, by no number in common, name two: one manager's strata plans ("SP 43921" /
 * "Strata Plan 68915"), a chain's stores ("#1050" / "#1118"), numbered companies ("9135-1061 Québec
 * inc." / "9135-1055"), a school's sites ("Academy II" / "Academy III"). Their other words agree by
 * design, and their contact details are the manager's or the owner's. Where both have a number of
 * three digits or more, only those are compared ("SP 20049 Tower 2" / "SP 30050 Tower 2"). A number
 * one slip from the other's ("1190647" / "1190646") is another of the same owner's or a typo:
 * 'number-slip'. Each list of words is read apart (a display name's, a company name's).
 */
function numberingLevel(a: ReadonlyArray<readonly string[]>, b: ReadonlyArray<readonly string[]>, forms: readonly [boolean, boolean] = [false, false]): NameClash | null {
  // Two display names alike but for their numbers are two units, whatever company owns both: a
  // franchisee's numbered company runs several stores ("Rôtisserie Poulet Doré #130" / "#183",
  // each of "2199949 Ont. Inc.").
  const [da = [], db = []] = [a[0], b[0]];
  // Each list's runs read once: the display's alone, then all of them.
  const [displayA, ...restA] = a.map((list) => numberRuns([list]));
  const [displayB, ...restB] = b.map((list) => numberRuns([list]));
  const digits = (t: readonly string[]) => t.some((w) => /\d/.test(w));
  if (displayA !== undefined && displayB !== undefined && digits(da) && digits(db)) {
    const words = (t: readonly string[]) => t.filter((w) => !/\d/.test(w));
    const alike = compareTokens(words(da), words(db));
    if (alike === 'exact' || alike === 'typo') {
      const clash = numbersClash(displayA, displayB);
      if (clash !== null) return clash;
    }
  }
  const ra = [...(displayA ?? []), ...restA.flat()];
  const rb = [...(displayB ?? []), ...restB.flat()];
  // A series numbered by a Roman numeral against its name without one ("Old Town Realty III LLC" /
  // "Old Town Realty LLC", "Clearwater Residential IV"): the first of the series, or the same one
  // written short; held, as a number one slip off is.
  if ((ra.length === 0) !== (rb.length === 0)) {
    const [numbered, plain, formed] = ra.length > 0 ? [da, db, forms[0]] : [db, da, forms[1]];
    // Read as a series' number where it ends the name, or as II, III, IV anywhere ("Vi Nguyen Nails", "Henry VIII Pub" are no series).
    const roman = numbered.some((t, i) => t !== 'i' && t !== 'v' && t !== 'x' && ROMAN.has(t) && (['ii', 'iii', 'iv'].includes(t) || i === numbered.length - 1));
    // So is a part numbered by a small number ending the name or after a part's word ("Loon Lake
    // Realty 2 LLC" / "Loon Lake Realty LLC", "Chestnut Hollow Filing No. 4 HOA" / "Chestnut
    // Hollow HOA"): a series' second company, a subdivision's filing, a project's phase.
    // Not a trailing number of a name without a legal form: QuickBooks' count after a repeated display name ("Smith Plumbing 2").
    const part = numbered.some((t, i) => /^\d{1,2}$/.test(t) && ((i === numbered.length - 1 && formed) || PART_WORDS.has(numbered[i - 1] ?? '')));
    const alike = compareTokens(numbered.filter((t) => !ROMAN.has(t) && !/^\d{1,2}$/.test(t) && !PART_WORDS.has(t)), plain.filter((t) => !PART_WORDS.has(t)));
    return (roman || part) && (alike === 'exact' || alike === 'typo') ? 'number-slip' : null;
  }
  return numbersClash(ra, rb);
}

/**
 * Both names hold one number of seven digits or more, a numbered company's as its register gives it ("9405-0847 Québec inc.",
 * "2608469 Ontario Ltd.", "1148315 B.C. Ltd."), and every number in either is in the other (not two stores of one numbered
 * company: "Wings Nation #259 (6751247 Canada Inc.)" / "… #170 …", "Patates Ti-Jean #46" / "… #63").
 */
function sameRegisteredNumber(a: LinkageRecord, b: LinkageRecord): boolean {
  // Most names hold no digit: asked of every pair of names, so the runs are read only where both hold one.
  const digits = (r: LinkageRecord) => r.nameTokens.some((t) => /\d/.test(t)) || r.companyTokens.some((t) => /\d/.test(t));
  if (!digits(a) || !digits(b)) return false;
  const runs = (r: LinkageRecord) => new Set(numberRuns([r.nameTokens, r.companyTokens]).map((x) => x.joined));
  const [ra, rb] = [runs(a), runs(b)];
  return [...ra].some((n) => n.length >= 7 && rb.has(n)) && ra.size === rb.size && [...ra].every((n) => rb.has(n));
}

/** Words that number a part of a whole: a subdivision's filing, a project's phase or section. */
// And the phase's word of other tongues ("Edificio Bambú Etapa II P.H.": co-ferreteria read, another stage's owners linked as one).
const PART_WORDS = new Set(['fil', 'filing', 'phase', 'ph', 'tract', 'no', 'number', 'etapa', 'fase', 'stage', 'tranche']);

function numbersClash(ra: NumberRun[], rb: NumberRun[]): NameClash | null {
  if (ra.length === 0 || rb.length === 0) return null;
  const long = (r: NumberRun) => r.joined.length >= 3;
  if (ra.some(long) && rb.some(long)) {
    ra = ra.filter(long);
    rb = rb.filter(long);
  }
  if (ra.some((x) => rb.some((y) => sameNumber(x, y)))) return null;
  return ra.some((x) => rb.some((y) => lettersAgree(x, y) && oneEditApart(x.joined, y.joined, 3))) ? 'number-slip' : 'numbering';
}

const organisationNamed = (r: LinkageRecord): boolean => r.organisationNamed;

/**
 * Two organisations' names alike but for a building's or a series' letter ending one ("Kiint. Oy Espoon Pysäköintitalo B" /
 * "Kiinteistö Oy Espoon Pysäköintitalo", "KOy Tre Kampus B" / "Koy Tampereen Kampus"): a group's company of its second building,
 * another customer, held as a number one slip off is ('number-slip'); two letters ("… A" / "… B"), two customers ('numbering').
 * Only between names of a legal form or an owners' kind, of two words or more before the letter (a person's initial ends no such
 * name; fi-isannointi read: a property company's sister company linked at the group's mailbox, phone and office).
 */
/** Finland's housing and property companies' kinds (`INITIALLED_PHRASES`): a name written without its kind is the same name. */
const COMPANY_KIND_WORDS = new Set(['asoy', 'koy', 'asosk']);
function letteredSibling(a: LinkageRecord, b: LinkageRecord): NameClash | null {
  if ((a.form === null && b.form === null) || !a.organisationNamed || !b.organisationNamed) return null;
  // The letter after a word, in a name of a form of its own (not "Instituto La Bahía Express A. C.": a Mexican civil association's
  // form written with its dots and a space, its "A" read as no word).
  const letter = (r: LinkageRecord): string | null => {
    const t = r.nameTokens;
    const last = t[t.length - 1] ?? '';
    return r.form !== null && t.length >= 3 && /^[a-h]$/.test(last) && (t[t.length - 2] ?? '').length >= 2 ? last : null;
  };
  const la = letter(a);
  const lb = letter(b);
  if (la === lb) return null;
  const words = (t: readonly string[], l: string | null) => (l === null ? t : t.slice(0, -1)).filter((w) => !COMPANY_KIND_WORDS.has(w));
  const alike = compareTokens(words(a.nameTokens, la), words(b.nameTokens, lb));
  if (alike !== 'exact' && alike !== 'typo') return null;
  return la !== null && lb !== null ? 'numbering' : 'number-slip';
}

/**
 * An Indonesian toko's or UD's record, its contact person named, against that person's own (`indonesianRegisters`: 'ID-OWNER' both):
 * a toko or UD is a trading name of its owner, no legal person, so the shop's record and its owner's are one customer's (id-grosir
 * read: "Toko Cat Mustika Utama", Rohmat / "Rohmat" at one phone and shop, held as a company against its contact's own).
 */
function ownersToko(firm: LinkageRecord, person: LinkageRecord): boolean {
  return firm.registers.includes('ID-OWNER') && person.registers.includes('ID-OWNER') && firm.organisationNamed && !person.organisationNamed;
}

/** Forms a name keeps whenever it is written: a trust's "Trust", a fund's "Fund", a building's "Strata Plan" or "Owners". */
const FORM_WRITTEN = new Set(['trust', 'fund', 'owners', 'estate']);

/** Companies of two countries' registers ("Soon Cheong Food Trading Pte Ltd" / "… (M) Sdn Bhd"): a company keeps its country. */
function otherRegisters(a: LinkageRecord, b: LinkageRecord): boolean {
  if (a.registers.length === 0 || b.registers.length === 0 || a.registers.some((c) => b.registers.includes(c))) return false;
  // A free zone's company against an LLC of its name at one phone or one unit: one company, its
  // free-zone form shortened ("Falcon Media FZ-LLC" / "Falcon Media LLC"): a free zone's company
  // and its group's mainland one keep two offices and two lines (a review's finding).
  const freeZone = a.registers.includes('AE-FZ') || b.registers.includes('AE-FZ');
  const onePlace = (a.phoneNational !== null && a.phoneNational === b.phoneNational) || (a.street !== null && a.street === b.street && a.houseNumber !== null && a.houseNumber === b.houseNumber);
  return !(freeZone && onePlace);
}

/**
 * Two legal forms: a trust, a fund or a building's owners against another of these ("Reid Family
 * Trust" / "Reid Super Fund"), or two kinds of trust (a unit trust / a family trust). Against a
 * company or a name of no form, only when each name has words the other lacks ("Reid
 * Developments Pty Ltd" / "Reid Family Trust"), not "Reid Holdings" for "Reid Holdings Trust":
 * a company's suffix is often dropped, and owners may be incorporated ("Maple Ridge HOA, Inc.").
 */
function formClash(a: LinkageRecord, b: LinkageRecord, level: FieldLevel<'name'>): boolean {
  if (otherRegisters(a, b)) return true;
  const wa = a.form !== null && FORM_WRITTEN.has(a.form);
  const wb = b.form !== null && FORM_WRITTEN.has(b.form);
  if (wa && wb) return a.form !== b.form || (a.trustKinds.length > 0 && b.trustKinds.length > 0 && !a.trustKinds.some((k) => b.trustKinds.includes(k))) || otherSettlors(a, b);
  if (!(wa || wb) || (level !== 'partial' && level !== 'different')) return false;
  // The other name has a word of its own: "Reid Developments", not "First Choice HA" for "First Choice HOA".
  const [written, other] = wa ? [a, b] : [b, a];
  return other.nameTokens.some((t) => t.length >= 3 && !written.nameTokens.some((w) => w === t || oneEditApart(w, t)));
}

/**
 * Two trusts named for other persons: each names its settlors by their given
 * names, and one names one the other does not ("Jeffrey Johnson Living Trust" / "The Jeffrey and
 * Catherine Johnson Revocable Trust", "Raúl García Cruz Living Trust" / "Lucía García Cruz Living
 * Trust"): a person's own trust and the couple's, or a sibling's. Not where one names nobody
 * ("The Walker Trust").
 */
function otherSettlors(a: LinkageRecord, b: LinkageRecord): boolean {
  if (a.form !== 'trust' || b.form !== 'trust') return false;
  // A trust named for a person names two words of theirs at least (a surname alone names a family).
  const names = (r: LinkageRecord) => r.nameTokens.filter((t) => !TRUST_WORDS.has(t) && !/\d/.test(t));
  if (names(a).length < 2 || names(b).length < 2) return false;
  const given = (r: LinkageRecord) => r.nameTokens.filter((t) => t.length >= 3 && isGivenName(t));
  const ga = given(a);
  const gb = given(b);
  if (ga.length === 0 || gb.length === 0) return false;
  const lacks = (x: readonly string[], y: readonly string[]) => x.some((t) => !y.some((w) => fuzzyEqual(t, w) || givenNameCanonical(t) === givenNameCanonical(w) || nicknameRelated(t, w)));
  return lacks(ga, gb) || lacks(gb, ga);
}

/** A trust's words that name no person: its form, kind and date. */
const TRUST_WORDS = new Set(['the', 'trust', 'ttee', 'dated', 'dtd', 'uad', 'living', 'rev', 'irrev', 'family', 'fam', 'joint', 'liv', 'no', 'number']);

/** Words of a firm's family or kind, no trade of its own ("Smith & Sons Ltd" / "Smith Builders Ltd", "Law Firm" / "Law Group"). */
const KIN_WORDS = new Set(['sons', 'son', 'bros', 'brothers', 'fils', 'firm', 'cie', 'hijos', 'hermanos']);

/** Words that name a group or its holding company ("Schäfer Holding", "Gruppo Villa", "Bakker Beheer B.V."). */
const GROUP_WORDS = new Set(['hldg', 'group', 'groupe', 'gruppe', 'gruppo', 'grupo', 'groep', 'beheer', 'konzern']);

/**
 * Two companies of one group: the name they share (the family's, the brand's) with another trade
 * each ("Winkler Elektrotechnik UG" / "Winkler Innenausbau UG", "Ward Constructions Pty Ltd" /
 * "Ward Property Holdings Pty Ltd"), or a group's holding against one of its companies ("Schäfer
 * Holding" / "Schäfer Consulting GmbH", "Gruppo Villa" / "Villa Servizi S.r.l.s."). A registered
 * company's name is one name: two of them are two companies, which share the group's phone,
 * domain and address, or one company renamed. Only
 * - where both carry a company's legal form, or one does and the other names the group: a site's
 *   or a firm's records vary their words ("Trinity Day Care Center" / "Trinity United Church of
 *   Christ", "Smith Law Group" / "Smith Law Offices");
 * - where each has its own mailbox, or both carry a legal form: at one e-mail, or none to compare,
 *   one customer's records vary their words as often, but a registered name is one name;
 * - for words of their own, not one word's forms ("Accounting" / "Accountants", "Resto" /
 *   "Restaurant", a slip of two letters in a long word) nor a trading name ("X Holdings Pty Ltd
 *   T/A Ward Electrical").
 */
function groupClash(a: LinkageRecord, b: LinkageRecord, level: FieldLevel<'name'>): boolean {
  if (level !== 'partial') return false;
  // "T/A", "t/as", "O/A" (operating as), "DBA": the name after it is the one the customer trades under ("a" is a filler word, cut).
  if (tradingMarker(a.nameTokens) >= 0 || tradingMarker(b.nameTokens) >= 0) return false;
  const group = (r: LinkageRecord) => r.nameTokens.some((t) => GROUP_WORDS.has(t));
  const ga = group(a);
  const gb = group(b);
  const companies = a.form === 'company' && b.form === 'company';
  if (!companies && !(ga !== gb && (a.form === 'company' || b.form === 'company'))) return false;
  // At one mailbox (or none to compare) a customer's records vary their words as often: held only
  // where both names carry a legal form, each a registered name of its own ("Adeleke Dental PC" /
  // "Adeleke Investments LP" at info@adelekedental.com, "Titoki Fruit Packers Ltd" / "Titoki
  // Kiwifruit Limited": one owner's two companies, which share his mailbox as they share his
  // office), and the words they differ by are no forms of one word. One firm's trade written in
  // other words ("Johnson Heating & Cooling Inc" / "Johnson HVAC Inc", "Plomberie Tremblay Inc." /
  // "Tremblay Plumbing Inc.") is held too: the model cannot tell synonyms from two trades, and a
  // person's click costs less than an invoice sent to the wrong company.
  const oneMailbox = a.email === null || b.email === null || a.email === b.email;
  if (oneMailbox && !companies) return false;
  const own = (x: LinkageRecord, y: LinkageRecord) => wordsOfItsOwn(x.nameTokens, y.nameTokens, oneMailbox).filter((t) => !GROUP_WORDS.has(t));
  if (ga !== gb) return own(ga ? b : a, ga ? a : b).length > 0;
  // Each with words of its own, one of them a trade's at least: two firms' words of business in general tell no two companies
  // apart ("Nikam Solar Systems Pvt. Ltd." / "Nikam Solar Solutions Pvt. Ltd.": in-traders read, one company written two ways).
  const [oa, ob] = [own(a, b), own(b, a)];
  const generic = (t: string) => GENERIC_BUSINESS_WORDS.has(t) || GENERIC_TRADE_FORMS.has(t);
  return oa.length > 0 && ob.length > 0 && !(oa.every(generic) && ob.every(generic));
}

/** The United States' states and Canada's provinces and territories, as a name's words write them. */
const STATES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas',
  'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey',
  'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'alberta', 'british columbia', 'manitoba', 'new brunswick', 'newfoundland', 'nova scotia',
  'ontario', 'prince edward island', 'quebec', 'saskatchewan', 'yukon', 'nunavut',
].map((s) => s.split(' '));

/**
 * A group's company of one state: `x`'s name is `y`'s first words and a state's or province's name ending it, which `y`'s lacks
 * ("Hightower Foods of Georgia" / "Hightower Foods Inc.", "Ohio Valley Heritage Life Insurance Company of New York" / "Ohio Valley
 * Heritage Life & Casualty Co.": us-tuition and us-funeral read, a group's state company at the group's head office linked to it).
 */
function statesCompany(x: LinkageRecord, y: LinkageRecord): boolean {
  const t = x.nameTokens;
  const state = STATES.find((s) => t.length >= s.length + 2 && s.every((w, i) => t[t.length - s.length + i] === w));
  if (state === undefined || state.every((w) => y.nameTokens.includes(w))) return false;
  // Written after "of" ("… of New York"), not a site's town after a dash ("Pho Saigon Express #49 - Québec").
  const d = x.displayWords;
  if (!d.some((w, i) => w === 'of' && state.every((s, k) => d[i + 1 + k] === s))) return false;
  // The stem: the first two words of both.
  return y.nameTokens.length >= 2 && t[0] === y.nameTokens[0] && t[1] === y.nameTokens[1];
}

/**
 * Words of a firm's kind that name no trade ("Systems", "Industries", "Traders"): `groupClash` with `GENERIC_BUSINESS_WORDS`. Not
 * a group's structure's ("Trading", "Enterprises": "Vantage (Trading) Limited" is the group's trading company, `STRUCTURE_WORDS`).
 */
// And a builder's site's word ("- Sthapatya Elite Project" / "(Sthapatya Elite Site)").
const GENERIC_TRADE_FORMS = new Set(['systems', 'system', 'sys', 'industries', 'industry', 'industrial', 'inds', 'corporation', 'corp', 'traders', 'agencies', 'sales', 'solution', 'project', 'projects', 'site']);

/** A word of three letters or more written short in order, its first letter kept ("Plbg" for Plumbing, "Ops" for Operations). */
function writtenShort(short: string, long: string): boolean {
  if (short.length < 3 || short.length >= long.length || short[0] !== long[0]) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i += 1;
  return i === short.length;
}

/**
 * The words of `x`'s name that are none of `y`'s: not one word's forms ("Accounting" /
 * "Accountants", "Resto" / "Restaurant", a slip of two letters in a long word; with `strict`, any
 * two sharing their first four letters: "Farms" / "Farming"), not one written short ("Plbg") or
 * two joined ("Autobody"), not a family's or kind's word ("Sons", "Firm"), and of three letters
 * at least.
 */
export function wordsOfItsOwn(x: readonly string[], y: readonly string[], strict: boolean): string[] {
  const sameWord = (w: string, t: string) =>
    w === t ||
    oneEditApart(w, t) ||
    indicSpellingsAlike(w, t) ||
    w.startsWith(t) ||
    t.startsWith(w) ||
    (w.length >= 5 && t.length >= 5 && w.slice(0, 5) === t.slice(0, 5)) ||
    (Math.min(w.length, t.length) >= 7 && editDistance(w, t) <= 2) ||
    // A slip in a word its short form stands for ("Cpnstruction" / "Constr.").
    (Math.min(w.length, t.length) >= 5 && oneEditApart(w.slice(0, Math.min(w.length, t.length)), t.slice(0, Math.min(w.length, t.length)))) ||
    (strict && w.length >= 4 && w.slice(0, 4) === t.slice(0, 4));
  // One word written short in order ("Plbg" for Plumbing, "Htg" for Heating), or two joined ("Autobody").
  const abbreviates = writtenShort;
  // Words of `x` that are `y`'s words joined ("autobody" for "auto body"), or that `x` joins into one of `y`'s.
  const joined = new Set<string>();
  for (let i = 1; i < x.length; i += 1) {
    const [p = '', q = ''] = [x[i - 1], x[i]];
    if (y.includes(p + q)) joined.add(p).add(q);
  }
  for (let i = 1; i < y.length; i += 1) joined.add(`${y[i - 1] ?? ''}${y[i] ?? ''}`);
  // A word of `y` that `x` has too explains none other of `x`'s ("Pro-Mont Projekt" / "Pro-Mont Stal": "pro" is the brand's, no short form of Projekt).
  // Nor the auspicious word that opens a name in India, written or left off ("Shree Hanuman Marketing" / "Hanuman Marketing": in-traders read).
  return x.filter((t) => t.length >= 3 && !KIN_WORDS.has(t) && t !== 'sri' && !joined.has(t) && !y.some((w) => (w === t || !x.includes(w)) && (sameWord(w, t) || abbreviates(t, w) || abbreviates(w, t))));
}

/** Words of a firm's business in general, no trade's: two of them tell no two companies apart (`FieldComparison.ownEach`). */
const GENERIC_BUSINESS_WORDS = new Set(['services', 'service', 'svc', 'svcs', 'solutions', 'consulting', 'consultants', 'enterprise', 'company', 'co', 'partners', 'associates', 'assoc', 'ventures', 'global', 'worldwide', 'agency']);

/** Words a group adds to a company's name for another of its companies: its holding, trading, investing, managing or national one. */
const STRUCTURE_WORDS = new Set(['hldg', 'holding', 'holdings', 'group', 'trading', 'uk', 'enterprises', 'invest', 'investment', 'investments', 'mgmt', 'management', 'intl', 'international']);

/**
 * A company named as another with a group's words added under a legal form ("Fusion Group
 * Holdings Limited" / "Fusion Limited", "Lighthouse (Trading) Ltd" / "Lighthouse Ltd", "Acorn
 * Engineering (UK) Limited", "Kershaw Property Investments Ltd" / "Kershaw Properties Ltd",
 * "Sully Community Foodbank Enterprises Ltd" / the charity "Sully Community Foodbank"): the
 * group's holding, trading, investing or national company, or a charity's trading subsidiary. A
 * registered name differs from another's by more than its legal form. Not other words added
 * ("Smith Electrical Services Pty Ltd" / "Smith Electrical Pty Ltd": one company written longer).
 */
function structureClash(a: LinkageRecord, b: LinkageRecord, level: FieldLevel<'name'>): boolean {
  if (level !== 'contained') return false;
  const [long, short] = a.nameTokens.length > b.nameTokens.length ? [a, b] : [b, a];
  if (long.form !== 'company' || tradingMarker(long.nameTokens) >= 0 || tradingMarker(short.nameTokens) >= 0) return false;
  // A trade name written with the company that trades under it ("Rise Bakery Espresso (Rise Bakery
  // Espresso Group Pty Ltd)"): the short name is said twice, the company's own trade.
  if (short.nameTokens.every((t) => long.nameTokens.filter((w) => w === t).length >= 2)) return false;
  // A word the short name writes with a slip is no word added ("KOTIKIINTEISTOET VUORI HOLDING OSAKEYHTIOE" / "Kotikiinteistöt
  // Vuori Oy", "ö" written "oe": fi-isannointi read).
  const added = long.nameTokens.filter((t) => !short.nameTokens.some((w) => w === t || (t.length >= 5 && oneEditApart(w, t))));
  return added.length > 0 && added.every((t) => STRUCTURE_WORDS.has(t) && !short.nameTokens.some((w) => w.startsWith(t) || t.startsWith(w)));
}

/**
 * Two registered names, one the other's with words of its own ("United Technology Services Ltd" /
 * "United Technology Ltd", "Oakwood (North) Ltd", "Granite Contracts Ltd"): a register holds one
 * company of a name, and a name the same but for such words only for another of its group. Only
 * names written with their legal form, as registered (`LinkageRecord.registered`: not a site, a
 * vehicle or a contact after it), and not a head office's words.
 */
/** The name as registered: the display's with its form, or the display's words where its CompanyName is them with a form ("Dyson Lettings", CompanyName "Dyson Lettings Ltd"). */
const registeredName = (r: LinkageRecord): string[] => (r.registered.length > 0 ? r.registered : r.companyFormed && r.companyTokens.length === 0 && r.organisationNamed ? r.nameTokens : []);

function registeredClash(x: LinkageRecord, y: LinkageRecord): boolean {
  const [ra, rb] = [registeredName(x), registeredName(y)];
  if (ra.length === 0 || rb.length === 0) return false;
  const a = ra === x.registered ? x : { ...x, registered: ra };
  const b = rb === y.registered ? y : { ...y, registered: rb };
  // A display without its form names the company as it trades: a trade's or a firm's word more or less there is the trade
  // written longer ("Kremer & Fuchs" / "Kremer & Fuchs Elektro", "Unique Dune Laundry" / "… Laundry Services"), no other company.
  const trading = ra !== x.registered || rb !== y.registered;
  // One name with another word in its brackets before the form ("Northern Retail (North) Limited" /
  // "Northern Retail (Scotland) Limited", "Acme (UK) Ltd" / "Acme (Europe) Ltd"): two of a group's
  // companies, registered so; not one word written two ways ("(Hldgs)" / "(Holdings)", "(U.K.)" / "(UK)", a slip).
  const bracketed = (r: LinkageRecord) => (r.parts.length === 3 && (r.parts[2] ?? []).every((t) => isLegalSuffix(t)) ? r.parts : null);
  const [pa, pb] = [bracketed(a), bracketed(b)];
  if (pa !== null && pb !== null && (pa[0] ?? []).join(' ') === (pb[0] ?? []).join(' ')) {
    const [wa, wb] = [(pa[1] ?? []).join(''), (pb[1] ?? []).join('')];
    if (wa !== wb && !fuzzyEqual(wa, wb)) return true;
  }
  if (a.registered.length === b.registered.length) return false;
  const [long, short] = a.registered.length > b.registered.length ? [a.registered, b.registered] : [b.registered, a.registered];
  if (!short.every((t) => long.includes(t))) return false;
  // A Vietnamese company's name is its trades and then its own name, the trades left off as often ("Công ty TNHH Điện Công nghiệp
  // Đạt Hòa" / "Công ty TNHH Đạt Hòa": vn-dientu read): the shorter the longer's end, both registered in Vietnam, is one company.
  if (a.registers.includes('VN') && b.registers.includes('VN') && long.slice(long.length - short.length).join(' ') === short.join(' ')) return false;
  const added = long.filter((t) => !short.includes(t));
  // A trade's service or contracting ("Boiler Service", "Electrical Contracting") at one mailbox, the
  // firm's own: the trade written longer. Each with its own mailbox, one with none, or both at a
  // group's shared one, two companies of one group as often ("Smith Electrical Services Pty Ltd" at
  // accounts@, "Smith Electrical Pty Ltd" at office@; both at accounts@smithgroup.com.au: a third review).
  // The mailbox the firm's own: its domain spells the service ("office@easternboilerservices.com"), or a
  // person's own at a mail service ("flowrightelectric@yahoo.com"); not a group's shared one ("accounts@smithgroup.com.au").
  const label = (a.emailDomain ?? '').split('.')[0] ?? '';
  const firmsMailbox = /servic|svc|contract/.test(label) || (isFreeMailDomain(a.emailDomain ?? '') && a.emailLocal !== null && !isGenericMailbox(a.emailLocal));
  const oneMailbox = a.email !== null && a.email === b.email && firmsMailbox;
  const tradesService = (t: string) => oneMailbox && SERVICE_WORDS.has(t) && SERVICED_TRADES.has(long[long.indexOf(t) - 1] ?? '');
  return wordsOfItsOwn(added, short, false).some((t) => !/\d/.test(t) && !OFFICE_WORDS.has(t) && !tradesService(t) && !spelledBeside(t, a, b) && !(trading && (TRADE_KINDS.has(t) || isFirmWord(t) || SERVICE_WORDS.has(t))));
}

/**
 * A word one registered name has beside all the other's that the records themselves say is that
 * name's, left off the other ("Stadtwerke GmbH" / "Stadtwerke Neuss GmbH" in Neuss; "TGA-Planung
 * GmbH" / "TGA-Planung Özkan GmbH", its contact Kemal Özkan; "Bruno GmbH" / "Bruno Bau GmbH", both
 * at bruno-bau.de; de-handwerk read): the town of either record, a contact's or person's surname
 * of either, or a word the firm's own mail domain spells, where neither record writes from another
 * and the domain is no group's ("rechnungen@colombo-gruppe.de": a group's companies write from it).
 */
function spelledBeside(word: string, a: LinkageRecord, b: LinkageRecord): boolean {
  if (word.length < 3) return false;
  for (const r of [a, b]) {
    // The town whole, of one word ("Neuss"): a word of a town of several is a firm's word as often ("Palm" of Palm Springs, "City" of Quezon City).
    if (r.city !== null && r.city === word) return true;
    const surnames = [r.contact?.family, r.family].flatMap((f) => (f ?? '').split(' '));
    if (surnames.includes(word)) return true;
  }
  const fold = (t: string) => t.replace(/([aou])e/g, '$1');
  const [long] = a.nameTokens.length >= b.nameTokens.length ? [a, b] : [b, a];
  const spellsLong = (text: string) => {
    const letters = fold(text.replace(/[^a-z]/g, ''));
    return long.nameTokens.includes(word) && long.nameTokens.filter((t) => t.length >= 3).every((t) => letters.includes(fold(t)));
  };
  // The firm's own mailbox, one both records write from (or one alone does), whose name spells the longer name whole
  // ("joyerialasierra60@gmail.com", "techosfajardo46@gmail.com" for "Joyeria La Sierra LLC" / "La Sierra LLC"; us-latino read):
  // at a mail service as at the firm's domain. Not a group's or a role's mailbox.
  // Both records' mailbox, or the shorter name's own: a firm's own mailbox spells its own name whatever the other record is
  // ("Garcia Landscaping LLC" at garcialandscaping@gmail.com says nothing of "Garcia LLC": a review's finding).
  const short = long === a ? b : a;
  const [ea, eb] = [a.email, b.email];
  const shared = ea !== null && eb !== null && (ea === eb || oneEditApart(ea, eb));
  const local = shared ? (a.emailLocal ?? '') : (short.emailLocal ?? '');
  if ((shared || short.email !== null) && local !== '' && !isGenericMailbox(local) && !/gruppe|group|holding/.test(local) && spellsLong(local)) return true;
  const domains = [a.emailDomain, b.emailDomain].filter((d): d is string => d !== null);
  if (domains.length === 0 || new Set(domains).size > 1 || isFreeMailDomain(domains[0] ?? '')) return false;
  // The domain's words as its hyphens part them ("bruno-bau", "schaefer-baugesellschaft"), umlauts written "ae" folded: a word
  // whole, and no group's; or a domain of one word that spells the longer name whole ("libertyselfstorage.com",
  // "mariscoselpotosino.com"): the firm's own, the shorter name written short.
  const label = (domains[0] ?? '').split('.')[0] ?? '';
  const parts = label.split(/[^a-z0-9]+/).filter((t) => t !== '');
  if (parts.some((p) => GROUP_WORDS.has(p) || STRUCTURE_WORDS.has(p)) || /gruppe|group|holding/.test(label)) return false;
  if (parts.length >= 2) return parts.some((p) => p === word || fold(p) === fold(word));
  return spellsLong(label);
}

/**
 * Words a trade's firm writes after its trade or leaves off ("Eastern Boiler Service Inc." /
 * "Eastern Boiler Inc.", "Flowright Electrical Contracting Inc." / "Flowright Electrical Inc."):
 * after a trade's word (`SERVICED_TRADES`) one company written longer, not another of its group
 * (us-nyc-supply, read: eight of its duplicates). After a brand's ("Vantage Services Ltd" /
 * "Vantage Ltd", "United Technology Services Ltd") still another of its group, as a holding's, a
 * management's or an investing company's words are (`STRUCTURE_WORDS`).
 */
const SERVICE_WORDS = new Set(['svc', 'contracting', 'contractors', 'contractor']);
/** Trades' words as names' tokens write them (`TRADE_KINDS`), and a boiler's or a building's mechanical trade. */
const SERVICED_TRADES = new Set([...TRADE_KINDS.keys(), 'boiler', 'boilers', 'mechanical']);

/** Words that name a company's office, not another company ("Head Office", "Corporate"). */
const OFFICE_WORDS = new Set([
  'head', 'office', 'corporate', 'hq', 'ho', 'headquarters', 'main', 'branch', 'store', 'shop', 'site', 'no', 'number', 'zentrale', 'hauptsitz',
  // A country's name beside a company of its register ("Acme (Singapore) Pte Ltd", "Acme (NZ) Ltd").
  'singapore', 'malaysia', 'australia', 'aust', 'nz', 'zealand', 'canada', 'usa', 'america', 'india', 'africa', 'sa', 'ireland',
]);

/**
 * Two organisations' names that name two businesses: no word in common ("Ross Builders LLC" /
 * "Hillcrest Restaurant LLC"), or a sole trader's trade name (after DBA, T/A) against a company
 * under a legal form named otherwise ("Silvia Pérez DBA Sunshine Nails" / "Perez Properties LLC"):
 * a sole trader's business is theirs, not a company's, unless the company is named for the trade
 * (incorporated: "Sunshine Nails LLC").
 */
function otherName(x: LinkageRecord, y: LinkageRecord, level: FieldLevel<'name'>): boolean {
  return level === 'different' || soleTraderAgainstCompany(x, y) || soleTraderAgainstCompany(y, x);
}

function soleTraderAgainstCompany(trader: LinkageRecord, company: LinkageRecord): boolean {
  const trade = soleTradersTrade(trader);
  if (trade === null || company.form !== 'company' || tradingMarker(company.nameTokens) >= 0) return false;
  // Named otherwise: no word in common with the trade (a trade's synonyms, "Ramirez Lawn Care" /
  // "Ramirez Lawn Service LLC", are one business as often), nor the owner's own name ("Silvia
  // Perez LLC": incorporated as herself).
  const owner = trader.nameTokens.slice(0, tradingMarker(trader.nameTokens));
  const otherwise = (tokens: readonly string[]) => tokens.length === 0 || (compareTokens(trade, tokens) === 'different' && !tokens.every((t) => owner.includes(t)));
  return otherwise(company.nameTokens) && otherwise(company.companyTokens);
}

/** The index of a trading name's marker ("t/a", "t/as", "o/a", "trading as", "DBA", "doing business as", "aka"), or -1. */
function tradingMarker(tokens: readonly string[]): number {
  // "Trading" alone names a company's trade ("Vantage (Trading) Limited"), not a trading name.
  return tokens.findIndex((t, i) => t === 't' || t === 'o' || t === 'tas' || (t === 'trading' && tokens[i + 1] === 'as') || t === 'dba' || t === 'aka' || t === 'doing' || (t === 'd' && tokens[i + 1] === 'b'));
}

/** The person's record names its trade after a marker ("… DBA", "… h.o.d.n.") as the firm's record is named, or by a slip of it. */
function tradesAs(person: LinkageRecord, firm: LinkageRecord): boolean {
  const trade = soleTradersTrade(person);
  if (trade === null) return false;
  const level = compareTokens(trade, firm.nameTokens);
  return level === 'exact' || level === 'typo';
}

/**
 * A person's trade name: the words after the marker where the words before it are a person's
 * names ("Silvia Pérez DBA Sunshine Nails" → sunshine nails); null for a company trading under
 * another name ("Perez Holdings LLC DBA Sunshine Nails") or a record without one.
 */
function soleTradersTrade(r: LinkageRecord): string[] | null {
  const at = tradingMarker(r.nameTokens);
  if (at < 1 || at > 4 || r.form !== null) return null;
  const owner = r.nameTokens.slice(0, at);
  const names = [r.given, r.givenWritten, ...(r.family ?? '').split(' ')].filter((w): w is string => w !== null && w !== '');
  const personal = owner.every((t) => t.length === 1 || names.includes(t) || isGivenName(t)) && owner.some((t) => t.length > 1 && (names.includes(t) || isGivenName(t)));
  if (!personal) return null;
  const fillers = new Set(['d', 'b', 'a', 'as', 'business', 'doing', 'trading', 'dba', 'tas', 't', 'o', 'aka']);
  let from = at;
  while (from < r.nameTokens.length && fillers.has(r.nameTokens[from] ?? '')) from += 1;
  const trade = r.nameTokens.slice(from);
  return trade.length > 0 ? trade : null;
}

/**
 * The words two names share, as keys ("t:"), where each name has a word of its own that is no form
 * of the other's ("Mangawhiti Lands Trust" / "Mangakohe Lands Trust"); null where one has none, or
 * where a word agrees only as a slip of the other's (its frequency unknown).
 */
/** A building's word: no owners' association's kind, nor a compass point's short form ("NW"), nor a number. */
const BUILDING_WORD = /^(?!(?:hoa|poa|assn|condo|community|owners|n|s|e|w|ne|nw|se|sw)$)[a-z]{2,}$/;

function commonWords(x: readonly string[], y: readonly string[], shortest = 4): string[] | null {
  const prefix = (w: string, t: string) => {
    let i = 0;
    while (i < w.length && i < t.length && w[i] === t[i]) i += 1;
    return i;
  };
  const alike = (w: string, t: string) =>
    w === t || oneEditApart(w, t) || w.startsWith(t) || t.startsWith(w) || prefix(w, t) >= 0.7 * Math.min(w.length, t.length) || (Math.min(w.length, t.length) >= 7 && editDistance(w, t) <= 2);
  // Of four letters at least: shorter ones are as often a place's or a word's short form ("BOP", "Nth").
  const distinct = (u: readonly string[], v: readonly string[]) => u.filter((t) => t.length >= shortest && !KIN_WORDS.has(t) && !v.some((w) => alike(w, t)));
  const dx = distinct(x, y);
  const dy = distinct(y, x);
  if (dx.length === 0 || dy.length === 0) return null;
  // A short word of its own, like none of the other's, is no word they share ("Our Lady of Peace Church" / "St. Casimir Church":
  // us-funeral read, two parishes of one business office read as one name's).
  const ownShort = (t: string, v: readonly string[]) => t.length < shortest && !v.some((w) => alike(w, t));
  const shared = x.filter((t) => !dx.includes(t) && t.length >= 3 && !ownShort(t, y));
  // Every other word of either is one of the other's as written: their frequencies say how common they are.
  if (shared.length === 0 || !shared.every((t) => y.includes(t)) || !y.filter((t) => !dy.includes(t) && t.length >= 3 && !ownShort(t, x)).every((t) => x.includes(t))) return null;
  return [...new Set(shared)].map((t) => `t:${t}`);
}

/**
 * The closest level of two records' names, each as its display and its company name; the sorted
 * words of the side that agreed best (its frequency key) and a lone word of it, if one side is one.
 */
function bestNames(a: LinkageRecord, b: LinkageRecord): { level: FieldLevel<'name'>; key: string; lone: string | undefined; companyOf?: LinkageRecord } {
  const pairs: Array<[readonly string[], readonly string[]]> = [[a.nameTokens, b.nameTokens]];
  if (a.companyTokens.length > 0) pairs.push([a.companyTokens, b.nameTokens]);
  if (b.companyTokens.length > 0) pairs.push([a.nameTokens, b.companyTokens]);
  const order = FIELD_LEVELS.name;
  let best: { level: FieldLevel<'name'>; key: string; lone: string | undefined; companyOf?: LinkageRecord } = { level: 'missing', key: '', lone: undefined };
  let outlets: boolean | undefined; // read once, and only where a company name's containment asks
  for (const [i, [x, y]] of pairs.entries()) {
    const level = compareTokens(x, y);
    if (level === 'missing') continue;
    if (i > 0 && level === 'contained' && (outlets ??= outletsOfOne(a, b))) continue;
    if (best.level === 'missing' || order.indexOf(level) < order.indexOf(best.level)) {
      const of = x === a.companyTokens && i > 0 ? a : y === b.companyTokens && i > 0 ? b : undefined;
      best = { level, key: [...x].sort().join(' '), lone: x.length === 1 ? x[0] : y.length === 1 ? y[0] : undefined, ...(of !== undefined ? { companyOf: of } : {}) };
    }
  }
  return best;
}

/**
 * Two records naming one legal entity's outlets, sites or accounts: one's company name is in its
 * own display and in the other's, and each display has words of its own ("Sentul Grand Resort -
 * Poolside Bar & Grill" / "Sentul Grand Resort - All-Day Dining Cafe", both of "Sentul Grand
 * Resort Pte. Ltd."; "Sunway Car Rental - Orlando Downtown" / "- MCO Airport"; "Evergreen Casualty
 * - Claim EC35214646" / another claim). The company is who pays for both; the displays name the
 * customer, and they only share some words. So the company name's containment in the other's
 * display is not taken for the names' (`bestNames`): the displays' level stands, weighed with
 * every other field. In fifteen labelled sets, organisation pairs of this form whose names were
 * read as contained were one customer 11 times in 134 (a head office written two ways, a trade name
 * after its numbered company), against 320 in 604 of the other contained pairs.
 */
function outletsOfOne(a: LinkageRecord, b: LinkageRecord): boolean {
  if (!organisationNamed(a) || !organisationNamed(b)) return false;
  if (wordsOfItsOwn(a.nameTokens, b.nameTokens, false).length === 0 || wordsOfItsOwn(b.nameTokens, a.nameTokens, false).length === 0) return false;
  const inBoth = (r: LinkageRecord) => r.companyTokens.length > 0 && wordsOfItsOwn(r.companyTokens, a.nameTokens, false).length === 0 && wordsOfItsOwn(r.companyTokens, b.nameTokens, false).length === 0;
  return inBoth(a) || inBoth(b);
}

/**
 * Two branches of one business, each named after the business's name ("Liberty Pediatric Dental -
 * Uptown LLC" / "Liberty Pediatric Dental - South End LLC", "Harvest Bowl (Eastgate)" /
 * "Harvest Bowl (Westgate)"): a chain's sites share its e-mail, phone and name, but not a word
 * of their branches' names, nor a street address (both known: without one, "Hair by Kate - Salon"
 * and "- Studio" are as likely one customer's records): 'site'.
 * At one street address they are one organisation's departments, programmes or desks ("Lakeshore
 * General Hospital - Materials Management" / "- Cardiac Cath Lab", "Casa Central - Community
 * Service Center" / "- CSC Development Program"): 'department', which says two customers only
 * where the tenant keeps several customers at that address (`weighComparisons`): a company that
 * bills a hospital's departments apart has them in its books apart; one that does not has the
 * site once, written two ways. Not a billing desk's or an office's words ("- Accounts Payable",
 * "- Head Office"): the organisation itself.
 */
/** Streets' kinds a site's name ends with ("Main Road", "Station Rd", "MG Marg"): no word that names the site. */
const BRANCH_STREET_WORDS = new Set(['road', 'rd', 'street', 'st', 'marg', 'lane', 'ln', 'avenue', 'ave', 'highway', 'hwy']);

function branchesClash(x: LinkageRecord, y: LinkageRecord): 'site' | 'department' | 'unit' | 'units' | undefined {
  if (x.street === null || y.street === null) return undefined;
  const head = (r: LinkageRecord) => r.nameTokens.slice(0, r.nameTokens.length - r.branch.length);
  // A branch named so ("Atlas Point Real Estate Brokers LLC - Abu Dhabi Branch") against the name
  // without it, at another street address: the company's head office, billed apart from it.
  const branchOfOther = (b: LinkageRecord, h: LinkageRecord) => b.branch.includes('branch') && h.branch.length === 0 && ['exact', 'typo'].includes(compareTokens(head(b), h.nameTokens));
  // Another address by the street's own comparison: not a slip of one, nor a box against a street (a review's finding).
  if ((branchOfOther(x, y) || branchOfOther(y, x)) && compareStreet(x, y, 'unknown').level === 'different') return 'site';
  // A unit's generic word beside a billing desk's ("Finance Department", "AP Dept") and a compound of a billing stem
  // ("Finanzverwaltung", "Kämmerei", "Rechnungsamt") are the desk's too (a review's finding).
  const desk = (r: LinkageRecord) =>
    !r.branch.every((t) => UNIT_GENERIC_WORDS.has(t)) &&
    r.branch.every((t) => BILLING_WORDS.has(t) || BILLING_STEM.test(t) || UNIT_GENERIC_WORDS.has(t) || OFFICE_WORDS.has(t) || HEAD_OFFICE_FR.has(t) || /\d/.test(t));
  // A body's department named after it ("Stadt Düsseldorf - Zentrales Gebäudemanagement") against the body's own name at
  // its address: another of the body's accounts there, where the tenant keeps several (de-handwerk read: a false link).
  // Only a branch that names a unit of the body ("Gebäudemanagement", "Bauverwaltung", "Parks Department"): not a site, a
  // contact, a registered company in brackets or a store's number (a branch of those is the body's own, as often).
  const department = (r: LinkageRecord) => r.branch.some((t) => DEPARTMENT_WORD.test(t) && !isGivenName(t));
  // Only a public body's (a town's, a county's, a ministry's: a firm's "- Verwaltung" is its own office), and not at one e-mail (a review's finding).
  // The body's word at the name's head ("Stadt Düsseldorf", "Gemeente Deurne", "City of Austin") or a county's, council's or
  // township's at its end ("Travis County"), in a name of no legal form and no trade: "City Electric Supply", "State Bank of
  // India" are firms (a review's finding).
  const publicBody = (r: LinkageRecord) => {
    const words = head(r);
    const opens = PUBLIC_BODY_WORDS.has(words[0] ?? '') || BODY_WORDS_AFTER.has(words[words.length - 1] ?? '');
    return opens && r.form === null && !words.some((t) => firmsWord(t));
  };
  const departmentOfOther = (d: LinkageRecord, h: LinkageRecord) => d.branch.length > 0 && h.branch.length === 0 && !desk(d) && department(d) && publicBody(d) && compareTokens(head(d), h.nameTokens) === 'exact';
  const bodysUnit = departmentOfOther(x, y) || departmentOfOther(y, x);
  if (bodysUnit && x.street === y.street && (x.email === null || x.email !== y.email)) return 'department';
  // Elsewhere, or at the body's one billing mailbox ("crediteuren@deurne.nl" for "Gemeente Deurne" and "Gemeente Deurne,
  // Afdeling Vastgoed": nl-installatie read, fifteen false links): a unit billed apart as likely as the body written longer,
  // which the names alone cannot tell ('unit': never a link on its own, whatever the contact details say). Not at one
  // mailbox of the unit's own ("zgm@duesseldorf.de" for its Gebäudemanagement): the body's record there is the unit's.
  const billingMailbox = x.email !== null && x.email === y.email && BILLING_MAILBOX.test(x.emailLocal ?? '');
  if (bodysUnit && (x.email === null || y.email === null || x.email !== y.email || billingMailbox)) return 'unit';
  if (x.branch.length === 0 || y.branch.length === 0) return undefined;
  const heads = compareTokens(head(x), head(y));
  if (heads !== 'exact' && heads !== 'typo') return undefined;
  // A word both branches name, not a unit's generic word nor a filler ("Yapı Kontrol Müdürlüğü" / "İmar ve Şehircilik
  // Müdürlüğü", "Parks Department" / "Water Department": two units; tr-yapi read).
  // Where either names none but those, its words as before ("- Office" / "- Head Office").
  // Nor a street's kind ("Main Road" / "Nashik Road": two outlets' streets, in-traders read).
  // A word of two Chinese characters is a word as long as any ("民政" / "经建": two sections, tw-maoyi read).
  // A programme's or a centre's word is a unit's kind too ("- Pre-K Program" / "- School Nurse Program": us-pediatric read).
  const named = (r: LinkageRecord) => r.branch.filter((t) => (t.length >= 3 || /^\p{Script=Han}{2,}$/u.test(t)) && !UNIT_GENERIC_WORDS.has(t) && !PROGRAMME_WORDS.has(t) && !BRANCH_STREET_WORDS.has(t));
  // Not a contact's name in the branch's place ("Roshni Fan & Light Centre (Deelip Mohite)", Deelip Mohite the contact).
  const contactsName = (r: LinkageRecord) => [r.family, r.given, r.contact?.family ?? null].some((n) => n !== null && r.branch.includes(n));
  const ownNamed = named(x).length > 0 && named(y).length > 0 && !contactsName(x) && !contactsName(y);
  const [nx, ny] = ownNamed ? [named(x), named(y)] : [x.branch, y.branch];
  // Or one written short ("Ops" / "Operations", "Mktg" / "Marketing", "Hwy" / "Highways": a review's finding).
  if (nx.some((t) => ny.some((w) => fuzzyEqual(t, w) || t.startsWith(w) || w.startsWith(t) || writtenShort(t, w) || writtenShort(w, t)))) return undefined;
  // Or one the other's initials ("- CSC Development Program" / "- Community Service Center": one centre, chicago's).
  if (initialsWithin(x.branch, y.branch) || initialsWithin(y.branch, x.branch)) return undefined;
  // Another house number on the street is another site too.
  if (x.street !== y.street || (x.houseNumber !== null && y.houseNumber !== null && x.houseNumber !== y.houseNumber)) return 'site';
  if (desk(x) || desk(y)) return undefined;
  // Two sections of one town's or city's office, each named after it ("八尾市役所 環境保全課" / "… 住宅管理課", "Beypazarı Belediyesi
  // Yapı Kontrol Müdürlüğü" / "… İmar Müdürlüğü"): each buys on its own budget, whether or not the tenant keeps others at the
  // office ('unit': jp-setsubi and tr-yapi read, a city's two sections linked at its switchboard).
  // So too two units each named by words of its own after one name the books already keep a unit of ("Bramlett County Schools
  // - School Nurse Program" / "- Pre-K Program", "- Athletics Department"): the books bill that unit, not the body, and another
  // unit is as likely another customer as the same unit renamed, whether or not the tenant keeps others at the address
  // ('units', weighed as 'unit' after every other clash: us-pediatric read, seven false links of a school district's programmes at
  // its one office, phone and domain).
  if (townsOffice(x) && townsOffice(y)) return 'unit';
  return ownNamed ? 'units' : 'department';
}

/** Words naming a unit's kind, no unit of its own ("Program", "Center"): two units' names share them as they share "Department". */
const PROGRAMME_WORDS = new Set(['program', 'programs', 'programme', 'programmes', 'center', 'centre', 'ctr', 'seccion']);

/** One of `x`'s words is the initials of a run of `y`'s ("CSC" for Community Service Center). */
function initialsWithin(x: readonly string[], y: readonly string[]): boolean {
  return x.some((t) => t.length >= 2 && t.length <= 6 && /^\p{L}+$/u.test(t) && y.some((_, i) => y.slice(i, i + t.length).length === t.length && y.slice(i, i + t.length).map((w) => w[0] ?? '').join('') === t));
}

/** Words naming a town's, city's, province's or prefecture's office before its sections ("Belediyesi", "Shiyakusho", "市役所"). */
const TOWNS_OFFICE_WORDS = new Set(['belediyesi', 'belediye', 'bld', 'valiligi', 'kaymakamligi', 'shiyakusho', 'kuyakusho', 'yakuba', 'kencho', 'tocho', 'fucho']);
function townsOffice(r: LinkageRecord): boolean {
  return r.nameTokens.some((t) => TOWNS_OFFICE_WORDS.has(t) || /(?:市役所|区役所|役場|県庁|都庁|府庁)$/u.test(t));
}

/** Words that end a body's name ("Travis County", "Leeds City Council", "Cherry Hill Township"). */
// Turkey's municipality ("Beypazarı Belediyesi", written short "Bld.").
const BODY_WORDS_AFTER = new Set(['county', 'council', 'municipality', 'borough', 'township', 'gemeinde', 'gmina', 'belediyesi', 'belediye', 'bld']);
/** A trade's or a firm's word ("Electric", "Supply", "Bank"), which no public body's name holds; not the bodies' own. */
const firmsWord = (t: string): boolean => (TRADE_KINDS.has(t) || isFirmWord(t)) && !PUBLIC_BODY_WORDS.has(t) && !BODY_WORDS_AFTER.has(t) && !INSTITUTION_KINDS.has(t) && t !== 'public';

/** A body's one mailbox for its suppliers' invoices, which every unit of it gives ("crediteuren@", "facturen@", "invoices@", "ap@"). */
const BILLING_MAILBOX = /^(?:crediteur\w*|facturen|factuur|facturatie|invoices?|ap|accountspayable|payables|billing|rechnung(?:en)?|buchhaltung|kreditoren\w*|finance|accounts|accounting|boekhouding|factures?|facturation|facturas)$/;

/** Words naming a public body, whose departments are billed apart ("Stadt Düsseldorf", "Landkreis Kleve", "City of Austin", "Ministry of Health"). */
const PUBLIC_BODY_WORDS = new Set(['stadt', 'gemeinde', 'landkreis', 'kreis', 'bezirk', 'bezirksamt', 'land', 'city', 'county', 'council', 'borough', 'municipality', 'municipal', 'ministry', 'government', 'state', 'township', 'village', 'gmina', 'urzad', 'starostwo', 'ville', 'commune', 'mairie', 'ayuntamiento', 'municipio', 'prefeitura',
  // The Netherlands' and Flanders' ("Gemeente Deurne", "Provincie Noord-Brabant", "Waterschap Aa en Maas", "Stad Gent").
  'gemeente', 'provincie', 'waterschap', 'stad', 'ocmw']);

/** Billing desks' compounds as German writes them ("Finanzverwaltung", "Kämmerei", "Rechnungsamt", "Stadtkasse"). */
const BILLING_STEM = /^(?:\p{L}*(?:finanz|rechnung|kasse|kammerei|kaemmerei|buchhaltung|beschaffung)\p{L}*)$/u;

/** A word naming a body's unit, alone or ending a compound as German writes it ("Zentrales Gebäudemanagement", "Tiefbauamt", "Abteilung Schulen"). */
const DEPARTMENT_WORD = /^(?:\p{L}*(?:management|verwaltung|amt|abteilung|referat|dezernat|fachbereich|dienste?|beheer|zaken)|department|dept|division|directorate|afdeling|afd|team|sector|cluster|directie|mudurlugu|baskanligi)$/u;

/** A head office's words in French ("Siège social", "Bureau chef"). */
const HEAD_OFFICE_FR = new Set(['siege', 'social', 'bureau', 'chef']);

/** Office words and kinds' and trades' words long enough for a slip of one letter to be read as them (`siteOwnWords`), listed once. */
const LONG_OFFICE_WORDS = [...OFFICE_WORDS].filter((w) => w.length >= 6);
const LONG_KIND_WORDS = [...ORGANISATION_WORDS, ...TRADE_KINDS.keys()].filter((w) => w.length >= 6);

/**
 * Words that name no site of an operator's: a kind's, a trade's, an institution's, an office's,
 * a billing desk's, a legal form's, a town's (`siteOwnWords`).
 */
function siteOwnWords(x: LinkageRecord, y: LinkageRecord): string[] {
  const towns = new Set([...(x.city ?? '').split(' '), ...(y.city ?? '').split(' ')]);
  const office = (t: string) => OFFICE_WORDS.has(t) || BILLING_WORDS.has(t) || HEAD_OFFICE_FR.has(t) || LONG_OFFICE_WORDS.some((w) => oneEditApart(w, t));
  // A kind's or a trade's word mistyped ("Graham Erectrical" / "Graham Electrical").
  const kindSlip = (t: string) => t.length >= 6 && LONG_KIND_WORDS.some((w) => oneEditApart(w, t));
  return wordsOfItsOwn(x.nameTokens, y.nameTokens, false).filter(
    (t) => t.length >= 4 && !/\d/.test(t) && !office(t) && !isLegalSuffix(t) && !ORGANISATION_WORDS.has(t) && !TRADE_KINDS.has(t) && !INSTITUTION_KINDS.has(t) && !towns.has(t) && !isGivenName(t) && !OWNERS_WORDS.has(t) && !kindSlip(t),
  );
}

/**
 * Two facilities of one operator, each named by words of its own beside the operator's
 * ("Sagebrook Springs Assisted Living" / "Sagebrook Crossing Skilled Nursing", "Rosewood Place
 * Assisted Living" / "Rosewood Terrace Assisted Living"), at two street addresses (or two
 * numbers of one street): an operator's homes, clinics or hotels give its accounts payable
 * e-mail and phone, and its name as their CompanyName, so those agree as for one customer, and
 * only the names and the addresses tell them apart. Only displays that share some words, each
 * with a word of its own that no word of the other's is a slip, short form or expansion of, and
 * that names no kind, trade, office, legal form or town (`siteOwnWords`); whatever the contact
 * persons beside them, and whether or not one's CompanyName (the operator's) is in the other's
 * display ("Silver Pines Senior Living LLC" / "Silver Pines Terrace Senior Living"). Not a
 * trust's or an estate's names. In the twenty-one labelled sets read, organisation pairs
 * sharing an e-mail or phone read so were one customer once in 262 (us-medsupply's 73: none).
 */
function facilitiesOfOne(a: LinkageRecord, b: LinkageRecord, level: FieldLevel<'name'>): boolean {
  if ((level !== 'partial' && level !== 'contained') || compareTokens(a.nameTokens, b.nameTokens) !== 'partial') return false;
  if (a.form === 'trust' || b.form === 'trust' || a.form === 'estate' || b.form === 'estate') return false;
  const street = a.street === null || b.street === null ? 'missing' : compareStreet(a, b, 'unknown').level;
  if (street !== 'different' && street !== 'same-street') return false;
  // A number both give is one plan's or one numbered company's ("Strata Plan No. 57979" / "SP 57979 - 43 Pitt Ct").
  if (a.nameTokens.some((t) => /\d/.test(t) && b.nameTokens.includes(t))) return false;
  if (!a.nameTokens.some((t) => t.length >= 4 && b.nameTokens.includes(t) && !ORGANISATION_WORDS.has(t))) return false;
  return siteOwnWords(a, b).length > 0 && siteOwnWords(b, a).length > 0;
}

/** Words that say what a site is, not which ("Elementary", "MS", "Apartments", "Plaza"), and the articles beside them: no site's own word (`sitesOfOne`). */
const SITE_KIND_WORDS = new Set([
  'elementary', 'elem', 'middle', 'high', 'hs', 'ms', 'es', 'jr', 'junior', 'senior', 'intermediate', 'primary', 'secondary', 'campus', 'early', 'college',
  'apartments', 'apartment', 'apts', 'apt', 'plaza', 'tower', 'towers', 'building', 'bldg', 'park', 'center', 'centre', 'ctr', 'village', 'villas', 'homes', 'residences', 'lofts', 'suites', 'shopping', 'mall', 'square',
  'the', 'at', 'of', 'and', 'on', 'in', 'de', 'la', 'el', 'los', 'las', 'del',
]);

/** A record-keeping tag or a register's number's name beside a name ("(Old Account)", "(ABN 12 345 678 901)", "- Do Not Use"): no site. */
const RECORD_TAGS = new Set(['old', 'new', 'account', 'acct', 'inactive', 'closed', 'duplicate', 'dup', 'formerly', 'now', 'not', 'use', 'abn', 'acn', 'gst', 'gstin', 'uen', 'vat', 'reg', 'ein', 'tin', 'pan']);

/** `t` is an organisation's name written as its initials ("NISD" for Northside ISD, "YISD" for Ysleta Independent School District). */
function initialsOf(t: string, org: readonly string[]): boolean {
  if (org.length < 2 || t.length < 2 || t.length > 7 || /\d/.test(t)) return false;
  const initials = org.map((w) => w[0] ?? '').join('');
  const last = org[org.length - 1] ?? '';
  return t === initials || (last.length <= 4 && t === `${org.slice(0, -1).map((w) => w[0] ?? '').join('')}${last}`);
}

/** Two organisations' names as one organisation's: written alike, or one the other's initials, or both one initials' with a first word in common. */
function oneOrganisation(x: readonly string[], y: readonly string[]): boolean {
  const level = compareTokens(x, y);
  if (level === 'exact' || level === 'typo') return true;
  if (x.length === 1 && initialsOf(x[0] ?? '', y)) return true;
  if (y.length === 1 && initialsOf(y[0] ?? '', x)) return true;
  // "Ysleta ISD" / "Ysleta Independent School District".
  const forms = (o: readonly string[]) => [o.map((w) => w[0] ?? '').join(''), `${o.slice(0, -1).map((w) => w[0] ?? '').join('')}${o[o.length - 1] ?? ''}`];
  return x.length >= 2 && y.length >= 2 && x[0] === y[0] && forms(x).some((f) => f.length >= 3 && forms(y).includes(f));
}

/** An organisation's readings as (its organisation, its site): each part of its display as either, and its CompanyName against the whole display. */
function organisationAndSite(r: LinkageRecord): Array<[readonly string[], readonly string[]]> {
  const readings: Array<[readonly string[], readonly string[]]> = [];
  for (const [i, part] of r.parts.entries()) readings.push([part, r.parts.filter((_, j) => j !== i).flat()]);
  // Not a display that is a person's name (a contact's) or a registered company's (the legal name,
  // its trade name in CompanyName: "Kaur Enterprises Inc", CompanyName Maple Leaf Pizza): a site
  // names neither. A site's display beside its contact person is read ("Southpark Shopping
  // Center", María Ochoa, CompanyName Trinity Residential).
  if (r.companyTokens.length > 0 && r.organisationNamed && r.registered.length === 0) readings.push([r.companyTokens, r.nameTokens]);
  return readings;
}

/**
 * Two sites, campuses or properties of one organisation, each named by words of its own beside
 * the organisation's name, or with it as their CompanyName ("Northside ISD - Jordan Elementary" /
 * "NISD - Cedar Creek Middle School" of Northside ISD; "Metroplex Residential - The Reserve at La
 * Posada" / "Timber Ridge Plaza" of Metroplex Residential; "Huerta Elem (SISD)" / "Dr. Héctor P.
 * García Middle School (SISD)"), at two street addresses: a school district's campuses and a
 * property manager's properties are billed each at the organisation's e-mail and phone, so those
 * agree as for one customer, and the name contains the organisation's. Only where each site names
 * a word of its own, not a kind's ("Elementary", "Apartments"), an office's, a town's or a
 * person's given name alone ("- John Miller", a contact), and the two share none: "Timber Ridge
 * Plaza" / "Metroplex Residential - Timber Ridge" is one property written two ways.
 */
function sitesOfOne(a: LinkageRecord, b: LinkageRecord): boolean {
  if (!organisationNamed(a) || !organisationNamed(b) || a.street === null || b.street === null) return false;
  const street = compareStreet(a, b, 'unknown').level;
  if (street !== 'different' && street !== 'same-street') return false;
  const towns = new Set([...(a.city ?? '').split(' '), ...(b.city ?? '').split(' ')]);
  const plain = (t: string) => SITE_KIND_WORDS.has(t) || RECORD_TAGS.has(t) || OFFICE_WORDS.has(t) || BILLING_WORDS.has(t) || HEAD_OFFICE_FR.has(t) || isLegalSuffix(t) || t.startsWith('haftungsbeschr') || ORGANISATION_WORDS.has(t) || TRADE_KINDS.has(t) || INSTITUTION_KINDS.has(t) || OWNERS_WORDS.has(t) || ORGAN_WORDS.has(t) || towns.has(t);
  const sameWord = (t: string, w: string) => t === w || fuzzyEqual(t, w) || (Math.min(t.length, w.length) >= 4 && (t.startsWith(w) || w.startsWith(t)));
  for (const [orgA, siteA] of organisationAndSite(a))
    for (const [orgB, siteB] of organisationAndSite(b)) {
      // The organisation named by a word of its own, not a legal form's or a kind's alone ("(Management) Ltd", "UG (haftungsbeschränkt)").
      if (!orgA.some((t) => !plain(t)) || !oneOrganisation(orgA, orgB)) continue;
      const orgWord = (t: string) => orgA.includes(t) || orgB.includes(t) || initialsOf(t, orgA) || initialsOf(t, orgB);
      const own = (site: readonly string[]) => site.filter((t) => t.length >= 3 && !/\d/.test(t) && !orgWord(t));
      const [ownA, ownB] = [own(siteA), own(siteB)];
      // A site named only by a person's names is a contact's ("Bright Homes - John Miller").
      const named = (site: readonly string[], own: readonly string[]) => own.some((t) => !plain(t)) && (site.some((t) => SITE_KIND_WORDS.has(t) || ORGANISATION_WORDS.has(t) || INSTITUTION_KINDS.has(t)) || !isGivenName(own[0] ?? ''));
      if (!named(siteA, ownA) || !named(siteB, ownB)) continue;
      // A word both give, or one the other's initials ("MLP" / "Maple Leaf Pizza"): one site.
      if (ownA.some((t) => !plain(t) && ownB.some((w) => sameWord(t, w))) || ownA.some((t) => initialsOf(t, ownB)) || ownB.some((t) => initialsOf(t, ownA))) continue;
      return true;
    }
  return false;
}

/**
 * One record's display names its own street address ("Leticia Cortez - 11029 Riverbend Dr",
 * "Maria Davila (8614 Amistad)"), the other is at another street address, whose number and
 * street words are neither on the first's address nor in its own display: a customer kept for
 * one property (a landlord's rental, billed at the landlord's e-mail and phone) against the
 * owner's own record or another property's. A number of three digits or more both displays give
 * keeps one ("SP 57979 - 43 Pitt Ct" / "The Owners - Strata Plan No. 57979"). In the twenty-two
 * read sets, pairs sharing an e-mail, phone or street so read were two customers 218 times in 218.
 */
function propertyClash(x: LinkageRecord, y: LinkageRecord): boolean {
  // Most records name no address: asked first, on every pair compared.
  if (x.namesOwnAddress === null && y.namesOwnAddress === null) return false;
  if (x.street === null || y.street === null || compareStreet(x, y, 'unknown').level !== 'different') return false;
  const words = (r: LinkageRecord) => (r.street ?? '').split(' ').filter((w) => w.length >= 3 && !/\d/.test(w));
  const inStreet = (w: string, r: LinkageRecord) => w.length >= 4 && !/\d/.test(w) && (r.street ?? '').replace(/ /g, '').includes(w);
  // One address written two ways ("14 Mill Lane" / "14 Mill Lane, Headingley"): its number, or a
  // word of its street, on the other's address or in the other's display ("- Riverbend rental").
  const elsewhere = (r: LinkageRecord, o: LinkageRecord) => o.houseNumber !== r.houseNumber && !words(r).some((w) => words(o).includes(w)) && !o.displayWords.some((w) => inStreet(w, r)) && !words(o).some((w) => inStreet(w, r));
  const names = (r: LinkageRecord, o: LinkageRecord) => r.namesOwnAddress !== null && !o.displayWords.includes(r.namesOwnAddress) && elsewhere(r, o);
  if (!names(x, y) && !names(y, x)) return false;
  return !x.displayWords.some((n) => /^\d{3,}$/.test(n) && n !== x.namesOwnAddress && y.displayWords.includes(n));
}

/** The words of `x`'s city are in its name and not in `y`'s, and `y` is in another town: two sites. */
function namesItsSite(x: LinkageRecord, y: LinkageRecord): boolean {
  if (x.city === null || y.city === null) return false;
  const words = siteWords(x.city);
  if (words.length === 0 || words.join('').length < 4 || x.nameTokens.length <= words.length) return false;
  const named = (tokens: readonly string[]) => words.every((w) => tokens.some((t) => t === w || (w.length >= 5 && oneEditApart(t, w))));
  if (!named(x.nameTokens) || named(y.nameTokens) || named(y.companyTokens) || compareCity(x, y).level !== 'different' || comparePostcode(x, y).level === 'exact') return false;
  // The other is the same business's name alone ("Hillside Real Estate"), or with its own town
  // ("Sunrise Kitchen Coogee" at Coogee): not a name of its own ("Community Church of the Fraser Valley").
  const own = y.nameTokens.filter((t) => !x.nameTokens.some((w) => w === t || oneEditApart(w, t)));
  const theirs = y.city === null ? [] : siteWords(y.city);
  return own.every((t) => theirs.includes(t));
}

/**
 * An owners' association against a name of its own words read as a person's: the association named
 * for a place ("Laurel Ridge HOA" / "Laurel Ridge"), or a person whose name ends in Hoa ("Nguyen Thi
 * Hoa" / "Hoa Nguyen").
 */
function placeRead(org: LinkageRecord, person: LinkageRecord): boolean {
  return org.form === 'owners' && person.nameTokens.length > 0 && person.nameTokens.every((t) => org.nameTokens.includes(t));
}

/**
 * Two organisations' names naming institutions of two kinds, and no kind both: a parish and its
 * school, a trust's hospital and its school; or an institution's own shop named after it
 * (`unitOfInstitution`).
 */
function kindsClash(a: LinkageRecord, b: LinkageRecord): boolean {
  const kinds = (r: LinkageRecord) => new Set(r.nameTokens.map((t) => INSTITUTION_KINDS.get(t)).filter((k): k is string => k !== undefined));
  const ka = kinds(a);
  const kb = kinds(b);
  return (ka.size > 0 && kb.size > 0 && ![...ka].some((k) => kb.has(k))) || unitOfInstitution(a, b) || unitOfInstitution(b, a);
}

/** A shop or a canteen that an institution runs under its own name and licence (its pharmacy), which the institution's name alone never names. */
const UNIT_KINDS = new Set(['pharmacy', 'pharmacies', 'pharmacie', 'dispensary', 'chemist', 'chemists', 'druggist', 'druggists', 'canteen', 'cafeteria']);
/** Words that join a practice's own dispensary to its name ("& Dispensary", "cum Dispensary", "with Pharmacy"). */
const JOINING = new Set(['and', 'cum', 'with']);
/** Words that name a hospital, a nursing home or a clinic (a medical centre: "Medical Centre"). */
const CARE_INSTITUTIONS = new Set(['hospital', 'nursing', 'clinic', 'clinics', 'polyclinic', 'maternity', 'infirmary', 'sanatorium', 'hospice']);

/**
 * `long` names `short`'s hospital, nursing home or clinic and a pharmacy, dispensary or canteen of
 * its own beside it ("Shree Kamakshi Hospital (Pharmacy)" / "Kamakshi Hospital", "Navjeevan
 * Medical Centre - Pharmacy" / "Navjeevan Medical Centre"): the institution's shop, billed apart
 * (its own licence and tax registration), at the institution's address and switchboard. Not where
 * the institution's own name names one ("Sunrise Pharmacy & Clinic"), nor one joined to its name
 * ("Sharma Clinic & Dispensary", "… cum Dispensary": the practice).
 */
function unitOfInstitution(long: LinkageRecord, short: LinkageRecord): boolean {
  // Each name as its display or its CompanyName ("Dr. Lokhande's N. Home", CompanyName Dr. Lokhande's Nursing Home).
  // The unit named apart, after a dash or in parentheses, or last and not joined to the rest: "Sharma Clinic & Dispensary" is the practice.
  // Asked first: it is rare, and kindsClash asks it of every two organisations compared.
  const last = long.displayWords.length - 1;
  const apart = long.parts.some((p) => p.length > 0 && p.every((t) => UNIT_KINDS.has(t))) || (UNIT_KINDS.has(long.displayWords[last] ?? '') && !JOINING.has(long.displayWords[last - 1] ?? ''));
  if (!apart) return false;
  const names = (r: LinkageRecord) => (r.companyTokens.length > 0 ? [r.nameTokens, r.companyTokens] : [r.nameTokens]);
  const care = (tokens: readonly string[]) => tokens.some((t) => CARE_INSTITUTIONS.has(t) || (t === 'ctr' && tokens.includes('medical')));
  // The short's names none of a unit's: a pharmacy's records both name it ("Bayou City Medical Center - Pharmacy", CompanyName Bayou City Medical Center).
  if (names(short).some((s) => s.some((t) => UNIT_KINDS.has(t)))) return false;
  return names(short).some(
    (s) =>
      care(s) &&
      names(long).some((l) => wordsOfItsOwn(l, s, false).some((t) => UNIT_KINDS.has(t)) && wordsOfItsOwn(s, l, false).length === 0),
  );
}

/** Words naming a body that keeps an account for each of its buildings or offices: a church, a school or its district, a county, a city. */
const BODY_OF_PREMISES = new Set(['church', 'ch', 'chapel', 'assembly', 'parish', 'congregation', 'temple', 'synagogue', 'mosque', 'tabernacle', 'school', 'schools', 'district', 'dist', 'usd', 'isd', 'academy', 'college', 'university', 'county', 'city', 'town', 'township', 'village', 'borough']);
/** A body's building's or office's words, each another account of it, in one form ("Parsonage", "Cafeteria", "Gymnasium", "Bus Barn", "Landfill", "Sheriff"). */
const PREMISES_WORDS = new Map<string, string>([
  ...['parsonage', 'rectory', 'manse', 'vicarage', 'cemetery'].map((w): [string, string] => [w, w]),
  ...['cafeteria', 'gym', 'fieldhouse', 'stadium', 'concession', 'pavilion', 'barn', 'annex', 'auditorium', 'natatorium', 'greenhouse', 'library'].map((w): [string, string] => [w, w]),
  ['gymnasium', 'gym'], ['concessions', 'concession'], ['annexe', 'annex'],
  ...['landfill', 'jail', 'courthouse', 'sheriff', 'assessor', 'collector', 'clerk', 'treasurer', 'recorder', 'commission', 'ambulance'].map((w): [string, string] => [w, w]),
  ['commissioners', 'commission'],
]);

/**
 * Two of one body's accounts by its buildings or offices: a church's and its parsonage's ("Pine Ridge Church of Christ" /
 * "… Parsonage"), a school district's buildings ("USD 486 Oswego Cafeteria" / "… Bus Barn", "… School District - Gym"), a
 * county's offices ("Delaware County Landfill" / "Delaware County Commission"): the names one body's, and the building's or
 * office's words of one not the other's. A utility meters each, a supplier delivers to each, and all give the body's phone,
 * mailbox and office (us-utility read: eleven false links). Only of a body that keeps such accounts (`BODY_OF_PREMISES`):
 * "CrossFit Gym" and "CrossFit" are one gym.
 */
function premisesClash(a: LinkageRecord, b: LinkageRecord): boolean {
  // Each record's names: its display's and its CompanyName's ("dennis ogden", CompanyName "First Baptist Church (Parsonage)").
  const names = (r: LinkageRecord) => (r.companyTokens.length > 0 ? [r.nameTokens, r.companyTokens] : [r.nameTokens]);
  const premises = (r: LinkageRecord) => [...new Set(names(r).flat().map((t) => PREMISES_WORDS.get(t)).filter((w): w is string => w !== undefined))].sort().join(' ');
  if (premises(a) === premises(b)) return false;
  if (!names(a).concat(names(b)).flat().some((t) => BODY_OF_PREMISES.has(t))) return false;
  const head = (tokens: readonly string[]) => tokens.filter((t) => !PREMISES_WORDS.has(t));
  // One body's name, one written in the other or both sharing two of its own words ("Lick Fork Ch of Christ" / "Lick Fork Church of Christ").
  const oneBody = (x: readonly string[], y: readonly string[]) => {
    const [hx, hy] = [head(x), head(y)];
    if (hx.length === 0 || hy.length === 0) return false;
    const shared = hx.filter((t) => t.length >= 3 && !BODY_OF_PREMISES.has(t) && hy.includes(t)).length;
    return wordsOfItsOwn(hx, hy, false).length === 0 || wordsOfItsOwn(hy, hx, false).length === 0 || shared >= 2;
  };
  return names(a).some((x) => names(b).some((y) => oneBody(x, y)));
}

/**
 * Two organisations' names that share words and each name a trade, no trade both (`TRADE_KINDS`:
 * "Simmons Roofing Inc." / "Simmons Landscaping", "Reginald's Pressure Washing" / "Reginald's
 * Moving"): an owner's two businesses. The trades' words are read from the names and the company
 * names beside them. Not names a typo apart ("Rooter" / "Roofer").
 */
function tradesClash(a: LinkageRecord, b: LinkageRecord, level: FieldLevel<'name'>): boolean {
  if (level !== 'partial' && level !== 'contained') return false;
  const trades = (r: LinkageRecord) => new Set([...r.nameTokens, ...r.companyTokens].map((t) => TRADE_KINDS.get(t)).filter((k): k is string => k !== undefined));
  const ta = trades(a);
  const tb = trades(b);
  // An installer's general trade ("Installatiebedrijf", "Installaties") is a plumber's, a heating engineer's and an electrician's (a review's finding).
  const covers = (x: Set<string>, y: Set<string>) => x.has('installation') && [...y].every((k) => INSTALLED_TRADES.has(k));
  if (covers(ta, tb) || covers(tb, ta)) return false;
  return ta.size > 0 && tb.size > 0 && ![...ta].some((k) => tb.has(k));
}

/** The trades an installer's general word covers (`tradesClash`). */
const INSTALLED_TRADES = new Set(['installation', 'plumbing', 'hvac', 'electrical']);

/** A foundation's or a named fund's words ("The Kelly Family Foundation", "Kelly Fdn", "Ironwood Telecom Community Fund"). */
const FOUNDATION_WORDS = new Set(['foundation', 'fdn', 'fndn', 'fdtn']);
// A family's fund named for its purpose ("Her Charitable Fund", "Hanson Legacy Fund", "Kim Family Donor Advised Fund") beside its
// family's household ("Her Family", read as the person its fields name since the us-tuition reading): the fund's own customer.
const FUND_KINDS = new Set(['family', 'community', 'comm', 'memorial', 'scholarship', 'charitable', 'legacy', 'giving', 'endowment', 'benevolent', 'advised']);
/** The words of a body of an organisation's members, parents or supporters: its PTA, boosters, auxiliary, guild, women's group. */
const AUXILIARY_WORDS = new Set(['pta', 'ptsa', 'pto', 'ptso', 'boosters', 'auxiliary', 'alumni']);
const MEMBERS_WORDS = new Set(['womens', 'women', 'mens', 'ladies', 'guild', 'booster']);

/** Words after "Foundation" that make it a builder's trade ("Ortiz Foundation Repair"), not a charity. */
const FOUNDATION_TRADE = new Set(['repair', 'repairs', 'contractors', 'contracting', 'drilling', 'specialists', 'solutions', 'systems', 'concrete']);
/** Words of a group beside "Women's", "Men's" or "Ladies" ("Women's Fellowship", "Men's Club"): not a salon's or a shop's ("Ladies Salon"). */
const GROUP_WORDS_OF_MEMBERS = new Set(['fellowship', 'club', 'circle', 'society', 'group', 'league', 'forum', 'auxiliary', 'guild', 'ministry', 'ministries', 'elca', 'sodality', 'association', 'assn', 'shed']);

/** Whether `r`'s names name a foundation or fund, or a body of members or supporters ("Friends of …", "Parent Teacher …", "Altar Society", a club's "Social Club"); each name read on its own. */
function affiliateNamed(r: LinkageRecord): boolean {
  return [r.nameTokens, r.companyTokens].some((tokens) =>
    tokens.some(
      (t, i) =>
        ((FOUNDATION_WORDS.has(t) || (t.length >= 8 && oneEditApart(t, 'foundation'))) && !FOUNDATION_TRADE.has(tokens[i + 1] ?? '')) ||
        (t === 'fund' && FUND_KINDS.has(tokens[i - 1] ?? '')) ||
        AUXILIARY_WORDS.has(t) ||
        (MEMBERS_WORDS.has(t) && tokens.some((w, j) => j !== i && GROUP_WORDS_OF_MEMBERS.has(w))) ||
        (t === 'friends' && i === 0 && tokens.length > 1) ||
        (t === 'teacher' && tokens[i - 1] === 'parent') ||
        (t === 'society' && (tokens[i - 1] === 'altar' || tokens[i - 1] === 'rosary')) ||
        (t === 'club' && tokens[i - 1] === 'social'),
    ),
  );
}

/**
 * One name is an organisation's, family's or person's and the other its foundation, or a body of
 * its members or supporters, named after it: "Juniper Energy Foundation" / "Juniper Energy, Inc.",
 * "The Gary and Judy Ford Foundation" / Gary and Judy Ford, "Thoreau Middle PTSA" / "Thoreau
 * Middle School", "Friends of Ridgecrest Elementary", "Wesley United Methodist Church Women's
 * Fellowship" / the church, "Raheny RFC Social Club Ltd" / "Raheny RFC" (a club's licensed bar, a
 * company of its own). Each is a body of its own (its own tax number and bank account) that
 * gives the other's address, phone and often its mail domain. Only names that share words (one
 * contains the other, or both some), and only where one of them says it.
 */
function affiliateClash(a: LinkageRecord, b: LinkageRecord, level: FieldLevel<'name'>): boolean {
  if (level !== 'contained' && level !== 'partial') return false;
  return affiliateNamed(a) !== affiliateNamed(b);
}

/** The words that name a body of its own beside a government's: its authority, fire company, hose company or ambulance. */
const OWN_BODY_WORDS = new Set(['authority', 'auth', 'vfc', 'vfd', 'ambulance', 'ems']);
/**
 * The words after "Fire", "Hose" or "Rescue" that make a fire or rescue company ("Fire District", "Rescue Squad"; "Co" and "Company"
 * are read as forms, leaving "Fire" last); a department only a volunteer one ("Volunteer Fire Dept": a city's "Fire Dept" is its unit).
 */
const FIRE_COMPANY_AFTER = /^(?:co|comp|dist|prot|squad|assn|assoc)/;
const FIRE_WORDS = new Set(['fire', 'hose', 'rescue']);

/** `r`'s name is a public body's of its own: an authority ("Municipal Authority", "Mun. Auth.", a slip of "Authority"), a fire, hose or rescue company, an ambulance. */
function publicBodyNamed(r: LinkageRecord): boolean {
  const t = r.nameTokens;
  return t.some((w, i) => OWN_BODY_WORDS.has(w) || oneEditApart(w, 'authority') || (FIRE_WORDS.has(w) && (i === t.length - 1 || FIRE_COMPANY_AFTER.test(t[i + 1] ?? '') || (t[i - 1] === 'volunteer' && /^dep/.test(t[i + 1] ?? '')))));
}

/**
 * A government's name ("Fermanagh Township", "Borough of Alexandria") against a public body's of its name ("Fermanagh Township
 * Municipal Authority", "Alexandria Volunteer Fire Co", "Porter Township Hose Company", "Union Twp VFC"): each a body of its own
 * (an authority is a corporation of its own; a volunteer fire company a charity), billed apart, though the authority sits in the
 * township's building and answers its phone (us-septic read: a township's authority and fire company linked to the township at
 * its address and phone). Only names that share words, one the government's alone and the other the body's.
 */
function publicBodyClash(a: LinkageRecord, b: LinkageRecord, level: FieldLevel<'name'>): boolean {
  if (level !== 'contained' && level !== 'partial') return false;
  return (publicBodyNamed(a) && governmentOfPlace(b)) || (publicBodyNamed(b) && governmentOfPlace(a));
}

/**
 * A government's name and no more: a place and its government's word after it ("Fermanagh Township", "Mifflintown Boro") or
 * before it ("Borough of Alexandria", "City of Pensacola"), the place of one to three words. Not a name that goes on after the
 * government's word ("Cambria County Transit", "Erie County Water", "Twin City Drives": a body's or a firm's own name written
 * short, a review's finding), nor one opening with it and no "of" ("City Electric Supply", "Village Pizza", "County Line Feed"),
 * nor a fire company's name of any writing ("Pleasant Grove Fire Protection District": a fire district, no township).
 */
function governmentOfPlace(r: LinkageRecord): boolean {
  const t = r.nameTokens;
  if (r.form !== null || t.length < 2 || t.length > 4 || publicBodyNamed(r) || t.some((w) => FIRE_WORDS.has(w))) return false;
  // A government's own word: `GOVERNMENT_FIRST`'s ("Township", "Borough", "County"; "Twp" and "Boro" read as those) or "Municipality".
  const own = (w: string | undefined) => w !== undefined && (GOVERNMENT_FIRST.has(w) || w === 'municipality');
  if (own(t[t.length - 1])) return true;
  return own(t[0]) && r.displayWords[r.displayWords.indexOf(t[0] ?? '') + 1] === 'of';
}

/** A government's name: "City of …", "… County Council", "Department of …", a ministry. */
const GOVERNMENT_FIRST = new Set(['city', 'county', 'town', 'village', 'borough', 'township', 'district', 'shire']);
// A ministry's directorate ("Giza Veterinary Medicine Directorate", "مديرية": eg-tawrid read).
/** Korea's administrative units as their offices' English names write them ("-gu Office", "-si Office"). */
const KOREAN_OFFICE_OF = new Set(['gu', 'si', 'gun', 'do']);
const GOVERNMENT_WORDS = new Set(['department', 'dept', 'ministry', 'municipality', 'council', 'govt', 'government', 'directorate']);
/** Words of a billing desk, not of a unit ("- Accounts Payable", "Finance"). */
const BILLING_WORDS = new Set([
  'accounts', 'account', 'payable', 'payables', 'ap', 'finance', 'billing', 'invoices', 'receivable',
  // The desks that pay a body's bills and buy for it, in German, French and Spanish ("Stadt Düsseldorf - Buchhaltung", "- Einkauf", "- Comptabilité").
  'buchhaltung', 'rechnungswesen', 'rechnungen', 'rechnungseingang', 'kreditorenbuchhaltung', 'einkauf', 'finanzen', 'comptabilite', 'contabilidad', 'facturacion', 'compras',
  'procurement', 'purchasing', 'invoicing', 'receiving',
  // Dutch and English desks of a body's finances (a review's finding: "Gemeente Deurne, Afdeling Financiën", "Team Inkoop",
  // "City of Austin, Financial Services Department", "Controller Division").
  'financien', 'financiele', 'inkoop', 'crediteuren', 'crediteurenadministratie', 'administratie', 'boekhouding', 'facturen', 'financial',
  'controller', 'controllers', 'treasury', 'treasurer', 'revenue',
]);

/** A government's mail domain: "cityofsantafe.org", "santafenm.gov", "leeds.gov.uk". */
const GOVERNMENT_DOMAIN = /^(?:city|county|town|village|borough|township|district|shire)of|\.gov(?:\.[a-z]{2})?$|\.govt\.[a-z]{2}$/;
// A council, a department or a ministry by its words; "City", "County", "Town" and the like
// (not last: "Kansas City") only at a government's mail domain: "Village Pizza", "County Line
// Feed" and "Town & Country Realty" are businesses.
const governmentNamed = (r: LinkageRecord): boolean =>
  r.nameTokens.some((t) => GOVERNMENT_WORDS.has(t)) ||
  // A Korean district's, city's or county's office ("Geumjeong-gu Office", "구청" read so: kr-jeonja read).
  r.nameTokens.some((t, i) => KOREAN_OFFICE_OF.has(t) && r.nameTokens[i + 1] === 'office') ||
  (r.emailDomain !== null && GOVERNMENT_DOMAIN.test(r.emailDomain) && r.nameTokens.some((t, i) => GOVERNMENT_FIRST.has(t) && i < r.nameTokens.length - 1)) ||
  // A county's, borough's or township's unit after its name ("Queen Anne's County Emergency Mgmt", "Anne Arundel County Parks &
  // Rec": us-marina read, two units of one county at its office and domain linked), in a name of no legal form and no trade.
  (r.form === null && r.nameTokens.some((t, i) => i > 0 && i < r.nameTokens.length - 1 && BODY_WORDS_AFTER.has(t)) && !r.nameTokens.some((t) => TRADE_KINDS.has(t)));

/**
 * Two units of one government, each named by words of its own ("City of Santa Fe - Neighborhood
 * Services" / "City of Santa Fe - Community Development Department", "Department of Conservation
 * - Hamilton" / "- Te Anau"): each department, office or division is billed on its own, and all
 * give the city hall's address, switchboard and mail domain. Not one unit written two ways ("Comm."
 * / "Community", a typo), nor a unit against the whole government ("Napier City Council (Parks &
 * Reserves)" / "Napier City Council": contained, one customer), nor a billing desk's words.
 */
function unitsClash(a: LinkageRecord, b: LinkageRecord, level: FieldLevel<'name'>): boolean {
  if (level !== 'partial' || !governmentNamed(a) || !governmentNamed(b)) return false;
  const own = (x: LinkageRecord, y: LinkageRecord) =>
    wordsOfItsOwn(x.nameTokens, y.nameTokens, false).filter((t) => !GOVERNMENT_WORDS.has(t) && !GOVERNMENT_FIRST.has(t) && !BILLING_WORDS.has(t) && !OFFICE_WORDS.has(t) && !/\d/.test(t));
  const [oa, ob] = [own(a, b), own(b, a)];
  // Nor one unit's name written by its initials ("Erie County AAA" / "Erie County Area Agency on Aging": us-homecare).
  return oa.length > 0 && ob.length > 0 && !initialsWithin(oa, ob) && !initialsWithin(ob, oa);
}

/**
 * Two organisations' names that clash (`formClash`, `namesItsSite`); an organisation's against a
 * person's: a trust, fund, estate or building's owners is no person ('form'), and a firm under
 * another name than the person's is the firm or its owner billed on their own ('contact'); not a
 * sole trader's firm or a couple named for the person ("Fitzgerald Florist" for Peter Fitzgerald,
 * "Craig & Rachel Russell"), nor one the person's record names (`namedForOwner`).
 */
function namesClash(a: LinkageRecord, b: LinkageRecord, level: FieldLevel<'name'>): NameClash | undefined {
  const orgA = organisationNamed(a);
  const orgB = organisationNamed(b);
  // Against a person: not a record of the body's own details in its officer's name (`firmsContactDetails`).
  if ((orgA || orgB) && affiliateClash(a, b, level) && (orgA === orgB || !firmsContactDetails(orgA ? a : b, orgA ? b : a))) return 'affiliate';
  if (orgA && orgB && publicBodyClash(a, b, level)) return 'public-body';
  if (orgA && orgB) {
    if (formClash(a, b, level)) return 'form';
    if (namesItsSite(a, b) || namesItsSite(b, a)) return 'site';
    const branches = branchesClash(a, b);
    if (branches === 'site') return branches;
    if (kindsClash(a, b)) return 'kind';
    if ((level === 'partial' || level === 'contained') && premisesClash(a, b)) return 'unit';
    if (tradesClash(a, b, level)) return 'trade';
    if (unitsClash(a, b, level) || branches === 'unit') return 'unit';
    // Two owners' associations, one's name the other's with words of its own ("Stone Pointe Heights
    // Homeowners Association" / "Stone Pointe HOA", "Palomino Commons Unit 2 HOA"): another phase,
    // section or neighbour of one estate, each an association of its own (in fifteen labelled sets,
    // sharing an e-mail or phone, two associations 20 times in 22).
    if (a.form === 'owners' && b.form === 'owners' && level === 'contained' && containedWithOwnWords(a, b, true)) return 'estate';
    if (groupClash(a, b, level) || structureClash(a, b, level) || registeredClash(a, b) || statesCompany(a, b) || statesCompany(b, a)) return 'group';
    // Two organisations' names with no word in common ("Ross Builders LLC" / "Hillcrest Restaurant
    // LLC"): an owner's other company, which gives his e-mail, phone and office, as often as one
    // company renamed. Held, for a person to link.
    if (facilitiesOfOne(a, b, level)) return 'facility';
    // After the clashes weighed as another company of one owner ('group', 'trade', 'unit'): those
    // ask a person to look (m 0.1), which this, as strong as 'facility', would not.
    if (sitesOfOne(a, b)) return 'sites';
    // Last: it counts only where the tenant keeps several customers at the address (`weighComparisons`), and must not hide another clash where it does not.
    if (branches === 'units') return 'unit';
    if (branches === 'department') return branches;
    return otherName(a, b, level) ? 'other-name' : undefined;
  }
  if (orgA === orgB) return undefined;
  // A person's record naming the body's building as its company (the pastor's, "First Baptist Church (Parsonage)") against the body's own.
  if ((level === 'partial' || level === 'contained') && premisesClash(a, b)) return 'unit';
  const org = orgA ? a : b;
  if (org.form !== null && FORM_WRITTEN.has(org.form) && !placeRead(org, orgA ? b : a)) return 'form';
  const person = orgA ? b : a;
  // A company under a legal form named with the person's whole name and its trade ("Willie Cooper
  // Concrete Inc." / Willie Cooper) is as much the company apart from its owner as one named for
  // the surname alone.
  const ownersCompany = level === 'contained' && org.form === 'company' && person.isPerson && showsOnlyNames(person);
  return (level === 'partial' || level === 'different' || ownersCompany) && !namedForOwner(org, person) && !firmsContactDetails(org, person) ? 'contact' : undefined;
}

/**
 * A company registered in a person's own name and no more ("Avram Loredana PFA", Romania's sole trader's registration; "Silvia
 * Perez LLC") against that person's own record: a business of its own, billed apart from its owner's own account as often as not
 * (ro-constructii's rule, eleven such links to the owner's private account; us-medsupply's "Austin Parks MD PLLC" / Austin Parks
 * two customers, uk-billing's "Margaret Middleton Ltd" one), so held for a person to say ('contact'), as a company named for the
 * person and a trade is. Not a trade's name read as a person's ("Ng Signs Ltd" / "Ng Signs"), nor the firm's own details written
 * in its owner's name (`firmsContactDetails`).
 */
/**
 * A single-member company (`LinkageRecord.singleMember`: "Maria Costa - Jardinagem, Unipessoal Lda") against a trade's record of
 * no form whose name holds every word of the company's and a person's fuller name beside them ("Maria Helena Gomes Costa -
 * Jardinagem"): the sole trader the person was, and the company they formed, two tax registrations and, to an accountant, two
 * customers (pt-contabilidade read: ten false links). Held for a person to say ('contact'): a company's own record with its form
 * dropped writes its own name, no fuller one.
 */
function soleTradersCompany(firm: LinkageRecord, trade: LinkageRecord): boolean {
  if (!firm.singleMember || firm.form !== 'company' || trade.form !== null || trade.singleMember || !trade.organisationNamed) return false;
  const own = trade.nameTokens.filter((t) => !firm.nameTokens.includes(t));
  return own.length > 0 && firm.nameTokens.every((t) => trade.nameTokens.includes(t)) && isGivenName(trade.nameTokens[0] ?? '') && !own.some((t) => isFirmWord(t) || TRADE_KINDS.has(t));
}

function registeredInOwnName(firm: LinkageRecord, person: LinkageRecord): boolean {
  if (firm.form !== 'company' || !firm.organisationNamed || person.organisationNamed || !person.isPerson || person.given === null || person.family === null) return false;
  if (firm.nameTokens.length < 2 || firm.nameTokens.some((t) => isFirmWord(t)) || !showsOnlyNames(person)) return false;
  return !firmsContactDetails(firm, person);
}

/**
 * The names compared as written, and where either record gives its former name (`LinkageRecord.formerTokens`: "… (vormals
 * Glueckfeld GmbH)", "…, ent. Tampereen Vuokratalot Oy"), that name against the other's too: a renamed company's record agrees
 * with its record under the old name ('typo', as one name written two ways), unless the names as written agree better.
 */
function compareName(a: LinkageRecord, b: LinkageRecord): FieldComparison {
  const written = compareNameWritten(a, b);
  // Read before the clash of two trades or of a group's two companies ("Piastrelle Zbinden Sagl" / "Plattenbeläge Zbinden GmbH"
  // shares the owner's word beside two trades' words, translated): not before any other clash (a number, a form, a site).
  const tradesClash = written.clash === undefined || written.clash === 'trade' || written.clash === 'group';
  if (written.level !== 'exact' && tradesClash && translatedName(a.nameTokens, b.nameTokens)) return { field: 'name', level: 'typo' };
  if (written.level === 'exact' || (a.formerTokens.length === 0 && b.formerTokens.length === 0)) return written;
  const agrees = (x: readonly string[], y: readonly string[]) => {
    if (x.length === 0 || y.length === 0) return false;
    const level = compareTokens(x, y);
    return level === 'exact' || level === 'typo';
  };
  return agrees(a.formerTokens, b.nameTokens) || agrees(b.formerTokens, a.nameTokens) || agrees(a.formerTokens, b.formerTokens) ? { field: 'name', level: 'typo' } : written;
}

/**
 * Two firms' names one name in two languages (`translatedTrade`): the words one has and the other lacks are, on each side, trades'
 * words naming the same concepts ("Metzgerei Hirschi" / "Macelleria Hirschi", "Pahud Bäckerei-Konditorei" / "Pahud
 * Boulangerie-Pâtisserie"), beside at least one word both share that names no trade and no form (the owner's, the place's).
 */
function translatedName(x: readonly string[], y: readonly string[]): boolean {
  if (x.length > 8 || y.length > 8) return false;
  const onlyX = x.filter((t) => !y.includes(t));
  const onlyY = y.filter((t) => !x.includes(t));
  if (onlyX.length === 0 || onlyY.length === 0) return false;
  const concepts = (ts: readonly string[]) => ts.map(translatedTrade);
  const cx = concepts(onlyX);
  const cy = concepts(onlyY);
  if (cx.some((c) => c === undefined) || cy.some((c) => c === undefined)) return false;
  const sx = new Set(cx);
  const sy = new Set(cy);
  if (sx.size !== sy.size || [...sx].some((c) => !sy.has(c))) return false;
  return x.some((t) => y.includes(t) && translatedTrade(t) === undefined && !isLegalSuffix(t) && t.length >= 3 && !/^\d+$/.test(t));
}

/**
 * An organisation's name an old system cut at its field's length (thirty characters or so: "TRI-STATE DENTAL PARTNERS - WE",
 * "STONE RIDGE FAMILY DENTISTRY L", "TOWN & COUNTRY DENTAL GR"; us-dental-lab read, read as a name with a word of its own): its
 * last word the start of a word of the other's name that it lacks, beside two words or more both names hold, is that word cut.
 * The record with that word whole, or the record itself.
 */
function withCutWordWhole(r: LinkageRecord, o: LinkageRecord): LinkageRecord {
  const words = r.nameTokens;
  if (!r.organisationNamed || !CUT_WIDTHS.has(r.nameLength) || words.length < 3 || words.length > 8 || o.nameTokens.length < words.length) return r;
  const at = words.length - 1;
  const last = words[at] ?? '';
  // Not a numeral ("Fund I" / "Fund III": a series' other fund, a review's finding), a letter, nor a word whole of its own.
  if (!/^\p{L}{2,6}$/u.test(last) || ROMAN.has(last) || WHOLE_SHORT_WORDS.has(last) || o.nameTokens.includes(last)) return r;
  // The other name's word at the same place, the words before it the other's at theirs (a slip allowed): the name cut, not
  // another ordered otherwise ("Family Dental West" / "Westerville Family Dental").
  const whole = o.nameTokens[at] ?? '';
  if (whole.length < last.length + 2 || !whole.startsWith(last) || words.includes(whole)) return r;
  const before = words.slice(0, at);
  if (!before.every((t, k) => t === o.nameTokens[k] || oneEditApart(t, o.nameTokens[k] ?? '')) || before.filter((t, k) => t === o.nameTokens[k]).length < 2) return r;
  const read = (ts: readonly string[]) => ts.map((t, k) => (k === ts.length - 1 && t === last ? whole : t));
  const nameTokens = read(words);
  return { ...r, nameTokens, nameKey: [...nameTokens].sort().join(' '), branch: read(r.branch), parts: r.parts.map((p, k) => (k === r.parts.length - 1 ? read(p) : p)) };
}
/** Field widths old systems cut names at. */
const CUT_WIDTHS = new Set([20, 24, 25, 30, 31, 32, 35, 40]);
/** Short words that are whole words of names, no cut ones: a direction's, a place's kind. */
const WHOLE_SHORT_WORDS = new Set(['north', 'south', 'east', 'west', 'park', 'hill', 'hills', 'lake', 'lakes', 'mill', 'glen', 'dale', 'vale', 'bay', 'port', 'wood', 'oak', 'oaks']);

/**
 * A firm named for its contact person, the person's given name written in one record as a short form of the other's ("Kolář Standa,
 * kamenictví" / "Kolář Stanislav, kamenictví", "Bill Hayes Plumbing" / "William Hayes Plumbing": cz-stavebniny read, read as
 * names sharing some words): the record with the other's form in its name, its contact's surname the same.
 */
function withContactGivenAligned(r: LinkageRecord, o: LinkageRecord): LinkageRecord {
  const pair = contactGivenPair(r, o) ?? personPartPair(r, o);
  if (pair === null) return r;
  const [from, to] = pair;
  const read = (ts: readonly string[]) => ts.map((t) => (t === from ? to : t));
  const nameTokens = read(r.nameTokens);
  return { ...r, nameTokens, nameKey: [...nameTokens].sort().join(' '), branch: read(r.branch), parts: r.parts.map(read) };
}

/** The two records' contact persons of one surname, their given names a short form and its name, each in its firm's name. */
function contactGivenPair(r: LinkageRecord, o: LinkageRecord): [string, string] | null {
  const [p, q] = [r.contact, o.contact];
  if (p === null || q === null || p.given === null || q.given === null || p.family === null || p.family !== q.family || p.given === q.given) return null;
  // Not two generations' firms ("Kolář ml." / "Kolář st.": a review's finding).
  if (p.generation !== null && q.generation !== null && p.generation !== q.generation) return null;
  if (!nicknameRelated(p.given, q.given) || !r.nameTokens.includes(p.given) || !o.nameTokens.includes(q.given) || r.nameTokens.includes(q.given)) return null;
  return [p.given, q.given];
}

/**
 * The person's names opening each firm's name, before its trade ("TERKA NOVAKOVA - ZEMNI PRACE" / "Tereza Nováková - Zemní práce"),
 * where no contact is written: two or three words each, one in common, and a word of each a short form and its name.
 */
function personPartPair(r: LinkageRecord, o: LinkageRecord): [string, string] | null {
  // In a record of Czechia or Slovakia, whose sole traders' firms are so named ("Rose Garden" / "Rosemary Garden", "Max Auto" /
  // "Maxwell Auto" elsewhere are no persons' names: a review's finding).
  if ((r.czech === null && o.czech === null) || r.parts.length < 2 || o.parts.length < 2) return null;
  const [x = [], y = []] = [r.parts[0], o.parts[0]];
  if (x.length < 2 || x.length > 3 || y.length < 2 || y.length > 3 || !x.some((t) => t.length >= 3 && y.includes(t))) return null;
  for (const t of x) {
    if (y.includes(t) || r.nameTokens.filter((w) => w === t).length > 1) continue;
    const u = y.find((w) => !x.includes(w) && nicknameRelated(t, w));
    // The shared word no given name (the surname), the two given names.
    const shared = x.filter((w) => y.includes(w));
    if (u !== undefined && !r.nameTokens.includes(u) && (isGivenName(u) || isCzechGivenName(u)) && !shared.some((w) => isGivenName(w) || isCzechGivenName(w))) return [t, u];
  }
  return null;
}

function compareNameWritten(recordA: LinkageRecord, recordB: LinkageRecord): FieldComparison {
  const aligned = withContactGivenAligned(recordA, recordB);
  const a = aligned !== recordA ? aligned : withCutWordWhole(recordA, recordB);
  const b = a === recordA ? withCutWordWhole(recordB, recordA) : recordB;
  if (a === recordA && b === recordB) return compareNameAsWritten(a, b);
  // Not where the names as written agree already ("… COM. E REPRES." read with its words written short).
  const written = compareNameAsWritten(recordA, recordB);
  // Nor where they clash as written (a series' number, two sites, two registers): the clash stands.
  if (written.level === 'exact' || written.clash !== undefined) return written;
  const read = compareNameAsWritten(a, b);
  // A short form for the given name is one name written two ways: a typo's level at most.
  if (aligned === recordA || read.level !== 'exact') return read;
  const { tfKey: _key, ...typo } = read;
  return { ...typo, level: 'typo' };
}

function compareNameAsWritten(a: LinkageRecord, b: LinkageRecord): FieldComparison {
  const numbered = numberingLevel([a.nameTokens, a.companyTokens], [b.nameTokens, b.companyTokens], [a.form !== null, b.form !== null]);
  if (numbered !== null) return { field: 'name', level: 'different', clash: numbered };
  const lettered = letteredSibling(a, b);
  if (lettered !== null) return { field: 'name', level: 'different', clash: lettered };
  // One numbered company's registered number in both names, and no other number apart ("9405-0847 QU?BEC INC F.A.S.O. IMMEUBLES
  // TARDIF" / "9405-0847 Québec inc. f.a.s.o. Immeubles Tardif", "9620-9839 Québec inc." / "Boulangerie La Mie Dorée (9620-9839
  // Québec inc.)": qc-plomberie read, weighed as names sharing some words): one company's name, however its words are written.
  if (sameRegisteredNumber(a, b) && !otherRegisters(a, b)) return { field: 'name', level: 'exact' };
  const { level: best, key: bestKey, lone, companyOf } = bestNames(a, b);
  // A person's record agreeing with an organisation's own through its CompanyName: keyed by that name (`FieldComparison.companyOf`).
  const other = companyOf === a ? b : a;
  const ofCompany = companyOf !== undefined && companyOf.isPerson && !companyOf.organisationNamed && other.organisationNamed && !other.isPerson && (best === 'exact' || best === 'typo' || best === 'contained') ? { companyOf: `n:${[...companyOf.companyTokens].sort().join(' ')}` } : {};
  // One name under two countries' registers is two companies ("Soon Cheong Food Trading Pte Ltd" / "… Sdn. Bhd.").
  if (best === 'exact') return otherRegisters(a, b) ? { field: 'name', level: 'different', clash: 'form' } : { field: 'name', level: best, tfKey: `n:${bestKey}`, ...ofCompany, ...(registeredInOwnName(a, b) || registeredInOwnName(b, a) ? { clash: 'contact' as const } : {}) };
  // A CV's or PT's record against a person's own of Indonesia (`indonesianRegisters`): a legal person and its owner, two customers
  // however their names, phone and house agree (id-grosir read: "PT. SUKAMTO MANDIRI" / "Sukamto", "SUWECA TEKNIK, CV" / "I Komang
  // Suweca"), where the toko or UD a person trades as is the person's own.
  // So is a Greek company of a legal form against a person's own (`greekRegisters`: a sole proprietor's new Ι.Κ.Ε., gr-ydravlika read).
  const idApart = (x: LinkageRecord, y: LinkageRecord) => (x.registers.includes('ID-PT') && y.registers.includes('ID-OWNER')) || (x.registers.includes('GR-COMPANY') && y.registers.includes('GR-OWNER'));
  const clash = best === 'missing' ? undefined : idApart(a, b) || idApart(b, a) ? 'form' : (namesClash(a, b, best) ?? (best === 'contained' && brandsCompaniesClash(a, b) ? 'group' : best === 'contained' && (soleTradersCompany(a, b) || soleTradersCompany(b, a)) ? 'contact' : undefined));
  // Between any two organisations' names, not only two registered ones (a legal form each): "Gemeente X, Afdeling Y" and VvE's
  // of one beheerder, a group's or a manager's customers of one kind at its shared mailbox (the thirty-third stop's three blind
  // sets' false links). Tried on the organisation-heavy sets: the holdout tr-yapi 15 → 11 false links, nz-rural 22 → 21, at
  // a duplicate or three more on au-trades, ca-wholesale, nz-rural, nl-installatie and twenty on chicago-childcare (a day-care
  // site's records vary a name of no form: "Greenview Children's Center" / "Karen Cruz Children's Center"; each flagged).
  // Two owners' associations' names of their building's own words, however short ("Can Sit. Yönetimi" / "Su Apartmanı Yön.":
  // tr-yapi read): a building's name is no place's short form.
  // Only names of their building's words and their kind's one word ("Can Sit. Yönetimi", "Ban Quản lý Chung cư Phúc Yên"): an
  // HOA's "NW" / "Northwest", "Lakeview HOA" / "Lakeview Condo Assn" are one association's written two ways (a review's finding).
  const buildingNamed = (r: LinkageRecord) => r.form === 'owners' && r.nameTokens.filter((t) => t === 'hoa').length === 1 && r.nameTokens.every((t) => t === 'hoa' || BUILDING_WORD.test(t));
  const owners = buildingNamed(a) && buildingNamed(b);
  const common = clash === undefined && best === 'partial' && a.organisationNamed && b.organisationNamed ? commonWords(a.nameTokens, b.nameTokens, owners ? 2 : 4) : null;
  const clashed = clash === undefined ? (common === null ? {} : { common }) : { clash };
  // One name is a single word of the other ("charles" in "charles mander"): as telling as that
  // word is rare among the tenant's customers (a lone "charles" is contained in every Charles).
  if (best === 'contained' && lone !== undefined) return { field: 'name', level: best, tfKey: `t:${lone}`, ...clashed, ...ofCompany };
  // Not at a mailbox of the names' own domain (a manager writes from its own: "Coastal Plumbing Services" / "Coastal Plumbing" at coastalplumbing.com.au is one firm written longer).
  if (best === 'contained' && clash === undefined && containedWithOwnWords(a, b) && !ownDomain(a, b) && !ownDomain(b, a)) return { field: 'name', level: best, ...clashed, ownWords: true, ...ofCompany };
  // Two names sharing some words, each with words of its own that are no forms of the other's (`FieldComparison.ownEach`).
  // Not a firm's words of its business in general ("Harbour Strata Management" / "Harbour Strata Services Pty Ltd": one firm; a review's finding).
  const own = (x: LinkageRecord, y: LinkageRecord) => wordsOfItsOwn(x.nameTokens, y.nameTokens, true).filter((t) => !GROUP_WORDS.has(t) && !STRUCTURE_WORDS.has(t) && !GENERIC_BUSINESS_WORDS.has(t) && !/\d/.test(t));
  const ownEach = best === 'partial' && clash === undefined && own(a, b).length > 0 && own(b, a).length > 0 ? { ownEach: true } : {};
  return { field: 'name', level: best, ...clashed, ...ownEach, ...ofCompany };
}

/**
 * A record that shows its brand ("Brasiplus") beside its company's legal name ("Brasiplus Serviços
 * de Segurança Eletrônica SA"), against another company of that brand under a legal form of its own
 * ("Brasiplus Logística Ltda."): the brand is contained in the other's name, but the two legal
 * names each have words of their own, a group's two companies, as `groupClash` reads two such
 * names written whole. Only where the brand's company name carries a legal form, and not where the
 * other's name is the legal one written short or in part ("Brasiplus Segurança Ltda", "Brasiplus
 * Serv. Seg. Eletr.") or the same trade in other words ("Heating & Air Conditioning" / "HVAC").
 */
function brandsCompaniesClash(a: LinkageRecord, b: LinkageRecord): boolean {
  for (const [s, o] of [
    [a, b],
    [b, a],
  ] as const) {
    // The brand's record names its company under a legal form ("… SA", "… EPP"): a company's name written without one ("Bluewave Pool
    // Services") is as often its trade written two ways (a review's finding).
    if (!s.companyFormed || s.companyTokens.length === 0 || s.nameTokens.length === 0 || s.nameTokens.length >= s.companyTokens.length) continue;
    if (!s.nameTokens.every((t) => s.companyTokens.includes(t)) || o.form !== 'company' || !organisationNamed(o)) continue;
    const other = o.companyTokens.length > 0 ? o.companyTokens : o.nameTokens;
    if (compareTokens(s.companyTokens, other) !== 'partial') continue;
    // One trade written in other words ("Heating & Air Conditioning" / "HVAC", "Prestação de Serviços de Segurança") is one company's.
    const trades = (x: readonly string[]) => new Set(x.map((t) => TRADE_KINDS.get(t)).filter((k): k is string => k !== undefined));
    const tradesOfS = trades(s.companyTokens);
    if ([...trades(other)].some((k) => tradesOfS.has(k))) continue;
    const own = (x: readonly string[], y: readonly string[]) => wordsOfItsOwn(x, y, true).filter((t) => !GROUP_WORDS.has(t) && t !== 'svc');
    if (own(s.companyTokens, other).length > 0 && own(other, s.companyTokens).length > 0) return true;
  }
  return false;
}

/**
 * Two organisations' names, the longer with words of its own beside all the other's
 * (`FieldComparison.ownWords`): not a number's, an office's or a country's. With `named`, only
 * words before a number (not a street address after the name: "SP 20049 - 56 Kennedy La"), and
 * not an association's organ's ("Timber Shores Owners Assn Board").
 */
function containedWithOwnWords(a: LinkageRecord, b: LinkageRecord, named = false): boolean {
  if (!organisationNamed(a) || !organisationNamed(b)) return false;
  const [long, short] = a.nameTokens.length >= b.nameTokens.length ? [a, b] : [b, a];
  if (wordsOfItsOwn(short.nameTokens, long.nameTokens, false).length > 0) return false;
  const number = long.nameTokens.findIndex((t) => /^\d+$/.test(t));
  // One plan's number in both ("The Owners - Strata Plan 12345" / "Strata Plan 12345") is one plan.
  if (named && number >= 0 && short.nameTokens.includes(long.nameTokens[number] ?? '')) return false;
  const words = named && number >= 0 ? long.nameTokens.slice(0, number) : long.nameTokens;
  const towns = new Set([...(a.city ?? '').split(' '), ...(b.city ?? '').split(' ')]);
  return wordsOfItsOwn(words, short.nameTokens, false).some((t) => !/\d/.test(t) && !OFFICE_WORDS.has(t) && !(named && (ORGAN_WORDS.has(t) || OWNERS_WORDS.has(t) || towns.has(t))));
}

/** `r`'s e-mail is at a domain made of a word of both names ("info@coastalplumbing.com.au"). */
function ownDomain(r: LinkageRecord, other: LinkageRecord): boolean {
  const label = (r.emailDomain ?? '').split('.')[0] ?? '';
  return label !== '' && r.nameTokens.some((t) => t.length >= 4 && label.includes(t) && other.nameTokens.includes(t));
}

/** An association's organs and offices, which write to its customers in its name (as the names' tokens write them: "ttee", "mgmt"). */
const ORGAN_WORDS = new Set(['board', 'committee', 'ttee', 'trustees', 'directors', 'council', 'members', 'mgmt', 'management', 'treasurer', 'secretary', 'manager', 'mgrs']);

/** An owners' association's own words, however written ("The Owners - Strata Plan", "Homeowners Association of Austin, Inc."). */
const OWNERS_WORDS = new Set(['owners', 'owner', 'homeowners', 'association', 'assn', 'assoc', 'hoa', 'poa', 'body', 'corporate', 'corporation', 'strata', 'plan', 'condominium', 'condo', 'community', 'inc']);

function compareCompany(a: LinkageRecord, b: LinkageRecord): FieldComparison {
  const level = compareTokens(a.companyTokens, b.companyTokens);
  if (level === 'missing') {
    if (otherFirmsPerson(a, b) || otherFirmsPerson(b, a) || coupleApartFromFirm(a, b) || coupleApartFromFirm(b, a)) return { field: 'company', level: 'different', clash: 'contact' };
    return trustOfPerson(a, b) || trustOfPerson(b, a) ? { field: 'company', level: 'different', clash: 'form' } : missing('company');
  }
  // Two numbered companies, by no number in common ("SP41754" / "Strata Plan 47664"): whether they
  // clash is the records' names' question (`contactsClash`).
  if (numberingLevel([a.companyTokens], [b.companyTokens]) !== null) return { field: 'company', level: 'different' };
  // Keyed by the company's name: two persons billed through one that many customers name are two of its clients as likely as one ('clients', `weighComparisons`).
  if (level === 'exact') return { field: 'company', level, companyOf: `n:${[...a.companyTokens].sort().join(' ')}` };
  return { field: 'company', level: level === 'typo' || level === 'contained' ? 'close' : 'different' };
}

/**
 * A person's record naming a firm (`companyTokens`) against an organisation's own record whose contact person the person is,
 * the firm's name sharing no word with the organisation's ("Dwayne Blankenship", Thomas Real Estate / "RJ Properties", contact
 * Dwayne Blankenship): the person's other firm, or the person billed on their own, never the organisation (us-utility read: a
 * property manager's record at his office's mailbox and phone linked to an LLC he manages, the firms' names left unweighed).
 */
function otherFirmsPerson(p: LinkageRecord, o: LinkageRecord): boolean {
  if (p.companyTokens.length === 0 || o.companyTokens.length > 0 || !o.organisationNamed || p.organisationNamed || p.family === null || p.family !== o.family) return false;
  return compareTokens(p.companyTokens, o.nameTokens) === 'different';
}

/**
 * A couple's own record ("EGBERT, TERESA & CARL") against a firm's of their name and its contact, one of them ("Egbert Hereford
 * Ranch", Teresa Egbert): the household billed apart from its farm or trade as often as the firm written in its owners' names,
 * so held for a person to say (us-vetclinic read: a ranch's owners' own pets' account linked to the ranch's).
 */
function coupleApartFromFirm(p: LinkageRecord, o: LinkageRecord): boolean {
  if (!p.couple || p.organisationNamed || p.companyTokens.length > 0 || p.family === null || p.givenShown.length === 0) return false;
  if (!o.organisationNamed || o.couple || o.partnership || o.family !== p.family || o.form !== null) return false;
  // The firm's own mailbox on the couple's record: the firm's record in its owners' names ("Allan & Annabel Taylor" for Redgate Farm).
  if (p.email !== null && p.email === o.email) return false;
  // A family's body ("The Schmidt Family Fdn.") is weighed as its family's affiliate (`affiliateClash`), not here.
  if (o.nameTokens.includes('family') || o.nameTokens.includes('fam')) return false;
  const own = new Set([...p.nameTokens, p.family, ...p.family.split(' ')]);
  // A household's own word ("The Hill Family") is no firm's; a trust's or an estate's form is weighed as such.
  return o.nameTokens.some((t) => !own.has(t) && !HOUSEHOLD_WORDS.has(t));
}

/** Words a household's display is written with ("The Hill Family", "Lee Household"). */
// ("family" and "fam" are read before: a family's body is an affiliate's question.)
const HOUSEHOLD_WORDS = new Set(['the', 'household', 'residence', 'home', 'familia', 'famille', 'familie', 'famiglia', 'and', 'mr', 'mrs', 'ms']);

/**
 * A person's record naming a trust as its company ("leticia mendoza", Mendoza Living Trust) against the person's own record of
 * no company: the trust, which owns and is billed apart from its trustee ('form', as a trust's own name against a person's is;
 * us-utility read). Not an estate's: an estate carries on the person's own account.
 */
function trustOfPerson(t: LinkageRecord, p: LinkageRecord): boolean {
  return t.companyTokens.at(-1) === 'trust' && !t.organisationNamed && p.companyTokens.length === 0 && !p.organisationNamed && p.isPerson;
}

function compareEmail(a: LinkageRecord, b: LinkageRecord): FieldComparison {
  if (a.email === null || b.email === null || a.emailLocal === null || b.emailLocal === null) return missing('email');
  if (a.email === b.email) return { field: 'email', level: 'exact', tfKey: `e:${a.email}` };
  // A certified mailbox (Italy's PEC: "…@arubapec.it", "…@pec.it", "…@legalmail.it") beside an ordinary one: a firm's second
  // mailbox, for invoices and the registers, that a record writes in place of the other as often as not (it-termoidraulica
  // read: weighed as different e-mails, one customer's records were created twice). No evidence either way.
  // Not where the mailbox names agree: the same name is evidence still.
  if (certifiedMailbox(a.emailDomain) !== certifiedMailbox(b.emailDomain) && a.emailLocal.replace(/\./g, '') !== b.emailLocal.replace(/\./g, '')) return missing('email');
  // A field of several addresses sharing one beyond their first ones: the first ones compared,
  // as if alone, but never 'different'. A firm's billing address or a bookkeeper's is listed by
  // many customers, so it is no evidence for; one customer listing an address its upstream
  // record lacks is none against.
  const sharedBeyondFirst = a.otherEmails.length + b.otherEmails.length > 0 && [a.email, ...a.otherEmails].some((e) => e === b.email || b.otherEmails.includes(e));
  const sameDomain = a.emailDomain === b.emailDomain;
  // Gmail drops dots: "noah.hawkins" and "noahhawkins" are one mailbox name.
  const sameLocal = a.emailLocal.replace(/\./g, '') === b.emailLocal.replace(/\./g, '');
  // Two mailboxes each made of its own record's names ("paul.smith@", "paula.smith@") are one
  // letter apart because the names are: the names were weighed already, it is no e-mail typo.
  // So are two such mailboxes of two records named alike, one letter apart by a middle initial,
  // an initial's place or a dot ("mwilliams@" / "mdwilliams@", "jake.murray@" / "jakemurray@" at
  // one provider): each a form of the same names, neither a slip of the other; where the dot is
  // all, the same name at one provider is weighed given the names (below).
  const namedAlike = (a.givenWritten ?? a.given) === (b.givenWritten ?? b.given) && a.family === b.family;
  // Mailboxes apart by their number alone are read below ("riley.noble3@" / "riley.noble@").
  const numberOnly = a.emailLocal.replace(/\d/g, '') === b.emailLocal.replace(/\d/g, '');
  // A chain's or a manager's mailboxes numbered by store or site ("store1@" / "store2@" at one
  // domain): the numbers name two sites, as numbered names do (`NameClash`), not a slip.
  if (numberOnly && unitMailboxes(a, b)) {
    const da = a.emailLocal.replace(/\D/g, '');
    const db = b.emailLocal.replace(/\D/g, '');
    // One numbered beside the bare word ("office2@" / "office@"): a second desk of the firm's domain, no slip; the firm's own
    // second mailbox after a move as often as another site's ("accounts2@" of one hospital at its new address, its phone the
    // same): the domain's weight, no clash (the pair tool: three firms' moves in cz-stavebniny, gb-lettings, in-traders).
    if (da === '' || db === '') return { field: 'email', level: 'same-domain' };
    const clash: NameClash = da.length === db.length && editDistance(da, db) === 1 ? 'number-slip' : 'numbering';
    return { field: 'email', level: 'same-domain', clash };
  }
  // One mailbox name at two domains one slip apart ("salam@gmial.com" / "salam@gmail.com",
  // "byrner@gmail.co", "...@optonline.ne"): one mailbox, its domain mistyped: a typo, as before,
  // where the names agree; where they differ and the mailbox is made of them, the same e-mail
  // (keyed by the domain of the kept list, the one that exists), so that a household's shared
  // mailbox weighs as shared, never above it (a review's finding). Not two providers' domains ("mail.com" /
  // "gmail.com", "yahoo.com.ar" / "yahoo.com.au": both of the kept list or both a provider's under a
  // country's ending, gmail's aside, which has none), nor domains apart by a digit, nor a shared or
  // short mailbox name.
  const domains = [a.emailDomain ?? '', b.emailDomain ?? ''] as const;
  const gmailSlip = domains.some((d) => d === 'gmail.com') && domains.some((d) => d.startsWith('gmail.') && d !== 'gmail.com');
  // An ending one slip from ".com" ("hotmail.con", "yahoo.cm", "outlook.co") beside ".com" is the slip, not a country's provider.
  const comSlip = (x: string, y: string) => x.endsWith('.com') && y.split('.').length === x.split('.').length && editDistance(y.slice(y.lastIndexOf('.') + 1), 'com') === 1;
  const twoProviders =
    !sameDomain &&
    ((isMailService(domains[0]) && isMailService(domains[1])) ||
      (!gmailSlip && !comSlip(domains[0], domains[1]) && !comSlip(domains[1], domains[0]) && isFreeMailDomain(domains[0]) && isFreeMailDomain(domains[1])));
  const domainSlip =
    sameLocal &&
    !sameDomain &&
    !twoProviders &&
    a.emailLocal.length >= 4 &&
    !isGenericMailbox(a.emailLocal) &&
    editDistance(domains[0], domains[1]) <= 1 &&
    domains[0].replace(/\D/g, '') === domains[1].replace(/\D/g, '');
  const ownNames =
    (a.given !== b.given && madeOfName(a.emailLocal, a) && madeOfName(b.emailLocal, b)) ||
    (namedAlike && !numberOnly && madeOfName(a.emailLocal, a, true) && madeOfName(b.emailLocal, b, true));
  // Mailboxes made of each record's names are one mailbox where the name is the same: weighed as shared.
  if (domainSlip && ownNames) return { field: 'email', level: 'exact', tfKey: `e:${isMailService(domains[0]) ? a.email : b.email}` };
  // A role's mailbox at two firms' domains one letter apart ("info@trivan.com.vn" / "info@tritan.com.vn": vn-dientu read) is two
  // firms' as often as a slip: the domain names the firm.
  // Only a letter for a letter in the firm's name, its ending the same: a letter dropped, a hyphen or another ending is a slip as
  // often ("info@acme-plumbing.co.uk" / "info@acmeplumbing.co.uk": a review's finding).
  const [la, lb] = [domains[0].split('.')[0] ?? '', domains[1].split('.')[0] ?? ''];
  const substituted = la.length === lb.length && editDistance(la, lb) === 1 && domains[0].slice(la.length) === domains[1].slice(lb.length) && !/-/.test(la + lb);
  const rolesAtTwoFirms = sameLocal && substituted && isGenericMailbox(a.emailLocal) && !isMailService(domains[0]) && !isMailService(domains[1]);
  // Two domains apart by a digit alone ("hotelaicolli.eu" / "hotelaicolli2.eu": it-termoidraulica read, two hotels of one name
  // linked as a slip) are two domains: a slip of a key seldom adds a digit to a firm's name.
  // Only where one of the two names has no digit at all: "sunrise247.com" / "sunrise24.com" is a slip in a number (a review's finding).
  const firstLabels = [domains[0].split('.')[0] ?? '', domains[1].split('.')[0] ?? ''];
  const numberedDomains = !sameDomain && domains[0].replace(/\d/g, '') === domains[1].replace(/\d/g, '') && firstLabels.some((l) => !/\d/.test(l));
  const typo =
    !ownNames &&
    !rolesAtTwoFirms &&
    !numberedDomains &&
    ((Math.min(a.email.length, b.email.length) >= 8 && editDistance(a.email, b.email) <= 1 && !twoProviders) ||
      (sameDomain && oneEditApart(a.emailLocal, b.emailLocal, 4) && !isGenericMailbox(a.emailLocal)));
  if (typo) {
    // One edit that adds a number or changes a single digit, in mailboxes made of each record's
    // names ("riley.noble@" / "riley.noble3@", "jsmith1@" / "jsmith2@"): a provider numbers the
    // namesakes who came after the first, so this is as likely another person as a slip: weighed
    // given the names (nothing), not as a typo (+10 bits). A longer number one key off ("1936" /
    // "19336") stays a typo.
    const da = a.emailLocal.replace(/\D/g, '');
    const db = b.emailLocal.replace(/\D/g, '');
    // The number at the end, where providers put it: a digit inside the name ("jo9hn.hawkins") is a slip.
    // One or two digits (a namesake's number or year: "aditya.malhotra73@" / "adityamalhotra93@").
    const endNumber = (local: string) => /^\D+\d{0,2}$/.test(local);
    const numbered = da !== db && endNumber(a.emailLocal) && endNumber(b.emailLocal) && a.emailLocal.replace(/\d/g, '') === b.emailLocal.replace(/\d/g, '');
    if (numbered && madeOfName(a.emailLocal, a) && madeOfName(b.emailLocal, b)) return { field: 'email', level: 'same-local', context: 'name-derived' };
    // So is any mark after a mailbox name made of the names, a letter or a digit added or changed ("mariagarcia7@" /
    // "mariagarciag@", "orlando.mesa@" / "orlandomesar@": co-ferreteria read, namesakes at one provider linked as a slip).
    if (markAfterName(a, b)) return { field: 'email', level: 'same-local', context: 'name-derived' };
    return { field: 'email', level: 'typo' };
  }
  // A short local part ("john", "ann") is a name many people use at their own domains: not telling enough.
  if (sameLocal && !isGenericMailbox(a.emailLocal) && a.emailLocal.length >= 6) {
    // "lucy.green@" at two domains, for two records named Lucy Green: the local part says
    // again what the names said (namesakes write it alike), so it is weighed given them.
    // Not an organisation's mailbox made of its name (tried at the thirteenth stop for two stalls of
    // one name at lianhong@gmail / @yahoo: a business that moved its mailbox to another provider is
    // commoner, and a review found it created beside itself).
    return { field: 'email', level: 'same-local', ...(madeOfName(a.emailLocal, a) || madeOfName(a.emailLocal, b) ? { context: 'name-derived' as const } : {}) };
  }
  if (sameDomain && a.emailDomain !== null && !isFreeMailDomain(a.emailDomain)) return { field: 'email', level: 'same-domain' };
  return sharedBeyondFirst ? missing('email') : { field: 'email', level: 'different' };
}

/** A certified mail service's domain (Italy's PEC: "arubapec.it", "pec.it", "legalmail.it", "pec.postecert.it", "pec.<firm>.it"). */
function certifiedMailbox(domain: string | null): boolean {
  // Italy's only (".it"): "pec.edu.in" is a university's (a review's finding).
  return domain !== null && domain.endsWith('.it') && /(?:^|\.)(?:pec|arubapec|legalmail|postecert|pecmail|postacert|pec-mail)\./.test(domain);
}

/**
 * Two mailboxes at one firm's domain apart by their number alone, where the word is a role's or
 * a unit's ("store1@" / "store2@", "office12@" / "office3@", "office2@" / "office@"): not a person's ("riley.noble3@"),
 * nor a firm's name with a number or year ("harbor2012@").
 */
function unitMailboxes(a: LinkageRecord, b: LinkageRecord): boolean {
  if (a.emailDomain === null || a.emailDomain !== b.emailDomain || isFreeMailDomain(a.emailDomain)) return false;
  // Two stores are at two addresses: at one (or without one to tell), sales1@ and sales2@ are one firm's desks.
  // A post office box is no site of its own ("PO Box 12" / "12 Main St": one office's two lines, a review's finding).
  if (a.street === null || b.street === null || a.street === b.street || isPostBox(a.street) || isPostBox(b.street)) return false;
  const la = a.emailLocal ?? '';
  const lb = b.emailLocal ?? '';
  const da = la.replace(/\D/g, '');
  const db = lb.replace(/\D/g, '');
  // Or one numbered beside the bare word ("office2@" / "office@", "billing2@" / "billing@": us-insurance read, two congregations of
  // one church's name at its domain, linked as a slip): a second desk, weighed by `compareEmail` as the domain alone.
  if (da === db) return false;
  // The number at the end or the start ("store2", "2store"), after a word of three letters or more.
  const word = la.replace(/\d/g, '').replace(/[._-]/g, '');
  if (word.length < 3 || !/^\d*\D+\d*$/.test(la) || !/^\d*\D+\d*$/.test(lb)) return false;
  return isGenericMailbox(word) || UNIT_WORDS.has(word);
}

/** Words a numbered mailbox names a site or unit by. */
const UNIT_WORDS = new Set(['store', 'shop', 'branch', 'location', 'site', 'unit', 'office', 'clinic', 'team', 'kitchen', 'restaurant', 'outlet', 'depot', 'warehouse', 'plant']);

/**
 * The mailbox name is only the record's own names ("lucy.green", "greenl", "lgreen2"), in any
 * order, with initials; with `middle`, also with a middle initial after the given name or its
 * initial ("mdwilliams", "melissa.d.williams").
 */
/**
 * Two mailbox names that differ only after a common start made of either record's names (a first given name or all of them, the
 * first surname or all of them), by one or two letters or digits on either side: a provider's mark for the namesakes who came
 * after the first (a number, a second surname's initial), as likely another person as a slip.
 */
function markAfterName(a: LinkageRecord, b: LinkageRecord): boolean {
  const [la, lb] = [(a.emailLocal ?? '').replace(/[._-]/g, ''), (b.emailLocal ?? '').replace(/[._-]/g, '')];
  let k = 0;
  while (k < la.length && k < lb.length && la[k] === lb[k]) k += 1;
  const [ra, rb] = [la.slice(k), lb.slice(k)];
  // A mark added ("orlandomesa" / "orlandomesar"), or one character for another at the end ("mariagarcia7" / "mariagarciag").
  if (ra.length > 2 || rb.length > 2 || ra.length + rb.length === 0 || k < 6 || (ra.length > 0 && rb.length > 0 && (ra.length > 1 || rb.length > 1))) return false;
  // A typing slip stays a typo: two letters swapped, a letter doubled or undoubled, a key's neighbour ("mustapha.ias" /
  // "mustapha.isa", "uyio855" / "uyio85", "trujilloo9" / "trujillop9": ng-distribution, us-latino read).
  if (typingSlip(la, lb)) return false;
  const stem = la.slice(0, k);
  const stemOf = (r: LinkageRecord) => {
    const given = r.givenWritten ?? r.given;
    if (!r.isPerson || given === null || r.family === null) return false;
    const firstOf = (v: string) => v.split(' ')[0] ?? v;
    const letters = (t: string) => t.replace(/[^a-z]/g, '');
    return [given, firstOf(given)].some((g) => [r.family ?? '', firstOf(r.family ?? '')].some((f) => madeOfNameSpelt(stem, g, f, false, letters)));
  };
  return stemOf(a) || stemOf(b);
}

/** Rows of a QWERTY keyboard: a key's neighbours are the keys beside it in its row and the two rows next to it. */
const KEY_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function keysAdjacent(x: string, y: string): boolean {
  const at = (c: string) => {
    const row = KEY_ROWS.findIndex((r) => r.includes(c));
    return row < 0 ? null : { row, col: (KEY_ROWS[row] ?? '').indexOf(c) };
  };
  const [a, b] = [at(x), at(y)];
  return a !== null && b !== null && Math.abs(a.row - b.row) <= 1 && Math.abs(a.col - b.col) <= 1 && (a.row !== b.row || a.col !== b.col);
}

/** Two strings one typing slip apart: two neighbours swapped, a character doubled or undoubled, a key for its neighbour. */
function typingSlip(a: string, b: string): boolean {
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i += 1) if (a[i] !== b[i]) diff.push(i);
    const [i, j] = diff;
    if (diff.length === 1 && i !== undefined) return keysAdjacent(a[i] ?? '', b[i] ?? '');
    return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i += 1;
  // The extra character is its neighbour's double ("19999" / "1999", "uyio855" / "uyio85").
  return long.slice(i + 1) === short.slice(i) && (long[i] === long[i - 1] || long[i] === long[i + 1]);
}

function madeOfName(local: string, r: LinkageRecord, middle = false): boolean {
  const given = r.givenWritten ?? r.given;
  if (!r.isPerson || given === null || r.family === null) return false;
  // Umlauts and ß as mailboxes spell them ("jaeger.andrea" for Andrea Jäger, "weiss" for Weiß):
  // both sides without the added letter, so "ae" and "a", "ss" and "s" read as one. And as written: an initial before a
  // surname that opens with "e" ("aekanem" for Aniekan Ekanem) is no umlaut.
  const letters = (t: string) => t.replace(/[^a-z]/g, '');
  const umlauts = (t: string) => letters(t).replace(/([aou])e/g, '$1').replace(/ss/g, 's');
  return madeOfNameSpelt(local, given, r.family, middle, letters) || madeOfNameSpelt(local, given, r.family, middle, umlauts);
}

function madeOfNameSpelt(local: string, given: string, family: string, middle: boolean, plain: (t: string) => string): boolean {
  const letters = plain(local);
  const g = plain(given);
  const f = plain(family);
  if (g === '' || f === '') return false;
  const forms = [g + f, f + g, g[0] + f, f + g[0], g + f[0], f[0] + g, g, f];
  if (forms.includes(letters)) return true;
  if (!letters.endsWith(f)) return false;
  const before = letters.slice(0, letters.length - f.length);
  // A given name the record writes short (an initial, "Cal") spelt out before the surname: "callum.osullivan".
  if (g.length <= 3 && before.length > g.length && before.length <= 10 && before.startsWith(g)) return true;
  if (!middle) return false;
  return before.length === g.length + 1 ? before.startsWith(g) : before.length === 2 && before[0] === g[0];
}

function comparePhone(a: LinkageRecord, b: LinkageRecord): FieldComparison {
  if (a.phone === null || b.phone === null) return missing('phone');
  const read = comparePhoneNumbers(a, b);
  // One number and an extension on both: one extension, the desk's own number (as rare as it is in the tenant); two, one
  // switchboard's two desks, as near as a number written with and without its area code (a council's departments at its
  // switchboard: gb-lettings read; a firm's staff at theirs give their own, so no evidence against either: tr-yapi).
  if (read.level === 'exact' && a.phoneExtension !== null && b.phoneExtension !== null && a.otherPhones.length + b.otherPhones.length === 0) {
    return a.phoneExtension === b.phoneExtension ? { field: 'phone', level: 'exact', tfKey: `p:${phoneKey(a)}x${a.phoneExtension}` } : { field: 'phone', level: 'local7', tfKey: `p:${phoneKey(a)}` };
  }
  return read;
}

function comparePhoneNumbers(a: LinkageRecord, b: LinkageRecord): FieldComparison {
  if (a.phone === null || b.phone === null) return missing('phone');
  if (a.phone === b.phone) return { field: 'phone', level: 'exact', tfKey: `p:${phoneKey(a)}` };
  // One number read in its country and the other without one (no country, or one not known): the
  // national numbers agree but for the trunk prefix ("+27 82 555 1234" / "082 555 1234").
  const key = phoneKey(a);
  const unread = (r: LinkageRecord) => r.country === null || r.country.length !== 2;
  if (key.length >= 7 && key === phoneKey(b) && (unread(a) || unread(b))) return { field: 'phone', level: 'exact', tfKey: `p:${key}` };
  // A field of several numbers ("0803 123 4567 / 0805 987 6543"): one of them the other's, written whole (eight digits or
  // more); or its last seven digits, as one number written with and without its area code ("(415) 555-0142 / 555-0199").
  if (a.otherPhones.length + b.otherPhones.length > 0) {
    const keysB = [phoneKey(b), ...b.otherPhones];
    const keysA = [key, ...a.otherPhones];
    const shared = keysA.find((k) => k.length >= 8 && keysB.includes(k));
    if (shared !== undefined) return { field: 'phone', level: 'exact', tfKey: `p:${shared}` };
    const local = keysA.map((k) => k.slice(-7)).find((k) => k.length === 7 && keysB.some((m) => m.slice(-7) === k));
    if (local !== undefined) return { field: 'phone', level: 'local7', tfKey: `p7:${local}` };
  }
  // As telling as those seven digits are rare in the tenant: an agency's or a strata manager's
  // number, written with and without its area code, is shared by every customer it manages.
  if (a.phoneLocal7 !== null && a.phoneLocal7 === b.phoneLocal7) return { field: 'phone', level: 'local7', tfKey: `p7:${a.phoneLocal7}` };
  const na = a.phoneNational ?? a.phone.replace(/\D/g, '');
  const nb = b.phoneNational ?? b.phone.replace(/\D/g, '');
  if (na.length === nb.length && editDistance(na, nb) <= 1) return { field: 'phone', level: 'typo' };
  return { field: 'phone', level: 'different' };
}

/**
 * One street name is the other's with the type that record wrote glued on, the space lost
 * ("elmdrive" / "Elm Dr", "parkroad" / "Park Rd"). A long name loses a glued type when it is
 * read ("hawkenstreet" → "hawken"); a short one keeps it, since "harcourt" is no Har Court.
 * Only the type the other record wrote: "Broadway" is not "Broad St", nor "Kingsway" "Kings Rd".
 */
function gluedType(x: LinkageRecord, y: LinkageRecord): boolean {
  const [sx, sy] = [x.street ?? '', y.street ?? ''];
  return y.streetType !== null && sx.length > sy.length && sy.length >= 2 && sx.startsWith(sy) && streetTypeOf(sx.slice(sy.length)) === y.streetType;
}

function closeStreets(x: string, y: string): boolean {
  return fuzzyEqual(x, y) || jaroWinklerSimilarity(x, y) >= 0.9;
}

/**
 * The two address lines written the other way round, each the other's or one edit off: "22
 * Roger Dee" / "William Webb Drive" against "22 William Webb Drive" / "Roger Dee". Both lines
 * must meet crosswise: one line of one record meeting the other line of the other ("45
 * Broadway" / "St Albans" against "45 St Albans Rd") says nothing, nor does a name that only
 * starts another ("12 Victoria Rd" / "Albert Park" against "12 Albert Rd" / "Victoria Park").
 * Not the same street, so at most a typo level: the house number still has to agree.
 */
function linesSwapped(a: LinkageRecord, b: LinkageRecord): boolean {
  if (a.street === null || b.street === null || a.otherLine === null || b.otherLine === null) return false;
  const meet = (x: string, y: string) => x === y || oneEditApart(x, y);
  return meet(a.street, b.otherLine) && meet(a.otherLine, b.street);
}

/**
 * Whether the places two addresses name beside a street share none (`compareStreet`): 'both' name localities, none in common
 * ("10 Florida Road, Overport" / "10 Florida Road, Phoenix"); 'one' names some, none of them the other's town, in two cities
 * ("17 Springbok Street, Fourways", Johannesburg / "17 Springbok Street", Roodepoort); 'none' otherwise.
 */
function placesDiffer(a: LinkageRecord, b: LinkageRecord): 'both' | 'one' | 'none' {
  if (a.localities.length === 0 && b.localities.length === 0) return 'none';
  const meet = (xs: readonly string[], ys: readonly string[]) => xs.some((l) => ys.some((m) => placesMeet(l, m)));
  // A locality that is the other's street is two lines written the other way round (`linesSwapped`), no place apart.
  const withStreet = (r: LinkageRecord): string[] => (r.street === null ? r.localities : [...r.localities, r.street]);
  if (a.localities.length > 0 && b.localities.length > 0) return meet(a.localities, withStreet(b)) || meet(b.localities, withStreet(a)) ? 'none' : 'both';
  const [named, other] = a.localities.length > 0 ? [a, b] : [b, a];
  if (other.city === null || named.city === null || compareCity(named, other).level !== 'different') return 'none';
  return meet(named.localities, [other.city]) ? 'none' : 'one';
}

/** Words many places' names share: no sign of one place ("Greenview Village" / "Sunrise Village"). */
const PLACE_KINDS = new Set([
  'village', 'villa', 'villas', 'heights', 'estate', 'estates', 'park', 'gardens', 'garden', 'homes', 'subdivision', 'city', 'town', 'zone',
  'industrielle', 'artisanale', 'industrial', 'commercial', 'layout', 'extension', 'nagar', 'colony', 'sector', 'north', 'south', 'east',
  'west', 'upper', 'lower', 'central', 'main', 'new', 'old', 'santa', 'santo', 'san', 'saint', 'sainte',
]);

/**
 * Two places named alike: the same words glued, one slip apart, or a word of four letters or more in common that is no
 * place's kind ("Z.I. Les Pierres" / "Zone industrielle Les Pierres", "ZA des Tuileries" / "Zone artisanale des Tuileries").
 */
function placesMeet(x: string, y: string): boolean {
  const [gx, gy] = [x.replace(/ /g, ''), y.replace(/ /g, '')];
  if (gx === gy || closeStreets(gx, gy)) return true;
  const words = y.split(' ');
  return x.split(' ').some((w) => w.length >= 4 && !PLACE_KINDS.has(w) && words.includes(w));
}

/**
 * The street line. `town`: whether the records are in one town (the same postcode, the cities
 * not differing; without postcodes the same city), near (a postcode one character off, the
 * cities not differing), in two ('elsewhere': the postcodes differ, or without them the
 * cities), or cannot tell. Lines that meet only crosswise are taken for one address only in one
 * town or near: "12 Leicester Road" / "Loughborough" and "12 Loughborough Road" / "Leicester"
 * are two roads named after each other's town, whose postcodes may share their first letters
 * (LE11, LE1).
 */
function compareStreet(a: LinkageRecord, b: LinkageRecord, town: 'same' | 'near' | 'elsewhere' | 'unknown'): FieldComparison {
  if (a.street === null || b.street === null) return missing('street');
  // A post office box is its number at its post office: another box, or the same number in
  // another town, is another customer's; the same number where the town cannot be told says
  // nothing. A box against a street address says nothing either: one customer can have both.
  if (isPostBox(a.street) || isPostBox(b.street)) {
    if (!isPostBox(a.street) || !isPostBox(b.street)) return missing('street');
    // One postcode is one post office's, whatever town each record names beside it (a hamlet's, the mailing town's: "Spavinaw"
    // / "Salina", ZIP 74365, us-utility read).
    const office = a.postcode !== null && a.postcode === b.postcode ? 'same' : town;
    if (a.street !== b.street || a.houseNumber !== b.houseNumber || office === 'elsewhere') return { field: 'street', level: 'different' };
    return office === 'same' ? { field: 'street', level: 'exact', tfKey: `as:${a.houseNumber ?? ''}|${a.street.slice(0, 4)}` } : missing('street');
  }
  // Numbered streets of one number and other types are two streets of a grid ("100 Second St" / "100 2nd Ave").
  if (/^\d+$/.test(a.street) && a.street === b.street && a.streetType !== null && b.streetType !== null && a.streetType !== b.streetType) {
    return { field: 'street', level: 'different' };
  }
  // A street's name in Arabic script against one in Latin letters ("حافظ" / "Hafez": an Iranian record's two writings, whatever
  // script its names are in): one street where their skeletons agree.
  const arabicScript = (t: string) => /\p{Script=Arabic}/u.test(t);
  const crossScript = arabicScript(a.street) !== arabicScript(b.street) && /^[a-z0-9]+$/.test(arabicScript(a.street) ? b.street : a.street);
  const streetSame = a.street === b.street || (crossScript && skeleton(a.street) !== '' && skeleton(a.street) === skeleton(b.street));
  const streetClose = streetSame || gluedType(a, b) || gluedType(b, a) || closeStreets(a.street, b.street) || openingTypeLeftOff(a, b) || openingTypeLeftOff(b, a) || ((town === 'same' || town === 'near') && linesSwapped(a, b));
  // The street types are not compared: real lists write them wrongly for one address ("1012 N
  // Kedvale St" / "1012 N Kedvale Ave", "2401 S Wabash Street" / "Ave" in the Chicago lists), and
  // weighing them (one level lower when both wrote a type and the types differed) lost those
  // links; so "100 Oak St" / "100 Oak Ave" is one address.
  if (a.houseNumber === null || b.houseNumber === null) return { field: 'street', level: streetClose ? 'same-street' : 'different' };
  // A plot's number with its phase against one written without ("5l12p2" / "5l12"): one plot.
  const withoutPhase = (n: string) => n.replace(/^(\w+l\w+)p\w+$/, '$1');
  // A Czech house's two numbers ("1234/5"): either written alone is the house's.
  // Not two pairs ("12/43" / "43/7", "2119/43" / "2120/43": two houses, a review's finding): those agree as written.
  const other = (x: LinkageRecord, y: LinkageRecord) => x.houseNumberOther !== null && y.houseNumberOther === null && x.houseNumberOther === y.houseNumber;
  const numberSame = a.houseNumber === b.houseNumber || other(a, b) || other(b, a) || ((a.houseNumber === withoutPhase(a.houseNumber)) !== (b.houseNumber === withoutPhase(b.houseNumber)) && withoutPhase(a.houseNumber) === withoutPhase(b.houseNumber));
  const numberClose = a.houseNumber.length === b.houseNumber.length && editDistance(a.houseNumber, b.houseNumber) <= 1;
  // One street's name in two towns, a record naming a place beside it that is none of the other's (its localities and its town:
  // "17 Springbok Street, Fourways", Johannesburg / "17 Springbok Street, Roodepoort", Roodepoort): two streets. In one town two
  // records name its places as they please (a barangay, a subdivision).
  const places = placesDiffer(a, b);
  if (town === 'elsewhere' && places !== 'none') return { field: 'street', level: 'different' };
  // One building's name and unit in two areas both records name ("Flat 101, Building 5" in Al Nahda and in Al Qusais): two buildings.
  if (a.unitArea !== null && b.unitArea !== null && !closeStreets(a.unitArea, b.unitArea)) return { field: 'street', level: 'different' };
  // Each naming places, none the other's: one street's name in two suburbs or villages of a town ("10 Florida Road, Overport" /
  // "10 Florida Road, Phoenix", Durban), no more than a street's name agreeing.
  if (places === 'both' && streetClose) return { field: 'street', level: 'same-street' };
  // Two units of one building, both written ("Apt 5" / "Apt 7", "Apto 104" / "Apto 2003": co-ferreteria read, neighbours in
  // one tower linked by their building's address): one building, no more than one street agreeing.
  // Every unit either writes is none of the other's (a storage unit after a flat's, a house's number after "#", agree still).
  // A house's own number after "#" ("#45, 3rd Main") is no unit (a review's finding).
  const [ua, ub] = [a.units.filter((u) => u !== a.houseNumber), b.units.filter((u) => u !== b.houseNumber)];
  if (numberSame && streetSame && ua.length > 0 && ub.length > 0 && !ua.some((u) => ub.includes(u))) return { field: 'street', level: 'same-street', tfKey: `s:${a.street}` };
  if (numberSame && streetSame) return { field: 'street', level: 'exact', tfKey: `as:${a.houseNumber}|${a.street.slice(0, 4)}` };
  if ((numberSame && streetClose) || (streetSame && numberClose)) return { field: 'street', level: 'typo' };
  // Another house number on the same street: telling on a long street of many, not on the one most customers live on.
  if (streetClose) return { field: 'street', level: 'same-street', ...(streetSame ? { tfKey: `s:${a.street}` } : {}) };
  return { field: 'street', level: 'different' };
}

/**
 * One street written with the Romance type that opens it (`typed`), the other with England's type after the name instead
 * ("ch. de la Côte-des-Neiges" / "de la Cote-des-Neiges Rd"): close, not the same. Not two of one name with two types
 * kept as words ("Paseo Juárez" / "Calle Juárez"; "Avenida" and "Calle" are types no street's words keep, and types are not
 * compared: "Oak St" / "Oak Ave"), nor a name that starts as a type does ("Quail Valley Dr" / "Valley Dr").
 */
function openingTypeLeftOff(typed: LinkageRecord, bare: LinkageRecord): boolean {
  if (typed.street === null || bare.street === null || typed.streetType !== null || bare.streetType === null) return false;
  const rest = streetWithoutOpeningType(typed.street);
  return rest !== null && streetWithoutOpeningType(bare.street) === null && (rest === bare.street || closeStreets(rest, bare.street));
}

const lostLeadingZero = (short: string, zip: string): boolean => /^\d{4}$/.test(short) && zip === `0${short}`;

function comparePostcode(a: LinkageRecord, b: LinkageRecord): FieldComparison {
  if (a.postcode === null || b.postcode === null) return missing('postcode');
  if (a.postcode === b.postcode) return { field: 'postcode', level: 'exact', tfKey: `z:${a.postcode}` };
  // A US ZIP that lost its leading zero, unless a country other than the US is written ("2108" / "02108"; Australia's 2138 is no ZIP).
  const usOnly = (a.country === null || a.country === 'US') && (b.country === null || b.country === 'US');
  const zip = !usOnly ? null : lostLeadingZero(a.postcode, b.postcode) ? b.postcode : lostLeadingZero(b.postcode, a.postcode) ? a.postcode : null;
  if (zip !== null) return { field: 'postcode', level: 'exact', tfKey: `z:${zip}` };
  if (a.postcode.length === b.postcode.length && a.postcode.length >= 4 && editDistance(a.postcode, b.postcode) <= 1) return { field: 'postcode', level: 'close' };
  const digits = /^\d+$/.test(a.postcode) && /^\d+$/.test(b.postcode);
  // US ZIPs share a sectional centre in the first three digits; UK-style codes share the outward part.
  const prefix = digits ? 3 : Math.max(2, Math.min(a.postcode.length, b.postcode.length) - 3);
  if (Math.min(a.postcode.length, b.postcode.length) >= 4 && a.postcode.slice(0, prefix) === b.postcode.slice(0, prefix)) return { field: 'postcode', level: 'prefix' };
  return { field: 'postcode', level: 'different' };
}

function compareCity(a: LinkageRecord, b: LinkageRecord): FieldComparison {
  if (a.city === null || b.city === null) return missing('city');
  if (a.city === b.city) return { field: 'city', level: 'exact', tfKey: `c:${a.city}` };
  const ca = a.city.replace(/ /g, '');
  const cb = b.city.replace(/ /g, '');
  if (ca === cb || jaroWinklerSimilarity(ca, cb) >= 0.9 || ca.includes(cb) || cb.includes(ca)) return { field: 'city', level: 'typo' };
  // "City of Malolos" / "Malolos City", as the Philippines (and England's "City of Westminster") write a chartered city.
  const chartered = (v: string) => v.replace(/^city of /, '').replace(/ city$/, '');
  if (chartered(a.city) === chartered(b.city) && chartered(a.city) !== '') return { field: 'city', level: 'typo' };
  // A word written short, the others the same ("Berg. Gladbach" / "Bergisch Gladbach", "Frankfurt a. M." is no such: its words differ in number).
  const [wa, wb] = [a.city.split(' '), b.city.split(' ')];
  if (wa.length === wb.length && wa.length >= 2 && wa.every((w, i) => w === wb[i] || (Math.min(w.length, (wb[i] ?? '').length) >= 3 && (w.startsWith(wb[i] ?? '') || (wb[i] ?? '').startsWith(w)))) && wa.some((w, i) => w === wb[i])) return { field: 'city', level: 'typo' };
  return { field: 'city', level: 'different' };
}

function compareCountry(a: LinkageRecord, b: LinkageRecord): FieldComparison {
  if (a.country === null || b.country === null) return missing('country');
  return { field: 'country', level: a.country === b.country ? 'exact' : 'different' };
}

/**
 * A company's record (with its contact person's names) as compared against a person: as its
 * contact ("Jane Doe" against Bluebird Design whose contact is Jane Doe agrees by name; "Mary
 * Jones" against Jones Landscaping whose contact is Tom Jones is another given name, weighed
 * with the household alternative, not a surname inside a company's name). Against another
 * company, or with no contact, the record as it is.
 */
function asComparedWith(r: LinkageRecord, other: LinkageRecord): LinkageRecord {
  // A practitioner's practice named for the other record's person ("Judith Taylor MD PA" with its
  // office manager as contact) is compared by its name: the practice, not its contact, is theirs.
  return !r.isPerson && r.contact !== null && other.isPerson && !practitionersPractice(r, other) ? { ...r, ...r.contact, isPerson: true } : r;
}

/**
 * One record names an organisation (beside a contact person of another name), and the other
 * writes the same name with no person's names beside it, read as a person's
 * from the display alone ("Oak Creek Apothecary", "Parkland Beverages" / "Parkland Beverages
 * Ltd." with contact Jessica Robertson): the name is the organisation's on both. Not a display
 * that begins with a known given name ("Mario Garcia" / "Maria Garcia LLC" with contact Jose
 * Garcia: a person and a relative's company), nor one written otherwise ("Orlo Kelly" / "Orla
 * Kelly" with contact Kevin Walsh; "Chidi Okafor" / "Chidinma Okafor Consulting LLC": an owner and
 * their company are held apart, whatever the lists say of the given name; a helper's review).
 */
function sameOrganisationNamed(a: LinkageRecord, b: LinkageRecord): boolean {
  if (a.organisationNamed === b.organisationNamed) return false;
  const [org, other] = a.organisationNamed ? [a, b] : [b, a];
  if (!other.namesFromDisplay || (org.contact === null && !org.isPerson) || isGivenName(other.givenWritten ?? '')) return false;
  return compareTokens(org.nameTokens, other.nameTokens) === 'exact';
}

/**
 * A person's record whose CompanyName is the other record's organisation's name as its display writes it (exact, or a slip):
 * read as the organisation's own, the person its contact ("Prajakta Bhide", CompanyName "Sahyog Hospital & Research Centre",
 * against "Sahyog Hospital & Research Centre", contact Mangesh Kamble). A company's staff change: compared as two persons, the
 * contacts' names weighed as two customers' (in twenty-five labelled sets, such records were the organisation's own 115 times,
 * another customer's some 15, each a branch's or a person's own record the names and contact details tell apart).
 */
function asFirmsOwn(x: LinkageRecord, y: LinkageRecord): [LinkageRecord, LinkageRecord] {
  // Read only for the pair that needs it (a person's record against the organisation its CompanyName names): this runs for every pair.
  const firm = (p: LinkageRecord, o: LinkageRecord): LinkageRecord | null => {
    if (p.firmContact === null || p.companyTokens.length === 0 || o.isPerson || !o.organisationNamed) return null;
    const level = compareTokens(p.companyTokens, o.nameTokens);
    return level === 'exact' || level === 'typo' ? withoutAgentsName(linkageRecord(p.firmContact)) : null;
  };
  const fx = firm(x, y);
  if (fx !== null) return [fx, y];
  const fy = firm(y, x);
  return fy !== null ? [x, fy] : [x, y];
}

/** Both records as the organisation's where one's display-only person is its name (`sameOrganisationNamed`). */
function asOneOrganisation(x: LinkageRecord, y: LinkageRecord): [LinkageRecord, LinkageRecord] {
  if (!sameOrganisationNamed(x, y)) return [x, y];
  const org = (r: LinkageRecord): LinkageRecord => (r.organisationNamed ? r : { ...r, organisationNamed: true, isPerson: false, namesFromDisplay: false, given: null, givenWritten: null, givenJoined: null, family: null, generation: null });
  return [org(x), org(y)];
}

/**
 * The two records are compared as two persons (given and family names, and the household
 * alternative). Not two records that each name an organisation, whoever their contact persons
 * are: a company's staff change ("Fynbos Civils (Pty) Ltd" with contact Douglas Ward is "Fynbos
 * Civils (Pty) Limited" with contact Themba Skosana, created beside itself when compared as two
 * persons), and one manager's or owner's name stands beside many organisations (in fifteen
 * labelled sets, two organisations' records naming one contact person, their names sharing some
 * words each with words of its own, were two customers 225 times and one 79). Nor an
 * organisation's name written alone against its record with a contact (`sameOrganisationNamed`).
 */
export function comparedAsPersons(a: LinkageRecord, b: LinkageRecord): boolean {
  return !(a.organisationNamed && b.organisationNamed) && !sameOrganisationNamed(a, b) && asComparedWith(a, b).isPerson && asComparedWith(b, a).isPerson;
}

/**
 * Compares two records field by field. Names: given + family when both are persons (in
 * either order; a company's record against a person as its contact person), otherwise the whole
 * name as a token set (organisations, whoever their contact persons: `comparedAsPersons`; or a
 * person against a company); a company name besides a person's name is a field of its own.
 */
/** `p`'s other person (`LinkageRecord.partnerContact`) as a record of its own, where `q` is a person of that one's surname and not of `p`'s. */
function partnerAgainst(p: LinkageRecord, q: LinkageRecord): LinkageRecord | null {
  if (p.partnerContact === null || q.partnerContact !== null || q.family === null || p.family === null || q.family === p.family || fuzzyEqual(q.family, p.family)) return null;
  // At the household's own details (two of its e-mail, phone and street; or one, with no other written), or naming both
  // persons itself ("Linda et Bruno Thibault-Bouchard" / "Linda L'Heureux & Bruno Thibault-Bouchard"): a partner billed apart at
  // another home, keeping the old joint mailbox, or sharing nothing, is a customer of their own (qc-plomberie read: a separated
  // spouse against the couple's record).
  const shared = [p.email !== null && p.email === q.email, p.phone !== null && p.phone === q.phone, p.street !== null && p.street === q.street && p.houseNumber === q.houseNumber].filter(Boolean).length;
  const partner = linkageRecord(p.partnerContact);
  if (partner.family === null || !partner.isPerson || !(partner.family === q.family || fuzzyEqual(partner.family, q.family))) return null;
  const named = new Set([q.given, ...q.givenShown.map((g) => givenNameCanonical(g))]);
  // Another home, phone or mailbox written beside the one detail shared: a partner's own (a separated spouse at the old joint
  // mailbox, with a phone of their own: qc-plomberie read).
  const elsewhere = (p.street !== null && q.street !== null && p.houseNumber !== q.houseNumber) || (p.phone !== null && q.phone !== null && p.phone !== q.phone) || (p.email !== null && q.email !== null && p.email !== q.email);
  return shared >= 2 || (shared === 1 && !elsewhere) || (p.given !== null && partner.given !== null && named.has(p.given) && named.has(partner.given)) ? partner : null;
}

export function compareRecords(recordX: LinkageRecord, recordY: LinkageRecord): FieldComparison[] {
  // A record in Arabic script against one in Latin letters: compared by their words' consonants (`inSkeletons`), as a reader of
  // both scripts reads "محمد" as "Mohamed" (eg-tawrid read: weighed as other names, streets and towns).
  const scripts = [scriptOf(recordX), scriptOf(recordY)];
  // A skeleton's frequency is none the tenant's names have: weighed by the level alone, not as a rare name's agreement ("sr" is
  // Sara's, Sarah's and Yasser's).
  // Two given names of one skeleton whose long vowels say two names ("محمود" / "Mohamed": Mahmoud's and Mohamed's): different.
  // A person's or an organisation's name in Hangul against one in Latin letters, or two Korean persons' romanised two ways ("PARK
  // Mi-kyung" / "PARK Migyong"): compared by their romanisations' keys (`inKoreanKeys`; kr-jeonja read).
  // Two persons in Hangul too: their given names' syllables, not their letters, tell them ("현수" / "현우" are two names).
  // A given name keyed alike but spelt otherwise ("서연" / "Seoyun": 서윤's spelling too) agrees only as sounding alike; one a
  // letter off in its key is another name ("민준" / "Minjeong").
  const persons = recordX.isPerson && recordY.isPerson;
  // One record billed to two persons of two surnames and the other a person of the other one's surname ("Brian Elliott & Nancy
  // Metzger" / "Nancy Metzger"): compared as that person's own record (`LinkageRecord.partnerContact`).
  if (persons) {
    const partner = partnerAgainst(recordX, recordY);
    if (partner !== null) return compareRecords(partner, recordY);
    const partnerY = partnerAgainst(recordY, recordX);
    if (partnerY !== null) return compareRecords(recordX, partnerY);
  }
  // Both romanised Korean names, one record of Korea and the other of Korea or of no country read ("Sunghyon Lee" at a mobile
  // alone); asked only of two persons in Latin letters (this runs for every candidate pair).
  const romanised = (r: LinkageRecord) => koreanRomanisedPerson(r.givenJoined ?? r.givenWritten ?? r.given, r.family);
  const ofKorea = () => (koreanRecord(recordX) && (koreanRecord(recordY) || recordY.country === null)) || (koreanRecord(recordY) && recordX.country === null);
  if ((scripts.includes('hangul') && scripts.includes('latin')) || (persons && scripts[0] === 'hangul' && scripts[1] === 'hangul') || (persons && scripts[0] === 'latin' && scripts[1] === 'latin' && ofKorea() && romanised(recordX) && romanised(recordY))) {
    const givenOf = (r: LinkageRecord) => r.givenJoined ?? r.givenWritten ?? r.given ?? '';
    const alike = spelledAlike(givenOf(recordX), givenOf(recordY));
    return compareAsRead(inKoreanKeys(recordX), inKoreanKeys(recordY)).map((c) => {
      const read = c.tfKey !== undefined && SKELETON_FIELDS.has(c.field) && c.field !== 'street' && c.field !== 'city' ? { ...c, tfKey: undefined } : c;
      if (c.field !== 'given' || !persons) return read;
      if (c.level === 'exact' && !alike) return { field: 'given', level: 'phonetic' };
      return c.level === 'typo' ? { field: 'given', level: 'different' } : read;
    });
  }
  // A Chinese record's names in characters against another's in characters or Latin letters, or two Chinese persons romanised two
  // ways ("Chen Chih-Ming" / "Chen Zhiming"): compared by their romanisations' keys (`inChineseKeys`; tw-maoyi read). Two given
  // names of one key in other characters sound alike (a typist's homophone: "承勇" / "承湧"), no more; an English given name against
  // one in characters ("Angela Wu" / "吴颖怡") is no evidence either way.
  if (chinesePair(recordX, recordY, scripts)) {
    const hanGiven = (r: LinkageRecord) => HAN_TEXT.test(r.givenJoined ?? r.givenWritten ?? r.given ?? '');
    const englishGiven = (r: LinkageRecord) => {
      const g = r.givenWritten ?? r.given;
      return g !== null && !HAN_TEXT.test(g) && ((isGivenName(g) && !EAST_ASIAN_ROMANISED.has(g)) || !romanisedChinese(g.replace(/[\s-]+/g, '')));
    };
    const charactersDiffer = hanGiven(recordX) && hanGiven(recordY) && simplified(recordX.givenWritten ?? recordX.given ?? '') !== simplified(recordY.givenWritten ?? recordY.given ?? '');
    const unread = persons && ((hanGiven(recordX) && englishGiven(recordY)) || (hanGiven(recordY) && englishGiven(recordX)));
    const compared = compareAsRead(inChineseKeys(recordX, recordY), inChineseKeys(recordY, recordX));
    // A record named by a pet name alone ("阿瀚": no surname, so no person's record) against a person's whose given name it is.
    const petOf = (r: LinkageRecord) => (r.nameTokens.length === 1 && /^[阿小]\p{Script=Han}$/u.test(r.nameTokens[0] ?? '') ? (r.nameTokens[0] ?? null) : null);
    const petAgainst = (p: LinkageRecord, q: LinkageRecord) => { const pet = petOf(p); return pet !== null && q.isPerson && chinesePetName(pet, q.givenWritten ?? q.given ?? ''); };
    if (petAgainst(recordX, recordY) || petAgainst(recordY, recordX)) {
      return [{ field: 'given', level: 'nickname' }, ...compared.filter((c) => c.field !== 'given' && c.field !== 'family' && c.field !== 'name' && c.field !== 'contact' && c.field !== 'company')];
    }
    // Unread beside a surname that agrees; beside one that doesn't, another person's (a wife's at her husband's mailbox).
    const familyAgrees = compared.some((c) => c.field === 'family' && (c.level === 'exact' || c.level === 'typo' || c.level === 'phonetic'));
    return compared.flatMap((c): FieldComparison[] => {
      const read = c.tfKey !== undefined && SKELETON_FIELDS.has(c.field) && c.field !== 'street' && c.field !== 'city' ? { ...c, tfKey: undefined } : c;
      if (c.field !== 'given' || !persons) return [read];
      if (unread) return familyAgrees ? [] : [{ field: 'given', level: 'different' }];
      // A pet name of the given name's last character ("阿瀚" / "承翰").
      const [gx, gy] = [recordX.givenWritten ?? recordX.given ?? '', recordY.givenWritten ?? recordY.given ?? ''];
      if (chinesePetName(gx, gy) || chinesePetName(gy, gx)) return [{ field: 'given', level: 'nickname' }];
      if (givenWithLostCharacter(gx, gy)) return [{ field: 'given', level: 'typo' }];
      // Two given names in characters: one key in other characters sounds alike; other keys are other names, however near.
      if (charactersDiffer) return [{ field: 'given', level: c.level === 'exact' ? 'phonetic' : c.level === 'missing' ? 'missing' : 'different' }];
      return [read];
    });
  }
  if (scripts.includes('arabic') && scripts.includes('latin')) {
    const [arabic, latin] = scripts[0] === 'arabic' ? [recordX, recordY] : [recordY, recordX];
    const first = (v: string | null) => (v ?? '').split(' ')[0] ?? '';
    const last = (v: string | null) => (v ?? '').split(' ').pop() ?? '';
    const spelt = spellsArabic(first(arabic.given), first(latin.given)) || spellsArabic(first(arabic.given), first(latin.givenWritten));
    // And the family name's last word ("حسن" / "Hussein").
    const familySpelt = spellsArabic(last(arabic.family), last(latin.family));
    return compareAsRead(inSkeletons(recordX, keptInSkeletons), inSkeletons(recordY, keptInSkeletons)).map((c) => {
      const read = c.tfKey !== undefined && SKELETON_FIELDS.has(c.field) ? { ...c, tfKey: undefined } : c;
      if (c.field === 'given' && c.level === 'exact' && !spelt) return { field: 'given', level: 'different' };
      // Spelt letter for letter though the skeletons differ: a letter Persian sounds otherwise ("رضا" / "Reza": "ض" as z).
      if (c.field === 'given' && (c.level === 'different' || c.level === 'typo') && spelt) return { field: 'given', level: 'exact' };
      if (c.field === 'family' && (c.level === 'different' || c.level === 'typo' || c.level === 'phonetic') && familySpelt) return { field: 'family', level: 'exact' };
      return c.field === 'family' && c.level === 'exact' && !familySpelt ? { field: 'family', level: 'different' } : read;
    });
  }
  // Two persons' names in Arabic script that differ only by letters of one sound in Persian and Urdu ("حسن" / "هسن", "صادق" /
  // "سادق": a typist's homophone, ir-bazargani read): sounding alike, as two spellings of one name in Latin letters do.
  if (persons && scripts[0] === 'arabic' && scripts[1] === 'arabic') {
    return compareAsRead(recordX, recordY, scripts).map((c) => {
      if ((c.field !== 'given' && c.field !== 'family') || (c.level !== 'different' && c.level !== 'typo')) return c;
      const [a, b] = c.field === 'given' ? [recordX.given, recordY.given] : [recordX.family, recordY.family];
      return a !== null && b !== null && a !== b && persianSoundKey(a) === persianSoundKey(b) ? { field: c.field, level: 'phonetic' } : c;
    });
  }
  return compareAsRead(recordX, recordY, scripts);
}

/**
 * `r` names a person by a given name alone (a birth list's name, or an initial; a title before it at most), no surname, company
 * or form, and `p` is a person's own record.
 */
function givenAloneAgainstPerson(r: LinkageRecord, p: LinkageRecord): boolean {
  if (r.isPerson || r.family !== null || r.given === null || r.companyWritten || r.form !== null || r.estate !== null || !p.isPerson || p.organisationNamed || p.given === null) return false;
  // A title before it at most ("Mr J", "Mrs. Emily": the honorifics the names' reading knows, `isTitle`).
  const words = r.nameTokens.filter((t) => !isTitle(t));
  const g = r.givenWritten ?? r.given;
  // Not a word that is the person's surname, or near it ("sheldon" / Helen Sheldon, "douglas" / Campbell Douglas: a surname
  // alone in the given field, historical-figures' records): read as the name it may be, as before.
  if (g.length > 1 && p.family !== null && compareFamily(g, p.family) !== 'different') return false;
  return words.length === 1 && words[0] === g && (/^\p{L}$/u.test(g) || (g.length >= 3 && isGivenName(g)));
}

/** Two records compared as read; `scripts`, where given, the records' scripts (`scriptOf`) already read, as each is read once per pair. */
function compareAsRead(recordX: LinkageRecord, recordY: LinkageRecord, scripts?: ReadonlyArray<ReturnType<typeof scriptOf>>): FieldComparison[] {
  const [ax, ay] = [withoutAgentsName(recordX), withoutAgentsName(recordY)];
  const [fx, fy] = asFirmsOwn(ax, ay);
  // The person's record read as the firm's own (`asFirmsOwn`): its name's agreement keyed by the CompanyName it gives, as a
  // person's through its CompanyName is, so that a firm many customers name is an agent's whose clients they are ('agent').
  const firmOf = fx !== ax ? ax : fy !== ay ? ay : null;
  const [x, y] = asOneOrganisation(fx, fy);
  const a = asComparedWith(x, y);
  const b = asComparedWith(y, x);
  let names: FieldComparison[];
  if (comparedAsPersons(x, y)) {
    const company = compareCompany(a, b);
    // A company's record against a person's, as its contact: the company or its owner (`NameClash`);
    // not a sole trader's firm named for the person ("Entretien Ouellet enr." for Isabelle Ouellet),
    // nor a person whose own record names the firm (Maggie Schneider, CompanyName Schneider Farms).
    // The firm: the company's record compared as its contact, or a record whose display names a firm
    // beside its contact person ("Arroyo Animal Sanctuary", Donald Mueller) against a person's own.
    const converted = (x !== a) !== (y !== b);
    const firm = converted ? (x === a ? y : x) : x.organisationNamed !== y.organisationNamed ? (x.organisationNamed ? x : y) : null;
    const person = firm === x ? y : x;
    // A firm named for the person is the person's too, unless each has a mailbox of its own: the
    // firm's at its domain, the person's at a mail service ("Gutierrez Tax Services" at
    // orders@gutierreztaxservices.com, Raul Gutierrez at rgutierrez@yahoo.com): the firm and its
    // owner, each billed. So are two records of one person's names, one with a firm's role
    // mailbox (orders@birchboutique.ca: the firm's order in its owner's name), one with the
    // person's own.
    // But a person's record with the firm's e-mail, phone and street address all is the firm's,
    // written in the name of whoever filled the form (a web store's order "Jorge Romero" at
    // brooksidegoods@live.com, the boutique's phone and shop): a founder billed at home has a
    // home, or a mailbox, of their own.
    // Nor a person's record naming the firm as the trade the person trades as ("F. Vissers h.o.d.n. Schildersbedrijf
    // Spanningsveld" / "Schildersbedrijf Spanningsveld", Frank Vissers: nl-installatie read): the firm's own.
    const ownerOrFirm =
      firm !== null
        ? !person.organisationNamed && !tradesAs(person, firm) && (!namedForOwner(firm, person) || ownMailboxes(firm, person, false)) && !firmsContactDetails(firm, person) && !ownersToko(firm, person)
        : !x.organisationNamed && !y.organisationNamed && (ownMailboxes(x, y, true) || ownMailboxes(y, x, true));
    // A trust, fund, estate or building's owners is no person, though its record names its trustee as its contact.
    const written = firm !== null && !person.organisationNamed && firm.form !== null && FORM_WRITTEN.has(firm.form) && !placeRead(firm, person);
    // So is a foundation, or a body of members, whose record names a trustee or officer of the family's ("The Schmidt Family Fdn.", Theodore Schmidt).
    const affiliate = firm !== null && affiliateNamed(firm) && !affiliateNamed(person) && !firmsContactDetails(firm, person);
    // A sole trader's record (its mark on a person's name: "Máté Eszter e.v.") against a company of another register the owner
    // founded ("Máté-Line Kft."): two legal persons, two tax numbers (hu-kazanszerviz read), as two firms of two registers are.
    const registersApart = firm !== null && person.registers.length > 0 && otherRegisters(firm, person);
    // A Czech or Slovak sole trader's record (its trade or its IČO beside the person's names: "Martin Jelínek - Zemní práce",
    // "Stanislav Soukup - IČ 22051821") against the person's own record (no company, no IČO): the trader invoices under the
    // registration, the person privately, two customers to a Czech firm, even at one phone and home (cz-stavebniny read: nineteen
    // false links), as Romania's PFA (`registeredInOwnName`) is; held for a person to say ('contact'). Where a record is plainly Czech.
    const czechTrader = (r: LinkageRecord) => r.form === null && (r.registers.includes('CZ-OSVC') || r.registryId !== null);
    // Not a person's record at the trader's e-mail, phone and street all: the trader's own order in its owner's name (a review's finding).
    const allDetails = x.email !== null && x.email === y.email && x.phone !== null && phoneKey(x) === phoneKey(y) && x.street !== null && x.street === y.street && x.houseNumber === y.houseNumber;
    const plainPerson = (r: LinkageRecord) => !r.organisationNamed && !r.companyWritten && r.registryId === null;
    const soleTrader = (x.czech === 'strong' || y.czech === 'strong') && !allDetails && ((czechTrader(x) && plainPerson(y)) || (czechTrader(y) && plainPerson(x)));
    const clash = company.clash === 'contact' && registersApart ? 'form' : (company.clash ?? (written || registersApart ? 'form' : affiliate ? 'affiliate' : ownerOrFirm || soleTrader ? 'contact' : undefined));
    const persons = withGenerations(comparePerson(a, b), a.generation, b.generation);
    // A dependant's record against another's (`FieldComparison.dependant`).
    const dependant = x.dependant !== y.dependant ? persons.map((f) => (f.field === 'given' ? { ...f, dependant: true } : f)) : persons;
    names = [...dependant, missing('name'), clash !== undefined ? { ...company, clash } : company];
  } else if (givenAloneAgainstPerson(x, y) || givenAloneAgainstPerson(y, x)) {
    // A record named by a given name alone ("julie", "Mr J", "g": a canvassing app's or a phone's first name, no surname) against
    // a person's own record: its given name compared with theirs (or a couple's partner's), the surname unknown, no firm's name
    // against its contact (us-roofing read: "emily" at Jeffrey and Emily Weber's door read as a company against another person).
    const agreement = givenAgreement(a, b);
    // One of the person's display's other names ("Emma" / "Juan & Emma Kate Martinez", a partner its reading did not part): an
    // alias's weight at most, as a shown name's is; a couple's partner's name in full.
    const [alone, person] = givenAloneAgainstPerson(x, y) ? [x, y] : [y, x];
    const shownWord = agreement.level === 'different' && alone.given !== null && person.nameTokens.includes(alone.given) && person.family !== alone.given;
    // A couple's display names each partner: the partner's own name ("Janet" / "Daniel Fisher & Janet Stone").
    if (shownWord) agreement.level = person.couple ? 'exact' : 'alias';
    // A lone initial agreeing is no evidence ("Mr J" at Jane Smith's door: one name in a dozen opens with it; a review's finding).
    if (agreement.level === 'initial' && /^\p{L}$/u.test(alone.givenWritten ?? alone.given ?? '')) agreement.level = 'missing';
    names = [{ field: 'given', level: agreement.level, ...(agreement.level === 'exact' ? { tfKey: `g:${agreement.name ?? ''}` } : {}) }, missing('family'), missing('name'), missing('company')];
  } else names = [missing('given'), missing('family'), compareName(a, b), missing('company')];
  // Two registration numbers (Czechia's and Slovakia's IČO: `LinkageRecord.registryId`): one number is one legal person or sole
  // trader, however its name is written or renamed; two numbers are two (cz-stavebniny read: a sole trader of one name and trade
  // under another IČO, a renamed company under its own).
  if (x.registryId !== null && y.registryId !== null) {
    const at = names[2]?.level !== 'missing' ? 2 : 3;
    const field = at === 2 ? 'name' : 'company';
    names[at] = x.registryId === y.registryId ? { field, level: 'exact' } : { field, level: 'different', clash: 'form' };
  }
  // Two Greek tax numbers (`LinkageRecord.taxId`): two customers (gr-ydravlika read: a hotel of one name under its new operating
  // company's ΑΦΜ); one number proves nothing more (a chain's stores share it).
  if (x.taxId !== null && x.taxId !== undefined && y.taxId !== null && y.taxId !== undefined && x.taxId !== y.taxId) {
    const at = names[2]?.level !== 'missing' ? 2 : 3;
    const field = at === 2 ? 'name' : 'company';
    names[at] = { ...(names[at] ?? { field, level: 'different' }), clash: 'form' };
  }
  // A deceased's estate or executors against a living person's record of the name (`LinkageRecord.estate`): the estate carries
  // on the person's account with one business and is a customer of its own with another (us-utility's members against
  // us-nonprofit's bequests and us-cpa's estates), so a person decides ('decedent'). A death's mark alone ("deceased") and two
  // of the estate's records agree as written.
  // Against a living person of another given name than the deceased's, the estate is no person of theirs: the executor's, the
  // widow's or an heir's own record beside it, at the estate's mailbox and phone ('form', as a trust against its trustee:
  // pt-contabilidade read, a herança linked to the living spouse).
  if (decedentsEstate(recordX, recordY) && names[2] !== undefined && names[2].clash === undefined) names[2] = { ...names[2], clash: heirsOwn(recordX, recordY, names[0]) ? 'form' : 'decedent' };
  // A client billed through an agent, against the agent's own record or another client's (`agentClash`).
  const agents = agentClash(x, y);
  // Not over a clash the names already give ('form', 'kind': as strong or stronger), but for the agent's own record ('agent', the strongest).
  const said = names[2]?.clash ?? names[3]?.clash;
  if (agents !== undefined && (said === undefined || agents === 'agent')) {
    const { clash: _said, ...name } = names[2] ?? missing('name');
    names[2] = name;
    names[3] = { ...(names[3] ?? missing('company')), clash: agents };
  }
  const contact = compareContacts(x, y);
  const name = names[2];
  const namesDiffer = name !== undefined && (name.level === 'partial' || name.level === 'different' || name.clash !== undefined);
  // A property's customer against its owner's or another property's (`propertyClash`): said on the street.
  const property = propertyClash(x, y);
  const address = compareAddress(a, b).map((c) => (property && c.field === 'street' ? { ...c, clash: 'property' as const } : c));
  const keyed = firmOf === null ? names : names.map((c) => (c.field === 'name' && c.level !== 'missing' ? { ...c, companyOf: `n:${[...firmOf.companyTokens].sort().join(' ')}` } : c));
  const weighed = [...keyed, namesDiffer && contact.level !== 'missing' ? { ...contact, context: 'names-differ' as const } : contact];
  // Names written in two scripts (East Asia's characters and Latin letters: "増田 修" / "MASUDA OSAMU", "鄭智恩" / "Ji-eun Jung":
  // jp-setsubi read, weighed as different names) compare nothing: no evidence either way.
  // Not a person whose Latin given name is a Western one ("王伟" / "Mary Wang": another name, not its reading; a review's finding).
  const western = (r: LinkageRecord) => r.isPerson && r.given !== null && /^[a-z]{3,}$/.test(r.given) && inBirthLists(r.given) && !EAST_ASIAN_ROMANISED.has(r.given);
  // Each record's script read once: this runs for every candidate pair.
  const [sx, sy] = [x === recordX && scripts !== undefined ? scripts[0] : scriptOf(x), y === recordY && scripts !== undefined ? scripts[1] : scriptOf(y)];
  const unread = sx !== null && sy !== null && sx !== sy && !western(x) && !western(y);
  // No clash the names' words said either: two scripts share no word ("（株）丸勝管設" / "MARUKATSU KANSETSU CO., LTD." is no other
  // name); the contact details decide where two of them are the customer's own (`weighComparisons`).
  const read = unread ? weighed.map((c) => (c.field === 'name' ? { ...missing('name'), unread: true } : missing(c.field))) : weighed;
  return [...read, compareEmail(a, b), comparePhone(a, b), ...address, compareCountry(a, b)];
}

/**
 * An estate's record against a living person's of another given name, both given names known ones written out (not an initial,
 * not a word mistyped into the given name: "Eseate of Christopher Stewart"): the executor's, the widow's or an heir's own record.
 */
function heirsOwn(x: LinkageRecord, y: LinkageRecord, given: FieldComparison | undefined): boolean {
  const known = (r: LinkageRecord) => r.given !== null && r.given.length >= 2 && isGivenName(r.given);
  return given?.field === 'given' && given.level === 'different' && given.swapped !== true && known(x) && known(y);
}

/** One record an estate's (`LinkageRecord.estate`), the other a person's own, marked by no death. */
function decedentsEstate(x: LinkageRecord, y: LinkageRecord): boolean {
  const living = (r: LinkageRecord) => r.estate === null && r.isPerson && !r.organisationNamed;
  return (x.estate === 'estate' && living(y)) || (y.estate === 'estate' && living(x));
}

/** A record of Korea: by its country or its phone's country code. */
const HAN_TEXT = /\p{Script=Han}/u;
/** Whether a record is Japan's by its country, phone or mailbox (its kanji are read as Japan's, not by `inChineseKeys`). */
const japaneseSide = (r: LinkageRecord): boolean => r.country === 'JP' || (r.phone?.startsWith('+81') ?? false) || (r.emailDomain?.endsWith('.jp') ?? false);
/** A record of a Chinese-speaking country by its country, its phone's code or its mail service. */
const chineseSide = (r: LinkageRecord): boolean => ['TW', 'CN', 'HK', 'MO', 'MY', 'SG'].includes(r.country ?? '') || /^\+(?:886|86|852|853)/.test(r.phone ?? '') || (r.emailDomain !== null && /(?:^|\.)(?:qq\.com|163\.com|126\.com|hinet\.net|netvigator\.com|[a-z0-9-]+\.(?:tw|cn|hk))$/.test(r.emailDomain));
/** Whether a record's names hold Chinese characters. */
const hanNamed = (r: LinkageRecord): boolean => [...r.nameTokens, ...r.companyTokens, r.family ?? '', r.contact?.family ?? ''].some((t) => HAN_TEXT.test(t));
/** A person's romanised Chinese names: a surname's spelling and a given name of Mandarin syllables. */
const romanisedChinesePerson = (r: LinkageRecord): boolean =>
  r.isPerson && r.companyTokens.length === 0 && !r.organisationNamed && r.family !== null && isChineseSurnameSpelling(r.family) && romanisedChinese((r.givenJoined ?? r.givenWritten ?? r.given ?? '').replace(/[\s-]+/g, ''));
/**
 * Whether two records are compared by their Chinese names' keys (see `compareRecords`): one's names in characters and one of them
 * read as Chinese (`LinkageRecord.chinese`: not Japan's kanji; "王建华" against "王 建華様" in a Japanese list is one name in two
 * forms); or two persons' romanised Chinese names, one record of a Chinese-speaking country.
 */
function chinesePair(x: LinkageRecord, y: LinkageRecord, scripts: ReadonlyArray<ReturnType<typeof scriptOf>>): boolean {
  if (scripts.includes('hangul') || scripts.includes('arabic') || japaneseSide(x) || japaneseSide(y)) return false;
  const [hx, hy] = [hanNamed(x), hanNamed(y)];
  if (hx || hy) return x.chinese || y.chinese;
  return (chineseSide(x) || chineseSide(y)) && romanisedChinesePerson(x) && romanisedChinesePerson(y);
}
const koreanRecord = (r: LinkageRecord): boolean => r.country === 'KR' || (r.phone?.startsWith('+82') ?? false) || (r.emailDomain !== null && /(?:^|\.)(?:naver\.com|daum\.net|hanmail\.net|nate\.com|[a-z0-9-]+\.kr)$/.test(r.emailDomain));

/** East Asian given names in Latin letters that the US birth lists hold too ("Ken", "Yuki", "Mari", "Naomi", "Jin", "Min"): readings, not Western names. */
const EAST_ASIAN_ROMANISED = new Set(['ken', 'kenji', 'yuki', 'mari', 'naomi', 'emi', 'rika', 'hana', 'kai', 'ren', 'sora', 'aki', 'mika', 'yoko', 'keiko', 'jun', 'jin', 'min', 'wei', 'yan', 'lei', 'ming', 'lin', 'hong', 'mei', 'hyun', 'soo', 'young', 'kim', 'sung', 'hiro', 'taro', 'sakura', 'yumi', 'kenta']);
/** English words of a kind, a unit or a trade: compared as written between the scripts (`inSkeletons`). */
const keptInSkeletons = (t: string): boolean => ARABIC_WORDS_READ.has(t) || isFirmWord(t) || GOVERNMENT_WORDS.has(t) || UNIT_KIND_WORDS.has(t);
const UNIT_KIND_WORDS = new Set(['division', 'administration', 'administratio', 'admin', 'faculty', 'directorate', 'branch', 'factory', 'est', 'establishment', 'distribution', 'import', 'export', 'charity']);
const SKELETON_FIELDS = new Set<FieldName>(['given', 'family', 'name', 'company', 'street', 'city']);
// Decomposed too (names' words are read NFKD: Hangul's syllables as their letters).
const HANGUL_WORD = /^[\p{Script=Hangul}\d]+$/u;
/** The English words a Korean name's trade is read as (`withKoreanRead`) that are no firm's words of the lists. */
const KOREAN_ENGLISH_WORDS = new Set(['electronics', 'electric', 'industrial', 'trading', 'equipment', 'machinery', 'precision', 'tech', 'electromechanical', 'pharmaceutical', 'chemical', 'enterprise', 'apartment', 'control', 'energy', 'korea', 'mechatronics', 'automation', 'heavy', 'sales', 'management', 'office', 'elementary', 'middle', 'high', 'school', 'components', 'electronic', 'solutions', 'systems', 'technology', 'engineering', 'construction']);
const ARABIC_WORD = /^[\p{Script=Arabic}\d]+$/u;
const EAST_ASIAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆ヶ\d]+$/u;
/** The script a record's names are written in: East Asia's characters, Latin letters, or null where mixed or none. */
function scriptOf(r: LinkageRecord): 'east-asian' | 'hangul' | 'arabic' | 'latin' | null {
  const words = [...r.nameTokens, ...r.companyTokens, r.contact?.family ?? ''].filter((t) => /\p{L}/u.test(t));
  if (words.length === 0) return null;
  // Hangul alone, beside the English words of its trade and form (`withKoreanRead`).
  if (words.some((t) => HANGUL_WORD.test(t)) && words.every((t) => HANGUL_WORD.test(t) || /^[a-z]+$/.test(t)) && words.filter((t) => /^[a-z]+$/.test(t)).every((t) => isFirmWord(t) || UNIT_KIND_WORDS.has(t) || KOREAN_ENGLISH_WORDS.has(t))) return 'hangul';
  if (words.every((t) => EAST_ASIAN.test(t))) return 'east-asian';
  // Its kind's and units' words read in English (`ARABIC_WORDS_READ`) stand in either script.
  if (words.every((t) => ARABIC_WORD.test(t) || ARABIC_WORDS_READ.has(t)) && words.some((t) => ARABIC_WORD.test(t))) return 'arabic';
  return words.every((t) => /^[a-z0-9' -]+$/.test(t)) ? 'latin' : null;
}

/** A record billed through an agent whose CompanyName is the agent's (`LinkageRecord.agent`): compared without it, as the person's own. */
function withoutAgentsName(r: LinkageRecord): LinkageRecord {
  return r.agent.length > 0 && r.companyTokens.some((t) => r.agent.includes(t)) ? { ...r, companyTokens: [] } : r;
}

/** Name levels at which an agent's name agrees with an organisation's, or with another client's agent. */
const AGENT_AGREES = new Set<FieldLevel>(['exact', 'typo', 'contained']);

/**
 * A person billed through an agent (`LinkageRecord.agent`) against the agent's own record
 * ('agent': "Harvey Christodoulou c/- Clear Path Plan Management" / "Clear Path Plan Management
 * Pty Ltd" at its PO box, phone and mailbox, is the plan manager's client, not the plan manager),
 * or against another client of the same agent ('clients': two participants of one plan manager
 * share its e-mail, phone and office, so only their names tell them apart). In the labelled sets
 * read, a person's record displayed with an agent against the agent's own record was another
 * customer 159 times in 159 (au-health's plan managers); an owner's first name before the firm
 * ("Connie (Zen Printing)", au-trades) is the firm's contact and reads no agent.
 */
function agentClash(x: LinkageRecord, y: LinkageRecord): NameClash | undefined {
  const agreeing = (agent: readonly string[], r: LinkageRecord) => [r.nameTokens, r.companyTokens].some((t) => t.length > 0 && AGENT_AGREES.has(compareTokens(agent, t)));
  if (x.agent.length > 0 && y.agent.length > 0) return AGENT_AGREES.has(compareTokens(x.agent, y.agent)) ? 'clients' : undefined;
  const [client, other] = x.agent.length > 0 ? [x, y] : [y, x];
  // Not a record naming the client too ("CHARLES KOWALSKI (PINNACLE DIRECT INS) #P103284727", no given or family name): the client's claim written as one name.
  const family = (client.family ?? '').split(' ').filter((t) => t !== '');
  const namesClient = family.length > 0 && family.every((t) => other.nameTokens.includes(t));
  if (client.agent.length > 0 && other.organisationNamed && !namesClient && agreeing(client.agent, other)) return 'agent';
  // A person paying for a client against the payer's own record ("Herman Braun c/o Robin Braun" / "Robin Braun": us-homecare read,
  // a payer who later becomes a client): the payer's name, and another given name than the client's.
  const payersOwn = client.agent.length > 0 && other.isPerson && !other.organisationNamed && client.given !== null && other.given !== null && client.given !== other.given;
  return payersOwn && ['exact', 'typo'].includes(compareTokens(client.agent, other.nameTokens)) ? 'agent' : undefined;
}

/** An organisation's record's contact person: its contact fields, or the person its own given and family names hold. */
function contactPersonOf(r: LinkageRecord): ContactPerson | null {
  if (r.contact !== null) return r.contact;
  // A trade name's record with a given name alone in its fields ("Barasa Agrovet", GivenName Irene): its contact so named.
  return r.isPerson || r.given !== null ? { given: r.given, givenWritten: r.givenWritten, givenJoined: r.givenJoined, family: r.family, generation: r.generation } : null;
}

/** Roles written where a contact's given name goes. */
const ROLE_IN_NAME_FIELD = new Set(['manager', 'owner', 'accounts', 'accountant', 'bookkeeper', 'director', 'secretary', 'treasurer', 'reception', 'receptionist', 'admin', 'office', 'buyer', 'purchasing']);

/** Given-name levels at which two contact persons' given names agree. */
const CONTACT_GIVEN_AGREES = new Set<FieldLevel>(['exact', 'nickname', 'alias', 'typo', 'initial']);
const CONTACT_FAMILY_AGREES = new Set<FieldLevel>(['exact', 'typo', 'phonetic']);

/**
 * Two organisations' records, each naming a contact person, compared by those persons: a field of
 * its own beside the names ('exact': the same person, 'partial': the same given name, or a surname agrees,
 * 'different'). Weighed as evidence, never as the names: a company's staff change (Fynbos Civils'
 * Douglas Ward, then Themba Skosana), so another contact is evidence against, not a veto; and one
 * manager stands beside many organisations, so the same contact is evidence for, which a clash of
 * the names still outweighs. In fifteen read labelled sets, pairs of organisations' records whose
 * names agree exactly or by a typo and that name two contact persons were one customer 123 times
 * and two 91; naming one person, one customer 1,081 times and two 5.
 * Persons' own records, and an organisation against a person, are compared by the names instead.
 */
function compareContacts(x: LinkageRecord, y: LinkageRecord): FieldComparison {
  if (!x.organisationNamed || !y.organisationNamed) return missing('contact');
  const a = contactPersonOf(x);
  const b = contactPersonOf(y);
  if (a === null || b === null) return missing('contact');
  if (a.family === null || b.family === null) {
    // One contact named by a given name alone ("Barasa Agrovet", GivenName Irene / "Barasa Agrovet", its contact Mwanajuma
    // Hassan; ke-agrovet read): another given name is another contact; the same says no more than a shared given name does.
    // Only against a contact named in full: two given names alone are as often one person's name and pet name ("Toto" / "Juan Carlos").
    if (a.given === null || b.given === null || (a.family === null && b.family === null)) return missing('contact');
    // Not a role's word or a mailbox's in the given-name field ("Accounts", "Manager", "Office").
    if ([a.given, b.given].some((g) => isGenericMailbox(g ?? '') || ROLE_IN_NAME_FIELD.has(g ?? ''))) return missing('contact');
    const given = compareGiven({ canonical: a.given, written: a.givenWritten, joined: a.givenJoined }, { canonical: b.given, written: b.givenWritten, joined: b.givenJoined });
    return given === 'different' ? { field: 'contact', level: 'different' } : missing('contact');
  }
  const levels = comparePerson({ ...x, ...a }, { ...y, ...b });
  const given = levels.find((c) => c.field === 'given')?.level ?? 'missing';
  const family = levels.find((c) => c.field === 'family')?.level ?? 'missing';
  const givenAgrees = CONTACT_GIVEN_AGREES.has(given);
  const familyAgrees = CONTACT_FAMILY_AGREES.has(family);
  if (givenAgrees && familyAgrees) return { field: 'contact', level: 'exact' };
  return { field: 'contact', level: familyAgrees || given === 'exact' ? 'partial' : 'different' };
}

/**
 * The person's record has the firm's e-mail, phone and street address, each as the firm's record
 * writes it, and the mailbox is the firm's: at a domain of its own or named for it, not made of
 * the person's names (a founder's own donald.mueller@gmail.com, at her home, is hers).
 */
function firmsContactDetails(firm: LinkageRecord, person: LinkageRecord): boolean {
  if (firm.email === null || firm.email !== person.email || firm.emailLocal === null || firm.emailDomain === null) return false;
  const local = firm.emailLocal.replace(/[^a-z]/g, '');
  // A mailbox of the firm's contact person's names is that person's (aishazayed69@comcast.net for Zayed
  // Dental PLLC, contact Aisha Zayed), who may be another customer of the same details.
  const contacts = madeOfName(firm.emailLocal, firm.contact === null ? firm : { ...firm, ...firm.contact, isPerson: true }, true);
  const firmsMailbox = !madeOfName(firm.emailLocal, person, true) && !contacts && (!isFreeMailDomain(firm.emailDomain) || firm.nameTokens.some((t) => t.length >= 4 && local.includes(t)));
  return (
    firmsMailbox &&
    firm.phone !== null &&
    firm.phone === person.phone &&
    firm.street !== null &&
    firm.street === person.street &&
    firm.houseNumber === person.houseNumber
  );
}

/**
 * The firm's record has a mailbox at its own domain (with `role`, a role's: "orders@", "info@")
 * and the person's record another at a mail service: the firm's and the person's own.
 */
function ownMailboxes(firm: LinkageRecord, person: LinkageRecord, role: boolean): boolean {
  if (firm.email === null || person.email === null || firm.emailDomain === null || person.emailDomain === null || firm.email === person.email) return false;
  if (isFreeMailDomain(firm.emailDomain) || !isFreeMailDomain(person.emailDomain)) return false;
  // A domain of the person's own names is their own (hello@priyashah.co.uk), not a firm's.
  const label = firm.emailDomain.split('.')[0] ?? '';
  if (madeOfName(label, person) || (person.family !== null && label === person.family.replace(/[^a-z]/g, ''))) return false;
  // At one street address, a sole trader's work mailbox and their own are one person's (info@emmabirchdesign.com, emma.birch@gmail.com at home).
  if (firm.street !== null && firm.street === person.street && firm.houseNumber === person.houseNumber) return false;
  return !role || (firm.emailLocal !== null && isGenericMailbox(firm.emailLocal));
}

/**
 * The firm's name holds the person's surname, and no legal form makes it a person of its own: a
 * sole trader's trade name ("Ng Consulting", "Entretien Ouellet enr."), not "Schneider Yoga GmbH"
 * or "Fitzgerald Florist Pty Ltd", a company its owner is billed apart from (whether they are one
 * customer is a bookkeeper's call: lists label them both ways). Or the person's record names the firm.
 */
/** The firm's name holds a given name before a word that is the person's surname, not the person's given name nor a form of it. */
function othersGivenBeforeSurname(firm: LinkageRecord, person: LinkageRecord): boolean {
  // Only a firm's name (a trade's or an organisation's word), not a couple's or partners' display ("Treasa & Cornelius Burke").
  if (firm.couple || firm.partnership || !firm.nameTokens.some((t) => isFirmWord(t))) return false;
  const family = person.family;
  const given = person.givenWritten ?? person.given;
  if (family === null || given === null || given.length < 2) return false;
  const last = family.split(' ').at(-1) ?? '';
  return firm.nameTokens.some((t, i) => {
    if (i === 0 || !(t === last || (last.length >= 5 && t.length >= 5 && oneEditApart(t, last)))) return false;
    const g = firm.nameTokens[i - 1] ?? '';
    if (g.length < 2 || !isGivenName(g) || g === given || g === person.given) return false;
    // Nor a slip of the person's ("Lorna" / "Lorla", "Dennis" / "Dennss").
    return !nicknameRelated(g, given) && !nicknameRelated(g, person.given ?? '') && !given.startsWith(g) && !g.startsWith(given) && !(g.length >= 4 && given.length >= 4 && editDistance(g, given) <= 1);
  });
}

/**
 * Words of a vehicle that holds or lets property or capital ("Holdings", "Properties", "Lettings", "Investments"): a company's
 * name whether or not its form is written ("Ciobanu Property Holdings", "Stokes Estates": gb-lettings read, a landlord's
 * company linked to the landlord personally, which a letting agent bills apart).
 */
const HOLDING_WORDS = new Set(['holdings', 'holding', 'hldgs', 'hldg', 'investments', 'properties', 'estates', 'lettings', 'lets', 'developments', 'ventures']);
function holdingNamed(r: LinkageRecord): boolean {
  return r.nameTokens.some((t) => HOLDING_WORDS.has(t));
}

function namedForOwner(firm: LinkageRecord, person: LinkageRecord): boolean {
  // A firm named with another given name before the surname ("PPHU Jan Kowalski", "Hydraulika Jan Kowalski" / Anna Kowalska):
  // its owner's, not this person's, a spouse or child of the owner's as often (a review's finding).
  if (othersGivenBeforeSurname(firm, person)) return false;
  if (practitionersPractice(firm, person) || soleTradersRecord(firm, person)) return true;
  const named = (tokens: readonly string[]) => {
    const level = compareTokens(person.companyTokens, tokens);
    return level === 'exact' || level === 'typo' || level === 'contained';
  };
  // A person's record whose company field names the firm is the firm's, written in its contact's name, whatever "&" its name
  // holds ("Santosh Pingale", CompanyName "Deep Electric Company & Company"; "Khatib Wires & Cables P. Ltd.": in-traders read, a
  // trade's "&" read as partners', its contact's record held as the owner's own).
  if (named(firm.nameTokens) || named(firm.companyTokens)) return true;
  // A partnership or family firm is named for more than the person: a partner, father or son is
  // a customer of their own as often ("Anwar & Lewis Cleaning Services" / Zainab Anwar).
  // A couple's record against their partnership is theirs ("Ariki & Anne Tāwhiri Partnership").
  if (firm.partnership && !person.couple) return false;
  // The person's surname (or a word of it, or it joined: "DeLeon Roofing"), or their given name,
  // possessive or not ("Ng Consulting", "Lee's Auto Repair", "Maria's Cleaning").
  const family = person.family ?? '';
  const names = [...family.split(' '), family.replace(/ /g, ''), person.givenWritten ?? ''].filter((n) => n.length >= 2);
  const word = (t: string) => (t.length > 3 && t.endsWith('s') ? [t, t.slice(0, -1)] : [t]);
  // A company is held against the person's own record (a display of their names alone), not
  // against a record that shows a firm beside its contact ("bains landscaping", Pooja Bains).
  const company = (firm.form === 'company' || holdingNamed(firm)) && showsOnlyNames(person);
  if (!company && firm.nameTokens.some((t) => word(t).some((w) => names.some((n) => w === n || (n.length >= 4 && oneEditApart(w, n)))))) return true;
  // Or its initials open the firm's name ("JAM Hardware" for Jerry A. Mangubat, "RGC Welding Shop" for Ruben G. Castro), or
  // the short form its given name ends or starts with, possessive ("Minda's Glass & Aluminum" for Luzviminda Eusebio).
  return !company && ownContact(firm, person) && (initialsOpen(firm, person) || firm.nameTokens.some((t) => t.endsWith('s') && shortGiven(t.slice(0, -1), person.givenWritten)));
}

/**
 * The firm's record is the person's own, trading under a name: QuickBooks' customer is the person its given and family names
 * hold (no CompanyName written), and no legal form makes the trade name a company's ("Cornerstone Medicine Ventures", Oladapo
 * Ayeni; "RMP Construction Supply", Reynaldo Panopio: a sole proprietor's registered business name is the person's). Its names
 * must be the person's: both given and family names agree (the family name by a slip at most, the given name as one person's).
 */
function soleTradersRecord(firm: LinkageRecord, person: LinkageRecord): boolean {
  if (firm.companyWritten || firm.form !== null || firm.partnership || !firm.isPerson || firm.given === null || firm.family === null || person.given === null || person.family === null) return false;
  // A charity, a body of members or an institution is no one's trade, whoever its record names ("Arroyo Animal Sanctuary", Donald
  // Mueller: a rescue and its founder at home, two customers in a labelled set).
  // Nor a public body's office, a practice, a hotel, or a chain's numbered site ("Austin Parks Department", "Harvest Bowl #1050").
  if (firm.nameTokens.some((t) => NOT_A_TRADE.has(t) || INSTITUTION_KINDS.has(t) || /\d/.test(t)) || affiliateNamed(firm) || firm.branch.length > 0) return false;
  // And something besides the names agrees (an e-mail, a phone, the street address): a firm's record naming its contact
  // against a namesake's own is no sole trader's by the names alone ("Blue Heron Cosmetics", Dennis Chow / "Dennis Chow" in
  // the same city, ca-freight on e8b081a; organisations there are written without a CompanyName).
  const reachedOne = (firm.email !== null && firm.email === person.email) || (firm.phone !== null && person.phone !== null && phoneKey(firm) === phoneKey(person)) || (firm.street !== null && firm.street === person.street && firm.houseNumber === person.houseNumber);
  const family = compareFamily(firm.family, person.family);
  return reachedOne && (family === 'exact' || family === 'typo') && GIVEN_RANK[compareGiven(givenOf(firm), givenOf(person))] >= 3;
}

/** Words of a charity's, a body of members' or a public body's name: no sole trader's trade (`soleTradersRecord`). */
const NOT_A_TRADE = new Set([
  'sanctuary', 'rescue', 'foundation', 'fdn', 'charity', 'charitable', 'society', 'association', 'assn', 'assoc', 'club', 'league', 'federation',
  'union', 'council', 'committee', 'alliance', 'trust', 'fund', 'ministries', 'ministry', 'mission', 'fellowship', 'cooperative', 'coop',
  'hoa', 'pta', 'pto', 'scouts', 'guild', 'institute', 'network', 'coalition', 'project', 'initiative', 'relief', 'shelter', 'pantry',
  'department', 'dept', 'municipality', 'municipal', 'city', 'county', 'government', 'govt', 'agency', 'authority', 'office', 'board',
  'clinic', 'centre', 'center', 'ctr', 'hospital', 'hotel', 'motel', 'lodge', 'resort',
  // A non-profit's marks ("Midrand Child Welfare NPO", Velaphi Dyantyi, its officer: two customers in za-services).
  'npo', 'npc', 'ngo', 'nonprofit', 'welfare', 'conservancy', 'outreach', 'hospice', 'orphanage', 'benevolent',
]);

/**
 * The firm's display opens with the person's initials, given name first and surname last, the middle ones any (a middle
 * name's, where the person's record writes none, or its initial where it does): a word of two to four letters that is no
 * word of a firm's ("JAM Hardware", "GVK Builders" for Grace V. Kho). Not where the firm's display holds a name of its own
 * beside them.
 */
function initialsOpen(firm: LinkageRecord, person: LinkageRecord): boolean {
  const first = firm.displayWords[0] ?? '';
  const given = person.givenWritten ?? '';
  const family = (person.family ?? '').replace(/ /g, '');
  // Three letters or four: two are any trade's acronym as often ("AC Repair", "PC Solutions", "DJ Services").
  if (!/^[a-z]{3,4}$/.test(first) || given.length < 2 || family.length < 2 || isFirmWord(first) || isGivenName(first)) return false;
  if (first[0] !== given[0] || first[first.length - 1] !== family[0]) return false;
  // A middle initial the person's record writes must be the acronym's middle letter ("Jerry A. Mangubat": JAM, not JBM).
  const middles = person.nameTokens.filter((t) => t.length === 1);
  return first.length !== 3 || middles.length === 0 || middles.includes(first[1] ?? '');
}

/**
 * The firm's record names no contact person, or names the person (`namedForOwner`'s initials and short names): "JM Trading"
 * with contact Jose Mendoza is no firm of Juan Mendoza's, nor "King's Hardware" with contact Peter Okoro of Kingsley Okoro.
 */
function ownContact(firm: LinkageRecord, person: LinkageRecord): boolean {
  if (firm.given === null && firm.family === null) return true;
  if (firm.family !== null && person.family !== null && compareFamily(firm.family, person.family) !== 'exact' && compareFamily(firm.family, person.family) !== 'typo') return false;
  return firm.given === null || person.given === null || GIVEN_RANK[compareGiven(givenOf(firm), givenOf(person))] >= 3;
}

/** A possessive's name ("Minda's") is the short form a given name starts or ends with ("minda" of Luzviminda, "lita" of Carmelita). */
function shortGiven(name: string, given: string | null): boolean {
  return given !== null && name.length >= 4 && given.length > name.length && (given.endsWith(name) || given.startsWith(name));
}

/**
 * The firm is the person's professional corporation: named with the person's given and family
 * names and a practitioner's credential, and nothing else but its legal form ("Minh Hart DDS Inc",
 * "Hiroshi Byrd DVM LLC" / Dr. Minh Hart, Hiroshi Byrd DVM). A practitioner is billed for the
 * practice, which has no name of its own to tell it apart by (us-medsupply read: 5 such pairs,
 * all one customer; in the twenty labelled sets read before it, every firm named for its owner
 * that was another customer named a trade or words of its own: "Maria Colombo Plumbing Pty Ltd",
 * "Róisín Doyle Associates Ltd").
 */
function practitionersPractice(firm: LinkageRecord, person: LinkageRecord): boolean {
  if (person.given === null || person.family === null || !firm.nameTokens.some(isPracticeCredential)) return false;
  // The firm's words are read with their given names folded ("Bob Smith DDS PC" as robert): the canonical name must be in it, the written one may.
  const required = [person.given, ...person.family.split(' ')].filter((n) => n !== '');
  if (!required.every((n) => firm.nameTokens.includes(n))) return false;
  const names = new Set([...required, person.givenWritten ?? '']);
  return firm.nameTokens.every((t) => names.has(t) || t.length === 1 || t === 'dr' || isPracticeCredential(t) || isLegalSuffix(t));
}

/** The record's display is its person's names and nothing else (initials of them included). */
function showsOnlyNames(r: LinkageRecord): boolean {
  const words = [r.given, r.givenWritten, ...(r.family ?? '').split(' ')].filter((w): w is string => w !== null && w !== '');
  // A middle name is a name too ("John Paul Smith").
  // A middle initial is one too ("Harold D. Graham").
  // So is a patronymic's word ("Irfan bin Sani", "Sofea binti Othman", "Ravi s/o Muthu").
  return r.nameTokens.every((t) => t.length === 1 || words.includes(t) || isGivenName(t) || PATRONYMIC_LINKS.has(t) || (t.length >= 2 && (r.givenJoined ?? '').includes(t)));
}

/** Words that join a given name to the father's: Malay's, Arabic's (bin, binti, bte, ibn, bint); s/o and d/o are single letters. */

/** Street, postcode and city, each after the ones it depends on (see `ComparisonContext`). */
function compareAddress(a: LinkageRecord, b: LinkageRecord): FieldComparison[] {
  const postcode = comparePostcode(a, b);
  const city = compareCity(a, b);
  const elsewhere = postcode.level === 'different' || (postcode.level === 'missing' && city.level === 'different');
  // One town: the same postcode, or without postcodes the same city; near: a postcode one character off (a typo?) in a city not another.
  const town =
    (postcode.level === 'exact' && city.level !== 'different') || (postcode.level === 'missing' && city.level === 'exact')
      ? 'same'
      : postcode.level === 'close' && city.level !== 'different'
        ? 'near'
        : elsewhere
          ? 'elsewhere'
          : 'unknown';
  let street = compareStreet(a, b, town);
  // Another house number on a street of the same name in another postcode (or, without one, in
  // another city) is another street: "80 Main Street, Chicago" is not "12 Main Street, San
  // Francisco". Weighed as the same street in another town, a name many customers share came
  // out further against than a different street (-3.9 bits against -3.1).
  // So is a house number one key off on it ("1200" / "5200 Main St"): a typo keeps the postcode.
  const numberOnly = street.level === 'typo' && a.street === b.street && a.houseNumber !== b.houseNumber;
  if (elsewhere && (street.level === 'same-street' || numberOnly)) street = { field: 'street', level: 'different' };
  const streetContext: ComparisonContext | undefined =
    street.level === 'missing' ? undefined : street.level === 'different' ? 'street-differs' : 'street-agrees';
  const inContext = (c: FieldComparison, context: ComparisonContext | undefined): FieldComparison => {
    if (context === undefined || c.level === 'missing') return c;
    // A value's frequency among all customers is not its frequency given the street: u is the context's own.
    const { tfKey: _dropped, ...rest } = c;
    return { ...(context === 'street-differs' ? c : rest), context };
  };
  // A postcode one character off beside another street is near, no slip: the city weighed in the street's context, as beside
  // a postcode of the same area (a review's finding: one off had come out weaker than sharing the area).
  const cityContext: ComparisonContext | undefined = postcode.level === 'exact' || (postcode.level === 'close' && streetContext !== 'street-differs') ? 'postcode-agrees' : streetContext;
  return [street, inContext(postcode, streetContext), inContext(city, cityContext)];
}
