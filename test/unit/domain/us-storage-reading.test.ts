import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const org = (name: string): CustomerContact => ({ displayName: name, companyName: name });
const person = (displayName: string, givenName: string | null, familyName: string | null): CustomerContact => ({ displayName, givenName, familyName });

describe("A storage operator's account notes and unit codes (us-storage read)", () => {
  it("reads a billing system's note on an account and a unit's code after a person's names as no words of the name (us-storage read)", () => {
    for (const written of ['lisa tran - AUTOPAY', 'LISA TRAN - PAST DUE', 'Lisa Tran (LIEN NOTICE SENT)', 'Lisa Tran UP29', 'TRAN, LISA - OLD ACCT']) expect(linkageRecord(person(written, 'Lisa', 'Tran')).nameTokens).toEqual(['lisa', 'tran']);
    expect(linkageRecord(org('Hoffmann & Sons Stucco Corp - Old Acct')).branch).toEqual([]);
    // A place or a branch after a dash stays the name's ("Old Town" is no note); a city's fire department is its unit, not a body of its own.
    expect(linkageRecord(org('Village Pizza - Old Town')).branch).toEqual(['old', 'town']);
    expect(comparison(org('City of Pensacola - Fire Dept'), org('City of Pensacola - Community Redevelopment'), 'name')?.clash).not.toBe('public-body');
    expect(comparison(org('Springfield Township Volunteer Fire Department'), org('Springfield Township'), 'name')?.clash).toBe('public-body');
  });
});
