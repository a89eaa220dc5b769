import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { LINKAGE_KEYS_VERSION, linkageRecord } from '../../../src/domain/linkage/linkage-record';

const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const org = (name: string): CustomerContact => ({ displayName: name, companyName: name });

describe('an estate, a wife by her husband\'s names, a placeholder company (us-funeral read)', () => {
  it("reads an estate's record alike whatever its company field holds or its executor's care after its name", () => {
    const estate = { displayName: 'Estate of Edna E. Akers', givenName: 'Edna', familyName: 'Akers', phone: '(937) 848-2451' };
    for (const other of [
      { ...estate, companyName: 'None' },
      { ...estate, companyName: 'N/A' },
      { displayName: 'Estate of Edna E. Akers c/o Danny Akers', givenName: 'Edna', familyName: 'Akers', phone: '9378482451' },
      { displayName: 'Estate of Edna E. Akers - c/o Danny Akers', givenName: 'Danny', familyName: 'Akers', companyName: 'Estate of Edna E. Akers', phone: '9378482451' },
    ]) {
      const r = linkageRecord(other);
      expect([r.estate, r.form, r.given, r.family]).toEqual(['estate', null, 'edna', 'akers']);
      expect(compareRecords(linkageRecord(estate), r).some((f) => f.clash !== undefined)).toBe(false);
    }
    // The executor's own record stays apart from the estate's.
    expect(comparison({ displayName: 'Sarah Russell', givenName: 'Sarah', familyName: 'Russell' }, { displayName: 'Estate of Janet Klein C/O Sarah Russell, Executrix', givenName: 'Sarah', familyName: 'Russell' }, 'given')?.level).toBe('different');
    // A death's mark with another's care after it is the person's account, as before.
    expect(linkageRecord({ displayName: "tommy brandt (dec'd) c/o elsa brandt", givenName: 'tommy', familyName: 'brandt' }).estate).not.toBe('estate');
  });

  it('reads a placeholder company field as none, and only the whole field', () => {
    expect(linkageRecord({ displayName: 'Daniel Tardif', givenName: 'Daniel', familyName: 'Tardif', companyName: 'Particulier' }).companyTokens).toEqual([]);
    expect(linkageRecord({ displayName: 'Daniel Tardif', givenName: 'Daniel', familyName: 'Tardif', companyName: 'Home Depot' }).companyTokens).toEqual(['home', 'depot']);
  });

  it("reads \"Mrs.\" before a man's given name as a wife named by her husband's, her own given name unknown", () => {
    const r = linkageRecord({ displayName: 'Mrs. Alvin Thompson', familyName: 'Thompson' });
    expect([r.given, r.family]).toEqual([null, 'thompson']);
    expect(comparison({ displayName: 'Mrs. Alvin Thompson', familyName: 'Thompson' }, { displayName: 'Evelyn Thompson', givenName: 'Evelyn', familyName: 'Thompson' }, 'given')?.level ?? 'missing').toBe('missing');
    // Her own given name after "Mrs." is hers.
    expect(linkageRecord({ displayName: 'Mrs. Evelyn Thompson', givenName: 'Evelyn', familyName: 'Thompson' }).given).toBe('evelyn');
  });
});

describe("parishes of one office, a group's state company, a township's and a cemetery's words (us-funeral read)", () => {
  it("keys two names that share only a kind's word beside a short word of their own by that word", () => {
    expect(comparison(org('St. Casimir Church'), org('Our Lady of Peace Church'), 'name')?.common).toEqual(['t:church']);
  });

  it("reads a group's company of one state as another company", () => {
    expect(comparison(org('Ohio Valley Heritage Life Insurance Company of New York'), org('Ohio Valley Heritage Life & Casualty Co.'), 'name')?.clash).toBe('group');
    expect(comparison(org('Hightower Foods of Georgia'), org('Hightower Foods Inc.'), 'name')?.clash).toBe('group');
    // Both of the state, or a name opening with one, are no state company.
    expect(comparison(org('Hightower Foods of Georgia'), org('Hightower Foods of Georgia Inc.'), 'name')?.clash).toBeUndefined();
    expect(comparison(org('Ohio Valley Heritage Life'), org('Ohio Valley Heritage Life Insurance'), 'name')?.clash).toBeUndefined();
    // A site's town after a dash is no state company's.
    expect(comparison(org('Pho Saigon Express #49 - Québec'), org('Pho Saigon Express #49'), 'name')?.clash).toBeUndefined();
  });

  it('reads "Twp." and "Cem." as written out', () => {
    expect(comparison(org('MEADVILLE TWP. CEM.'), org('Meadville Township Cemetery'), 'name')?.level).toBe('exact');
  });

  it('keys a mirror keyed before these readings again', () => {
    expect(LINKAGE_KEYS_VERSION).toBeGreaterThanOrEqual(46);
  });
});
