import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);

describe("a boat's name beside its owner's (us-marina read)", () => {
  it("reads a vessel's display as its owner's record", () => {
    const owner = { displayName: 'Craig Dawson', givenName: 'Craig', familyName: 'Dawson', email: 'cdawson@gmail.com' };
    for (const displayName of ['S/V Odyssey c/o C. Dawson', 'M/V Odyssey (Dawson)', 'MV Odyssey - Craig Dawson', 'M/Y Odyssey']) {
      const r = linkageRecord({ displayName, givenName: 'Craig', familyName: 'Dawson', email: 'cdawson@gmail.com' });
      expect([r.isPerson, r.given, r.family, r.nameTokens]).toEqual([true, 'craig', 'dawson', ['craig', 'dawson']]);
      expect(comparison({ displayName, givenName: 'Craig', familyName: 'Dawson', email: 'cdawson@gmail.com' }, owner, 'given')?.level).toBe('exact');
    }
    // With no names in the fields, the owner written after the vessel's name.
    expect(linkageRecord({ displayName: 'MV Sea Dog c/o S. Sutton' }).family).toBe('sutton');
    // "M/S" is Messrs. (a firm), and a company's "MV" its name.
    expect(linkageRecord({ displayName: 'M/S. Lifeline Nursing Home', companyName: 'M/S. Lifeline Nursing Home' }).nameTokens).toEqual(['lifeline', 'nursing', 'home']);
    expect(linkageRecord({ displayName: 'MV Transportation', companyName: 'MV Transportation' }).nameTokens).toEqual(['mv', 'transportation']);
  });

  it("reads a note beside a person's names as no word of them", () => {
    for (const [displayName, givenName, familyName] of [['Ogden - Moondance', 'Zachary', 'Ogden'], ['Aloha - Howard Jenkins', 'Howard', 'Jenkins'], ['MURPHY/COMPASS ROSE', 'SARAH', 'MURPHY'], ['Valiant (Iverson)', 'Ryan', 'Iverson']] as const) {
      const r = linkageRecord({ displayName, givenName, familyName });
      expect(r.nameTokens).toEqual([givenName.toLowerCase(), familyName.toLowerCase()]);
    }
  });

  it('keeps what a note beside the names says elsewhere: a payer, a house, a scheme, a generation, a town, a trade', () => {
    // A client and its payer (us-homecare): two persons' names.
    expect(linkageRecord({ displayName: 'Rose Kowalski / Linda Price', givenName: 'Linda', familyName: 'Price' }).nameTokens).toContain('rose');
    // A house's number, a scheme's number, a generation's mark, QuickBooks' town after a namesake.
    expect(linkageRecord({ displayName: 'Brian Myers - 13936 Coral Tree Cir', givenName: 'Brian', familyName: 'Myers', address: { line1: '13936 Coral Tree Cir', city: 'Goodyear', region: 'AZ' } }).namesOwnAddress).toBe('13936');
    expect(linkageRecord({ displayName: 'Nnamdi Okonkwo (Snr)', givenName: 'Nnamdi', familyName: 'Okonkwo' }).generation).not.toBeNull();
    expect(linkageRecord({ displayName: 'Anna Bergmann (Köln)', givenName: 'Anna', familyName: 'Bergmann' }).nameTokens).toContain('koln');
    // A firm's word is no note: "Jenkins - Physical Therapy" may be a practice's display.
    expect(linkageRecord({ displayName: 'Jenkins - Physical Therapy', givenName: 'Ann', familyName: 'Jenkins' }).nameTokens).toContain('therapy');
  });

  it("holds two units of one county apart, not one unit written by its initials", () => {
    const unit = (name: string) => ({ displayName: name, companyName: name, email: 'x@queenannesco-md.example' });
    expect(comparison(unit("Queen Anne's County Emergency Mgmt"), unit("Queen Anne's County Police Department - Marine Patrol"), 'name')?.clash).toBe('unit');
    expect(comparison(unit('Anne Arundel County Parks & Rec'), unit('Anne Arundel County Harbor & Waterways'), 'name')?.clash).toBe('unit');
    expect(comparison(unit('Erie County AAA - Protective Services'), unit('Erie County Area Agency on Aging - Protective Services'), 'name')?.clash).toBeUndefined();
    // A firm named for its county is no unit of it.
    expect(comparison(unit('Orange County Plumbing Supply'), unit('Orange County Roofing Supply'), 'name')?.clash).not.toBe('unit');
  });

  it("compares one co-owner's own record with a record billed to two persons of two surnames as that person's", () => {
    const joint = { displayName: 'Brian Elliott & Nancy Metzger', givenName: 'Brian', familyName: 'Elliott', phone: '410-555-1234' };
    expect(comparison({ displayName: 'Nancy Metzger', givenName: 'Nancy', familyName: 'Metzger', phone: '410-555-1234' }, joint, 'given')?.level).toBe('exact');
    expect(comparison(joint, { displayName: 'Nancy Metzger', givenName: 'Nancy', familyName: 'Metzger', phone: '(410) 555-1234' }, 'family')?.level).toBe('exact');
    // The fields' own person as before; a third person of another surname is no partner.
    expect(comparison({ displayName: 'Brian Elliott', givenName: 'Brian', familyName: 'Elliott' }, joint, 'given')?.level).toBe('exact');
    expect(comparison({ displayName: 'Karen Wood', givenName: 'Karen', familyName: 'Wood' }, joint, 'family')?.level).toBe('different');
    // A firm of two names is no couple.
    expect(linkageRecord({ displayName: 'Baker & Taylor Plumbing', givenName: 'Tom', familyName: 'Baker' }).partnerContact).toBeNull();
  });

  it('holds a club apart from the school it runs', () => {
    const org = (name: string) => ({ displayName: name, companyName: name });
    expect(comparison(org('lower carr creek sailing academy'), org('Lower Carr Creek Sailing Club Inc.'), 'name')?.clash).toBe('kind');
    expect(comparison(org('Lower Carr Creek Sailing Club'), org('Lower Carr Creek Sailing Club Inc.'), 'name')?.clash).toBeUndefined();
  });
});
