import { ComparisonContext, comparedAsPersons, compareRecords, FieldComparison, FieldLevel, FieldName, NameClash } from './field-comparisons';
import { LinkageParameters } from './linkage-parameters';
import { LinkageRecord } from './linkage-record';

/** How common values are in the tenant's mirror: its size and the count of customers holding each key asked about. */
export interface TermFrequencies {
  mirrorSize: number;
  counts: ReadonlyMap<string, number>;
  /** Counts stop here (the search's bound): a count at it says only "this many or more". */
  countCap?: number;
}

export const NO_FREQUENCIES: TermFrequencies = { mirrorSize: 0, counts: new Map() };

/** One field of one compared pair: its level and the weight it adds, log2(m/u). */
export interface FieldEvidence {
  field: FieldName;
  level: FieldLevel;
  weight: number;
  /** Customers in the mirror sharing this value, when the weight was adjusted by its frequency. */
  sharedBy?: number;
  swapped?: boolean;
  /** Weighed given the address fields before it (`ComparisonContext`). */
  context?: ComparisonContext;
  /** The names clash (two organisations of one owner): weighed by the sibling alternative. */
  clash?: NameClash;
  /** Customers in the mirror of the whole name, when it capped the given and family names' weight (`FieldComparison.fullNameKey`). */
  fullNameSharedBy?: number;
}

export interface PairScore {
  /** Sum of the field weights: log2 of the likelihood ratio "same customer" against "two customers". */
  weight: number;
  /** The same against "another member of the same household"; null when the names are not persons' on both sides. */
  householdWeight: number | null;
  /** The same against "another organisation of the same owner"; null unless the names clash. */
  siblingWeight: number | null;
  /**
   * The same against "a namesake": another person of the same name, whose other fields agree
   * only by chance; the weight of every field but the names. Null unless both are persons whose
   * surnames agree and given names do not differ.
   */
  namesakeWeight: number | null;
  fields: FieldEvidence[];
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Compares two records and weighs every field with the tenant's parameters and value frequencies. */
export function linkageScoring(a: LinkageRecord, b: LinkageRecord, params: LinkageParameters, tf: TermFrequencies): PairScore {
  const persons = comparedAsPersons(a, b);
  return weighComparisons(compareRecords(a, b), persons, params, tf, persons && namesakesPossible(a, b));
}

/** Two persons' own records (not organisations compared as their one contact person): the namesake alternative applies. */
export function namesakesPossible(a: LinkageRecord, b: LinkageRecord): boolean {
  return !a.organisationNamed && !b.organisationNamed;
}

/** Surname levels at which two persons may be namesakes (the same name written alike, or a slip of it). */
const NAMESAKE_FAMILY = new Set<FieldLevel>(['exact', 'typo', 'phonetic']);

/** Fields whose levels the household alternative weighs on its own (the others agree as they do for one customer). */
const HOUSEHOLD_FIELDS = new Set<FieldName>(['given', 'family', 'email', 'phone']);

/** Given-name levels at which a dependant's record against another's is weighed as likelier another member of the household. */
const DEPENDANT_GIVEN = new Set<FieldLevel>(['different', 'other-sex', 'phonetic']);

/** Contact details that, agreeing, say one customer: not the managed one's shared by others. */
const CONTACT_AGREES: ReadonlyArray<[FieldName, ReadonlySet<FieldLevel>]> = [
  ['email', new Set<FieldLevel>(['exact'])],
  ['phone', new Set<FieldLevel>(['exact', 'local7'])],
  ['street', new Set<FieldLevel>(['exact'])],
];

/**
 * The contact details a pair agrees on exactly (`CONTACT_AGREES`), read once for every rule that
 * asks: how many agree, whether each is one other customers of the tenant give too (a manager's,
 * an agent's or an owner's, counted by its frequency), and the most customers any one is given by.
 */
interface SharedContacts {
  agreeing: number;
  allShared: boolean;
  most: number;
}

function sharedContacts(comparisons: readonly FieldComparison[], tf: TermFrequencies): SharedContacts {
  const out: SharedContacts = { agreeing: 0, allShared: true, most: 0 };
  for (const [field, levels] of CONTACT_AGREES) {
    const c = comparisons.find((x) => x.field === field);
    if (c === undefined || !levels.has(c.level)) continue;
    const count = c.tfKey === undefined ? undefined : tf.counts.get(c.tfKey);
    out.agreeing += 1;
    if (count === undefined || count < 2) out.allShared = false;
    out.most = Math.max(out.most, count ?? 0);
  }
  return out;
}

/**
 * Two organisations' names differ (some words shared, or none, or one the other's with words of its
 * own: `FieldComparison.ownWords`), and every contact detail they
 * agree on is one other customers of the tenant give too: a manager's, an agent's or an owner's
 * e-mail, phone and office, which each of its HOAs, landlords or companies gives
 * (`NameClash` 'managed'). Summed as independent, three details of one manager outweighed any
 * names: "Timber Shores Homeowners Association" linked to "The Lofts at Copper Shores".
 */
function managedContacts(comparisons: readonly FieldComparison[], shared: SharedContacts): boolean {
  const name = comparisons.find((c) => c.field === 'name');
  if (name === undefined || !(name.level === 'partial' || name.level === 'different' || (name.level === 'contained' && name.ownWords === true)) || name.clash !== undefined) return false;
  return shared.agreeing > 0 && shared.allShared;
}

/** How many of the tenant's customers give a mailbox for it to be a group's or an office's that its companies write from. */
const GROUP_MAILBOX_SHARED_BY = 3;

/**
 * Two organisations' names share some words, each with words of its own ("El Arabeya Trading & Distribution Co." / "El Arabeya
 * Pharma S.A.E.", "Elnaggar Pharma S.A.E." / "Elnaggar for Medical Industries"), at a mailbox three or more of the tenant's
 * customers give (a group's accounts@): two of the group's companies as often as one written two ways, whatever else they share
 * (the group's head office and switchboard are its companies' too: eg-tawrid read, four of its group's companies linked to
 * another). Weighed by the sibling alternative ('group').
 */
function groupsMailbox(comparisons: readonly FieldComparison[], tf: TermFrequencies): boolean {
  const email = comparisons.find((c) => c.field === 'email');
  if (email?.level !== 'exact' || email.tfKey === undefined || (tf.counts.get(email.tfKey) ?? 0) < GROUP_MAILBOX_SHARED_BY) return false;
  const name = comparisons.find((c) => c.field === 'name');
  if (name === undefined || name.clash !== undefined) return false;
  // Or a name the other's holds whole, a word two or more of the tenant's customers' names hold ("Joshi LLP" / "Joshi
  // Engineering Works" at joshigroupaccounts@: in-traders read, linked to the group's other company): any of the group's.
  const contained = name.level === 'contained' && name.tfKey !== undefined && (tf.counts.get(name.tfKey) ?? 0) >= 2;
  return (name.level === 'partial' && name.ownEach === true) || contained;
}

/**
 * How many of the tenant's customers must name an organisation (as their name or CompanyName) for
 * it to be an agent's or employer's that persons are billed through: itself and four more (a
 * firm's own branches, or its contacts' records, name it two or three times).
 */
const AGENT_NAMED_BY = 5;

/**
 * A person's record agrees with an organisation's own only through its CompanyName, and many of
 * the tenant's customers name that organisation (`FieldComparison.companyOf`): the person is one
 * of its clients ('agent'). In the labelled sets read, such a person's record against the
 * organisation's own was the organisation 76 times in 80 where only the organisation named it
 * (a firm's contact writing in its name) and another customer 40 times in 40 where five or more did
 * (au-health's plan managers' participants); only where every detail the pair agrees on is one
 * other customers give too (the agent's, which its clients all give), or none agrees: a detail
 * only the organisation gives (a branch's own mailbox, its own line) says the person writes from
 * the organisation, its contact (a review's case).
 */
function agentOfMany(c: FieldComparison, tf: TermFrequencies, shared: SharedContacts): boolean {
  return c.companyOf !== undefined && (tf.counts.get(c.companyOf) ?? 0) >= AGENT_NAMED_BY && shared.allShared;
}

/** How many of the tenant's customers name the company two persons' records share (`FieldComparison.companyOf`; 0 if none). */
function companyNamedBy(comparisons: readonly FieldComparison[], tf: TermFrequencies): number {
  const company = comparisons.find((c) => c.field === 'company' && c.companyOf !== undefined);
  return company?.companyOf === undefined ? 0 : (tf.counts.get(company.companyOf) ?? 0);
}

/**
 * How many of the tenant's customers' names a word must be in to be common: a kind's word
 * ("Trust", "Whānau", "Lands", "Plumbing"), not a family's or a place's that names one customer.
 */
const COMMON_WORD_SHARED_BY = 5;

/**
 * Two organisations' names share only common words, each with a word of its own ("Pene Whānau
 * Trust" / "Te Whata Whānau Trust", "Taramārie Lands Incorporation" / "Ōtūriki Lands
 * Incorporation"): two customers of one kind, often of one office (an iwi's trusts give its
 * e-mail, phone and address), or one renamed (`NameClash` 'common-words').
 */
function commonWordsOnly(c: FieldComparison, tf: TermFrequencies): boolean {
  return c.common !== undefined && c.common.length > 0 && c.common.every((k) => (tf.counts.get(k) ?? 0) >= COMMON_WORD_SHARED_BY);
}

/**
 * The pair agrees on a street address at which the tenant keeps other customers too: two
 * departments of one organisation there (`NameClash` 'department') are billed apart. Where the
 * address is one customer's, its departments' names are one site's written two ways.
 */
function severalAtOneAddress(comparisons: readonly FieldComparison[], tf: TermFrequencies): boolean {
  const street = comparisons.find((c) => c.field === 'street');
  return street?.level === 'exact' && street.tfKey !== undefined && (tf.counts.get(street.tfKey) ?? 0) >= 2;
}

/** Pseudo-customers smoothing a name's frequency in a postcode's area towards its frequency in the whole mirror. */
const LOCAL_PRIOR = 100;
/**
 * How many times commoner in the area than in the whole mirror the names together must be before a namesake is likelier: below
 * it, a name's customers spread over areas as chance spreads them (six of a town's eight O'Connors in an area of a third of its
 * customers is chance, not a settlement).
 */
const LOCAL_RATIO_FLOOR = 4;
/** At most this many times likelier a namesake where the names are common in the area (a settlement's few names). */
const LOCAL_RATIO_CAP = 32;

/**
 * How much likelier a namesake is where the pair's names are common in its postcode's area, in bits: a settlement's, a clan's
 * or a neighbourhood's few surnames and given names ("Ervin Stutzman", "Atlee Kline" at Holmes County's Amish, whose names are
 * rare in the tenant's mirror and common among its customers there: us-insurance read, seven namesakes of one settlement
 * linked on the names and the postcode). The given and family names' frequencies among the area's customers ("gz:", "fz:" over
 * "za:") against the whole mirror's, multiplied, raise the namesake's prior odds; and such a namesake lives in the area, so the
 * shared postcode says no more than the area's share of its customers at it, blended by how local the names are. Only ever for
 * the namesake: a name no more common in its area than elsewhere changes nothing, and neither does an area counted to the cap.
 */
function localNames(comparisons: readonly FieldComparison[], fields: readonly FieldEvidence[], params: LinkageParameters, tf: TermFrequencies): number {
  const given = comparisons.find((c) => c.field === 'given');
  const family = comparisons.find((c) => c.field === 'family');
  const postcode = comparisons.find((c) => c.field === 'postcode');
  if (given?.level !== 'exact' || family?.level !== 'exact' || postcode?.level !== 'exact') return 0;
  if (!given.tfKey?.startsWith('g:') || !family.tfKey?.startsWith('f:') || !postcode.tfKey?.startsWith('z:')) return 0;
  const area = postcode.tfKey.slice(2, 5);
  const keys = [`za:${area}`, given.tfKey, family.tfKey, `gz:${given.tfKey.slice(2)}|${area}`, `fz:${family.tfKey.slice(2)}|${area}`];
  const [inArea, givenAll, familyAll, givenThere, familyThere] = keys.map((k) => tf.counts.get(k) ?? 0) as [number, number, number, number, number];
  // A count at the search's bound says only "this many or more"; none is a mirror not yet keyed with the areas ("za:" unread).
  if (inArea < 2 || tf.mirrorSize < 2 || [inArea, givenAll, familyAll, givenThere, familyThere].some((n) => !Number.isFinite(n) || (tf.countCap !== undefined && n >= tf.countCap))) return 0;
  if (givenThere > inArea || familyThere > inArea) return 0;
  // Only other persons' names count: the candidate's own and every customer of the given name and surname, whatever middle names
  // they write, or of the whole name (a namesake, or the customer created twice, "Alice Balfour" beside "Alice Blanche Balfour": a
  // duplicate's name is no settlement's) are no evidence that the name's parts are the place's. Not another given name of the
  // initial ("Eli" beside "Ervin" Stutzman: a settlement's names, a review's finding).
  const named = `gf:${family.tfKey.slice(2).replace(/ /g, '')}|${given.tfKey.slice(2)}`;
  const full = Math.max(1, family.fullNameKey === undefined ? 1 : (tf.counts.get(family.fullNameKey) ?? 1), tf.counts.get(named) ?? 1);
  const local = (all: number, there: number): number => {
    const overall = (Math.max(0, all - full) + 0.5) / tf.mirrorSize;
    return (Math.max(0, there - full) + LOCAL_PRIOR * overall) / (inArea - 1 + LOCAL_PRIOR) / overall;
  };
  const ratio = Math.min(LOCAL_RATIO_CAP, local(givenAll, givenThere) * local(familyAll, familyThere));
  if (!Number.isFinite(ratio)) return 0;
  const excess = ratio / LOCAL_RATIO_FLOOR;
  if (excess <= 1) return 0;
  const weighed = fields.find((f) => f.field === 'postcode');
  const p = (postcode.context !== undefined ? params.conditional[postcode.context].postcode?.exact : undefined) ?? params.fields.postcode.exact;
  let place = 0;
  if (weighed !== undefined && p !== undefined) {
    // The field's u as weighed (its frequency), recovered from its weight; a local namesake's, the postcode's share of the area.
    const u = p.m / 2 ** weighed.weight;
    const atPostcode = Math.min(1, (tf.counts.get(postcode.tfKey) ?? 1) / inArea);
    const namesakes = u + (atPostcode - u) * (1 - 1 / excess);
    place = Math.max(0, weighed.weight - Math.log2(p.m / namesakes));
  }
  return Math.log2(excess) + place;
}

function withoutClash(c: FieldComparison): FieldComparison {
  const { clash: _clash, ...rest } = c;
  return rest;
}

/**
 * Weighs compared fields: each level's log2(m/u), u adjusted by the value's frequency in the
 * tenant; and, for two persons, the same against another member of the household.
 * Separate from the comparison so EM can re-weigh stored comparisons with new parameters.
 */
export function weighComparisons(compared: readonly FieldComparison[], persons: boolean, params: LinkageParameters, tf: TermFrequencies, namesakesApply = persons): PairScore {
  // Two departments at an address the tenant keeps one customer at: no clash, and every rule after weighs the names as they are.
  const comparisons = severalAtOneAddress(compared, tf) ? compared : compared.map((c) => (c.clash === 'department' ? withoutClash(c) : c));
  const fields: FieldEvidence[] = [];
  let weight = 0;
  let household: number | null = null;
  let sibling: number | null = null;
  let nameWeight = 0;
  const shared = sharedContacts(comparisons, tf);
  const managed = !persons && managedContacts(comparisons, shared);
  // Names in two scripts, unread: linked on contact details that are the customer's own, two of them; an agent's, a family's or a
  // group's mailbox and phone, which other customers give too, or one detail alone, weighed as by another name's (a review's finding:
  // two owners at one letting agent's mailbox, spouses at one phone).
  if (comparisons.some((c) => c.unread === true) && (shared.agreeing < 2 || shared.allShared)) {
    const p = params.siblingClash['other-name'];
    sibling = Math.log2(p.m / p.u);
  }
  // A father and son of one name are counted where records give their homes: the name's sex
  // weighs a namesake in the household only where both records give a street (one, another or a
  // typo of it: the street's own levels weigh whether it is one home). Where either gives none,
  // nothing places them in one household, and a shared given name is weighed as for any name.
  const street = comparisons.find((c) => c.field === 'street')?.level;
  const oneHome = street !== undefined && street !== 'missing';
  if (managed) {
    const p = params.siblingClash.managed;
    sibling = Math.log2(p.m / p.u);
  }
  for (const c of comparisons) {
    const clash = c.clash ?? (managed && c.field === 'name' ? 'managed' : commonWordsOnly(c, tf) ? 'common-words' : agentOfMany(c, tf, shared) ? (c.field === 'company' ? 'clients' : 'agent') : c.field === 'name' && !persons && groupsMailbox(comparisons, tf) ? 'group' : undefined);
    // The names clash (`NameClash`): weighed by the sibling alternative, on whichever field said it.
    if (clash !== undefined && clash !== 'managed' && clash !== 'clients') {
      const p = params.siblingClash[clash];
      sibling = Math.min(sibling ?? 0, Math.log2(p.m / p.u));
    }
    if (c.level === 'missing') {
      fields.push({ field: c.field, level: c.level, weight: 0, ...(clash !== undefined ? { clash } : {}) });
      continue;
    }
    const p =
      (c.context !== undefined ? params.conditional[c.context][c.field]?.[c.level] : undefined) ??
      ((!persons && params.organisation[c.field]?.[c.level]) || params.fields[c.field][c.level]);
    if (p === undefined) continue;
    let u = p.u;
    let sharedBy: number | undefined;
    const count = c.tfKey === undefined ? undefined : tf.counts.get(c.tfKey);
    if (count !== undefined) {
      sharedBy = count;
      // The frequency among the other customers (the candidate itself holds the value), smoothed towards the default u.
      u = (Math.max(0, count - 1) + params.tfPriorCount * p.u) / (Math.max(0, tf.mirrorSize - 1) + params.tfPriorCount);
    }
    const w = Math.log2(p.m / u);
    weight += w;
    if (c.field === 'given' || c.field === 'family') nameWeight += w;
    fields.push({
      field: c.field,
      level: c.level,
      weight: round(w),
      ...(sharedBy !== undefined ? { sharedBy } : {}),
      ...(c.swapped === true ? { swapped: true } : {}),
      ...(c.context !== undefined ? { context: c.context } : {}),
      ...(clash !== undefined ? { clash } : {}),
    });
    // A mailbox made of the names, when the names agree, is as likely a household namesake's (a Jr.'s).
    if (persons && HOUSEHOLD_FIELDS.has(c.field) && c.context !== 'name-derived') {
      const h = params.household[c.field]?.[c.level];
      // One given name shared: a namesake in the household as often as the name's sex says.
      const hu = c.field === 'given' && c.level === 'exact' && c.sex !== undefined && oneHome ? params.householdNamesake[c.sex] : h?.u;
      if (hu !== undefined) household = (household ?? 0) + Math.log2(p.m / hu);
    }
  }
  // The whole name as frequent as the tenant's mirror says (`FieldComparison.fullNameKey`): the given and family names' weights
  // together no more than the whole name's frequency allows, where several customers bear it (us-utility read: "David Jones",
  // four times among a co-op's members, linked a namesake in his town at +13 for the names alone). The given name's weight is
  // lowered by the excess, and says so.
  const fullNameKey = comparisons.find((c) => c.field === 'family')?.fullNameKey;
  const fullCount = persons && fullNameKey !== undefined ? tf.counts.get(fullNameKey) : undefined;
  const givenWeighed = fields.find((f) => f.field === 'given');
  const familyWeighed = fields.find((f) => f.field === 'family');
  const [pg, pf] = [params.fields.given.exact, params.fields.family.exact];
  if (fullCount !== undefined && fullCount >= 2 && givenWeighed !== undefined && familyWeighed !== undefined && pg !== undefined && pf !== undefined) {
    const u = (fullCount - 1 + params.tfPriorCount * pg.u * pf.u) / (Math.max(0, tf.mirrorSize - 1) + params.tfPriorCount);
    const excess = givenWeighed.weight + familyWeighed.weight - Math.log2((pg.m * pf.m) / u);
    if (excess > 0) {
      givenWeighed.weight = round(givenWeighed.weight - excess);
      givenWeighed.fullNameSharedBy = fullCount;
      weight -= excess;
      nameWeight -= excess;
    }
  }
  // Two clients of one agent (`NameClash` 'clients'): under "another of its clients" every detail
  // that is the agent's agrees as it does for one client, and only the names weigh, by chance; its
  // prior odds are the agent's other clients, counted by the customers that give the details agreed on.
  const clients = comparisons.some((c) => c.clash === 'clients' || (c.field === 'company' && agentOfMany(c, tf, shared))) ? Math.max(shared.most, companyNamedBy(comparisons, tf)) : 0;
  if (clients >= 2) sibling = Math.min(sibling ?? Number.POSITIVE_INFINITY, nameWeight - Math.log2((clients - 1) / params.siblingPriorOdds));
  // Only given names tell a customer from another member of its household: without both,
  // nothing weighs for or against that alternative, and its prior alone would cap the match
  // probability (a missing field acting as a veto). So it is weighed only when both have one.
  const given = comparisons.find((c) => c.field === 'given')?.level ?? 'missing';
  const family = comparisons.find((c) => c.field === 'family')?.level ?? 'missing';
  const named = given !== 'missing';
  // One a dependant's record at a guardian's details, the other not, and given names that do not
  // agree (another name, the other sex's form, one only sounding alike): the household far likelier
  // (`LinkageParameters.dependantOdds`). Not where they agree (exactly, a nickname, a typo, an
  // initial): a son's own records of his father's name, one marked, would fall under the threshold.
  if (household !== null && comparisons.some((c) => c.field === 'given' && c.dependant === true && DEPENDANT_GIVEN.has(c.level))) household -= Math.log2(params.dependantOdds);
  const namesakes = persons && namesakesApply && NAMESAKE_FAMILY.has(family) && given !== 'different';
  // Another house on the customer's street, and another phone: a namesake of the family's as likely as the customer moved a
  // few doors (a father and son of one name on neighbouring farms of one road: us-utility read, four false links; of the labelled
  // sets' pairs of one name read so, 16 were one customer's and 18 two customers'). Under the namesake alternative the street
  // agrees as for one customer.
  const streetWeighed = fields.find((f) => f.field === 'street');
  const local = namesakes ? localNames(comparisons, fields, params, tf) : 0;
  const kinsStreet = streetWeighed?.level === 'same-street' && fields.some((f) => f.field === 'phone' && f.level === 'different') ? streetWeighed.weight : 0;
  return {
    weight: round(weight),
    householdWeight: household === null || !named ? null : round(household),
    siblingWeight: sibling === null ? null : round(sibling),
    namesakeWeight: namesakes ? round(weight - nameWeight - Math.max(0, kinsStreet) - local) : null,
    fields,
  };
}
