import damerauLevenshtein from 'talisman/metrics/damerau-levenshtein';
import jaroWinkler from 'talisman/metrics/jaro-winkler';
import doubleMetaphone from 'talisman/phonetics/double-metaphone';

/**
 * The string metrics the comparisons use, from talisman (kept, CommonJS): Jaro-Winkler
 * similarity, Damerau-Levenshtein distance and Double Metaphone codes. Inputs are already
 * normalised (lower case, no accents).
 */

export function jaroWinklerSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a === '' || b === '') return 0;
  return jaroWinkler(a, b);
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  return damerauLevenshtein(a, b);
}

/** One edit apart (insert, delete, substitute or swap two neighbours), for strings long enough that one edit is still telling. */
export function oneEditApart(a: string, b: string, minLength = 4): boolean {
  if (a === b) return false;
  if (Math.min(a.length, b.length) < minLength) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  return editDistance(a, b) <= 1;
}

const phoneticCache = new Map<string, readonly string[]>();

/** Double Metaphone codes of a word (primary and secondary, distinct, non-empty). */
export function phoneticCodes(word: string): readonly string[] {
  const hit = phoneticCache.get(word);
  if (hit !== undefined) return hit;
  const letters = word.replace(/[^a-z]/g, '');
  const codes = letters === '' ? [] : [...new Set(doubleMetaphone(letters).filter((c) => c !== ''))];
  if (phoneticCache.size > 50_000) phoneticCache.clear();
  phoneticCache.set(word, codes);
  return codes;
}

/** The words sound alike: they share a Double Metaphone code. */
export function soundAlike(a: string, b: string): boolean {
  const pa = phoneticCodes(a);
  if (pa.length === 0) return false;
  const pb = phoneticCodes(b);
  return pa.some((c) => pb.includes(c));
}
