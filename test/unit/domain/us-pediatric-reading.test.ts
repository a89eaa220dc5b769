import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { LINKAGE_KEYS_VERSION, linkageRecord } from '../../../src/domain/linkage/linkage-record';

const compared = (a: CustomerContact, b: CustomerContact): FieldComparison[] => compareRecords(linkageRecord(a), linkageRecord(b));
const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compared(a, b).find((f) => f.field === field);

describe("A US dental group's guarantors (us-pediatric read)", () => {
  const office = { line1: '5212 Sardis Ave', line2: 'Suite 110', city: 'Cleveland', region: 'TN', postalCode: '37312' };
  const school = (displayName: string, email: string): CustomerContact => ({ displayName, companyName: displayName, email, phone: '(762) 555-0112', address: office });

  it("reads two programmes of one body, each named by words of its own, as two units, whether or not the books keep others there", () => {
    const nurse = school('Bramlett County Schools - School Nurse Program', 'healthservices@bramlett.k12.tn.us');
    expect(linkageRecord(school('Bramlett County Schools - Pre-K Program', 'prek@bramlett.k12.tn.us')).branch).toEqual(['pre', 'k', 'program']);
    expect(comparison(school('Bramlett County Schools - Pre-K Program', 'prek@bramlett.k12.tn.us'), nurse, 'name')?.clash).toBe('unit');
    expect(comparison(school('Bramlett County Schools - Family Resource Center', 'frc@bramlett.k12.tn.us'), nurse, 'name')?.clash).toBe('unit');
    // One unit's name written short by its initials is the same unit ("CSC" for Community Service Center).
    const csc = school('Casa Central - CSC Development Program', 'csc@casacentral.org');
    expect(comparison(csc, school('Casa Central - Community Service Center', 'info@casacentral.org'), 'name')?.clash).toBeUndefined();
    // Nor a contact's name in the branch's place.
    const shop = (displayName: string, given: string | null, family: string | null): CustomerContact => ({ displayName, companyName: 'Roshni Fan & Light Centre', givenName: given, familyName: family, phone: '9011087573', address: office });
    expect(comparison(shop('Roshni Fan & Light Centre (Deelip Mohite)', 'Mohite', 'Deelip'), shop('Roshni Fan & Light Centre - Kasba Peth', null, null), 'name')?.clash).not.toBe('unit');
  });

  it("reads no middle initial as the middle name the other goes by: a parent's middle name is a child's given name as often", () => {
    const home = { email: 'johansson.family@gmail.com', address: { line1: '1146 Cobb St', city: 'Acworth', region: 'GA', postalCode: '30102' } };
    expect(comparison({ displayName: 'Linda R. Johansson', givenName: 'Linda R.', familyName: 'Johansson', ...home }, { displayName: 'Rowan Johansson', givenName: 'Rowan', familyName: 'Johansson', ...home }, 'given')?.level).toBe('different');
  });

  it('reads fields keyed the wrong way round after a new surname by the given name crosswise', () => {
    const home = { email: 'colemana@gmail.com', phone: '803-555-0303' };
    const given = (a: CustomerContact, b: CustomerContact) => comparison(a, b, 'given');
    expect(given({ displayName: 'Wright Angela', givenName: 'Wright', familyName: 'Angela', ...home }, { displayName: 'Angela Coleman', givenName: 'Angela', familyName: 'Coleman', ...home })).toMatchObject({ level: 'exact', swapped: true });
    expect(given({ displayName: 'Rosa, Muñoz', givenName: 'Muñoz', familyName: 'Rosa', ...home }, { displayName: 'Hernández, Rosa', givenName: 'Rosa', familyName: 'Hernández', ...home })).toMatchObject({ level: 'exact', swapped: true });
    // A given slot holding a given name is read as written ("Thomas James" is his name; "Smith Paul" no swapped Paula Smith).
    expect(given({ displayName: 'Thomas James', givenName: 'Thomas', familyName: 'James', ...home }, { displayName: 'James Smith', givenName: 'James', familyName: 'Smith', ...home })?.level).toBe('different');
    expect(given({ displayName: 'Smith Paul', ...home }, { displayName: 'Paula Smith', givenName: 'Paula', familyName: 'Smith', ...home })?.swapped).toBeUndefined();
  });

  it("reads Mo as Muhammad's spellings' short form, and a hyphenated Arabic surname as one surname", () => {
    const mohammed = linkageRecord({ displayName: 'Mohammed Al-Amin', givenName: 'Mohammed', familyName: 'Al-Amin' });
    expect(mohammed.family).toBe('al amin');
    // The surname is a blocking key's: a mirror keyed before is keyed again.
    expect(LINKAGE_KEYS_VERSION).toBeGreaterThanOrEqual(40);
    const home = { phone: '(980) 555-0179', address: { line1: '637 Cherry Dr', city: 'Gastonia', region: 'NC', postalCode: '28054' } };
    expect(comparison({ displayName: 'Mo Al-Amin', givenName: 'Mo', familyName: 'Al-Amin', ...home }, { displayName: 'Mohammed Al-Amin', givenName: 'Mohammed', familyName: 'Al-Amin', ...home }, 'given')?.level).toBe('alias');
    // Pakistan's "Muhammad" before a family field of two words still reads the first as the name he goes by.
    expect(linkageRecord({ displayName: 'Mohammad Sajid Qureishi', givenName: 'Mohammad', familyName: 'Sajid Qureishi' }).family).toBe('qureishi');
    expect(comparison({ displayName: 'Letty Romero', givenName: 'Letty', familyName: 'Romero', ...home }, { displayName: 'Leticia Romero', givenName: 'Leticia', familyName: 'Romero', ...home }, 'given')?.level).toBe('alias');
  });
});
