import { normaliseText } from './name-normalisation';

const DIRECTIONS = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west']);
const STREET_TYPES = new Set([
  'st', 'street', 'ave', 'av', 'avenue', 'blvd', 'boulevard', 'rd', 'road', 'dr', 'drive', 'ln', 'lane', 'ct', 'court',
  'pl', 'place', 'pkwy', 'parkway', 'hwy', 'highway', 'way', 'ter', 'terrace', 'cir', 'circle', 'sq', 'square',
]);

/**
 * A street address reduced to house number + the first word of the street name:
 * "1312 S. Racine Ave." and "1312 South Racine Avenue, Suite 2" → "1312 racine";
 * "124 E 113th St" and "124 E. 113 St." → "124 113". null without a leading house number.
 */
export function addressNormalisation(line1: string | null | undefined): string | null {
  const text = normaliseText(line1);
  if (text === '') return null;
  const tokens = text.split(' ');
  const first = tokens[0] ?? '';
  const number = /^(\d+)/.exec(first)?.[1];
  if (number === undefined) return null;
  let i = 1;
  // "8938 40 s cottage" from "8938-40 S. Cottage": a second number right after is a range.
  if (/^\d+$/.test(tokens[i] ?? '') && DIRECTIONS.has(tokens[i + 1] ?? '')) i++;
  while (i < tokens.length && DIRECTIONS.has(tokens[i] ?? '') && i + 1 < tokens.length && !STREET_TYPES.has(tokens[i + 1] ?? '')) i++;
  const street = tokens[i];
  if (street === undefined || STREET_TYPES.has(street)) return number;
  return `${number} ${street.replace(/^(\d+)(st|nd|rd|th)$/, '$1')}`;
}
