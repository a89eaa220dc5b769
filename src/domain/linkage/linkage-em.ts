import { FIELD_LEVELS, FieldComparison, FieldLevel, FieldName } from './field-comparisons';
import { priorInverseOdds } from './linkage-decision';
import { FieldParameters, LinkageParameters, namesakePrior } from './linkage-parameters';
import { TermFrequencies, weighComparisons } from './linkage-scoring';

/** One compared pair: the comparison levels of a record against one of its blocked candidates. */
export interface EmPair {
  comparisons: readonly FieldComparison[];
  /** Both records are persons (names compared as given + family; the household alternative applies). */
  persons: boolean;
  /** Two persons' own records (`namesakesPossible`); as `persons` when not said. */
  namesakes?: boolean;
}

/**
 * A record and its candidates. 'incoming': an upstream customer against the mirror (its share
 * of matches is P(exists)); 'mirror': a mirror customer against the rest of the mirror
 * (duplicates already in QBO: rarer, so its prior is estimated apart).
 */
export interface EmRecord {
  population: 'incoming' | 'mirror';
  pairs: readonly EmPair[];
  frequencies: TermFrequencies;
}

export interface EmOptions {
  /** Pseudo-pairs of the defaults in each field's m (a Dirichlet prior): a tenant's data takes over gradually. */
  mPriorStrength: number;
  /** Pseudo-records of the default P(exists). */
  priorStrength: number;
  maxIterations: number;
  /** m never moves further than this factor from its default (a bound, besides the sign rule). */
  maxFactor: number;
}

export const DEFAULT_EM_OPTIONS: EmOptions = { mPriorStrength: 50, priorStrength: 50, maxIterations: 25, maxFactor: 4 };

export interface EmEstimate {
  params: LinkageParameters;
  /** Records and pairs the estimate rests on, and the expected matches among them (Σ posteriors). */
  records: number;
  pairs: number;
  expectedMatches: number;
  /** Expected pairs explained by a household member (reported; the household odds stay a prior). */
  expectedHousehold: number;
  /** P(a mirror customer has a duplicate in the mirror), estimated alongside (not used by decisions). */
  mirrorDuplicatePrior: number;
  iterations: number;
}

type Counts = Map<string, number>;
const key = (group: 'p' | 'o', field: FieldName, level: FieldLevel) => `${group}|${field}|${level}`;

/**
 * Fellegi–Sunter EM over a tenant's candidate pairs, with conditional independence of the
 * fields given the class. E-step: each pair's posterior of being the record's match under
 * the current parameters, by the decision's own model (one match per record at most; a
 * random other customer and, for persons, a household member as the alternatives).
 * M-step: m per level = the posterior-weighted share of pairs at that level (missing levels
 * not counted), smoothed towards the defaults; P(exists) = the mean posterior that an
 * incoming record has a match. u stays with the defaults and the tenant's value frequencies.
 * The household prior odds are NOT estimated here: without labels, "another member of the
 * household" and "the same person under another given name" explain the same pairs (same
 * surname, address, often e-mail), and EM drifts to whichever class has the freer m (on the
 * generated set it drove the odds from 0.25 to 0.06 and made 24 false links); they stay a
 * plausible prior, and the expected household share is only reported.
 * Bounds: m stays within `maxFactor` of its default, and a level keeps the sign of its
 * default weight (a disagreement never becomes evidence for a match, nor an agreement
 * against); P(exists) within [0.05, 0.95].
 */
export function estimateLinkageParameters(records: readonly EmRecord[], base: LinkageParameters, options: EmOptions = DEFAULT_EM_OPTIONS): EmEstimate {
  // u is fixed (the defaults and the tenant's frequencies): each pair's u part is summed once;
  // an iteration only looks up the current log2 m of the pair's levels.
  const prepared = records.map((record) => ({
    population: record.population,
    mirrorSize: record.frequencies.mirrorSize,
    pairs: record.pairs.map((pair) => prepare(pair, base, record.frequencies)),
  }));
  let params = base;
  let mirrorPrior = 0.05;
  let iterations = 0;
  let expectedMatches = 0;
  let expectedHousehold = 0;
  const pairs = records.reduce((n, r) => n + r.pairs.length, 0);
  for (; iterations < options.maxIterations; iterations++) {
    const logM = new Map<string, number>();
    for (const field of Object.keys(FIELD_LEVELS) as FieldName[]) {
      for (const [level, p] of Object.entries(params.fields[field]) as Array<[FieldLevel, { m: number }]>) logM.set(key('p', field, level), Math.log2(p.m));
      for (const [level, p] of Object.entries(params.organisation[field] ?? {}) as Array<[FieldLevel, { m: number }]>) logM.set(key('o', field, level), Math.log2(p.m));
    }
    const counts: Counts = new Map();
    const totals: Counts = new Map();
    let household = 0;
    let matches = 0;
    let existsSum = 0;
    let incoming = 0;
    let mirrorSum = 0;
    let mirrorRecords = 0;
    for (const record of prepared) {
      const prior = record.population === 'incoming' ? params : { ...params, existsPrior: mirrorPrior };
      const priorInverse = priorInverseOdds(prior, record.mirrorSize);
      const scored = record.pairs.map((pair) => {
        let weight = -pair.logU;
        let householdWeight = -pair.logHouseholdU;
        for (const k of pair.keys) weight += logM.get(k) ?? 0;
        for (const k of pair.householdKeys) householdWeight += logM.get(k) ?? 0;
        const toRandom = priorInverse * 2 ** -weight;
        const toHousehold = pair.household ? prior.householdPriorOdds * 2 ** -householdWeight : 0;
        let toNamesake = 0;
        if (pair.namesake) {
          let nameWeight = -pair.logUName;
          for (const k of pair.nameKeys) nameWeight += logM.get(k) ?? 0;
          toNamesake = namesakePrior(prior, record.mirrorSize) * 2 ** -(weight - nameWeight);
        }
        const against = toRandom + toHousehold + pair.toSibling + toNamesake;
        return { pair, odds: 1 / against, householdShare: toHousehold / against };
      });
      const total = 1 + scored.reduce((sum, x) => sum + x.odds, 0);
      let recordMatch = 0;
      for (const { pair, odds, householdShare } of scored) {
        const p = odds / total;
        recordMatch += p;
        matches += p;
        if (pair.household) household += (1 - p) * householdShare;
        for (const [k, fieldKey] of pair.counted) {
          counts.set(k, (counts.get(k) ?? 0) + p);
          totals.set(fieldKey, (totals.get(fieldKey) ?? 0) + p);
        }
      }
      if (record.population === 'incoming') {
        existsSum += recordMatch;
        incoming += 1;
      } else {
        mirrorSum += recordMatch;
        mirrorRecords += 1;
      }
    }
    expectedMatches = matches;
    expectedHousehold = household;
    const next: LinkageParameters = {
      ...params,
      fields: { ...params.fields },
      organisation: { ...params.organisation },
      existsPrior: clamp((existsSum + options.priorStrength * base.existsPrior) / (incoming + options.priorStrength), 0.05, 0.95),
    };
    for (const field of Object.keys(FIELD_LEVELS) as FieldName[]) {
      next.fields[field] = reestimate(base.fields[field], field, 'p', counts, totals, options);
      const org = base.organisation[field];
      if (org !== undefined) next.organisation[field] = reestimate(org, field, 'o', counts, totals, options);
    }
    mirrorPrior = clamp((mirrorSum + options.priorStrength * 0.05) / (mirrorRecords + options.priorStrength), 0.001, 0.5);
    const change = maxChange(params, next);
    params = next;
    if (change < 1e-4) {
      iterations += 1;
      break;
    }
  }
  return { params, records: records.length, pairs, expectedMatches: Math.round(expectedMatches * 10) / 10, expectedHousehold: Math.round(expectedHousehold * 10) / 10, mirrorDuplicatePrior: mirrorPrior, iterations };
}

interface PreparedPair {
  /** The m keys of the pair's levels (missing ones left out), and the same for the household alternative's fields. */
  keys: string[];
  householdKeys: string[];
  /** Σ log2 u of the levels (u adjusted by the tenant's frequencies), and of the household's u for its fields. */
  logU: number;
  logHouseholdU: number;
  household: boolean;
  /** The sibling alternative's odds against a match (fixed: its parameters are not estimated); 0 unless the names clash. */
  toSibling: number;
  /** The m keys and Σ log2 u of the names: the namesake alternative weighs every field but them. */
  nameKeys: string[];
  logUName: number;
  /** The namesake alternative applies (two persons whose names agree). */
  namesake: boolean;
  /** [m key, field total key] of each non-missing level, for the M-step's counts. */
  counted: Array<[string, string]>;
}

/** A pair's fixed parts, exactly as `weighComparisons` weighs them. */
function prepare(pair: EmPair, base: LinkageParameters, tf: TermFrequencies): PreparedPair {
  const out: PreparedPair = { keys: [], householdKeys: [], nameKeys: [], logU: 0, logHouseholdU: 0, logUName: 0, household: false, toSibling: 0, namesake: false, counted: [] };
  // The u side, frequencies included: the weight with m = 1 everywhere is −Σ log2 u.
  const ones = weighComparisons(pair.comparisons, pair.persons, withUnitM(base), tf, pair.namesakes ?? pair.persons);
  out.logU = -ones.weight;
  out.logHouseholdU = ones.householdWeight === null ? 0 : -ones.householdWeight;
  out.household = ones.householdWeight !== null;
  // The sibling alternative's weight is fixed, but for two clients of one agent ('clients'), weighed
  // by their names' m: read with the estimate's starting parameters, as the decision reads them.
  const sibling = pair.comparisons.some((c) => c.clash === 'clients' || c.companyOf !== undefined) ? weighComparisons(pair.comparisons, pair.persons, base, tf, pair.namesakes ?? pair.persons).siblingWeight : ones.siblingWeight;
  out.toSibling = sibling === null ? 0 : base.siblingPriorOdds * 2 ** -sibling;
  out.namesake = ones.namesakeWeight !== null;
  // The names' u part (their weight with m = 1): the namesake alternative weighs the rest.
  out.logUName = -ones.fields.filter((f) => f.field === 'given' || f.field === 'family').reduce((sum, f) => sum + f.weight, 0);
  for (const c of pair.comparisons) {
    // Missing: no evidence; in an address context: the context's fixed m (in the u side above).
    if (c.level === 'missing' || c.context !== undefined) continue;
    const group = !pair.persons && base.organisation[c.field]?.[c.level] !== undefined ? 'o' : 'p';
    if ((group === 'o' ? base.organisation[c.field]?.[c.level] : base.fields[c.field][c.level]) === undefined) continue;
    const k = key(group, c.field, c.level);
    out.keys.push(k);
    if (c.field === 'given' || c.field === 'family') out.nameKeys.push(k);
    if (out.household && pair.persons && base.household[c.field]?.[c.level] !== undefined) out.householdKeys.push(k);
    out.counted.push([k, key(group, c.field, 'missing')]);
  }
  return out;
}

const unitCache = new WeakMap<LinkageParameters, LinkageParameters>();

/** The parameters with every m set to 1 (so a weight is −Σ log2 u). */
function withUnitM(base: LinkageParameters): LinkageParameters {
  const hit = unitCache.get(base);
  if (hit !== undefined) return hit;
  const unit = (f: FieldParameters): FieldParameters => Object.fromEntries(Object.entries(f).map(([l, p]) => [l, { m: 1, u: p?.u ?? 1 }]));
  const fields = Object.fromEntries(Object.entries(base.fields).map(([f, p]) => [f, unit(p)])) as LinkageParameters['fields'];
  const organisation = Object.fromEntries(Object.entries(base.organisation).map(([f, p]) => [f, unit(p ?? {})]));
  const out = { ...base, fields, organisation };
  unitCache.set(base, out);
  return out;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Levels EM leaves at their default m: 'other-sex' is too rare among a tenant's pairs to
 * estimate, and its m below the household's u is what keeps a couple named alike (Paul and
 * Paula sharing e-mail, phone and address) from being linked; EM raising it (it may, against a
 * random customer's u alone) would link them again.
 */
const FIXED_M = new Set<string>(['given|other-sex']);

/** One field's m: the smoothed weighted shares, then bounded and renormalised (a few rounds, ending bounded). */
function reestimate(defaults: FieldParameters, field: FieldName, group: 'p' | 'o', counts: Counts, totals: Counts, options: EmOptions): FieldParameters {
  const fixed = (level: FieldLevel) => FIXED_M.has(`${field}|${level}`);
  const levels = (FIELD_LEVELS[field] as readonly FieldLevel[]).filter((l) => defaults[l] !== undefined);
  const n = totals.get(key(group, field, 'missing')) ?? 0;
  const m = new Map<FieldLevel, number>();
  for (const level of levels) {
    const d = defaults[level];
    if (d !== undefined) m.set(level, ((counts.get(key(group, field, level)) ?? 0) + options.mPriorStrength * d.m) / (n + options.mPriorStrength));
  }
  const bound = () => {
    for (const level of levels) {
      const d = defaults[level];
      if (d === undefined) continue;
      if (fixed(level)) {
        m.set(level, d.m);
        continue;
      }
      let x = clamp(m.get(level) ?? d.m, d.m / options.maxFactor, Math.min(0.99, d.m * options.maxFactor));
      // The sign of the weight is the default's: a disagreement stays evidence against.
      if (d.m <= d.u) x = Math.min(x, 0.95 * d.u);
      else x = Math.max(x, 1.05 * d.u);
      m.set(level, x);
    }
  };
  for (let round = 0; round < 4; round++) {
    bound();
    // The free levels share what the fixed ones leave.
    const fixedSum = [...m].filter(([level]) => fixed(level)).reduce((a, [, x]) => a + x, 0);
    const sum = [...m].filter(([level]) => !fixed(level)).reduce((a, [, x]) => a + x, 0);
    for (const [level, x] of m) if (!fixed(level)) m.set(level, (x * (1 - fixedSum)) / sum);
  }
  bound();
  const out: FieldParameters = {};
  for (const level of levels) {
    const d = defaults[level];
    if (d !== undefined) out[level] = { m: m.get(level) ?? d.m, u: d.u };
  }
  return out;
}

function maxChange(a: LinkageParameters, b: LinkageParameters): number {
  let change = Math.abs(a.existsPrior - b.existsPrior);
  for (const field of Object.keys(FIELD_LEVELS) as FieldName[]) {
    for (const [level, p] of Object.entries(b.fields[field]) as Array<[FieldLevel, { m: number }]>) {
      change = Math.max(change, Math.abs(p.m - (a.fields[field][level]?.m ?? 0)));
    }
  }
  return change;
}
