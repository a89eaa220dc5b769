import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const org = (name: string, companyName = name): CustomerContact => ({ displayName: name, companyName });

describe("A dental laboratory's practices (us-dental-lab read)", () => {
  it("reads an organisation's name an old system cut at thirty characters with its last word whole", () => {
    expect(comparison(org('TOWN & COUNTRY DENTAL GR'), org('Town & Country Dental Group', 'Town & Country Dental Group, Inc.'), 'name')?.level).toBe('exact');
    expect(comparison(org('TRI-STATE DENTAL PARTNERS - WE'), org('Tri-State Dental Partners - West Chester', 'Tri-State Dental Partners'), 'name')?.clash).toBeUndefined();
    // Not a name of two words, nor a word both names hold, nor one a short name ends with as written ("Ace Hardware - Main").
    expect(comparison(org('Ace Dental GR'), org('Ace Dental Group'), 'name')?.level).not.toBe('exact');
    expect(comparison(org('Smith Dental'), org('Smith Dentistry'), 'name')?.level).not.toBe('exact');
    // A longer name than a cut one leaves is no cut name.
    expect(comparison(org('Riverside Family Dental Associates of Ohio - Wo'), org('Riverside Family Dental Associates of Ohio - Worthington'), 'name')?.level).not.toBe('exact');
    // A second independent review's findings: a series' numeral, a branch's whole word, a name of another width, a US firm's "SRO".
    expect(comparison(org('Oak Street Capital Fund I'), org('Oak Street Capital Fund III'), 'name')?.clash).toBe('numbering');
    expect(comparison(org('Tri-State Dental - West'), org('Tri-State Dental - Westerville'), 'name')?.level).not.toBe('exact');
    expect(comparison(org('SRO ENTERTAINMENT'), org('Sro Entertainment Pty Ltd'), 'name')?.clash).toBeUndefined();
    expect(comparison(org('Rose Garden - Florist'), org('Rosemary Garden - Florist'), 'name')?.level).not.toBe('typo');
  });
});
