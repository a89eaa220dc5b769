import { apiFault, salesLine, type CompanyApi, withCompanyPerTest } from './emulator-client';

describe('QBO emulator: invoices', () => {
  let api: CompanyApi;
  let customerId: string;

  withCompanyPerTest((_emulator, company) => {
    api = company;
  });
  beforeEach(async () => {
    customerId = String((await api.createCustomer({ DisplayName: 'Buyer' }))['Id']);
  });

  const invoice = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    CustomerRef: { value: customerId },
    Line: [salesLine(10, 2, 5)],
    ...extra,
  });

  it('creates an invoice with computed totals and reads it back', async () => {
    const created = await api.createInvoice(invoice({ DocNumber: 'INV-1', TxnDate: '2024-03-01', DueDate: '2024-03-31', PrivateNote: 'n', CustomerMemo: { value: 'Thanks' } }));
    expect(created).toMatchObject({ Id: '1', SyncToken: '0', DocNumber: 'INV-1', TotalAmt: 10, Balance: 10, TxnDate: '2024-03-01', DueDate: '2024-03-31' });
    expect(created['CustomerRef']).toEqual({ value: customerId, name: 'Buyer' });
    const lines = created['Line'] as Record<string, unknown>[];
    expect(lines[0]).toMatchObject({ Id: '1', Amount: 10, DetailType: 'SalesItemLineDetail' });
    expect(lines[lines.length - 1]).toMatchObject({ DetailType: 'SubTotalLineDetail', Amount: 10 });
    const read = await api.get('/invoice/1');
    expect(read.json?.['Invoice']).toMatchObject({ DocNumber: 'INV-1', TotalAmt: 10 });
    const customer = await api.get(`/customer/${customerId}`);
    expect((customer.json?.['Customer'] as Record<string, unknown>)['Balance']).toBe(10);
  });

  describe('Amount = Qty x UnitPrice, half-up to cents, in decimal (6070)', () => {
    it.each([
      ['3 x 0.335 = 1.005 -> 1.01', 3, 0.335, 1.01],
      ['1 x 0.005 -> 0.01', 1, 0.005, 0.01],
      ['0.1 x 3 = 0.3 (not 0.30000000000000004)', 0.1, 3, 0.3],
      ['3 x 0.1 + rounding = 0.3', 3, '0.1', '0.30'],
      ['1.15 x 100 = 115 (binary float gives 114.99999999999999)', 100, 1.15, 115],
      ['2.675 x 1 -> 2.68 (float rounding would give 2.67)', 1, 2.675, 2.68],
      ['1.005 x 1 -> 1.01 (Math.round(100.49999) would give 1.00)', 1, 1.005, 1.01],
      ['0.5 x 0.01 = 0.005 -> 0.01', 0.5, 0.01, 0.01],
      ['large 999999.99 x 3', 3, 999999.99, 2999999.97],
    ])('%s is accepted', async (_label, qty, unitPrice, amount) => {
      const result = await api.post('/invoice', invoice({ Line: [salesLine(amount, qty, unitPrice)] }));
      expect(result.status).toBe(200);
    });

    it.each([
      ['3 x 0.335 = 1.00 (rounded down)', 3, 0.335, 1.0],
      ['0.1 x 3 sent as float sum 0.30000000000000004', 0.1, 3, 0.30000000000000004],
      ['1.005 x 1 truncated to 1.00', 1, 1.005, 1.0],
      ['2 x 5 = 10.01', 2, 5, 10.01],
    ])('%s is 6070', async (_label, qty, unitPrice, amount) => {
      const result = await api.post('/invoice', invoice({ Line: [salesLine(amount, qty, unitPrice)] }));
      expect(result.status).toBe(400);
      expect(apiFault(result)).toMatchObject({ code: '6070', type: 'ValidationFault' });
    });

    it('sums line amounts exactly: 0.1 + 0.2 = 0.3', async () => {
      const created = await api.createInvoice(invoice({ Line: [salesLine(0.1, 1, 0.1), salesLine(0.2, 1, 0.2)] }));
      expect(created['TotalAmt']).toBe(0.3);
    });

    it('a description-only line adds nothing', async () => {
      const created = await api.createInvoice(invoice({ Line: [salesLine(7.5, 3, 2.5), { DetailType: 'DescriptionOnly', Description: 'Note line' }] }));
      expect(created['TotalAmt']).toBe(7.5);
    });
  });

  it('CustomerRef and at least one Line are required (2020)', async () => {
    const noCustomer = await api.post('/invoice', { Line: [salesLine(1)] });
    expect(apiFault(noCustomer)).toMatchObject({ code: '2020', element: 'CustomerRef' });
    const noLines = await api.post('/invoice', { CustomerRef: { value: customerId }, Line: [] });
    expect(apiFault(noLines)).toMatchObject({ code: '2020', element: 'Line' });
  });

  it('CustomerRef to a missing customer is 610, to an inactive one 2500', async () => {
    expect(apiFault(await api.post('/invoice', invoice({ CustomerRef: { value: '999' } }))).code).toBe('610');
    const inactive = await api.createCustomer({ DisplayName: 'Sleeper' });
    await api.post('/customer', { Id: inactive['Id'], SyncToken: '0', sparse: true, Active: false });
    const result = await api.post('/invoice', invoice({ CustomerRef: { value: inactive['Id'] } }));
    expect(apiFault(result)).toMatchObject({ code: '2500', Message: 'Invalid Reference Id' });
  });

  it('ItemRef to a missing item is 2500', async () => {
    const result = await api.post('/invoice', invoice({ Line: [salesLine(10, 2, 5, '77')] }));
    expect(apiFault(result).code).toBe('2500');
  });

  it('DocNumber is at most 21 characters (2050)', async () => {
    expect((await api.post('/invoice', invoice({ DocNumber: 'D'.repeat(21) }))).status).toBe(200);
    expect(apiFault(await api.post('/invoice', invoice({ DocNumber: 'E'.repeat(22) })))).toMatchObject({ code: '2050', element: 'DocNumber' });
  });

  it('a duplicate DocNumber is 6140 unless include=allowduplicatedocnum', async () => {
    const first = await api.createInvoice(invoice({ DocNumber: 'DUP-1' }));
    const dup = await api.post('/invoice', invoice({ DocNumber: 'DUP-1' }));
    expect(dup.status).toBe(400);
    const fault = apiFault(dup);
    expect(fault).toMatchObject({ code: '6140', Message: 'Duplicate Doc Num' });
    expect(fault.Detail).toContain(`TxnId=${String(first['Id'])}`);
    expect((await api.post('/invoice?include=allowduplicatedocnum', invoice({ DocNumber: 'DUP-1' }))).status).toBe(200);
    expect(await api.rows("SELECT * FROM Invoice WHERE DocNumber = 'DUP-1'")).toHaveLength(2);
  });

  it('PrivateNote is at most 4000 characters', async () => {
    expect((await api.post('/invoice', invoice({ PrivateNote: 'p'.repeat(4000) }))).status).toBe(200);
    expect(apiFault(await api.post('/invoice', invoice({ PrivateNote: 'p'.repeat(4001) })))).toMatchObject({ code: '2050', element: 'PrivateNote' });
  });

  it.each(['2024-3-1', '01/03/2024', '2024-02-30', '2024-03-01T00:00:00Z'])('TxnDate %s is rejected', async (date) => {
    const result = await api.post('/invoice', invoice({ TxnDate: date }));
    expect(result.status).toBe(400);
    expect(apiFault(result)).toMatchObject({ code: '2010', element: 'TxnDate' });
  });

  it('DueDate must be YYYY-MM-DD too', async () => {
    expect(apiFault(await api.post('/invoice', invoice({ DueDate: '31.12.2024' })))).toMatchObject({ element: 'DueDate' });
  });

  describe('update and void', () => {
    it('sparse update keeps the lines; a full update replaces them', async () => {
      const created = await api.createInvoice(invoice({ DocNumber: 'UPD-1' }));
      const sparse = await api.post('/invoice', { Id: created['Id'], SyncToken: '0', sparse: true, PrivateNote: 'updated' });
      expect(sparse.json?.['Invoice']).toMatchObject({ SyncToken: '1', PrivateNote: 'updated', TotalAmt: 10, DocNumber: 'UPD-1' });
      const full = await api.post('/invoice', { Id: created['Id'], SyncToken: '1', CustomerRef: { value: customerId }, Line: [salesLine(4.5, 3, 1.5)] });
      expect(full.status).toBe(200);
      expect(full.json?.['Invoice']).toMatchObject({ SyncToken: '2', TotalAmt: 4.5 });
      expect((full.json?.['Invoice'] as Record<string, unknown>)['PrivateNote']).toBeUndefined();
    });

    it('an update is validated like a create (6070, 6140)', async () => {
      await api.createInvoice(invoice({ DocNumber: 'TAKEN' }));
      const other = await api.createInvoice(invoice({ DocNumber: 'OTHER' }));
      expect(apiFault(await api.post('/invoice', { Id: other['Id'], SyncToken: '0', sparse: true, DocNumber: 'taken' })).code).toBe('6140');
      expect(apiFault(await api.post('/invoice', { Id: other['Id'], SyncToken: '0', sparse: true, Line: [salesLine(1, 3, 0.335)] })).code).toBe('6070');
    });

    it('a stale SyncToken is 5010', async () => {
      const created = await api.createInvoice(invoice());
      await api.post('/invoice', { Id: created['Id'], SyncToken: '0', sparse: true, PrivateNote: 'a' });
      const stale = await api.post('/invoice', { Id: created['Id'], SyncToken: '0', sparse: true, PrivateNote: 'b' });
      expect(apiFault(stale).code).toBe('5010');
      const staleVoid = await api.post('/invoice?operation=void', { Id: created['Id'], SyncToken: '0' });
      expect(apiFault(staleVoid).code).toBe('5010');
    });

    it('void zeroes the amounts, sets PrivateNote "Voided" and the customer balance drops', async () => {
      const created = await api.createInvoice(invoice({ DocNumber: 'VOID-1' }));
      const voided = await api.post('/invoice?operation=void', { Id: created['Id'], SyncToken: '0' });
      expect(voided.status).toBe(200);
      const inv = voided.json?.['Invoice'] as Record<string, unknown>;
      expect(inv).toMatchObject({ TotalAmt: 0, Balance: 0, PrivateNote: 'Voided', SyncToken: '1', DocNumber: 'VOID-1' });
      expect((inv['Line'] as Record<string, unknown>[]).every((l) => l['Amount'] === 0)).toBe(true);
      const read = await api.get(`/invoice/${String(created['Id'])}`);
      expect(read.json?.['Invoice']).toMatchObject({ TotalAmt: 0, PrivateNote: 'Voided' });
      const customer = await api.get(`/customer/${customerId}`);
      expect((customer.json?.['Customer'] as Record<string, unknown>)['Balance']).toBe(0);
      // The voided invoice still holds its DocNumber.
      expect(apiFault(await api.post('/invoice', invoice({ DocNumber: 'VOID-1' }))).code).toBe('6140');
    });

    it('delete removes the invoice: a later read is 610', async () => {
      const created = await api.createInvoice(invoice());
      const deleted = await api.post('/invoice?operation=delete', { Id: created['Id'], SyncToken: '0' });
      expect(deleted.json?.['Invoice']).toMatchObject({ Id: created['Id'], status: 'Deleted' });
      expect(apiFault(await api.get(`/invoice/${String(created['Id'])}`)).code).toBe('610');
    });
  });
});
