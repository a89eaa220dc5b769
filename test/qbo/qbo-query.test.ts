import { countCriteria, quoteLiteral, QueryProgrammingError, selectQuery } from '../../src/qbo/qbo-query';

describe('quoteLiteral', () => {
  it('escapes backslashes and quotes', () => {
    expect(quoteLiteral("Adam's Candy")).toBe("'Adam\\'s Candy'");
    expect(quoteLiteral('Zoë O\'Brien \\ Co')).toBe("'Zoë O\\'Brien \\\\ Co'");
    expect(quoteLiteral('a\\')).toBe("'a\\\\'");
    expect(quoteLiteral("\\'")).toBe("'\\\\\\''");
  });

  it('normalises curly quotes', () => {
    expect(quoteLiteral('O’Brien “Ltd”')).toBe('\'O\\\'Brien "Ltd"\'');
  });

  it('leaves non-Latin letters alone', () => {
    expect(quoteLiteral('株式会社テスト')).toBe("'株式会社テスト'");
    expect(quoteLiteral('Ελληνική Εταιρεία')).toBe("'Ελληνική Εταιρεία'");
  });

  it('rejects control characters', () => {
    expect(() => quoteLiteral('a\tb')).toThrow(QueryProgrammingError);
    expect(() => quoteLiteral('a\nb')).toThrow(QueryProgrammingError);
  });
});

describe('selectQuery', () => {
  it('builds WHERE with AND, IN, LIKE and paging', () => {
    expect(
      selectQuery(
        'Customer',
        [
          { field: 'DisplayName', value: "O'Brien" },
          { field: 'Active', value: [true, false] },
          { field: 'CompanyName', op: 'LIKE', value: 'Acme%' },
        ],
        1001,
        1000,
      ),
    ).toBe("SELECT * FROM Customer WHERE DisplayName = 'O\\'Brien' AND Active IN (true, false) AND CompanyName LIKE 'Acme%' STARTPOSITION 1001 MAXRESULTS 1000");
  });

  it('whitelists fields: a typo or an unfilterable field is a programming error', () => {
    expect(() => selectQuery('Customer', [{ field: 'Displayname', value: 'x' }])).toThrow(QueryProgrammingError);
    expect(() => selectQuery('Customer', [{ field: 'PrimaryPhone', value: 'x' }])).toThrow(/not a filterable field/);
    expect(() => selectQuery('Customer', [{ field: "DisplayName = 'x' OR 1", value: 'x' }])).toThrow(QueryProgrammingError);
  });

  it('restricts Id to = and IN, and checks paging bounds', () => {
    expect(() => selectQuery('Customer', [{ field: 'Id', op: '>', value: '5' }])).toThrow(/Id supports only/);
    expect(() => selectQuery('Customer', [], 0)).toThrow(QueryProgrammingError);
    expect(() => selectQuery('Customer', [], 1, 1001)).toThrow(QueryProgrammingError);
    expect(() => selectQuery('Customer', [{ field: 'Id', op: 'IN', value: [] }])).toThrow(QueryProgrammingError);
  });

  it('knows the invoice fields', () => {
    expect(selectQuery('Invoice', [{ field: 'DocNumber', value: 'INV-1' }])).toBe(
      "SELECT * FROM Invoice WHERE DocNumber = 'INV-1' STARTPOSITION 1 MAXRESULTS 1000",
    );
  });
});

describe('countCriteria', () => {
  it('pre-escapes backslashes for node-quickbooks, which escapes only quotes', () => {
    expect(countCriteria('Customer', [{ field: 'DisplayName', value: 'a\\b’c' }])).toEqual([
      { count: true },
      { field: 'DisplayName', value: "a\\\\b'c", operator: '=' },
    ]);
  });

  it('validates like selectQuery', () => {
    expect(() => countCriteria('Customer', [{ field: 'Nope', value: 1 }])).toThrow(QueryProgrammingError);
  });
});
