import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { LinkageCandidate, linkageDecision } from '../../../src/domain/linkage/linkage-decision';
import { DEFAULT_LINKAGE_PARAMETERS } from '../../../src/domain/linkage/linkage-parameters';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';
import { TermFrequencies } from '../../../src/domain/linkage/linkage-scoring';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const candidate = (c: CustomerContact): LinkageCandidate => ({ qboCustomerId: '1', displayName: c.displayName ?? '', active: true, record: linkageRecord(c) });
const frequencies: TermFrequencies = { mirrorSize: 1500, counts: new Map() };
const decide = (a: CustomerContact, b: CustomerContact) => linkageDecision(linkageRecord(a), [candidate(b)], { params: DEFAULT_LINKAGE_PARAMETERS, frequencies }).outcome;

describe("A deceased's estate against the person's own record (us-nonprofit's bequests, us-utility's members)", () => {
  const home = { line1: '6471 E Church Ave', line2: null, city: 'Albuquerque', region: 'NM', postalCode: '87104', country: 'US' };
  const dolores: CustomerContact = { displayName: 'Dolores Quintana', givenName: 'Dolores', familyName: 'Quintana', email: 'dquintana@example.com', phone: '505-555-0120', address: home };

  it('tells an estate or its executors from a death marked on the person\'s own name', () => {
    expect(linkageRecord({ displayName: 'The Estate of Dolores Quintana', companyName: 'The Estate of Dolores Quintana', givenName: 'Joaquín', familyName: 'Quintana' }).estate).toBe('estate');
    expect(linkageRecord({ displayName: 'Ashley Pyle Estate' }).estate).toBe('estate');
    expect(linkageRecord({ displayName: 'Exors of the late Bethan Tudor', givenName: 'Gwen', familyName: 'Tudor' }).estate).toBe('estate');
    expect(linkageRecord({ displayName: 'Hina Raja (deceased) - Executors', givenName: 'Imran', familyName: 'Raja' }).estate).toBe('estate');
    expect(linkageRecord({ displayName: 'Mar Ann Holloway, deceased', givenName: 'Mar Ann', familyName: 'Holloway' }).estate).toBe('deceased');
    expect(linkageRecord({ displayName: 'The late Amina Nur' }).estate).toBe('deceased');
    expect(linkageRecord({ displayName: 'Dolores Quintana' }).estate).toBeNull();
    // A firm's or a place's estate words say no death.
    expect(linkageRecord({ displayName: 'Smith Real Estate', companyName: 'Smith Real Estate' }).estate).toBeNull();
    expect(linkageRecord({ displayName: 'Oakwood Estate' }).estate).toBeNull();
  });

  it("holds an estate against a living person's record of the name, at the person's own address, for a person to decide", () => {
    const estate: CustomerContact = { displayName: 'The Estate of Dolores Quintana', companyName: 'The Estate of Dolores Quintana', givenName: 'Joaquín', familyName: 'Quintana', email: 'kabbott@estatedolores.example', phone: '5755550120', address: home };
    expect(comparison(estate, dolores, 'name')?.clash).toBe('decedent');
    expect(decide(estate, dolores)).not.toBe('link');
    // Written as a person's record whose display says so, the same.
    expect(decide({ displayName: 'Estate of Dolores Quintana', phone: '505-555-0120', address: home }, dolores)).not.toBe('link');
  });

  it("reads an estate's records alike however written, and a death's mark alone as the person's own name", () => {
    const qbo: CustomerContact = { displayName: 'Estate of Mary Ann Holloway', companyName: 'Estate of Mary Ann Holloway', phone: '417-555-5009' };
    expect(comparison({ displayName: 'MARY ANN HOLLOWAY EST', phone: '417-555-5009' }, qbo, 'name')?.clash).toBeUndefined();
    expect(decide({ displayName: 'MARY ANN HOLLOWAY EST', phone: '(417) 555-5009' }, qbo)).toBe('link');
    const mary: CustomerContact = { displayName: 'Mary Ann Holloway', givenName: 'Mary Ann', familyName: 'Holloway', phone: '417-555-5009', address: { line1: '18452 County Road 412', line2: null, city: 'Ava', region: 'MO', postalCode: '65608', country: 'US' } };
    expect(comparison({ displayName: 'Mary Ann Holloway, deceased', phone: '417-555-5009', address: mary.address }, mary, 'name')?.clash).toBeUndefined();
    expect(decide({ displayName: 'Mary Ann Holloway, deceased', givenName: 'Mary Ann', familyName: 'Holloway', phone: '417-555-5009', address: mary.address }, mary)).toBe('link');
  });
});
