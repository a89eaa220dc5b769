import { nameNormalisation, normaliseText, stripLegalSuffixes } from '../../../src/domain/name-normalisation';
import { givenNameCanonical } from '../../../src/domain/given-name-canonical';

describe('name normalisation', () => {
  it.each([
    ['  ACME   Widgets ', 'acme widgets'],
    ['Zoë Ångström', 'zoe angstrom'],
    ["Ann O'Neil", 'ann oneil'],
    ['Ann O’Neil', 'ann oneil'],
    ['Smith & Sons', 'smith and sons'],
    ['Smith+Sons', 'smith and sons'],
    ['Dupont-Éclair, S.A.', 'dupont eclair s a'],
    ['株式会社テスト', '株式会社テスト'],
    ['Straße', 'strasse'],
  ])('normaliseText(%j) = %j', (raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });

  it.each([
    ['acme widgets inc', 'acme widgets'],
    ['acme l l c', 'acme'],
    ['acme co ltd', 'acme'],
    ['the acme corporation', 'acme'],
    ['inc', 'inc'],
    ['the', 'the'],
  ])('stripLegalSuffixes(%j) = %j', (raw, expected) => {
    expect(stripLegalSuffixes(raw)).toBe(expected);
  });

  it('reads "Last, First" as "First Last" but keeps "Acme, Inc." a company', () => {
    expect(nameNormalisation("O'Neil, Ann")?.key).toBe('ann oneil');
    expect(nameNormalisation('Acme, Inc.')?.key).toBe('acme');
    expect(nameNormalisation('Acme Widgets, LLC')?.key).toBe('acme widgets');
  });

  it('gives swapped names the same sorted key', () => {
    expect(nameNormalisation('Smith John')?.sortedKey).toBe(nameNormalisation('John Smith')?.sortedKey);
  });

  it('returns null for a name with nothing left', () => {
    expect(nameNormalisation('  --  ')).toBeNull();
    expect(nameNormalisation(null)).toBeNull();
  });

  it('maps nicknames to a canonical given name', () => {
    expect(givenNameCanonical('bob')).toBe('robert');
    expect(givenNameCanonical('liz')).toBe('elizabeth');
    expect(givenNameCanonical('zebulon')).toBe('zebulon');
  });
});
