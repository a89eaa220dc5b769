import { apiFault, salesLine, type CompanyApi, type TestEmulator, withCompanyPerTest } from './emulator-client';

type BatchItem = Record<string, unknown> & { bId: string };

describe('QBO emulator: batch', () => {
  let t: TestEmulator;
  let api: CompanyApi;

  withCompanyPerTest((emulator, company) => {
    t = emulator;
    api = company;
  });

  const batch = async (items: unknown[]): Promise<{ status: number; items: Map<string, BatchItem>; raw: BatchItem[] }> => {
    const result = await api.post('/batch?minorversion=75', { BatchItemRequest: items });
    const raw = (result.json?.['BatchItemResponse'] as BatchItem[] | undefined) ?? [];
    return { status: result.status, items: new Map(raw.map((i) => [i.bId, i])), raw };
  };

  it('answers HTTP 200 with one response per item, faults per item', async () => {
    const customer = await api.createCustomer({ DisplayName: 'Batch Buyer' });
    await api.createCustomer({ DisplayName: 'Taken Name' });
    const { status, items } = await batch([
      { bId: 'inv-ok', operation: 'create', Invoice: { CustomerRef: { value: customer['Id'] }, DocNumber: 'B-1', Line: [salesLine(10, 2, 5)] } },
      { bId: 'inv-6070', operation: 'create', Invoice: { CustomerRef: { value: customer['Id'] }, DocNumber: 'B-2', Line: [salesLine(1, 3, 0.335)] } },
      { bId: 'inv-610', operation: 'create', Invoice: { CustomerRef: { value: '999' }, Line: [salesLine(1)] } },
      { bId: 'cust-ok', operation: 'create', Customer: { DisplayName: 'Batch New' } },
      { bId: 'cust-6240', operation: 'create', Customer: { DisplayName: 'taken name' } },
      { bId: 'q', Query: "SELECT * FROM Customer WHERE DisplayName = 'Batch Buyer'" },
      { bId: 'q-bad', Query: 'SELECT * FROM Customer WHERE A = 1 OR B = 2' },
    ]);
    expect(status).toBe(200);
    expect(items.size).toBe(7);
    expect(items.get('inv-ok')?.['Invoice']).toMatchObject({ DocNumber: 'B-1', TotalAmt: 10 });
    const code = (bId: string): string | undefined => (items.get(bId)?.['Fault'] as { Error: { code: string }[] } | undefined)?.Error[0]?.code;
    expect(code('inv-6070')).toBe('6070');
    expect(code('inv-610')).toBe('610');
    expect(items.get('cust-ok')?.['Customer']).toMatchObject({ DisplayName: 'Batch New' });
    expect(code('cust-6240')).toBe('6240');
    expect(((items.get('q')?.['QueryResponse'] as Record<string, unknown>)['Customer'] as unknown[]).length).toBe(1);
    expect(code('q-bad')).toBe('4000');
    // Only the good ones were applied.
    expect(await api.rows('SELECT * FROM Invoice')).toHaveLength(1);
  });

  it('supports update and delete items, with SyncToken checks', async () => {
    const customer = await api.createCustomer({ DisplayName: 'Upd Buyer' });
    const inv = await api.createInvoice({ CustomerRef: { value: customer['Id'] }, Line: [salesLine(10)] });
    const inv2 = await api.createInvoice({ CustomerRef: { value: customer['Id'] }, Line: [salesLine(20)] });
    const { items } = await batch([
      { bId: 'u', operation: 'update', Invoice: { Id: inv['Id'], SyncToken: '0', sparse: true, PrivateNote: 'batched' } },
      { bId: 'stale', operation: 'update', Customer: { Id: customer['Id'], SyncToken: '7', sparse: true, Notes: 'x' } },
      { bId: 'd', operation: 'delete', Invoice: { Id: inv2['Id'], SyncToken: '0' } },
    ]);
    expect(items.get('u')?.['Invoice']).toMatchObject({ PrivateNote: 'batched', SyncToken: '1' });
    expect((items.get('stale')?.['Fault'] as { Error: { code: string }[] }).Error[0]?.code).toBe('5010');
    expect(items.get('d')?.['Invoice']).toMatchObject({ status: 'Deleted' });
  });

  it('30 items are accepted; 31 are rejected with a 400 fault and nothing applied', async () => {
    const items = (n: number, prefix: string): unknown[] =>
      Array.from({ length: n }, (_, i) => ({ bId: `${prefix}${i}`, operation: 'create', Customer: { DisplayName: `${prefix} ${i}` } }));
    const ok = await batch(items(30, 'ok'));
    expect(ok.status).toBe(200);
    expect(ok.raw).toHaveLength(30);
    const tooMany = await api.post('/batch', { BatchItemRequest: items(31, 'big') });
    expect(tooMany.status).toBe(400);
    expect(apiFault(tooMany).type).toBe('ValidationFault');
    expect(await api.rows("SELECT * FROM Customer WHERE DisplayName LIKE 'big%'")).toEqual([]);
  });

  it('items run in no promised order (shuffled by default, sequential by switch)', async () => {
    const items = (prefix: string): unknown[] =>
      Array.from({ length: 30 }, (_, i) => ({ bId: String(i), operation: 'create', Customer: { DisplayName: `${prefix} ${i}` } }));
    const idsInBidOrder = async (prefix: string): Promise<number[]> => {
      const { items: byBid } = await batch(items(prefix));
      return Array.from({ length: 30 }, (_, i) => Number((byBid.get(String(i))?.['Customer'] as Record<string, unknown>)['Id']));
    };
    const shuffled = await idsInBidOrder('Shuffled');
    expect(shuffled).not.toEqual([...shuffled].sort((a, b) => a - b));
    await t.client.setConfig({ batch: { executionOrder: 'sequential' } });
    try {
      const sequential = await idsInBidOrder('Sequential');
      expect(sequential).toEqual([...sequential].sort((a, b) => a - b));
    } finally {
      await t.client.setConfig({ batch: { executionOrder: 'shuffled' } });
    }
  });

  it('a malformed item gets its own fault', async () => {
    const { status, items } = await batch([{ bId: 'x', operation: 'create' }, { bId: 'y', operation: 'explode', Customer: { DisplayName: 'Y' } }]);
    expect(status).toBe(200);
    expect(items.get('x')?.['Fault']).toBeDefined();
    expect(items.get('y')?.['Fault']).toBeDefined();
  });
});
