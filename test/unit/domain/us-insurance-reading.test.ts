import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { DEFAULT_LINKAGE_PARAMETERS } from '../../../src/domain/linkage/linkage-parameters';
import { linkageKeys, linkageRecord } from '../../../src/domain/linkage/linkage-record';
import { linkageScoring, TermFrequencies } from '../../../src/domain/linkage/linkage-scoring';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);

describe("An insurance agency's records (us-insurance read)", () => {
  it("reads an agency system's households with middle initials as couples", () => {
    const couple = (displayName: string, givenName: string, familyName: string) => linkageRecord({ displayName, givenName, familyName });
    for (const [display, given, family, partner] of [
      ['MAST, BARBARA M & MOSES A', 'BARBARA', 'MAST', 'moses'],
      ['KOWALSKI, ROBERT J & LINDA M', 'ROBERT', 'KOWALSKI', 'linda'],
      ['ROBERT J & LINDA M KOWALSKI', 'ROBERT', 'KOWALSKI', 'linda'],
      ['Hochstetler, Lovina N & Lizzie', 'Lovina', 'Hochstetler', 'lizzie'],
    ] as const) {
      const r = couple(display, given, family);
      expect([display, r.couple, r.organisationNamed, r.givenShown]).toEqual([display, true, false, [partner]]);
    }
    expect(couple('Robert J. Kowalski and Linda M. Kowalski', 'Robert', 'Kowalski').couple).toBe(true);
    // A middle initial says a person's name, however the name reads (its fields swapped, the given name mistyped).
    const swapped = linkageRecord({ displayName: 'RICHARDSON TERREBCE J & KELLY', givenName: 'RICHARDSON', familyName: 'TERREBCE', companyName: 'RICHARDSON TERREBCE J & KELLY' });
    expect(swapped.partnership).toBe(false);
    // A firm's letters are no initial.
    expect(linkageRecord({ displayName: 'Johnson A & B Plumbing' }).couple).toBe(false);
    // Two households naming another partner: two couples, however alike the first names are.
    expect(comparison({ displayName: 'MAST, BARBARA M & MOSES A', givenName: 'BARBARA', familyName: 'MAST' }, { displayName: 'Barbara & Ivan Mast', givenName: 'Barbara', familyName: 'Mast' }, 'given')?.level).toBe('different');
  });

  it("reads a couple's display with no name fields as the household's person", () => {
    const read = (displayName: string, email: string | null = null) => {
      const r = linkageRecord({ displayName, email });
      return [r.isPerson, r.organisationNamed, r.given, r.family, r.givenShown];
    };
    // The surname after the names only beside an initial or the household's mailbox named by it: a firm's "Willow & Ivy
    // Designs" is written alike.
    expect(read('Robert & Linda Kowalski', 'lkowalski@gmail.com')).toEqual([true, false, 'robert', 'kowalski', ['linda']]);
    expect(read('Robert & Linda Kowalski')[1]).toBe(true);
    expect(read('KOWALSKI, ROBERT J & LINDA M')).toEqual([true, false, 'robert', 'kowalski', ['linda']]);
    expect(read('LORI PRICE & WAYNE PRICE')).toEqual([true, false, 'lori', 'price', ['wayne']]);
    expect(read('Ervin & Fannie M Weavr')).toEqual([true, false, 'ervin', 'weavr', ['fannie']]);
    expect(read('Van Dyke, John & Mary')).toEqual([true, false, 'john', 'van dyke', ['mary']]);
    // A firm's partners and trades are no couple's.
    // Two surnames, a title, one name twice: as written (a review's findings: "Mary Ann & John Smith" read as Mary Ann).
    for (const firm of ['Smith & Jones', 'Taylor & Morgan Partners', 'Tan & Brothers Trading', 'Mary & Joseph Catholic Church', 'Johnson & Johnson', 'Willow & Ivy Designs', 'Mary Ann & John Smith', 'Sir Elton & David Furnish', 'MARTIN SOPHIE & MARTIN PAUL']) {
      expect([firm, linkageRecord({ displayName: firm }).organisationNamed]).toEqual([firm, true]);
    }
    // Read so, the household's two records are one person's names.
    const given = comparison({ displayName: 'LORI PRICE & WAYNE PRICE' }, { displayName: 'Lori & Wayne Price', givenName: 'Lori', familyName: 'Price' }, 'given');
    expect(given?.level).toBe('exact');
  });

  it('reads "LAST FIRST MI" typed in small letters or after a title', () => {
    const names = (displayName: string) => {
      const r = linkageRecord({ displayName });
      return [r.given, r.family];
    };
    expect(names('fischer brian s')).toEqual(['brian', 'fischer']);
    expect(names('Mr JACKSON PETER D')).toEqual(['peter', 'jackson']);
    expect(names('Mr Crum Stanley E')).toEqual(['stanley', 'crum']);
    // A surname's initial after two given names, in mixed case: as written.
    expect(names('Mary Ann B')).toEqual(['mary', 'b']);
  });

  it("reads a township's road and a state route written short as one street", () => {
    const street = (line1: string) => linkageRecord({ displayName: 'x', address: { line1, city: 'Berlin', region: 'OH', postalCode: '44610', country: 'US' } }).street;
    expect(new Set(['7725 Twp Rd 670', '7725 Township Road 670', '7725 TR 670', '7725 T.R. 670', '7725 TR670'].map(street))).toEqual(new Set(['tr670']));
    expect(new Set(['3873 St Rt 557', '3873 St. Rte. 557', '3873 State Route 557', '3873 SR 557'].map(street))).toEqual(new Set(['hwy557']));
    expect(street('5 St Rita Way')).not.toBe(street('5 Rita Way'));
    // The bare letters only after a house's number: "Tr. 5" alone is a street's name and its number.
    expect(linkageRecord({ displayName: 'x', address: { line1: 'Tr. 5', city: 'Roma', country: 'IT' } }).houseNumber).toBe('5');
  });

  it("reads a role's mailbox numbered beside the bare one at another address as a second desk, no slip", () => {
    const church = (email: string, line1: string): CustomerContact => ({ displayName: 'Cornerstone Church', companyName: 'Cornerstone Church', email, address: { line1, city: 'Delaware', postalCode: '43015', country: 'US' } });
    const email = comparison(church('billing2@cornerstonechurch.org', '4645 W Main Street'), church('billing@cornerstonechurch.org', '544 W William St'), 'email');
    expect([email?.level, email?.clash]).toEqual(['same-domain', undefined]);
    // A post office box is no site of its own.
    expect(comparison(church('office2@cornerstonechurch.org', 'PO Box 12'), church('office@cornerstonechurch.org', '544 W William St'), 'email')?.clash).toBeUndefined();
    // At one address, one firm's two desks: a slip as before.
    expect(comparison(church('billing2@cornerstonechurch.org', '544 W William St'), church('billing@cornerstonechurch.org', '544 W William St'), 'email')?.clash).toBeUndefined();
  });

  it('weighs a namesake likelier where the names are common in their postcode area', () => {
    const person = (line1: string): CustomerContact => ({ displayName: 'Ervin Stutzman', givenName: 'Ervin', familyName: 'Stutzman', address: { line1, city: 'Sugarcreek', region: 'OH', postalCode: '44681', country: 'US' } });
    const incoming = linkageRecord(person('4806 CR 511'));
    const existing = linkageRecord(person('PO Box 1477'));
    // A mirror of 1,500: the area 446 holds 120 customers, five Stutzmans and two Ervins of the mirror's all there (a settlement's names).
    const counts = (local: boolean): TermFrequencies => {
      const n = new Map<string, number>();
      for (const key of linkageKeys(incoming)) n.set(key, 1);
      n.set('f:stutzman', 5).set('g:ervin', 2).set('za:446', 120).set('z:44681', 12);
      n.set('fz:stutzman|446', local ? 5 : 1).set('gz:ervin|446', local ? 2 : 1);
      return { mirrorSize: 1500, counts: n, countCap: 2000 };
    };
    const settled = linkageScoring(incoming, existing, DEFAULT_LINKAGE_PARAMETERS, counts(true));
    const spread = linkageScoring(incoming, existing, DEFAULT_LINKAGE_PARAMETERS, counts(false));
    expect(settled.weight).toBe(spread.weight);
    expect(spread.namesakeWeight).not.toBeNull();
    expect((settled.namesakeWeight ?? 0) < (spread.namesakeWeight ?? 0) - 4).toBe(true);
    // Another customer of the whole name (a namesake, or the customer created twice) is no evidence that the name is the place's.
    const twice = counts(true);
    const fullName = linkageKeys(incoming).find((k) => k.startsWith('n:'));
    expect(fullName).toBeDefined();
    (twice.counts as Map<string, number>).set(fullName ?? '', 2).set('f:stutzman', 2).set('g:ervin', 2).set('fz:stutzman|446', 2).set('gz:ervin|446', 2);
    const once = counts(false);
    (once.counts as Map<string, number>).set('f:stutzman', 2).set('g:ervin', 2);
    expect(linkageScoring(incoming, existing, DEFAULT_LINKAGE_PARAMETERS, twice).namesakeWeight).toBe(linkageScoring(incoming, existing, DEFAULT_LINKAGE_PARAMETERS, once).namesakeWeight);
    // So is another customer of the given name and surname with a middle name ("Ervin J. Stutzman" created before: its whole name another).
    const middle = counts(true);
    (middle.counts as Map<string, number>).set('gf:stutzman|ervin', 2).set('f:stutzman', 2).set('g:ervin', 2).set('fz:stutzman|446', 2).set('gz:ervin|446', 2);
    expect(linkageScoring(incoming, existing, DEFAULT_LINKAGE_PARAMETERS, middle).namesakeWeight).toBe(linkageScoring(incoming, existing, DEFAULT_LINKAGE_PARAMETERS, once).namesakeWeight);
    // Not another given name of the initial: "Eli Stutzman" of the settlement is evidence still (a review's finding).
    const eli = counts(true);
    (eli.counts as Map<string, number>).set('ff:stutzman|e', 4);
    expect(linkageScoring(incoming, existing, DEFAULT_LINKAGE_PARAMETERS, eli).namesakeWeight).toBe(settled.namesakeWeight);
    // A mirror not keyed with the areas (no "za:" count), or keyed part-way (an area smaller than its names), says nothing.
    const unkeyed = counts(true);
    (unkeyed.counts as Map<string, number>).delete('za:446');
    expect(linkageScoring(incoming, existing, DEFAULT_LINKAGE_PARAMETERS, unkeyed).namesakeWeight).toBe(spread.namesakeWeight);
    const partial = counts(true);
    (partial.counts as Map<string, number>).set('za:446', 3);
    expect(linkageScoring(incoming, existing, DEFAULT_LINKAGE_PARAMETERS, partial).namesakeWeight).toBe(spread.namesakeWeight);
    // An area counted to the bound says nothing.
    const capped = counts(true);
    (capped.counts as Map<string, number>).set('za:446', 2000);
    expect(linkageScoring(incoming, existing, DEFAULT_LINKAGE_PARAMETERS, capped).namesakeWeight).toBe(spread.namesakeWeight);
  });
});
