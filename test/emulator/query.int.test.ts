import { apiFault, salesLine, startTestEmulator, type CompanyApi, type TestEmulator } from './emulator-client';

describe('QBO emulator: query language', () => {
  let t: TestEmulator;
  let api: CompanyApi;

  beforeAll(async () => {
    t = await startTestEmulator();
    api = t.client.api(await t.client.createCompany('Query Co'));
    const seeded = await t.client.seed(api.realmId, {
      customers: [
        { DisplayName: "Adam's Candy", GivenName: 'Adam', PrimaryEmailAddr: { Address: 'adam@candy.com' } },
        { DisplayName: 'Back\\Slash Ltd', CompanyName: 'Backslash' },
        { DisplayName: 'Bravo Bakery', GivenName: 'Bea', CompanyName: 'Bravo' },
        { DisplayName: 'Charlie Cafe', GivenName: 'Chad' },
        { DisplayName: 'Old Customer', Active: false },
        { DisplayName: '100% Pure' },
      ],
      invoices: [],
    });
    expect(seeded.status).toBe(200);
    await api.createInvoice({ CustomerRef: { value: '3' }, DocNumber: 'Q-1', TxnDate: '2024-01-10', Line: [salesLine(50)] });
    await api.createInvoice({ CustomerRef: { value: '3' }, DocNumber: 'Q-2', TxnDate: '2024-02-10', Line: [salesLine(150)] });
    await api.createInvoice({ CustomerRef: { value: '4' }, DocNumber: 'Q-3', TxnDate: '2024-03-10', Line: [salesLine(20)] });
  });
  afterAll(async () => {
    await t.emulator.close();
  });

  const names = async (query: string): Promise<unknown[]> => (await api.rows(query)).map((r) => r['DisplayName'] ?? r['DocNumber']);

  it('SELECT * answers the QueryResponse shape and only active records', async () => {
    const result = await api.query('SELECT * FROM Customer');
    expect(result.status).toBe(200);
    const response = result.json?.['QueryResponse'] as Record<string, unknown>;
    expect(response['startPosition']).toBe(1);
    expect(response['maxResults']).toBe(5);
    expect((response['Customer'] as unknown[]).length).toBe(5);
    expect(await names('select * from customer')).not.toContain('Old Customer');
  });

  it('Active = false gives only inactive, Active IN (true, false) both', async () => {
    expect(await names('SELECT * FROM Customer WHERE Active = false')).toEqual(['Old Customer']);
    expect(await names('SELECT * FROM Customer WHERE Active IN (true, false)')).toHaveLength(6);
  });

  it('COUNT(*) answers totalCount', async () => {
    const result = await api.query('SELECT COUNT(*) FROM Customer');
    expect(result.json?.['QueryResponse']).toEqual({ totalCount: 5 });
    const all = await api.query('SELECT COUNT(*) FROM Customer WHERE Active IN (true,false)');
    expect(all.json?.['QueryResponse']).toEqual({ totalCount: 6 });
  });

  it('= compares case-insensitively', async () => {
    expect(await names("SELECT * FROM Customer WHERE DisplayName = 'BRAVO bakery'")).toEqual(['Bravo Bakery']);
  });

  it("escapes: \\' and \\\\ in literals", async () => {
    expect(await names("SELECT * FROM Customer WHERE DisplayName = 'Adam\\'s Candy'")).toEqual(["Adam's Candy"]);
    expect(await names("SELECT * FROM Customer WHERE DisplayName = 'Back\\\\Slash Ltd'")).toEqual(['Back\\Slash Ltd']);
  });

  it('an unescaped quote or an unknown escape is 4000', async () => {
    expect(apiFault(await api.query("SELECT * FROM Customer WHERE DisplayName = 'Adam's Candy'")).code).toBe('4000');
    expect(apiFault(await api.query("SELECT * FROM Customer WHERE DisplayName = 'Back\\Slash'")).code).toBe('4000');
  });

  it('curly quotes are rejected (4000) by default', async () => {
    expect(apiFault(await api.query('SELECT * FROM Customer WHERE DisplayName = \u2018Adam\u2019')).code).toBe('4000');
    expect(apiFault(await api.query("SELECT * FROM Customer WHERE DisplayName = 'Adam\u2019s Candy'")).code).toBe('4000');
  });

  it('IN matches any listed value', async () => {
    expect(await names("SELECT * FROM Customer WHERE DisplayName IN ('charlie cafe', 'Bravo Bakery', 'nobody') ORDERBY DisplayName")).toEqual(['Bravo Bakery', 'Charlie Cafe']);
    expect(await names("SELECT * FROM Customer WHERE Id IN ('1', '4') ORDERBY Id")).toEqual(["Adam's Candy", 'Charlie Cafe']);
  });

  it('LIKE knows % only, case-insensitively', async () => {
    expect(await names("SELECT * FROM Customer WHERE DisplayName LIKE 'b%' ORDERBY DisplayName")).toEqual(['Back\\Slash Ltd', 'Bravo Bakery']);
    expect(await names("SELECT * FROM Customer WHERE DisplayName LIKE '%CAFE'")).toEqual(['Charlie Cafe']);
    expect(await names("SELECT * FROM Customer WHERE DisplayName LIKE '%y%'")).toEqual(["Adam's Candy", 'Bravo Bakery']);
    expect(await names("SELECT * FROM Customer WHERE DisplayName LIKE 'Bravo_Bakery'")).toEqual([]);
    expect(await names("SELECT * FROM Customer WHERE DisplayName LIKE '100%'")).toEqual(['100% Pure']);
  });

  it('<, >, <=, >= on amounts, dates and strings', async () => {
    expect(await names('SELECT * FROM Invoice WHERE TotalAmt > 50')).toEqual(['Q-2']);
    expect(await names('SELECT * FROM Invoice WHERE TotalAmt >= 50 ORDERBY DocNumber')).toEqual(['Q-1', 'Q-2']);
    expect(await names("SELECT * FROM Invoice WHERE TotalAmt < '50'")).toEqual(['Q-3']);
    expect(await names('SELECT * FROM Invoice WHERE TotalAmt <= 50 ORDERBY DocNumber')).toEqual(['Q-1', 'Q-3']);
    expect(await names("SELECT * FROM Invoice WHERE TxnDate >= '2024-02-01' AND TxnDate < '2024-03-01'")).toEqual(['Q-2']);
    expect(await names("SELECT * FROM Customer WHERE DisplayName < 'b' ORDERBY DisplayName")).toEqual(['100% Pure', "Adam's Candy"]);
  });

  it('AND joins conditions; CustomerRef and Balance are filterable', async () => {
    expect(await names("SELECT * FROM Invoice WHERE CustomerRef = '3' AND TotalAmt > 100")).toEqual(['Q-2']);
    expect(await names('SELECT * FROM Customer WHERE Balance > 0 ORDERBY Balance DESC')).toEqual(['Bravo Bakery', 'Charlie Cafe']);
    expect(await names("SELECT * FROM Customer WHERE PrimaryEmailAddr = 'ADAM@candy.com'")).toEqual(["Adam's Candy"]);
  });

  it('MetaData.LastUpdatedTime is filterable', async () => {
    expect(await names("SELECT * FROM Customer WHERE MetaData.LastUpdatedTime > '2000-01-01T00:00:00Z' AND DisplayName = 'Charlie Cafe'")).toEqual(['Charlie Cafe']);
    expect(await names("SELECT * FROM Customer WHERE MetaData.LastUpdatedTime > '2999-01-01T00:00:00Z'")).toEqual([]);
  });

  it('ORDERBY, STARTPOSITION (1-based) and MAXRESULTS page through', async () => {
    const page1 = await names('SELECT * FROM Customer ORDERBY DisplayName STARTPOSITION 1 MAXRESULTS 2');
    const page2 = await names('SELECT * FROM Customer ORDERBY DisplayName STARTPOSITION 3 MAXRESULTS 2');
    const page3 = await names('SELECT * FROM Customer ORDERBY DisplayName STARTPOSITION 5 MAXRESULTS 2');
    expect(page1).toEqual(['100% Pure', "Adam's Candy"]);
    expect(page2).toEqual(['Back\\Slash Ltd', 'Bravo Bakery']);
    expect(page3).toEqual(['Charlie Cafe']);
    const result = await api.query('SELECT * FROM Customer STARTPOSITION 3 MAXRESULTS 2');
    expect(result.json?.['QueryResponse']).toMatchObject({ startPosition: 3, maxResults: 2 });
    const empty = await api.query('SELECT * FROM Customer STARTPOSITION 50');
    expect(empty.json?.['QueryResponse']).toEqual({});
  });

  it('MAXRESULTS over 1000 is 4000; 1000 is fine', async () => {
    expect((await api.query('SELECT * FROM Customer MAXRESULTS 1000')).status).toBe(200);
    const result = await api.query('SELECT * FROM Customer MAXRESULTS 1001');
    expect(result.status).toBe(400);
    expect(apiFault(result).code).toBe('4000');
  });

  it.each([
    ['OR', "SELECT * FROM Customer WHERE DisplayName = 'a' OR DisplayName = 'b'"],
    ['parentheses', "SELECT * FROM Customer WHERE (DisplayName = 'a')"],
    ['projection', 'SELECT DisplayName FROM Customer'],
    ['join', 'SELECT * FROM Customer, Invoice'],
    ['unknown entity', 'SELECT * FROM Widget'],
    ['unknown field', "SELECT * FROM Customer WHERE Nickname = 'x'"],
    ['non-filterable field (phone)', "SELECT * FROM Customer WHERE PrimaryPhone = '1'"],
    ['non-filterable field (Notes)', "SELECT * FROM Customer WHERE Notes = 'x'"],
    ['Id with LIKE', "SELECT * FROM Customer WHERE Id LIKE '1%'"],
    ['Id with >', "SELECT * FROM Customer WHERE Id > '1'"],
    ['!=', "SELECT * FROM Customer WHERE DisplayName != 'x'"],
    ['double quotes', 'SELECT * FROM Customer WHERE DisplayName = "x"'],
    ['unterminated literal', "SELECT * FROM Customer WHERE DisplayName = 'x"],
    ['ORDERBY unknown field', 'SELECT * FROM Customer ORDERBY Nickname'],
    ['STARTPOSITION 0', 'SELECT * FROM Customer STARTPOSITION 0'],
    ['trailing garbage', 'SELECT * FROM Customer LIMIT 5'],
    ['empty query', ''],
  ])('%s is a 400 with code 4000', async (_label, query) => {
    const result = await api.query(query);
    expect(result.status).toBe(400);
    const fault = apiFault(result);
    expect(fault.code).toBe('4000');
    expect(['QueryParserError', 'ValidationFault']).toContain(fault.type);
  });

  it('POST /query takes the query as a text body', async () => {
    const result = await t.client.request('POST', `/v3/company/${api.realmId}/query?minorversion=75`, {
      token: api.company.accessToken,
      rawBody: "SELECT * FROM Customer WHERE DisplayName = 'Charlie Cafe'",
      contentType: 'application/text',
    });
    expect(result.status).toBe(200);
    expect(((result.json?.['QueryResponse'] as Record<string, unknown>)['Customer'] as unknown[]).length).toBe(1);
  });

  it('Item, Vendor and Employee are queryable too', async () => {
    expect((await api.rows("SELECT * FROM Item WHERE Name = 'services'"))[0]).toMatchObject({ Id: '1' });
    expect(await api.rows('SELECT * FROM Vendor')).toEqual([]);
    expect(await api.rows('SELECT * FROM Employee')).toEqual([]);
  });
});
