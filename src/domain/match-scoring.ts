import { MatchKeys } from './match-keys';

/** How two customers compare, with the evidence in words (stored with every decision). */
export interface MatchScore {
  /** 0..1: ≥ STRONG_SCORE is a confident match, ≥ PLAUSIBLE_SCORE a possible one. */
  score: number;
  /** Dice similarity of the best pair of name token sets (typos and nicknames tolerated). */
  nameSimilarity: number;
  /** Share of the shorter name's tokens found in the other. */
  nameContainment: number;
  exactName: 'person' | 'person-company' | 'company' | null;
  emailEqual: boolean;
  emailConflict: boolean;
  phoneEqual: boolean;
  phoneConflict: boolean;
  streetEqual: boolean;
  streetConflict: boolean;
  postcodeEqual: boolean;
  /** Both have a postcode and they differ: another site of one organisation, or another person. */
  postcodeConflict: boolean;
  /** The names carry different qualifiers ("East"/"West", "II"/"III", "2"/"3"): sister sites, not one customer. */
  qualifierConflict: boolean;
  /** Same family name, clearly different given names: members of one household, not one person. */
  givenNameConflict: boolean;
  evidence: string[];
}

export const STRONG_SCORE = 0.75;
export const PLAUSIBLE_SCORE = 0.5;
/** Below this a candidate is not worth anyone's attention. */
export const WEAK_SCORE = 0.35;

const GENERIC_TOKENS = new Set(['and', 'of', 'the', 'for', 'a', 'de', 'la', 'el', 'y']);

/** Levenshtein distance, stopping early above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 4) {
    const d = editDistance(a, b, shorter >= 8 ? 2 : 1);
    if (d <= (shorter >= 8 ? 2 : 1)) return 0.85;
    // Transposed neighbours ("jonh"/"john") count as one edit.
    if (a.length === b.length && transposition(a, b)) return 0.85;
  }
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 0.5;
  return 0;
}

function transposition(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Greedy best pairing of tokens: Dice similarity and containment of the smaller set. */
function tokenSetSimilarity(aRaw: readonly string[], bRaw: readonly string[]): { dice: number; containment: number } {
  const a = [...new Set(aRaw.filter((t) => !GENERIC_TOKENS.has(t)))];
  const b = [...new Set(bRaw.filter((t) => !GENERIC_TOKENS.has(t)))];
  if (a.length === 0 || b.length === 0) return { dice: 0, containment: 0 };
  const used = new Set<number>();
  let matched = 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  for (const t of small) {
    let best = 0;
    let bestJ = -1;
    large.forEach((u, j) => {
      if (used.has(j)) return;
      const s = tokenSimilarity(t, u);
      if (s > best) {
        best = s;
        bestJ = j;
      }
    });
    if (bestJ >= 0) {
      used.add(bestJ);
      matched += best;
    }
  }
  return { dice: (2 * matched) / (a.length + b.length), containment: matched / small.length };
}

const QUALIFIER = /^(north|south|east|west|[ivx]{1,4}|\d{1,3})$/;

function qualifiers(k: MatchKeys): Set<string> {
  return new Set([...k.displayTokens, ...k.companyTokens].filter((t) => QUALIFIER.test(t)));
}

/** Both names carry qualifiers and share none of them. */
function qualifierClash(a: MatchKeys, b: MatchKeys): boolean {
  const qa = qualifiers(a);
  const qb = qualifiers(b);
  if (qa.size === 0 || qb.size === 0) return false;
  for (const q of qa) if (qb.has(q)) return false;
  return true;
}

function intersects(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

function givenConflict(a: MatchKeys, b: MatchKeys): boolean {
  const parts = (k: MatchKeys): { given: string; family: string } | null => {
    if (k.givenName !== null && k.familyName !== null) return { given: k.givenName, family: k.familyName };
    if (k.companyTokens.length > 0 || k.displayTokens.length < 2 || k.displayTokens.length > 3) return null;
    return { given: k.displayTokens[0] ?? '', family: k.displayTokens[k.displayTokens.length - 1] ?? '' };
  };
  const pa = parts(a);
  const pb = parts(b);
  if (pa === null || pb === null) return false;
  if (pa.family !== pb.family) return false;
  if (pa.given === pb.given) return false;
  if (pa.given.length === 1 || pb.given.length === 1) return !(pa.given.startsWith(pb.given) || pb.given.startsWith(pa.given));
  return tokenSimilarity(pa.given, pb.given) < 0.85;
}

/** Compares an incoming contact with one candidate. */
export function matchScoring(a: MatchKeys, b: MatchKeys): MatchScore {
  const evidence: string[] = [];
  const exactName = intersects(a.personNames, b.personNames)
    ? 'person'
    : intersects(a.personNames, b.companyNames) || intersects(a.companyNames, b.personNames)
      ? 'person-company'
      : intersects(a.companyNames, b.companyNames)
        ? 'company'
        : null;
  const pairs = [
    tokenSetSimilarity(a.displayTokens, b.displayTokens),
    tokenSetSimilarity(a.displayTokens, b.companyTokens),
    tokenSetSimilarity(a.companyTokens, b.displayTokens),
    tokenSetSimilarity(a.companyTokens, b.companyTokens),
  ];
  let nameSimilarity = Math.max(...pairs.map((p) => p.dice));
  const nameContainment = Math.max(...pairs.map((p) => p.containment));
  if (exactName === 'person' || exactName === 'person-company') nameSimilarity = 1;

  const emailEqual = a.email !== null && a.email === b.email;
  const emailConflict = a.email !== null && b.email !== null && !emailEqual;
  const useNational = a.phoneNational !== null && b.phoneNational !== null;
  const phoneEqual = useNational ? a.phoneNational === b.phoneNational : a.phone7 !== null && a.phone7 === b.phone7;
  const phoneConflict = a.phone7 !== null && b.phone7 !== null && !phoneEqual;
  const streetEqual = a.street !== null && a.street === b.street;
  const streetConflict = a.street !== null && b.street !== null && !streetEqual;
  const postcodeEqual = a.postcode !== null && a.postcode === b.postcode;
  const postcodeConflict = a.postcode !== null && b.postcode !== null && !postcodeEqual;
  const givenNameConflict = givenConflict(a, b);
  const qualifierConflict = qualifierClash(a, b);

  let score = 0.5 * Math.max(nameSimilarity, 0.7 * nameContainment);
  if (exactName !== null) evidence.push(`same normalised ${exactName === 'company' ? 'company' : 'name'}`);
  else if (nameSimilarity > 0) evidence.push(`name similarity ${nameSimilarity.toFixed(2)} (containment ${nameContainment.toFixed(2)})`);
  if (emailEqual) {
    score += 0.45;
    evidence.push('same email');
  } else if (emailConflict) {
    score -= 0.15;
    evidence.push('different emails');
  }
  if (phoneEqual) {
    score += 0.3;
    evidence.push('same phone');
  } else if (phoneConflict) {
    score -= 0.1;
    evidence.push('different phones');
  }
  if (streetEqual) {
    score += 0.25;
    evidence.push('same street address');
  } else if (streetConflict) {
    score -= 0.25;
    evidence.push('different street addresses');
  }
  if (postcodeEqual) {
    score += 0.05;
    evidence.push('same postcode');
  } else if (postcodeConflict) {
    score -= 0.2;
    evidence.push('different postcodes');
  }
  if (qualifierConflict) {
    score -= 0.3;
    evidence.push('names differ by a qualifier (east/west, II/III, a number)');
  }
  if (givenNameConflict) {
    score -= 0.4;
    evidence.push('same family name, different given names');
  }
  score = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  return {
    score,
    nameSimilarity,
    nameContainment,
    exactName,
    emailEqual,
    emailConflict,
    phoneEqual,
    phoneConflict,
    streetEqual,
    streetConflict,
    postcodeEqual,
    postcodeConflict,
    qualifierConflict,
    givenNameConflict,
    evidence,
  };
}
