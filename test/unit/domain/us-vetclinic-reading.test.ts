import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { LINKAGE_KEYS_VERSION, linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const home = { address: { line1: '10830 Crestway Dr', city: 'Windcrest', region: 'TX', postalCode: '78239' } };

describe("a household's couple, a pet's name and two slips of one name (us-vetclinic read)", () => {
  it("reads a couple's partners in either order, from the display or the given-name field", () => {
    const existing = { ...home, displayName: 'Eugene & Teresa Clark', givenName: 'Eugene', familyName: 'Clark' };
    expect(comparison({ ...home, displayName: 'CLARK, TERESA & EUGENE (WILLOW)', givenName: 'TERESA & EUGENE', familyName: 'CLARK' }, existing, 'given')?.level).toBe('exact');
    expect(comparison({ displayName: 'Hanh and David Tran', givenName: 'Hanh', familyName: 'Tran' }, { displayName: 'David & Hanh Tran', givenName: 'David', familyName: 'Tran' }, 'given')?.level).toBe('exact');
    expect(linkageRecord({ displayName: 'David & Hanh Tran', givenName: 'David', familyName: 'Tran' }).couple).toBe(true);
    expect(linkageRecord({ displayName: 'Rafael & Cristina De La Garza', givenName: 'Rafael', familyName: 'De La Garza' }).givenShown).toEqual(['cristina']);
    // One partner's own record is the household's.
    expect(comparison({ displayName: 'Steven Weaver', givenName: 'Steven', familyName: 'Weaver' }, { displayName: 'Jessica & Steven Weaver', givenName: 'Jessica', familyName: 'Weaver' }, 'given')?.level).toBe('exact');
    expect(comparison({ displayName: 'VAUGHN, WESLYE & KENZIE', givenName: 'WESLYE & KENZIE', familyName: 'VAUGHN' }, { displayName: 'Kenzie Vaughn', givenName: 'Kenzie', familyName: 'Vaughn' }, 'given')?.level).toBe('exact');
  });

  it('keeps two couples sharing one partner apart, and a firm of two surnames a partnership', () => {
    expect(comparison({ displayName: 'John & Mary Smith', givenName: 'John', familyName: 'Smith' }, { displayName: 'Peter & Mary Smith', givenName: 'Peter', familyName: 'Smith' }, 'given')?.level).toBe('different');
    expect(linkageRecord({ displayName: 'Brown & MacLeod', givenName: 'Ian', familyName: 'Brown' }).couple).toBe(false);
  });

  it("reads no given name in a pet's name before its owner's surname", () => {
    const r = linkageRecord({ displayName: 'Daisy - Maldonado', familyName: 'Maldonado', email: 'vivianamaldonado@gmail.com' });
    expect([r.given, r.family]).toEqual([null, 'maldonado']);
    expect(comparison({ displayName: 'Daisy - Maldonao', familyName: 'Maldonao', email: 'vivianamaldonado@gmail.com' }, { displayName: 'Viviana Maldonado', givenName: 'Viviana', familyName: 'Maldonado', email: 'vivianamaldonado@gmail.com' }, 'given')?.level).toBe('missing');
    // A company's record keeps its display ("Acme - Smith" is a firm's name and its contact's).
    expect(linkageRecord({ displayName: 'Acme - Smith', companyName: 'Acme - Smith', familyName: 'Smith' }).isPerson).toBe(false);
    // A given name in its field keeps the display's reading.
    expect(linkageRecord({ displayName: 'Daisy - Maldonado', givenName: 'Viviana', familyName: 'Maldonado' }).given).toBe('viviana');
  });

  it("holds a couple's own record against the farm of their name, not against their household's display", () => {
    const ranch = { ...home, displayName: 'Egbert Hereford Ranch', companyName: 'Egbert Hereford Ranch', givenName: 'Teresa', familyName: 'Egbert', email: 'egbertherefordranch25@gmail.com' };
    expect(comparison({ ...home, displayName: 'EGBERT, TERESA & CARL', givenName: 'TERESA & CARL', familyName: 'EGBERT' }, ranch, 'company')?.clash).toBe('contact');
    // The ranch's own mailbox on the couple's record: the ranch's record in its owners' names.
    expect(comparison({ ...home, displayName: 'Teresa & Carl Egbert', givenName: 'Teresa', familyName: 'Egbert', email: 'egbertherefordranch25@gmail.com' }, ranch, 'company')?.clash).toBeUndefined();
    expect(comparison({ ...home, displayName: 'Teresa & Carl Egbert', givenName: 'Teresa', familyName: 'Egbert' }, { ...home, displayName: 'The Egbert Family', givenName: 'Carl', familyName: 'Egbert' }, 'company')?.clash).toBeUndefined();
  });

  it("reads two slips of one listed name as a typo, not two names of other first letters", () => {
    expect(comparison({ givenName: 'NANYC', familyName: 'SHEFFIELD' }, { givenName: 'NNACY', familyName: 'SHEFFIELD' }, 'given')?.level).toBe('typo');
    expect(comparison({ givenName: 'Xuan', familyName: 'Do' }, { givenName: 'Toan', familyName: 'Do' }, 'given')?.level).not.toBe('typo');
  });

  it('re-keys a mirror keyed before the couple reading', () => {
    expect(LINKAGE_KEYS_VERSION).toBeGreaterThanOrEqual(44);
  });
});
