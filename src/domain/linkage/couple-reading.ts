import { CustomerContact } from '../customer-contact';
import { isGivenName } from '../given-name-genders';
import { isLegalSuffix, normaliseText } from '../name-normalisation';

const written = (v: unknown): boolean => typeof v === 'string' && /\p{L}/u.test(v);

/** "And" between two persons' names, in the languages the couples' displays are read in. */
const JOINERS = new Set(['&', '+', 'and', 'et', 'y', 'e', 'und', 'en', 'och', 'og', 'ja']);
/** A generation after a surname ("Kuhn Sr."): no word of the names. */
const GENERATION = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv']);
/**
 * A couple's display with no name fields beside it (a carrier's download, an old import: "KOWALSKI, ROBERT J & LINDA M",
 * "LORI PRICE & WAYNE PRICE", "Ervin & Fannie M Weavr", "Robert & Linda Kowalski" at lkowalski@):
 * the first one's given name and surname as the fields a source with them would give, so the record is the household's
 * person, its partner shown, as the same display beside its fields is read (us-insurance read: such displays were read as
 * organisations' names against the household's own record). Only where both first words are given names of the birth
 * lists, one "and" joins them, and a surname of one or two words is written before them and a comma, twice, or after them
 * beside an initial or the household's mailbox named by it (two surnames, "Mary Ann & John Smith", and a surname written
 * first twice, "MARTIN SOPHIE & MARTIN PAUL", are left as written);
 * never a firm's ("Smith & Jones", "Taylor & Morgan Partners": a firm's or a trade's word, a legal form).
 */
export function withCoupleNamed(c: CustomerContact, firmWord: (word: string) => boolean, title: (word: string) => boolean): CustomerContact {
  if (written(c.givenName) || written(c.familyName) || written(c.companyName) || typeof c.displayName !== 'string' || c.displayName.length > 80) return c;
  const words = c.displayName
    .replace(/([,&+])/g, ' $1 ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w.replace(/\.$/, ''));
  const lower = words.map((w) => normaliseText(w));
  // A title's display is read by the titles' own readings ("Mr & Mrs John Smith", "Sir Elton & David Furnish").
  if (lower.some((w) => title(w) || /\d/.test(w) || firmWord(w) || isLegalSuffix(w))) return c;
  // The initials and generations aside ("ROBERT J & LINDA M", "Kuhn Sr."): the names' words, their commas and the joiner.
  const initialled = words.some((w, i) => /^\p{L}$/u.test(w) && !JOINERS.has(lower[i] ?? ''));
  const kept = words.filter((w, i) => (!/^\p{L}$/u.test(w) || JOINERS.has(lower[i] ?? '')) && !GENERATION.has(lower[i] ?? ''));
  const low = kept.map((w) => (w === ',' || w === '&' || w === '+' ? w : normaliseText(w)));
  const joins = low.flatMap((w, i) => (JOINERS.has(w) ? [i] : []));
  const commas = low.flatMap((w, i) => (w === ',' ? [i] : []));
  const at = joins[0];
  if (joins.length !== 1 || at === undefined || commas.length > 1) return c;
  const name = (w: string | undefined): w is string => w !== undefined && /^[\p{L}'-]{2,}$/u.test(w);
  let given: string | undefined;
  let partner: string | undefined;
  let family: string[] = [];
  const comma = commas[0];
  if (comma !== undefined) {
    // "KOWALSKI, ROBERT & LINDA": the surname of one or two words, a comma, the two given names.
    if (comma < 1 || comma > 2 || at !== comma + 2 || kept.length !== at + 2) return c;
    [given, partner, family] = [kept[comma + 1], kept[at + 1], kept.slice(0, comma)];
  } else if (at === 1 && kept.length === 4) {
    // "Ervin & Fannie M Weavr", "Robert & Linda Kowalski" at lkowalski@: a person's initial, or the surname the household's mailbox
    // is named by, says a couple's (a firm's "Willow & Ivy Designs" is written alike).
    const mailbox = normaliseText((c.email ?? '').split('@')[0] ?? '').replace(/[^\p{L}]/gu, '');
    const surname = low[3] ?? '';
    if (!initialled && !(surname.length >= 3 && mailbox.includes(surname.replace(/[^\p{L}]/gu, '')))) return c;
    [given, partner, family] = [kept[0], kept[2], kept.slice(3)];
  } else if (at === 2 && kept.length === 5 && low[1] === low[4]) {
    // "LORI PRICE & WAYNE PRICE": one surname written twice.
    [given, partner, family] = [kept[0], kept[3], kept.slice(1, 2)];
  } else return c;
  if (!name(given) || !name(partner) || family.length === 0 || !family.every(name)) return c;
  if (normaliseText(given) === normaliseText(partner) || !isGivenName(normaliseText(given)) || !isGivenName(normaliseText(partner))) return c;
  return { ...c, givenName: given, familyName: family.join(' ') };
}
