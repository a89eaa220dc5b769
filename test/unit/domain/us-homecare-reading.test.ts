import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { LINKAGE_KEYS_VERSION, linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const at = { phone: '(813) 458-4019', email: 'daisy_garcia@gmail.com', address: { line1: '8399 Mango Ave', city: 'Sarasota', region: 'FL', postalCode: '34242' } };
const names = (c: CustomerContact) => {
  const r = linkageRecord({ ...at, ...c });
  return `${r.given ?? '-'} ${r.family ?? '-'} | ${r.agent.join(' ')}`;
};

describe("a client billed through a payer (us-homecare read)", () => {
  it("reads the client from a display of client and payer, where the fields hold the payer's names", () => {
    expect(names({ displayName: 'Lenny King c/o Denise Sanders', givenName: 'Denise', familyName: 'Sanders' })).toBe('lenny king | denise sanders');
    expect(names({ displayName: 'Peearl Zucker c/ Nancy Spinelli', givenName: 'Nancy', familyName: 'Spinelli' })).toBe('peearl zucker | nancy spinelli');
    expect(names({ displayName: 'Lenny King care of Denise Sanders', givenName: 'Denise', familyName: 'Sanders' })).toBe('lenny king | denise sanders');
    expect(names({ displayName: 'Beth Carbonell for Kenneth DeVries', givenName: 'Beth', familyName: 'Carbonell' })).toBe('kenneth devries | elizabeth carbonell');
    expect(names({ displayName: 'Herman Barun / Robin Braun (daughter)', givenName: 'Robin', familyName: 'Braun' })).toBe('herman barun | robin braun');
    expect(names({ displayName: 'Connolly, Joan (POA Joseph)', givenName: 'Joseph', familyName: 'Moriarty' })).toBe('joan connolly | joseph moriarty');
    // A display of another person's whole name than the fields' names the customer; the fields whom the bill goes to.
    expect(names({ displayName: 'Mrs Joan Connolly', givenName: 'Joseph', familyName: 'Moriarty' })).toBe('joan connolly | joseph moriarty');
    expect(names({ displayName: 'Sobczak, Virginia', givenName: 'Jennifer', familyName: 'Kowalski' })).toBe('virginia sobczak | jennifer kowalski');
    // Not a trade's name beside its owner's.
    expect(names({ displayName: 'Olive Pantry', givenName: 'Jennifer', familyName: 'Kowalski' })).toBe('jennifer kowalski | ');
  });

  it("keeps the fields where they hold the client's own names, and reads a guardian firm as the agent", () => {
    expect(names({ displayName: 'Irene Matijević - Bayfront Fiduciary Group pays', givenName: 'Irene', familyName: 'Matijević' })).toBe('irene matijevic | bayfront fiduciary group');
    expect(names({ displayName: 'Seymour Rubin / Hillsborough Elder Guardians (guardian)', givenName: 'Seymour', familyName: 'Rubin' })).toBe('seymour rubin | hillsborough elder guardians');
    expect(names({ displayName: 'Robin Koch for George Koch', givenName: 'George', familyName: 'Koch' })).toBe('george koch | ');
    // The payer's given name in brackets only: the client's name, no agent.
    expect(names({ displayName: 'Tony Marino II (dtr Theresa)', givenName: 'Tony', familyName: 'Marino' })).toBe('anthony marino | ');
  });

  it('reads no payer in an organisation\'s name, nor in a display naming the fields\' person', () => {
    expect(names({ displayName: 'Hillsborough County Aging Services - Community Care for the Elderly', companyName: 'Hillsborough County Aging Services - Community Care for the Elderly', givenName: 'Ann', familyName: 'Lee' })).toBe('- - | ');
    expect(names({ displayName: 'Bill Smith', givenName: 'William', familyName: 'Smith' })).toBe('william smith | ');
    expect(names({ displayName: 'Care for Seniors', givenName: 'Bob', familyName: 'Smith' })).toBe('robert smith | ');
  });

  it("holds a client's record against the payer's own, and the guardian firm's own", () => {
    expect(comparison({ ...at, displayName: 'Herman Braun / Robin Brown (dau)', givenName: 'Robin', familyName: 'Brown' }, { ...at, displayName: 'Robin Brown', givenName: 'Robin', familyName: 'Brown' }, 'company')?.clash).toBe('agent');
    const firm = { ...at, displayName: 'Bayfront Fiduciary Group', companyName: 'Bayfront Fiduciary Group', givenName: 'Ann', familyName: 'Lee' };
    expect(comparison({ ...at, displayName: 'Irene Matijević - Bayfront Fiduciary Group pays', givenName: 'Irene', familyName: 'Matijević' }, firm, 'company')?.clash).toBe('agent');
    // The client written either way is one.
    expect(comparison({ ...at, displayName: 'Sobczak, Virginia', givenName: 'Jennifer', familyName: 'Kowalski' }, { ...at, displayName: 'Virginia Sobczak c/o Jennifer Kowalski', givenName: 'Virginia', familyName: 'Sobczak' }, 'family')?.level).toBe('exact');
  });

  it("reads a parish's programs after a dash or a colon as its units", () => {
    expect(linkageRecord({ displayName: 'Our Lady of Czestochowa Parish – Faith Community Nursing', companyName: 'Our Lady of Czestochowa Parish – Faith Community Nursing' }).branch).toEqual(['faith', 'community', 'nursing']);
    expect(linkageRecord({ displayName: 'Westend CRC: Senior Outreach', companyName: 'Westend CRC: Senior Outreach' }).branch).toEqual(['senior', 'outreach']);
    const office = { phone: '(616) 313-6334', address: { line1: '1250 Prospect Ave', city: 'Grand Rapids', region: 'MI' } };
    expect(comparison({ ...office, displayName: 'Westend CRC: Senior Outreach', companyName: 'Westend CRC: Senior Outreach' }, { ...office, displayName: 'Westend CRC - Caring Ministry', companyName: 'Westend CRC - Caring Ministry' }, 'name')?.clash).toBe('unit');
    // A contact's name after the dash is still no unit.
    expect(linkageRecord({ displayName: 'Bright Homes - John Miller', companyName: 'Bright Homes' }).branch).toEqual([]);
  });

  it('re-keys a mirror keyed before the payer reading', () => {
    expect(LINKAGE_KEYS_VERSION).toBeGreaterThanOrEqual(42);
  });
});
