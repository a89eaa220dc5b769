import { ComparisonContext, FIELD_LEVELS, FieldLevel, FieldName, NameClash } from './field-comparisons';

/** m = P(level | same customer), u = P(level | different customers). The level's weight is log2(m/u). */
export interface LevelParameters {
  m: number;
  u: number;
}

export type FieldParameters = Partial<Record<FieldLevel, LevelParameters>>;

export interface LinkageParameters {
  fields: Record<FieldName, FieldParameters>;
  /**
   * P(level | another member of the same household) for the person-name fields: the
   * alternative that shares e-mail, phone and address but is another person. Contact fields
   * are equally likely to agree under it, so only names tell a customer from its household.
   * E-mail and phone: a household often shares a landline or a family mailbox, but less
   * often than one customer keeps its own, so same e-mail with another given name leans to
   * "the same customer, another given name" and another e-mail and phone to "household".
   * Given names: two members of one household rarely share one (a Jr. and a Sr.: 1% for a name
   * of both sexes or none, 3.5% for a man's, 0.2% for a woman's: `householdNamesake`);
   * and the 'initial' level needs one record to carry only an initial, as rare under any
   * alternative as under a match (3%), times the chance two people's initials agree (about
   * 7%): u 0.002 here and for two random customers (it was 0.1 and 0.02, which let a lone
   * initial beside the same e-mail, phone and address read as likely another member).
   * Names of the two sexes spelt alike ('other-sex': Paul/Paula, Daniel/Danielle, Jo/Joe):
   * 1% of one customer's records (a slip across the sexes), 0.2% of two random customers',
   * but 2% of two members of one household (couples, siblings, a parent and child named
   * alike): evidence for the same customer against a stranger, against it beside a household.
   * (The same alternative for organisations, another one at the same address or phone, was
   * tried: chicago-childcare's names vary so much between records of one organisation that
   * duplicates rose from 128 to 454 while false links fell only from 58 to 47.)
   */
  household: Partial<Record<FieldName, FieldParameters>>;
  /**
   * m for organisations where it differs from a person's: an organisation rarely moves but
   * often has several sites (each its own customer), so another street address or postcode
   * says more against than it does for a person, who moves.
   */
  organisation: Partial<Record<FieldName, FieldParameters>>;
  /**
   * m and u of a postcode or city given what the street (or postcode) comparison said
   * (`ComparisonContext`): not re-estimated by EM (a tenant's pairs in each context are few),
   * always the defaults'.
   */
  conditional: Record<ComparisonContext, Partial<Record<FieldName, FieldParameters>>>;
  /** Prior odds of "another member of the household" against "the same customer", per candidate (re-estimated by EM). */
  householdPriorOdds: number;
  /**
   * How many times likelier "another member of the household" is where one of two persons' records
   * is a dependant's and the other not (`LinkageRecord.dependant`: "Emma Chen (student)" against
   * Ewa Chen): a dependant is billed at a parent's or guardian's e-mail, phone and address by
   * design, and one customer's records are marked alike (a student's own records each say so).
   * In the one read list that marks them (us-music), persons' records sharing an e-mail or phone
   * and a surname, one marked and one not, were one customer 3 times in 93, all three with one given
   * name; unmarked, about 6,800 times in 7,600. 20, well under the ratio that suggests (about
   * 250), and only where the given names do not agree (`weighComparisons`): one customer's
   * records of one given name, marked on one side only, must still link.
   */
  dependantOdds: number;
  /**
   * P(the same given name | another member of the household) for a name the birth lists give
   * one sex, in place of `household.given.exact` (names of both sexes or none): a father and the
   * son named for him (with or without a "Jr." written) live at one address far more often than a
   * mother and a daughter of one name. Counted on the fifteen read lists, two records of one full
   * name at one street that are two people, against one person: men's names 62 / 1,108, women's
   * 34 / 905 (most of those an organisation's and its contact's), where the two records gave
   * another phone and another e-mail: men's 25 / 21, women's 1 / 13. So it applies only where
   * both records give a street (the street's own levels weigh whether it is one home): where
   * either gives none (as historical-figures' names, postcodes and birth places), the default's 1%.
   */
  householdNamesake: Record<'male' | 'female', number>;
  /**
   * The sibling alternative, for two organisations whose names clash (`NameClash`): another
   * organisation of the same owner or manager (a builder's trust beside his company, one
   * manager's strata plans, a chain's other site), which shares its e-mail, phone and often its
   * address as one customer's records do, so only the names tell it. m: one customer's two
   * records clash (a renamed site, a trustee company written for its trust); u: two such
   * organisations' names clash. Weighed only when the names clash, like the household's given
   * names; not re-estimated by EM (unlabelled, "sibling" and "same customer" explain the same
   * shared details).
   */
  siblingClash: Record<NameClash, LevelParameters>;
  /** Prior odds of "another organisation of the same owner" against "the same customer" when the names clash. */
  siblingPriorOdds: number;
  /**
   * Prior odds of "a namesake" (another person of the same name) against "the same customer",
   * for two persons whose names agree: weighed by every field but the names. A name agreeing
   * alone, or beside a town and contact details that all differ, is a namesake's as often as
   * the customer's own (Manuel Silva in North York, Long Nguyen with no contact details); an
   * e-mail, phone or street agreeing tells them apart.
   */
  namesakePriorOdds: number;
  /**
   * The mirror size at which the namesake odds reach `namesakePriorOdds`: a namesake among a
   * company's customers is as likely as it has customers (two Zoë Ångströms among two customers are
   * one; among a hundred thousand, John Smiths are many), so below this size the odds shrink in
   * proportion (from `minMirrorSize`).
   */
  namesakeReferenceSize: number;
  /** P(the incoming customer already exists in QBO), spread over the mirror's customers (re-estimated by EM per tenant). */
  existsPrior: number;
  /** The mirror is taken to hold at least this many customers when setting the prior (small companies grow). */
  minMirrorSize: number;
  /** Pseudo-count of the default u when a tenant's value frequency adjusts it (term-frequency smoothing). */
  tfPriorCount: number;
  /**
   * The levels of random pairs of the tenant's customers (`withRandomPairs`), kept with its
   * estimate so that its partial agreements' u follow the current defaults; none by default.
   */
  randomPairs: LevelCounts;
}

const lv = (m: number, u: number): LevelParameters => ({ m, u });

/**
 * Defaults before a tenant has labelled pairs: m from what real records of one customer look
 * like (typos, nicknames, changed e-mail addresses and moves are common, so disagreement on a
 * contact field is weak evidence), u from how often two different customers agree by chance.
 * Exact levels with a tfKey replace u by the value's frequency in the tenant's own mirror.
 */
export const DEFAULT_LINKAGE_PARAMETERS: LinkageParameters = {
  fields: {
    given: { exact: lv(0.72, 0.012), nickname: lv(0.08, 0.002), alias: lv(0.04, 0.004), typo: lv(0.06, 0.004), phonetic: lv(0.03, 0.006), 'other-sex': lv(0.01, 0.002), initial: lv(0.03, 0.002), different: lv(0.03, 0.968) },
    family: { exact: lv(0.85, 0.003), typo: lv(0.08, 0.002), phonetic: lv(0.04, 0.006), different: lv(0.03, 0.989) },
    name: { exact: lv(0.45, 0.0003), typo: lv(0.2, 0.0003), contained: lv(0.15, 0.002), partial: lv(0.12, 0.03), different: lv(0.08, 0.9674) },
    company: { exact: lv(0.6, 0.001), close: lv(0.2, 0.002), different: lv(0.2, 0.997) },
    // Two organisations' contact persons: one organisation's records name one person most often,
    // another after a change of staff (about one pair in ten); two organisations' name another,
    // but one manager, owner or bookkeeper stands beside several of a company's customers (u of
    // the same person 0.02, not a stranger's chance).
    contact: { exact: lv(0.8, 0.02), partial: lv(0.08, 0.02), different: lv(0.12, 0.96) },
    email: { exact: lv(0.5, 0.0001), typo: lv(0.05, 0.00005), 'same-local': lv(0.05, 0.0002), 'same-domain': lv(0.05, 0.005), different: lv(0.35, 0.99465) },
    phone: { exact: lv(0.6, 0.0002), local7: lv(0.08, 0.0003), typo: lv(0.04, 0.0005), different: lv(0.28, 0.999) },
    street: { exact: lv(0.5, 0.0003), typo: lv(0.12, 0.0003), 'same-street': lv(0.08, 0.004), different: lv(0.3, 0.9954) },
    postcode: { exact: lv(0.58, 0.005), close: lv(0.07, 0.003), prefix: lv(0.1, 0.04), different: lv(0.25, 0.952) },
    city: { exact: lv(0.7, 0.05), typo: lv(0.08, 0.005), different: lv(0.22, 0.945) },
    country: { exact: lv(0.97, 0.85), different: lv(0.03, 0.15) },
  },
  household: {
    given: { exact: lv(0.72, 0.01), nickname: lv(0.08, 0.005), alias: lv(0.04, 0.006), typo: lv(0.06, 0.005), phonetic: lv(0.03, 0.02), 'other-sex': lv(0.01, 0.02), initial: lv(0.03, 0.002), different: lv(0.03, 0.937) },
    family: { exact: lv(0.85, 0.85), typo: lv(0.08, 0.03), phonetic: lv(0.04, 0.02), different: lv(0.03, 0.1) },
    email: { exact: lv(0.5, 0.2), typo: lv(0.05, 0.01), 'same-local': lv(0.05, 0.01), 'same-domain': lv(0.05, 0.1), different: lv(0.35, 0.68) },
    phone: { exact: lv(0.6, 0.35), local7: lv(0.08, 0.03), typo: lv(0.04, 0.01), different: lv(0.28, 0.61) },
  },
  organisation: {
    street: { exact: lv(0.6, 0.0003), typo: lv(0.15, 0.0003), 'same-street': lv(0.13, 0.004), different: lv(0.12, 0.9954) },
    postcode: { exact: lv(0.7, 0.005), close: lv(0.08, 0.003), prefix: lv(0.1, 0.04), different: lv(0.12, 0.952) },
  },
  conditional: {
    // Another customer at the same street address (or street) is a neighbour in the same town
    // about half the time, else the same street name in another town; one customer's postcode
    // or city disagrees with its own street only by a typo.
    'street-agrees': {
      postcode: { exact: lv(0.88, 0.5), close: lv(0.06, 0.02), prefix: lv(0.03, 0.08), different: lv(0.03, 0.4) },
      city: { exact: lv(0.88, 0.6), typo: lv(0.08, 0.05), different: lv(0.04, 0.35) },
    },
    // Another street: for one customer, a move (or a street written beyond recognition),
    // most often out of the postcode; for two customers, the postcode's and city's chance
    // agreement as anywhere.
    'street-differs': {
      // A postcode one character off beside another street is a neighbouring area's as often as a slip ("20139" / "20129" in one
      // city: it-termoidraulica read, a namesake linked by it at +4.1): near as a shared area is, no typo's evidence.
      postcode: { exact: lv(0.2, 0.005), close: lv(0.05, 0.02), prefix: lv(0.15, 0.04), different: lv(0.6, 0.952) },
      city: { exact: lv(0.35, 0.05), typo: lv(0.05, 0.005), different: lv(0.6, 0.945) },
    },
    // The same mailbox name made of the names at another domain: one person who changed
    // provider, or a namesake who writes their name the same way (first.last is the common
    // form): about as likely either way, once the names have been weighed.
    'name-derived': {
      email: { 'same-local': lv(0.05, 0.05) },
    },
    // Two organisations' names that differ naming one contact person: an owner's or manager's
    // other organisation as often as one customer's ('names-differ'); another person stays
    // evidence against, as the fields' default says.
    'names-differ': {
      contact: { exact: lv(0.5, 0.5) },
    },
    // The same postcode implies the city: agreement adds nothing, a different city is a typo or an alias.
    'postcode-agrees': {
      city: { exact: lv(0.9, 0.85), typo: lv(0.06, 0.05), different: lv(0.04, 0.1) },
    },
  },
  householdPriorOdds: 0.25,
  dependantOdds: 20,
  householdNamesake: { male: 0.035, female: 0.002 },
  // A clash in one customer's records is a slip of a kind that rarely happens (1%); between two
  // organisations of one owner it is how they are told apart (half of them). Odds 0.1: the cap on
  // a clashing pair's probability is 1 / (1 + 0.1 × 50) ≈ 17%: created and flagged, never linked.
  // A number one slip from the other's is a typo ten times as often: capped at 1 / (1 + 0.1 × 5)
  // ≈ 67%, for a person to decide (held under policy review).
  // A company against its contact person's own record is the company as often as the person (a
  // sole trader's firm, or a founder billed at home): capped at 67% too. So are two organisations'
  // names that differ at a manager's or agent's contact details, which other customers give too,
  // and two organisations' names with no word in common (an owner's other company, or one renamed),
  // or, both under a legal form, only words many customers' names have ('common-words'), and two
  // firms named for two trades ('trade': a vocabulary, which misses some synonyms). A person's
  // record billed care of an agent against the agent's own ('agent') is capped as 'form' is; two
  // clients of one agent ('clients') are weighed by their names instead, not by this entry
  // (`weighComparisons`), which is kept for the type's sake.
  siblingClash: { numbering: lv(0.01, 0.5), 'number-slip': lv(0.1, 0.5), form: lv(0.01, 0.5), site: lv(0.01, 0.5), group: lv(0.1, 0.5), contact: lv(0.1, 0.5), managed: lv(0.1, 0.5), 'other-name': lv(0.1, 0.5), 'common-words': lv(0.1, 0.5), kind: lv(0.01, 0.5), trade: lv(0.1, 0.5), affiliate: lv(0.01, 0.5), unit: lv(0.1, 0.5), estate: lv(0.1, 0.5), agent: lv(0.01, 0.5), clients: lv(0.1, 0.5), department: lv(0.01, 0.5), facility: lv(0.01, 0.5), sites: lv(0.01, 0.5), property: lv(0.01, 0.5), decedent: lv(0.1, 0.5), 'public-body': lv(0.01, 0.5) },
  siblingPriorOdds: 0.1,
  // Odds 0.1: a name alone caps the probability at 91%, held for a person; a name with the same
  // town but another street, e-mail and phone (about −2 bits) at 78%; a name with an exact postcode
  // (+6 bits) or one contact detail agreeing is not capped (99% and over).
  namesakePriorOdds: 0.1,
  namesakeReferenceSize: 1000,
  // 1/3: the odds 1:2 the previous form (prior 0.5 over the mirror against no match at 1) stood for.
  existsPrior: 1 / 3,
  minMirrorSize: 100,
  tfPriorCount: 1000,
  randomPairs: {},
};

/** How many labelled pairs fell in each level of each field. */
export type LevelCounts = Partial<Record<FieldName, Partial<Record<FieldLevel, number>>>>;

/** How many labelled pairs one default m counts for: a tenant's own labels take over gradually. */
const M_PRIOR_STRENGTH = 30;

/**
 * m re-estimated from a tenant's labelled matches (links and creates a person made by hand):
 * per field, the share of labelled matches in each level, smoothed towards the default
 * (a Dirichlet prior of M_PRIOR_STRENGTH pairs). Missing levels are not counted; u stays
 * with the mirror's frequencies.
 */
export function withLabelledMatches(base: LinkageParameters, matches: LevelCounts): LinkageParameters {
  const fields = { ...base.fields };
  for (const field of Object.keys(FIELD_LEVELS) as FieldName[]) {
    const counts = matches[field];
    if (counts === undefined) continue;
    const levels = FIELD_LEVELS[field] as readonly FieldLevel[];
    const n = levels.reduce((s, l) => s + (counts[l] ?? 0), 0);
    if (n === 0) continue;
    const next: FieldParameters = {};
    for (const level of levels) {
      const p = base.fields[field][level];
      if (p === undefined) continue;
      next[level] = { m: ((counts[level] ?? 0) + M_PRIOR_STRENGTH * p.m) / (n + M_PRIOR_STRENGTH), u: p.u };
    }
    fields[field] = next;
  }
  return { ...base, fields };
}

/**
 * Levels whose u a tenant's random pairs re-estimate (`withRandomPairs`): the partial agreements
 * (a typo, a nickname, the same e-mail domain, a postcode's prefix). Not an exact value, whose
 * u its frequency in the mirror sets; not a disagreement; not 'other-sex', weighed against the
 * household's.
 */
export function uEstimated(level: FieldLevel): boolean {
  return level !== 'exact' && level !== 'different' && level !== 'missing' && level !== 'other-sex';
}

/** How many random pairs one default u counts for when a tenant's random pairs re-estimate it. */
export const U_PRIOR_PAIRS = 1000;

/**
 * A partial agreement's u bounded: never below the default (a tenant's sample of random pairs is
 * too small to show a level rarer than the defaults say), and below its m (a partial agreement
 * stays evidence for, however common it is by chance: then hardly any).
 */
function boundedU(estimate: number, d: LevelParameters, m: number): number {
  return Math.max(d.u, Math.min(estimate, 0.95 * m));
}

/**
 * The fields whose partial agreements random pairs do not re-weigh: an organisation's names (its
 * whole name, a person's company). Their partial agreement ("names share some words") is as
 * strong as the words shared are rare, and random pairs of one trade's customers share the trade's
 * words by chance ("Center", "Learning", "Day Care" among Chicago's child-care sites: u 0.03 →
 * 0.076 after smoothing), so a level-wide u from them would take the weight from two records of
 * one site sharing "Ida Mae Fletcher" (+2.0 → +0.7 bits; chicago-childcare's duplicates 84 →
 * 115). Two registered names sharing only words common among the tenant's customers are held
 * by those words' frequencies instead ('common-words', `weighComparisons`).
 */
const RANDOM_PAIRS_KEEP: ReadonlySet<FieldName> = new Set<FieldName>(['name', 'company']);

/**
 * u re-estimated from random pairs of a tenant's customers (almost all two different customers):
 * per field, the share of pairs in each partial-agreement level, smoothed towards the default (a
 * prior of U_PRIOR_PAIRS pairs) and bounded (`boundedU`). Where a company's customers share an
 * e-mail domain, phone numbers run in one short range or addresses one street, agreeing that far
 * happens by chance, and says less than the defaults (made for customers at large) say.
 */
export function withRandomPairs(base: LinkageParameters, counts: LevelCounts): LinkageParameters {
  const reweigh = (field: FieldName, params: FieldParameters | undefined): FieldParameters | undefined => {
    const c = counts[field];
    if (params === undefined || c === undefined || RANDOM_PAIRS_KEEP.has(field)) return params;
    const n = (FIELD_LEVELS[field] as readonly FieldLevel[]).reduce((s, l) => s + (c[l] ?? 0), 0);
    const out: FieldParameters = {};
    for (const [level, p] of Object.entries(params) as Array<[FieldLevel, LevelParameters]>) {
      out[level] = uEstimated(level) ? { m: p.m, u: boundedU(((c[level] ?? 0) + U_PRIOR_PAIRS * p.u) / (n + U_PRIOR_PAIRS), p, p.m) } : p;
    }
    return out;
  };
  const fields = Object.fromEntries(Object.entries(base.fields).map(([f, p]) => [f, reweigh(f as FieldName, p)])) as LinkageParameters['fields'];
  const organisation = Object.fromEntries(Object.entries(base.organisation).map(([f, p]) => [f, reweigh(f as FieldName, p)]));
  return { ...base, fields, organisation, randomPairs: counts };
}

/**
 * A tenant's stored estimate read against the current defaults, level by level: its m where it
 * has one, the defaults' u (a partial agreement's re-estimated from the tenant's random pairs
 * kept with it, `withRandomPairs`), a level the estimate predates at its default, and
 * the parts EM does not estimate (household, address contexts) always the defaults'. So a new
 * level or a corrected u applies at once, not only after the tenant's next estimate.
 */
export function withCurrentDefaults(stored: Partial<LinkageParameters> | null | undefined): LinkageParameters {
  const d = DEFAULT_LINKAGE_PARAMETERS;
  if (stored === null || stored === undefined) return d;
  const merge = (defaults: FieldParameters | undefined, estimate: FieldParameters | undefined): FieldParameters => {
    const out: FieldParameters = {};
    for (const [level, p] of Object.entries(defaults ?? {}) as Array<[FieldLevel, LevelParameters]>) {
      const m = estimate?.[level]?.m;
      out[level] = { m: typeof m === 'number' && m > 0 && m < 1 ? m : p.m, u: p.u };
    }
    // A level the estimate predates takes its default m: the field's m are scaled to sum to 1 again.
    const levels = Object.values(out);
    const sum = levels.reduce((s, p) => s + p.m, 0);
    if (sum > 0 && Math.abs(sum - 1) > 1e-9) for (const p of levels) p.m /= sum;
    return out;
  };
  const fields = Object.fromEntries(Object.entries(d.fields).map(([f, p]) => [f, merge(p, stored.fields?.[f as FieldName])])) as LinkageParameters['fields'];
  const organisation = Object.fromEntries(Object.entries(d.organisation).map(([f, p]) => [f, merge(p, stored.organisation?.[f as FieldName])]));
  const num = (x: unknown, fallback: number) => (typeof x === 'number' && Number.isFinite(x) ? x : fallback);
  const merged = {
    ...d,
    fields,
    organisation,
    existsPrior: num(stored.existsPrior, d.existsPrior),
    householdPriorOdds: num(stored.householdPriorOdds, d.householdPriorOdds),
  };
  // The tenant's random pairs' levels, re-applied to the current defaults' u.
  const counts = levelCounts(stored.randomPairs);
  return counts === null ? merged : withRandomPairs(merged, counts);
}

/** Stored level counts, read back: whole numbers of the fields' own levels only; null when there are none. */
function levelCounts(stored: unknown): LevelCounts | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const out: LevelCounts = {};
  let any = false;
  for (const field of Object.keys(FIELD_LEVELS) as FieldName[]) {
    const levels = (stored as Record<string, unknown>)[field];
    if (typeof levels !== 'object' || levels === null) continue;
    const counts: Partial<Record<FieldLevel, number>> = {};
    for (const level of FIELD_LEVELS[field] as readonly FieldLevel[]) {
      const n = (levels as Record<string, unknown>)[level];
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0) counts[level] = n;
    }
    out[field] = counts;
    any = true;
  }
  return any ? out : null;
}

/** The namesake alternative's prior odds for a tenant of this many customers (`namesakeReferenceSize`). */
export function namesakePrior(params: LinkageParameters, mirrorSize: number): number {
  return params.namesakePriorOdds * Math.min(1, Math.max(mirrorSize, params.minMirrorSize) / params.namesakeReferenceSize);
}
