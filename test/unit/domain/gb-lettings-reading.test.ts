import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageKeys, linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);

describe("A UK letting agency's records (gb-lettings read)", () => {
  it("reads a display's title as the fields' person's where the display names them ('Ms T EZE', GivenName T)", () => {
    expect(linkageRecord({ displayName: 'Ms T EZE', givenName: 'T', familyName: 'EZE' }).titleSex).toBe('female');
    expect(linkageRecord({ displayName: 'Mr J P Hughes', givenName: 'John', familyName: 'Hughes' }).titleSex).toBe('male');
    // A household's display beside one member's names says nothing of that member.
    expect(linkageRecord({ displayName: 'Mr John Smith', givenName: 'Jane', familyName: 'Smith' }).titleSex).toBeNull();
    const home = { address: { line1: '157 Hawthorn Drive', city: 'York', postalCode: 'YO24 0WN', country: 'GB' } };
    expect(comparison({ displayName: 'Ms T EZE', givenName: 'T', familyName: 'EZE', ...home }, { displayName: 'Mr T. Eze', givenName: 'Tunde', familyName: 'Eze', ...home }, 'given')?.level).toBe('other-sex');
  });

  it('reads given and family fields swapped against a titled display the display\'s way round', () => {
    const read = (c: CustomerContact) => {
      const r = linkageRecord(c);
      return `${r.given ?? '-'} ${r.family ?? '-'}`;
    };
    expect(read({ displayName: 'Mr M. HSL', givenName: 'HSL', familyName: 'Mark' })).toBe('mark hsl');
    expect(read({ displayName: 'Mrs A OBI', givenName: 'OBI', familyName: 'ALEXANDRA' })).toBe('alexandra obi');
    expect(read({ displayName: 'Mr E OKONKWO', givenName: 'OKONKWO', familyName: 'E' })).toBe('e okonkwo');
    // Fields in their order stay so; an untitled display may be a list's "Last First".
    expect(read({ displayName: 'Mr J P Hughes', givenName: 'John', familyName: 'Hughes' })).toBe('john hughes');
    expect(read({ displayName: 'Smith John', givenName: 'John', familyName: 'Smith' })).toBe('john smith');
    // South India's initials before the given name stay the family field's.
    expect(read({ displayName: 'Mr. A. L. Srinivas', givenName: 'Srinivas', familyName: 'A. L.' })).toBe('srinivas a l');
  });

  it("reads a landlord's company named for him as a company apart from him, its legal form written or not", () => {
    const andrei: CustomerContact = { displayName: 'Mr A Ciobanu', givenName: 'Andrei', familyName: 'Ciobanu', email: 'theciobanus@hotmail.co.uk' };
    const company = (name: string): CustomerContact => ({ displayName: name, companyName: name, givenName: 'Andrei', familyName: 'CIOBANU', email: 'theciobanus@hotmail.co.uk' });
    expect(compareRecords(linkageRecord(company('Ciobanu Property Holdings')), linkageRecord(andrei)).find((f) => f.clash !== undefined)?.clash).toBe('contact');
    // A sole trader's trade named for him stays his own record's ("Ciobanu Plumbing").
    expect(compareRecords(linkageRecord(company('Ciobanu Plumbing')), linkageRecord(andrei)).find((f) => f.clash !== undefined)).toBeUndefined();
  });

  it("reads a switchboard's extension as its desk's: one extension exact, two a switchboard's two desks", () => {
    const council = (displayName: string, phone: string): CustomerContact => ({ displayName, companyName: 'Cardiff Council', phone });
    const psl = council('Cardiff Council - Private Sector Leasing', '+44 29 2018 1130 ext 9039');
    expect(linkageRecord(psl).phoneExtension).toBe('9039');
    expect(linkageKeys(linkageRecord(psl))).toContain('p:2920181130x9039');
    expect(comparison(council('Cardiff Council', '029 2018 1130 (ext 9039)'), psl, 'phone')).toEqual({ field: 'phone', level: 'exact', tfKey: 'p:2920181130x9039' });
    expect(comparison(council('Cardiff Council', '029 2018 1130 (ext 9039)'), council("Cardiff Council (Children's Services)", '+44 29 2018 1130 x4974'), 'phone')?.level).toBe('local7');
    // One written without its extension: the number, as before.
    expect(comparison(council('Cardiff Council', '029 2018 1130'), psl, 'phone')?.level).toBe('exact');
  });
});
