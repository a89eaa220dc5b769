import { apiFault, salesLine, startTestEmulator, type CompanyApi, type TestEmulator } from './emulator-client';

describe('QBO emulator: company profiles', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(async () => {
    await t.emulator.close();
  });

  const company = async (profile: Record<string, unknown> = {}): Promise<CompanyApi> => t.client.api(await t.client.createCompany('Profiled Co', profile));
  const body = <T = Record<string, unknown>>(json: Record<string, unknown> | null, key: string): T => json?.[key] as T;

  it('a default company is a US one with AST, USD, no multi-currency and custom numbers on', async () => {
    const api = await company();
    const info = await api.get(`/companyinfo/${api.realmId}`);
    expect(info.status).toBe(200);
    expect(body(info.json, 'CompanyInfo')).toMatchObject({ CompanyName: 'Profiled Co', Country: 'US' });
    const prefs = await api.get('/preferences');
    expect(prefs.status).toBe(200);
    expect(body(prefs.json, 'Preferences')).toMatchObject({
      CurrencyPrefs: { MultiCurrencyEnabled: false, HomeCurrency: { value: 'USD' } },
      SalesFormsPrefs: { CustomTxnNumbers: true },
      TaxPrefs: { UsingSalesTax: true, PartnerTaxEnabled: true },
    });
  });

  it.each([
    ['CA', 'CAD'],
    ['GB', 'GBP'],
    ['AU', 'AUD'],
  ])('a %s company answers with its country and home currency %s', async (country, currency) => {
    const created = await t.client.request('POST', '/_emulator/realms', { body: { companyName: 'X', country, multiCurrency: true, customTxnNumbers: false } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ realmId: expect.any(String), accessToken: expect.any(String), companyName: 'X' });
    const api = t.client.api(created.json as never);
    expect(body(( await api.get(`/companyinfo/${api.realmId}`)).json, 'CompanyInfo')).toMatchObject({ Country: country });
    const prefs = body<Record<string, unknown>>((await api.get('/preferences')).json, 'Preferences');
    expect(prefs).toMatchObject({ CurrencyPrefs: { MultiCurrencyEnabled: true, HomeCurrency: { value: currency } }, SalesFormsPrefs: { CustomTxnNumbers: false } });
    expect(prefs['TaxPrefs']).not.toHaveProperty('PartnerTaxEnabled');
  });

  it('automatedSalesTax false and an explicit homeCurrency are told; bad profiles are 400', async () => {
    const api = await company({ automatedSalesTax: false, homeCurrency: 'EUR' });
    expect(body((await api.get('/preferences')).json, 'Preferences')).toMatchObject({ TaxPrefs: { PartnerTaxEnabled: false }, CurrencyPrefs: { HomeCurrency: { value: 'EUR' } } });
    for (const bad of [{ country: 'FR' }, { country: 'us' }, { homeCurrency: 'usd' }, { multiCurrency: 'yes' }, { taxes: true }]) {
      expect((await t.client.request('POST', '/_emulator/realms', { body: bad })).status).toBe(400);
    }
  });

  describe('seeded lists', () => {
    const names = (rows: Record<string, unknown>[]): unknown[] => rows.map((r) => r['Name']);

    it('every company has the Income accounts Sales and Services and the Services item (Id 1) under Services', async () => {
      const api = await company({ country: 'GB' });
      expect(names(await api.rows("select * from Account where AccountType = 'Income'"))).toEqual(expect.arrayContaining(['Sales', 'Services']));
      const [item] = await api.rows("select * from Item where Name = 'Services'");
      expect(item).toMatchObject({ Id: '1', Type: 'Service', Active: true, IncomeAccountRef: { name: 'Services' } });
      const account = await api.get(`/account/${String((item?.['IncomeAccountRef'] as Record<string, unknown>)['value'])}`);
      expect(body(account.json, 'Account')).toMatchObject({ Name: 'Services', AccountType: 'Income' });
    });

    it.each([
      ['CA', ['HST ON', 'Zero-rated', 'Exempt'], { 'HST ON': 13, 'Zero-rated': 0 }],
      ['GB', ['20.0% S', '5.0% R', '0.0% Z', 'Exempt'], { '20.0% S': 20, '5.0% R': 5, '0.0% Z': 0 }],
      ['AU', ['GST', 'GST free'], { GST: 10, 'GST free': 0 }],
    ])('%s: tax codes and rates are queryable', async (country, codes, rates) => {
      const api = await company({ country });
      const taxCodes = await api.rows('select * from TaxCode');
      expect(names(taxCodes)).toEqual(codes);
      const taxRates = await api.rows('select * from TaxRate');
      expect(Object.fromEntries(taxRates.map((r) => [r['Name'], r['RateValue']]))).toEqual(rates);
      const first = taxCodes[0] as Record<string, unknown>;
      const detail = (first['SalesTaxRateList'] as { TaxRateDetail: Record<string, unknown>[] }).TaxRateDetail[0];
      expect(detail?.['TaxRateRef']).toMatchObject({ name: codes[0] });
      expect(body((await api.get(`/taxcode/${String(first['Id'])}`)).json, 'TaxCode')).toMatchObject({ Name: codes[0] });
    });

    it('US: the line codes TAX and NON, no tax rates', async () => {
      const api = await company();
      expect(names(await api.rows('select * from TaxCode')).sort()).toEqual(['NON', 'TAX']);
      expect(await api.rows('select * from TaxRate')).toEqual([]);
    });
  });

  describe('numbering', () => {
    it('custom numbers off: an invoice without DocNumber gets the next number; a given one is kept', async () => {
      const api = await company({ customTxnNumbers: false });
      const customer = await api.createCustomer({ DisplayName: 'Numbered' });
      const inv = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ CustomerRef: { value: customer['Id'] }, Line: [salesLine(5)], ...extra });
      expect((await api.createInvoice(inv()))['DocNumber']).toBe('1001');
      expect((await api.createInvoice(inv({ DocNumber: '1500' })))['DocNumber']).toBe('1500');
      expect((await api.createInvoice(inv({ DocNumber: '' })))['DocNumber']).toBe('1501');
    });

    it('custom numbers on (default): an invoice without DocNumber has none', async () => {
      const api = await company();
      const customer = await api.createCustomer({ DisplayName: 'Unnumbered' });
      const created = await api.createInvoice({ CustomerRef: { value: customer['Id'] }, Line: [salesLine(5)] });
      expect(created['DocNumber']).toBeUndefined();
    });
  });

  describe('addresses', () => {
    it('Country comes back as an ISO 3-letter code, whatever was written; unknown values as written', async () => {
      const api = await company({ country: 'CA' });
      const customer = await api.createCustomer({
        DisplayName: 'Addressed',
        BillAddr: { Line1: '1 Main', Country: 'Canada' },
        ShipAddr: { Line1: '2 Main', Country: 'US' },
        OtherAddr: { Line1: '3 Main', Country: 'Narnia' },
      });
      expect(customer).toMatchObject({ BillAddr: { Country: 'CAN' }, ShipAddr: { Country: 'USA' }, OtherAddr: { Country: 'Narnia' } });
      const invoice = await api.createInvoice({
        CustomerRef: { value: customer['Id'] },
        BillAddr: { Line1: '1 Main', Country: 'United Kingdom' },
        Line: [{ ...salesLine(5), SalesItemLineDetail: { ItemRef: { value: '1' }, TaxCodeRef: { value: '3' } } }],
      });
      expect(invoice['BillAddr']).toMatchObject({ Country: 'GBR' });
    });

    it('the switch addressCountry "asWritten" keeps what was written', async () => {
      await t.client.setConfig({ companies: { addressCountry: 'asWritten' } });
      try {
        const api = await company();
        expect(await api.createCustomer({ DisplayName: 'Old style', BillAddr: { Country: 'United States' } })).toMatchObject({ BillAddr: { Country: 'United States' } });
      } finally {
        await t.client.setConfig({ companies: { addressCountry: 'iso3' } });
      }
    });
  });

  it('requestid after a delete replays the original answer (no new invoice)', async () => {
    const api = await company();
    const customer = await api.createCustomer({ DisplayName: 'Deleted later' });
    const create = { CustomerRef: { value: customer['Id'] }, DocNumber: 'DEL-1', Line: [salesLine(5)] };
    const first = await api.post('/invoice?requestid=del-req-1', create);
    expect(first.status).toBe(200);
    const created = body<Record<string, unknown>>(first.json, 'Invoice');
    const deleted = await api.post('/invoice?operation=delete', { Id: created['Id'], SyncToken: created['SyncToken'] });
    expect(deleted.status).toBe(200);
    const again = await api.post('/invoice?requestid=del-req-1', create);
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(await api.rows("select * from Invoice where DocNumber = 'DEL-1'")).toEqual([]);
    expect(apiFault(await api.get(`/invoice/${String(created['Id'])}`)).code).toBe('610');
  });
});
