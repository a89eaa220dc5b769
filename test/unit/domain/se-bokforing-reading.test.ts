import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const org = (name: string): CustomerContact => ({ displayName: name, companyName: name });

describe("Sweden's forms, estates, owners' associations and trades (se-bokforing read)", () => {
  it('reads AB, Aktiebolag, HB, KB and Ek. för. as forms, not as a person named for them', () => {
    for (const name of ['Kjells VVS AB', 'Kjells VVS Aktiebolag', 'Wikbergs Inredning HB', 'Tvärålund Vattenförening Ek. För.']) {
      const r = linkageRecord(org(name));
      expect([r.isPerson, r.form]).toEqual([false, 'company']);
    }
    expect(comparison(org('Kjells VVS AB'), org('Kjells VVS Aktiebolag'), 'name')?.level).toBe('exact');
  });

  it("reads a sole trader's firm written as one and a partnership apart from the company of their name", () => {
    expect(comparison(org('Ekström Bilverkstad Enskild firma'), org('Ekström Bilverkstad AB'), 'name')?.clash).toBe('form');
    expect(comparison(org('Kjells VVS HB'), org('Kjells VVS AB'), 'name')?.clash).toBe('form');
  });

  it('reads a dödsbo as the deceased\'s estate, however written, and holds it apart from a living person of the surname', () => {
    for (const name of ['Dödsbo efter Karl Berg', 'Karl Bergs dödsbo', 'KARL BERG:S DÖDSBO', 'DB Karl Berg']) {
      const r = linkageRecord({ displayName: name, companyName: name });
      expect([r.estate, r.given, r.family]).toEqual(['estate', 'karl', 'berg']);
    }
    // A firm's name opening with "DB" is no estate.
    expect(linkageRecord(org('DB Cargo Sverige AB')).estate).toBeNull();
    expect(comparison({ displayName: 'Dödsbo efter Kristoffer Lindbäck' }, { displayName: 'Gun Lindbäck', givenName: 'Gun', familyName: 'Lindbäck' }, 'name')?.clash).toBeDefined();
  });

  it("reads Brf and Bostadsrättsföreningen as one owners' association, the organisation number no word of a name", () => {
    expect(linkageRecord(org('Brf Duvan')).form).toBe('owners');
    expect(comparison(org('Brf Kvarnen 12'), org('Bostadsrättsföreningen Kvarnen 12 (716778-6917)'), 'name')?.level).toBe('exact');
    expect(comparison(org('UMEÅ GROUP AB 559776-5188'), org('Umeå Group AB'), 'name')?.level).toBe('exact');
    expect(linkageRecord(org('Stiftelsen Gula Villan')).isPerson).toBe(false);
  });

  it("tells a group's firms apart by their trades", () => {
    expect(comparison(org('Sjöbris Arkitekter AB'), org('Sjöbris Musik AB'), 'name')?.clash).toBe('trade');
    expect(comparison(org('Skeppet Elservice Aktiebolag'), org('Skeppet Bygg AB'), 'name')?.clash).toBe('trade');
  });
});

describe("Sweden's addresses, opening forms and short names (se-bokforing read)", () => {
  const at = (line1: string, line2: string | null = null, city = 'Umeå'): CustomerContact => ({ displayName: 'Zed AB', companyName: 'Zed AB', address: { line1, line2, city, postalCode: '903 26', country: 'Sverige' } });
  const street = (a: CustomerContact, b: CustomerContact) => comparison(a, b, 'street')?.level;

  it("writes out a street's type and direction written short, and reads å, ä, ö written as two letters", () => {
    expect(street(at('Backav. 8'), at('Backavägen 8'))).toBe('exact');
    expect(street(at('ÖSTRA RÅDHUSG. 30'), at('Östra Rådhusgatan 30'))).toBe('exact');
    expect(street(at('V. Hamngatan 4'), at('Västra Hamngatan 4'))).toBe('exact');
    expect(street(at('Vaennaesvaegen 34', null, 'Vaennaes'), at('Vännäsvägen 34', null, 'Vännäs'))).toBe('exact');
  });

  it("reads the street from the second line where the first is sent care of someone, in a record of Sweden", () => {
    expect(street(at('c/o Christer Eriksson', 'Gamlestadsvägen 22'), at('Gamlestadsvägen 22'))).toBe('exact');
  });

  it("reads a company's name written form first, and Sweden's short given names", () => {
    expect(comparison(org('Aktiebolaget FK Snickeri'), org('FK Snickeri AB'), 'name')?.level).toBe('exact');
    expect(comparison({ givenName: 'Lasse', familyName: 'Olofsson' }, { givenName: 'Lars', familyName: 'Olofsson' }, 'given')?.level).not.toBe('different');
    expect(comparison({ givenName: 'Jögge', familyName: 'Lund' }, { givenName: 'Jörgen', familyName: 'Lund' }, 'given')?.level).not.toBe('different');
  });
});
