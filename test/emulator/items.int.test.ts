import { apiFault, salesLine, withCompanyPerTest, type CompanyApi, type HttpResult } from './emulator-client';

type Json = Record<string, unknown>;

describe('QBO emulator: items', () => {
  let api: CompanyApi;
  withCompanyPerTest((_t, company) => {
    api = company;
  });

  const incomeAccount = async (name: string): Promise<string> => {
    const [row] = await api.rows(`select * from Account where Name = '${name}'`);
    return String(row?.['Id']);
  };
  const createItem = async (body: Json): Promise<Json> => {
    const result = await api.post('/item', body);
    if (result.status !== 200) throw new Error(`create item: ${result.status} ${result.text}`);
    return result.json?.['Item'] as Json;
  };

  it('creates, reads and queries items by Name, Sku, Type and Active', async () => {
    const sales = await incomeAccount('Sales');
    const widget = await createItem({ Name: 'Widget', Sku: 'W-1', Type: 'NonInventory', UnitPrice: 9.5, IncomeAccountRef: { value: sales } });
    expect(widget).toMatchObject({ Name: 'Widget', Sku: 'W-1', Type: 'NonInventory', Active: true, SyncToken: '0', IncomeAccountRef: { value: sales, name: 'Sales' }, FullyQualifiedName: 'Widget' });
    expect((await api.get(`/item/${String(widget['Id'])}`)).json?.['Item']).toMatchObject({ Name: 'Widget' });
    expect(await api.rows("select * from Item where Sku = 'w-1'")).toHaveLength(1);
    expect((await api.rows("select * from Item where Type = 'NonInventory'")).map((r) => r['Name'])).toEqual(['Widget']);
    expect((await api.rows("select * from Item where Name = 'widget'")).map((r) => r['Id'])).toEqual([widget['Id']]);
  });

  it('sparse update and made inactive (hidden from plain queries, found with Active = false)', async () => {
    const item = await createItem({ Name: 'Consulting', Type: 'Service', IncomeAccountRef: { value: await incomeAccount('Services') } });
    const renamed = await api.post('/item', { Id: item['Id'], SyncToken: item['SyncToken'], sparse: true, Name: 'Advice', Sku: 'ADV' });
    expect(renamed.json?.['Item']).toMatchObject({ Name: 'Advice', Sku: 'ADV', SyncToken: '1', Type: 'Service' });
    const stale = await api.post('/item', { Id: item['Id'], SyncToken: '0', sparse: true, Active: false });
    expect(apiFault(stale).code).toBe('5010');
    const inactive = await api.post('/item', { Id: item['Id'], SyncToken: '1', sparse: true, Active: false });
    expect(inactive.json?.['Item']).toMatchObject({ Active: false, SyncToken: '2' });
    expect(await api.rows("select * from Item where Name = 'Advice'")).toEqual([]);
    expect(await api.rows("select * from Item where Active = false")).toHaveLength(1);
  });

  it('Name is unique among items, active or not, case-insensitively (6240)', async () => {
    const sales = await incomeAccount('Sales');
    const first = await createItem({ Name: 'Gadget', Type: 'NonInventory', IncomeAccountRef: { value: sales } });
    await api.post('/item', { Id: first['Id'], SyncToken: '0', sparse: true, Active: false });
    const clash = await api.post('/item', { Name: ' gadget ', Type: 'NonInventory', IncomeAccountRef: { value: sales } });
    expect(apiFault(clash)).toMatchObject({ code: '6240', Message: 'Duplicate Name Exists Error' });
    expect(apiFault(clash).Detail).toContain(`Id=${String(first['Id'])}`);
    const rename = await api.post('/item', { Id: '1', SyncToken: '0', sparse: true, Name: 'GADGET' });
    expect(apiFault(rename).code).toBe('6240');
  });

  it('Service and NonInventory need an Income account; Sku at most 100; a bad Type is 2010', async () => {
    expect(apiFault(await api.post('/item', { Name: 'No account', Type: 'Service' }))).toMatchObject({ code: '2020', element: 'IncomeAccountRef' });
    expect(apiFault(await api.post('/item', { Name: 'Missing account', Type: 'NonInventory', IncomeAccountRef: { value: '999' } })).code).toBe('610');
    const receivable = await incomeAccount('Accounts Receivable (A/R)');
    expect(apiFault(await api.post('/item', { Name: 'Wrong account', Type: 'Service', IncomeAccountRef: { value: receivable } }))).toMatchObject({ code: '6000', element: 'IncomeAccountRef' });
    expect(apiFault(await api.post('/item', { Name: 'Long sku', Sku: 's'.repeat(101), IncomeAccountRef: { value: '1' } }))).toMatchObject({ code: '2050', element: 'Sku' });
    expect(apiFault(await api.post('/item', { Name: 'Odd', Type: 'Gizmo', IncomeAccountRef: { value: '1' } }))).toMatchObject({ code: '2010', element: 'Type' });
    expect((await api.post('/item', { Name: 'A category', Type: 'Category' })).status).toBe(200);
  });

  describe('invoice lines', () => {
    let customerId: string;
    beforeEach(async () => {
      customerId = String((await api.createCustomer({ DisplayName: 'Item buyer' }))['Id']);
    });
    const invoiceWith = (itemId: string): Promise<HttpResult> =>
      api.post('/invoice', { CustomerRef: { value: customerId }, Line: [salesLine(5, undefined, undefined, itemId)] });

    it('to an unknown item: 2500', async () => {
      expect(apiFault(await invoiceWith('999'))).toMatchObject({ code: '2500', element: 'Line[0].SalesItemLineDetail.ItemRef' });
    });

    it('to an inactive item: 2500', async () => {
      const item = await createItem({ Name: 'Retired', IncomeAccountRef: { value: '1' } });
      await api.post('/item', { Id: item['Id'], SyncToken: '0', sparse: true, Active: false });
      expect(apiFault(await invoiceWith(String(item['Id']))).code).toBe('2500');
    });

    it('to a Category item: refused (6000)', async () => {
      const category = await createItem({ Name: 'Hardware', Type: 'Category' });
      expect(apiFault(await invoiceWith(String(category['Id'])))).toMatchObject({ code: '6000', element: 'Line[0].SalesItemLineDetail.ItemRef' });
    });

    it('to an item created through the API: accepted, the line names it', async () => {
      const item = await createItem({ Name: 'Bolt', Sku: 'B-1', Type: 'NonInventory', IncomeAccountRef: { value: await incomeAccount('Sales') } });
      const result = await invoiceWith(String(item['Id']));
      expect(result.status).toBe(200);
      const line = ((result.json?.['Invoice'] as Json)['Line'] as Json[])[0];
      expect(line?.['SalesItemLineDetail']).toMatchObject({ ItemRef: { value: item['Id'], name: 'Bolt' } });
    });
  });

  it('a created item shows in CDC', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    await createItem({ Name: 'Fresh', IncomeAccountRef: { value: '1' } });
    const cdc = await api.get(`/cdc?entities=Item&changedSince=${encodeURIComponent(since)}`);
    const response = (cdc.json?.['CDCResponse'] as { QueryResponse: Json[] }[])[0]?.QueryResponse[0] as Json;
    expect((response['Item'] as Json[]).map((i) => i['Name'])).toContain('Fresh');
  });
});
