import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { LINKAGE_KEYS_VERSION, linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const home = { email: 'patricia.morris@att.net', address: { line1: '1212 Vermack Rd', city: 'Dunwoody', region: 'GA', postalCode: '30338' } };

describe("a household's display, a payer named by its child, a child's note (us-tuition read)", () => {
  it("reads an English household's display as the person its fields name", () => {
    const parent = { ...home, displayName: 'Patricia Morris', givenName: 'Patricia', familyName: 'Morris' };
    for (const displayName of ['Morris Family (Aarav, Naomi)', 'The Morris Family', 'THE MORRIS HOUSEHOLD', 'Morris Residence']) {
      const r = linkageRecord({ ...home, displayName, givenName: 'Patricia', familyName: 'Morris' });
      expect([r.isPerson, r.organisationNamed, r.given, r.family]).toEqual([true, false, 'patricia', 'morris']);
      expect(comparison({ ...home, displayName, givenName: 'Patricia', familyName: 'Morris' }, parent, 'given')?.level).toBe('exact');
    }
    // A surname of two words, as the fields write it.
    expect(linkageRecord({ displayName: 'Cooper Hawkins Family (Sebastian, Mason)', givenName: 'Brooke', familyName: 'Cooper Hawkins' }).family).toBe('cooper hawkins');
    // With no name in the fields, the household's surname alone.
    const bare = linkageRecord({ ...home, displayName: 'The Hang Family' });
    expect([bare.given, bare.family]).toEqual([null, 'hang']);
  });

  it('keeps a family body, a firm and a display of no surname as they were', () => {
    expect(linkageRecord({ displayName: 'The Hartley Family Foundation', givenName: 'Ann', familyName: 'Hartley' }).organisationNamed).toBe(true);
    expect(linkageRecord({ displayName: 'Morris Family Dental', givenName: 'Ann', familyName: 'Morris' }).organisationNamed).toBe(true);
    expect(linkageRecord({ displayName: 'Smith Family', companyName: 'Smith Family', givenName: 'Ann', familyName: 'Smith' }).isPerson).toBe(false);
    // Words of a firm's trade before "Family" are no surname ("Community Family" with no person in its fields).
    expect(linkageRecord({ displayName: 'Community Services Family', email: 'x@example.org' }).family).toBeNull();
  });

  it('reads a payer named by the child it pays for as the payer, the given name the form copied set aside', () => {
    const parent = { displayName: 'Preciouus Shelnutt', givenName: 'Preciouus', familyName: 'Shelnutt', email: 'pshelnutt89@icloud.com' };
    const r = linkageRecord({ displayName: 'Parent of Aaliyah Shelnutt', givenName: 'Aaliyah', familyName: 'Shelnutt', email: 'pshelnutt89@icloud.com' });
    expect([r.isPerson, r.given, r.family]).toEqual([true, null, 'shelnutt']);
    expect(comparison({ displayName: 'Parent/Guardian of Aaliyah Shelnutt', givenName: 'Aaliyah', familyName: 'Shelnutt', email: 'pshelnutt89@icloud.com' }, parent, 'given')?.level).toBe('missing');
    expect(linkageRecord({ displayName: 'Walker Young (parent)', givenName: 'Walker', familyName: 'Young' }).given).toBeNull();
    // The payer's own given name in its field is kept; the child's surname read where the fields give none.
    expect(linkageRecord({ displayName: 'Parent of Mason Chatterjee', givenName: 'Ganesh', familyName: 'Chandrasekaran' }).given).toBe('ganesh');
    expect(linkageRecord({ displayName: 'Parent of Liam Brown' }).family).toBe('brown');
    // A firm's name is no child's.
    expect(linkageRecord({ displayName: 'Father of Trucks Inc', companyName: 'Father of Trucks Inc' }).isPerson).toBe(false);
  });

  it("reads a note of the child and its school year, or a camp's session, as no words of the payer's name", () => {
    for (const displayName of ['Gentry, Kyle - Micah PK3', 'Gentry, Kyle / Micah 2nd', 'Gentry, Kyle -- Micah 5th gr', 'Gentry, Kyle (Micah 10th grade)', 'Kyle Gentry - Session 2']) {
      const r = linkageRecord({ displayName, givenName: 'Kyle', familyName: 'Gentry' });
      expect([r.isPerson, r.organisationNamed, r.nameTokens]).toEqual([true, false, ['kyle', 'gentry']]);
    }
    // A company's display keeps its words ("Acme Tutoring - Grade 5 Program" is its unit's name).
    expect(linkageRecord({ displayName: 'Acme Tutoring - Math 5th', companyName: 'Acme Tutoring - Math 5th' }).nameTokens).toContain('5th');
  });

  it("reads 'Schol.' as a scholarship's word", () => {
    expect(comparison({ displayName: 'Buckeye Kids Schol. Fund', companyName: 'Buckeye Kids Schol. Fund' }, { displayName: 'Buckeye Kids Scholarship Fund', companyName: 'Buckeye Kids Scholarship Fund' }, 'name')?.level).toBe('exact');
  });

  it("reads a nickname mistyped at its end as the name's alias, not another sex's form nor a name of its own", () => {
    expect(comparison({ givenName: 'Dout', familyName: 'Ratliff' }, { givenName: 'Douglas', familyName: 'Ratliff' }, 'given')?.level).toBe('alias');
    expect(comparison({ givenName: 'Jak', familyName: 'Taylor' }, { givenName: 'Jacob', familyName: 'Taylor' }, 'given')?.level).toBe('alias');
    // A vowel's ending changed is another sex's form; a longer name with a letter fewer a name of its own.
    expect(comparison({ givenName: 'Pepa', familyName: 'Ruiz' }, { givenName: 'José', familyName: 'Ruiz' }, 'given')?.level).not.toBe('alias');
    expect(comparison({ givenName: 'Willi', familyName: 'Krämer' }, { givenName: 'Wilhelm', familyName: 'Krämer' }, 'given')?.level).not.toBe('alias');
  });

  it('re-keys a mirror keyed before these readings', () => {
    expect(LINKAGE_KEYS_VERSION).toBeGreaterThanOrEqual(45);
  });
});
