import { defaultEmulatorConfig } from '../../src/emulator/emulator-config';
import { apiFault, startTestEmulator, type CompanyApi, type TestEmulator } from './emulator-client';

type Json = Record<string, unknown>;

function line(amount: number | string, taxCode?: string, qty?: number, unitPrice?: number | string): Json {
  const detail: Json = { ItemRef: { value: '1' } };
  if (taxCode !== undefined) detail['TaxCodeRef'] = { value: taxCode };
  if (qty !== undefined) detail['Qty'] = qty;
  if (unitPrice !== undefined) detail['UnitPrice'] = unitPrice;
  return { DetailType: 'SalesItemLineDetail', Amount: amount, SalesItemLineDetail: detail };
}

describe('QBO emulator: tax by country', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(async () => {
    await t.emulator.close();
  });

  const company = async (profile: Json = {}): Promise<CompanyApi> => t.client.api(await t.client.createCompany('Tax Co', profile));
  const codeId = async (api: CompanyApi, name: string): Promise<string> => {
    const [row] = await api.rows(`select * from TaxCode where Name = '${name}'`);
    return String(row?.['Id']);
  };
  const customerOf = async (api: CompanyApi, extra: Json = {}): Promise<string> => String((await api.createCustomer({ DisplayName: 'Taxed', ...extra }))['Id']);

  it.each([
    ['CA', 'Make sure all your transactions have a GST/HST rate before you save.'],
    ['GB', 'Make sure all your transactions have a VAT rate before you save.'],
    ['AU', 'Make sure all your transactions have a GST rate before you save.'],
  ])('%s: a sales line without TaxCodeRef is refused with 6000 and the country message', async (country, message) => {
    const api = await company({ country });
    const customerId = await customerOf(api);
    const result = await api.post('/invoice', { CustomerRef: { value: customerId }, Line: [line(10)] });
    expect(result.status).toBe(400);
    const fault = apiFault(result);
    expect(fault).toMatchObject({ code: '6000', type: 'ValidationFault', element: 'Line[0].SalesItemLineDetail.TaxCodeRef' });
    expect(fault.Detail).toContain(message);
  });

  it('outside the US an unknown tax code (or TAX) is 2500', async () => {
    const api = await company({ country: 'CA' });
    const customerId = await customerOf(api);
    for (const code of ['TAX', '999']) {
      const result = await api.post('/invoice', { CustomerRef: { value: customerId }, Line: [line(10, code)] });
      expect(apiFault(result)).toMatchObject({ code: '2500', element: 'Line[0].SalesItemLineDetail.TaxCodeRef' });
    }
  });

  it('CA TaxExcluded (the default): HST 13% added on top; zero-rated and exempt lines add none', async () => {
    const api = await company({ country: 'CA' });
    const customerId = await customerOf(api);
    const [hst, zero, exempt] = [await codeId(api, 'HST ON'), await codeId(api, 'Zero-rated'), await codeId(api, 'Exempt')];
    const created = await api.createInvoice({ CustomerRef: { value: customerId }, Line: [line('100.05', hst), line(50, zero), line(20, exempt)] });
    // 13% of 100.05 = 13.0065 -> 13.01
    expect(created).toMatchObject({ GlobalTaxCalculation: 'TaxExcluded', TotalAmt: 183.06, Balance: 183.06, TxnTaxDetail: { TotalTax: 13.01 } });
    const taxLines = (created['TxnTaxDetail'] as { TaxLine: Json[] }).TaxLine;
    expect(taxLines).toEqual(expect.arrayContaining([expect.objectContaining({ Amount: 13.01, TaxLineDetail: expect.objectContaining({ TaxPercent: 13, NetAmountTaxable: 100.05 }) })]));
    expect((await api.get(`/invoice/${String(created['Id'])}`)).json?.['Invoice']).toMatchObject({ TotalAmt: 183.06, TxnTaxDetail: { TotalTax: 13.01 } });
  });

  it('GB TaxInclusive: amounts include VAT, the total is their sum and the tax is taken out of it', async () => {
    const api = await company({ country: 'GB' });
    const customerId = await customerOf(api);
    const created = await api.createInvoice({ CustomerRef: { value: customerId }, GlobalTaxCalculation: 'TaxInclusive', Line: [line(120, await codeId(api, '20.0% S')), line('10.50', await codeId(api, '5.0% R'))] });
    // 120 x 20/120 = 20.00; 10.50 x 5/105 = 0.50
    expect(created).toMatchObject({ GlobalTaxCalculation: 'TaxInclusive', TotalAmt: 130.5, Balance: 130.5, TxnTaxDetail: { TotalTax: 20.5 } });
  });

  it('AU NotApplicable: no tax; a bad GlobalTaxCalculation is 2010', async () => {
    const api = await company({ country: 'AU' });
    const customerId = await customerOf(api);
    const gst = await codeId(api, 'GST');
    const created = await api.createInvoice({ CustomerRef: { value: customerId }, GlobalTaxCalculation: 'NotApplicable', Line: [line(100, gst)] });
    expect(created).toMatchObject({ TotalAmt: 100, TxnTaxDetail: { TotalTax: 0 } });
    const excluded = await api.createInvoice({ CustomerRef: { value: customerId }, Line: [line(100, gst)] });
    expect(excluded).toMatchObject({ TotalAmt: 110, TxnTaxDetail: { TotalTax: 10 } });
    expect(apiFault(await api.post('/invoice', { CustomerRef: { value: customerId }, GlobalTaxCalculation: 'Sometimes', Line: [line(1, gst)] }))).toMatchObject({ code: '2010', element: 'GlobalTaxCalculation' });
  });

  it('outside the US a sent TotalTax is recomputed, not taken', async () => {
    const api = await company({ country: 'AU' });
    const customerId = await customerOf(api);
    const created = await api.createInvoice({ CustomerRef: { value: customerId }, TxnTaxDetail: { TotalTax: 1 }, Line: [line(100, await codeId(api, 'GST'))] });
    expect(created).toMatchObject({ TotalAmt: 110, TxnTaxDetail: { TotalTax: 10 } });
  });

  describe('US with Automated Sales Tax', () => {
    it('TAX lines are taxed at the rate of the customer state; NON and untagged lines are not', async () => {
      const api = await company();
      const customerId = await customerOf(api, { BillAddr: { Line1: '1 Main', City: 'Austin', CountrySubDivisionCode: 'TX', Country: 'US' } });
      const created = await api.createInvoice({ CustomerRef: { value: customerId }, Line: [line(100, 'TAX'), line(50, 'NON'), line(10)] });
      expect(created).toMatchObject({ TotalAmt: 168.25, Balance: 168.25, TxnTaxDetail: { TotalTax: 8.25 } });
      expect(created).not.toHaveProperty('GlobalTaxCalculation');
    });

    it('the invoice ShipAddr state wins over the customer address; without any state no tax (usDefaultTaxRate 0)', async () => {
      const api = await company();
      const customerId = await customerOf(api, { BillAddr: { CountrySubDivisionCode: 'TX' } });
      const shipped = await api.createInvoice({ CustomerRef: { value: customerId }, ShipAddr: { CountrySubDivisionCode: 'ca' }, Line: [line(100, 'TAX')] });
      expect(shipped).toMatchObject({ TotalAmt: 107.25, TxnTaxDetail: { TotalTax: 7.25 } });
      const bare = await customerOf(api, { DisplayName: 'No address' });
      expect(await api.createInvoice({ CustomerRef: { value: bare }, Line: [line(100, 'TAX')] })).toMatchObject({ TotalAmt: 100, TxnTaxDetail: { TotalTax: 0 } });
    });

    it('TxnTaxDetail.TotalTax overrides the computed tax', async () => {
      const api = await company();
      const customerId = await customerOf(api, { BillAddr: { CountrySubDivisionCode: 'TX' } });
      const created = await api.createInvoice({ CustomerRef: { value: customerId }, TxnTaxDetail: { TotalTax: '8.24' }, Line: [line(100, 'TAX')] });
      expect(created).toMatchObject({ TotalAmt: 108.24, TxnTaxDetail: { TotalTax: 8.24 } });
      // A sparse update without an override recomputes.
      const updated = await api.post('/invoice', { Id: created['Id'], SyncToken: created['SyncToken'], sparse: true, PrivateNote: 'again' });
      expect(updated.json?.['Invoice']).toMatchObject({ TotalAmt: 108.25, TxnTaxDetail: { TotalTax: 8.25 } });
    });

    it('a US line code other than TAX/NON is 2500', async () => {
      const api = await company();
      const customerId = await customerOf(api);
      expect(apiFault(await api.post('/invoice', { CustomerRef: { value: customerId }, Line: [line(1, 'HST ON')] })).code).toBe('2500');
    });

    it('the per-state table is a setting', async () => {
      await t.client.setConfig({ companies: { usStateTaxRates: { TX: '5' } } });
      try {
        const api = await company();
        const customerId = await customerOf(api, { BillAddr: { CountrySubDivisionCode: 'TX' } });
        expect(await api.createInvoice({ CustomerRef: { value: customerId }, Line: [line(100, 'TAX')] })).toMatchObject({ TotalAmt: 105 });
      } finally {
        await t.client.setConfig({ companies: { usStateTaxRates: defaultEmulatorConfig.companies.usStateTaxRates } });
      }
    });
  });

  it('tax codes cannot be created (or changed) through the API', async () => {
    const api = await company({ country: 'CA' });
    for (const path of ['/taxcode', '/taxrate']) {
      const result = await api.post(path, { Name: 'My tax' });
      expect(result.status).toBe(400);
      expect(apiFault(result)).toMatchObject({ code: '500', Message: 'Unsupported Operation' });
    }
    expect(await api.rows("select * from TaxCode where Name = 'My tax'")).toEqual([]);
  });
});
