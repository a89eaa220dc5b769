// talisman ships CommonJS without type declarations: the few modules the linkage model uses.
declare module 'talisman/metrics/jaro-winkler' {
  /** Jaro-Winkler similarity, 0..1. */
  export default function jaroWinkler(a: string, b: string): number;
}
declare module 'talisman/metrics/damerau-levenshtein' {
  /** Damerau-Levenshtein distance (transpositions count as one edit). */
  export default function damerauLevenshtein(a: string, b: string): number;
}
declare module 'talisman/phonetics/double-metaphone' {
  /** [primary, secondary] Double Metaphone codes. */
  export default function doubleMetaphone(word: string): [string, string];
}
