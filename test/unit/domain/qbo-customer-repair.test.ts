import { displayNameWithSuffix, qboCustomerRepair } from '../../../src/domain/qbo-customer-repair';

describe('QBO customer repair', () => {
  it('replaces colons, tabs and newlines in names and records each repair', () => {
    const r = qboCustomerRepair({ displayName: 'Parent:Child\tCo', givenName: 'A\nB', companyName: 'X: Y' }, 'cus_1');
    expect(r.fields.DisplayName).toBe('Parent - Child Co');
    expect(r.fields.GivenName).toBe('A B');
    expect(r.fields.CompanyName).toBe('X - Y');
    expect(r.repairs.map((x) => x.field)).toEqual(['DisplayName', 'GivenName', 'CompanyName']);
  });

  it('caps DisplayName and CompanyName at 100 characters (code points)', () => {
    const long = 'é'.repeat(150);
    const r = qboCustomerRepair({ displayName: long, companyName: long }, 'cus_1');
    expect([...r.fields.DisplayName].length).toBe(100);
    expect([...(r.fields.CompanyName ?? '')].length).toBe(100);
    expect(r.repairs).toHaveLength(2);
  });

  it('leaves out a malformed email, keeps a good one', () => {
    expect(qboCustomerRepair({ displayName: 'A', email: 'ann at example' }, 'x')).toMatchObject({
      fields: { DisplayName: 'A' },
      repairs: [{ field: 'PrimaryEmailAddr', after: null }],
    });
    expect(qboCustomerRepair({ displayName: 'A', email: ' ann@example.com ' }, 'x').fields.PrimaryEmailAddr).toEqual({ Address: 'ann@example.com' });
  });

  it('derives a missing DisplayName and keeps quotes, backslashes and non-Latin letters', () => {
    expect(qboCustomerRepair({ givenName: 'Ann', familyName: "O'Neil" }, 'x').fields.DisplayName).toBe("Ann O'Neil");
    const r = qboCustomerRepair({ displayName: 'Zoë "Q" \\ 株式会社' }, 'x');
    expect(r.fields.DisplayName).toBe('Zoë "Q" \\ 株式会社');
    expect(r.repairs).toEqual([]);
  });

  it('suffixes stay readable and within 100 characters', () => {
    expect(displayNameWithSuffix("Ann O'Neil", 2)).toBe("Ann O'Neil (2)");
    expect([...displayNameWithSuffix('x'.repeat(100), 3)].length).toBe(100);
  });
});
