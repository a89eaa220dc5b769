import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { LINKAGE_KEYS_VERSION, linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const org = (name: string): CustomerContact => ({ displayName: name, companyName: name });

describe("an owners' association's name cut by an old system's field, its managing agent's code (us-pestcontrol read)", () => {
  it('reads "Association" cut at the field\'s length as written whole', () => {
    expect(comparison(org('TWIN LAKES PROPERTY OWNERS ASS'), org('Twin Lakes Property Owners Association Inc.'), 'name')?.level).toBe('exact');
    expect(comparison(org('Abbey Glen Townhome Owners Ass'), org('Abbey Glen Townhome Owners Association Inc.'), 'name')?.level).toBe('exact');
    expect(linkageRecord(org('TWIN LAKES PROPERTY OWNERS ASSOC')).form).toBe('owners');
  });

  it("reads an agent's code in brackets after an association's name as no word of it, and only there", () => {
    expect(comparison(org('RIVER OAKS MASTER ASSN (CPS), INC.'), org('River Oaks Master Association, Inc.'), 'name')).toMatchObject({ level: 'exact' });
    expect(comparison(org('Wildwood Community Assoc. (CAM), Inc.'), org('Wildwood Community Association, Inc.'), 'name')?.level).toBe('exact');
    // Nor is a code after a firm's name dropped ("Acme Supply (USA)").
    expect(linkageRecord(org('Acme Supply (USA) Inc.')).nameTokens).toContain('usa');
  });

  it('keys a mirror keyed before these readings again', () => {
    expect(LINKAGE_KEYS_VERSION).toBeGreaterThanOrEqual(47);
  });
});
