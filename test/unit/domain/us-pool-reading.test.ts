import { compareRecords } from '../../../src/domain/linkage/field-comparisons';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

describe("A pool service's records (us-pool read)", () => {
  it("reads a route app's word for a household in the company field as no company", () => {
    for (const companyName of ['Private residence', 'RESIDENCE', 'Private home', 'Residential customer']) {
      const r = linkageRecord({ displayName: 'Susan Wallace', givenName: 'Susan', familyName: 'Wallace', companyName });
      expect([companyName, r.companyTokens, r.organisationNamed]).toEqual([companyName, [], false]);
    }
    // Against the household's own record, no firm's name against its contact.
    const company = compareRecords(
      linkageRecord({ displayName: 'Susan Wallace', givenName: 'Susan', familyName: 'Wallace', companyName: 'Private residence', phone: '623.719.4314' }),
      linkageRecord({ displayName: 'Susan Wallace', givenName: 'Susan', familyName: 'Wallace', phone: '(623) 719-4314' }),
    ).find((f) => f.field === 'company');
    expect(company?.clash).toBeUndefined();
    // A firm's own name is kept.
    expect(linkageRecord({ displayName: 'Residence Inn Tempe', companyName: 'Residence Inn Tempe' }).organisationNamed).toBe(true);
  });
});
