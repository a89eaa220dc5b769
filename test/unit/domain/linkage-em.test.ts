import { FIELD_LEVELS, FieldComparison, FieldLevel, FieldName } from '../../../src/domain/linkage/field-comparisons';
import { EmRecord, estimateLinkageParameters } from '../../../src/domain/linkage/linkage-em';
import { DEFAULT_LINKAGE_PARAMETERS, FieldParameters } from '../../../src/domain/linkage/linkage-parameters';
import { rng } from '../../../bench/rng';


const FIELDS: FieldName[] = ['given', 'family', 'email', 'phone', 'street', 'postcode', 'city'];
const defaults = DEFAULT_LINKAGE_PARAMETERS;

/** A level drawn from a field's distribution (m or u), renormalised over the levels it has. */
function draw(r: () => number, dist: FieldParameters, which: 'm' | 'u'): FieldLevel {
  const entries = Object.entries(dist) as Array<[FieldLevel, { m: number; u: number }]>;
  const total = entries.reduce((s, [, p]) => s + p[which], 0);
  let x = r() * total;
  for (const [level, p] of entries) {
    x -= p[which];
    if (x <= 0) return level;
  }
  return entries[entries.length - 1]?.[0] ?? 'missing';
}

/**
 * Synthetic tenant: each incoming record has `others` non-matching candidates (levels drawn
 * from u) and, with probability `exists`, its match (levels drawn from `trueM`).
 */
function synthetic(seed: number, n: number, exists: number, trueM: Record<FieldName, FieldParameters>, others = 4): EmRecord[] {
  const r = rng(seed);
  const pair = (which: 'm' | 'u') => ({
    persons: true,
    comparisons: FIELDS.map((field): FieldComparison => ({ field, level: draw(r, which === 'm' ? trueM[field] : defaults.fields[field], which) })),
  });
  return Array.from({ length: n }, () => ({
    population: 'incoming' as const,
    frequencies: { mirrorSize: 2000, counts: new Map() },
    pairs: [...(r() < exists ? [pair('m')] : []), ...Array.from({ length: others }, () => pair('u'))],
  }));
}

/** The defaults with some m moved (a tenant whose records differ from the defaults' assumptions). */
function withM(changes: Partial<Record<FieldName, Partial<Record<FieldLevel, number>>>>): Record<FieldName, FieldParameters> {
  const out = { ...defaults.fields };
  for (const [field, levels] of Object.entries(changes) as Array<[FieldName, Partial<Record<FieldLevel, number>>]>) {
    const next: FieldParameters = {};
    for (const [level, p] of Object.entries(defaults.fields[field]) as Array<[FieldLevel, { m: number; u: number }]>) next[level] = { m: levels[level] ?? p.m, u: p.u };
    const sum = Object.values(next).reduce((s, p) => s + (p?.m ?? 0), 0);
    for (const p of Object.values(next)) if (p !== undefined) p.m /= sum;
    out[field] = next;
  }
  return out;
}

describe('EM over a tenant\'s candidate pairs', () => {
  it('recovers m and P(exists) from synthetic pairs', () => {
    // This tenant's records: given names replaced more often, e-mails kept more often than the defaults assume.
    const trueM = withM({ given: { exact: 0.6, different: 0.1 }, email: { exact: 0.75, different: 0.1 } });
    const records = synthetic(7, 2500, 0.7, trueM);
    // The synthetic pairs hold no household members: the model's household alternative is all but off, as it should be for them.
    const { params } = estimateLinkageParameters(records, { ...defaults, householdPriorOdds: 0.001 }, { mPriorStrength: 5, priorStrength: 5, maxIterations: 50, maxFactor: 4 });
    for (const field of FIELDS) {
      for (const level of FIELD_LEVELS[field] as readonly FieldLevel[]) {
        const want = trueM[field][level]?.m;
        if (want !== undefined) expect(Math.abs((params.fields[field][level]?.m ?? 0) - want)).toBeLessThan(0.04);
      }
    }
    expect(params.fields.given.different?.m).toBeGreaterThan(0.07);
    expect(params.fields.email.exact?.m).toBeGreaterThan(0.7);
    expect(params.existsPrior).toBeGreaterThan(0.64);
    expect(params.existsPrior).toBeLessThan(0.76);
  });

  it('stays near the defaults when there is little data (smoothing)', () => {
    const trueM = withM({ email: { exact: 0.9, different: 0.02 } });
    const { params } = estimateLinkageParameters(synthetic(3, 10, 0.7, trueM), defaults);
    expect(Math.abs((params.fields.email.exact?.m ?? 0) - (defaults.fields.email.exact?.m ?? 0))).toBeLessThan(0.1);
  });

  it('never makes a disagreement evidence for a match, nor an agreement evidence against', () => {
    // Matches that disagree on e-mail, street and city far more often than they agree.
    const trueM = withM({ email: { exact: 0.02, different: 0.95 }, street: { exact: 0.02, different: 0.95 }, city: { exact: 0.05, different: 0.9 } });
    const { params } = estimateLinkageParameters(synthetic(11, 1500, 0.8, trueM), defaults, { mPriorStrength: 1, priorStrength: 1, maxIterations: 50, maxFactor: 100 });
    for (const field of Object.keys(FIELD_LEVELS) as FieldName[]) {
      for (const [level, d] of Object.entries(defaults.fields[field]) as Array<[FieldLevel, { m: number; u: number }]>) {
        const p = params.fields[field][level];
        expect(p?.u).toBe(d.u);
        if (d.m <= d.u) expect(p?.m ?? 0).toBeLessThan(d.u);
        else expect(p?.m ?? 0).toBeGreaterThan(d.u);
      }
      const sum = Object.values(params.fields[field]).reduce((s, p) => s + (p?.m ?? 0), 0);
      expect(sum).toBeGreaterThan(0.9);
      expect(sum).toBeLessThan(1.1);
    }
  });

  it("leaves 'other-sex' at its default m, however often a tenant's matches fall in it (so couples named alike stay unlinked)", () => {
    const trueM = withM({ given: { 'other-sex': 0.2, exact: 0.5 } });
    const { params } = estimateLinkageParameters(synthetic(13, 1500, 0.8, trueM), defaults, { mPriorStrength: 1, priorStrength: 1, maxIterations: 50, maxFactor: 100 });
    expect(params.fields.given['other-sex']?.m).toBe(defaults.fields.given['other-sex']?.m);
    const sum = Object.values(params.fields.given).reduce((s, p) => s + (p?.m ?? 0), 0);
    expect(sum).toBeCloseTo(1, 6);
  });
});
