import { invoicePayload, syncMarker } from '../../../src/domain/invoice-payload';
import { invoiceChanges } from '../../../src/domain/invoice-changes';

const base = {
  id: 'inv_1',
  number: 'INV-1042',
  issueDate: '2026-11-20',
  dueDate: '2026-12-20',
  currency: 'usd',
  memo: 'Thanks',
  lines: [
    { description: 'Drain cleaning', quantity: '2', unitPrice: '75.00', taxable: true },
    { description: 'Parts', quantity: '3', unitPrice: '0.335' },
  ],
};
const refs = { qboCustomerId: '58', lines: [{ itemId: '1', taxCodeId: 'TAX' }, { itemId: '1', taxCodeId: null }] };

describe('invoicePayload', () => {
  it('builds QBO lines with Amount = Qty × UnitPrice rounded half-up, and the invoice fields', () => {
    const r = invoicePayload(base, refs);
    expect(r).toEqual({
      ok: true,
      total: '151.01',
      body: {
        CustomerRef: { value: '58' },
        DocNumber: 'INV-1042',
        TxnDate: '2026-11-20',
        DueDate: '2026-12-20',
        CurrencyRef: { value: 'USD' },
        CustomerMemo: { value: 'Thanks' },
        PrivateNote: syncMarker('inv_1'),
        Line: [
          {
            DetailType: 'SalesItemLineDetail',
            Amount: 150,
            Description: 'Drain cleaning',
            SalesItemLineDetail: { ItemRef: { value: '1' }, Qty: 2, UnitPrice: 75, TaxCodeRef: { value: 'TAX' } },
          },
          { DetailType: 'SalesItemLineDetail', Amount: 1.01, Description: 'Parts', SalesItemLineDetail: { ItemRef: { value: '1' }, Qty: 3, UnitPrice: 0.335 } },
        ],
      },
    });
  });

  it('refuses, in plain words, what QBO would refuse: a number over 21 characters, no lines, bad decimals, too many digits', () => {
    expect(invoicePayload({ ...base, number: 'X'.repeat(22) }, refs)).toEqual({
      ok: false,
      reason: expect.stringContaining('has 22 characters; QuickBooks allows at most 21'),
    });
    expect(invoicePayload({ ...base, lines: [] }, refs)).toEqual({ ok: false, reason: 'the invoice has no lines' });
    expect(invoicePayload({ ...base, lines: [{ quantity: 'two', unitPrice: '1' }] }, refs)).toEqual({
      ok: false,
      reason: 'line 1: quantity "two" is not a decimal number',
    });
    expect(invoicePayload({ ...base, lines: [{ quantity: '1', unitPrice: '1234567890.1234567' }] }, refs)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('more than 15 significant digits'),
    });
  });

  it('refuses a number holding a tab, a line break or another control character, saying so', () => {
    for (const number of ['INV\t7', 'INV\n7', 'IN\r\nV7', 'INV\u00077']) {
      const r = invoicePayload({ ...base, number }, refs);
      expect(r).toEqual({ ok: false, reason: expect.stringContaining('holds a tab, a line break or another control character') });
    }
    expect(invoicePayload({ ...base, number: '\tINV-7\n' }, refs)).toMatchObject({ ok: true, body: { DocNumber: 'INV-7' } }); // only around it: trimmed
  });

  it('omits what is absent: no number, no dates, no memo', () => {
    const r = invoicePayload({ ...base, number: null, issueDate: null, dueDate: null, memo: null, currency: null }, refs);
    expect(r.ok && Object.keys(r.body).sort()).toEqual(['CustomerRef', 'Line', 'PrivateNote']);
  });
});

describe('invoiceChanges', () => {
  const body = (overrides: Record<string, unknown> = {}) => {
    const r = invoicePayload({ ...base, ...overrides }, refs);
    if (!r.ok) throw new Error(r.reason);
    return r.body;
  };

  it('sends only the fields that changed, whatever the key order of the stored payload', () => {
    const before = body();
    const reordered = Object.fromEntries(Object.entries(before).reverse()) as typeof before;
    expect(invoiceChanges(reordered, body())).toEqual({});
    expect(invoiceChanges(before, body({ dueDate: '2027-01-01' }))).toEqual({ DueDate: '2027-01-01' });
    expect(Object.keys(invoiceChanges(before, body({ lines: [{ quantity: '1', unitPrice: '5' }] })))).toEqual(['Line']);
  });

  it('clears a memo that was removed upstream; everything when nothing was recorded', () => {
    expect(invoiceChanges(body(), body({ memo: null }))).toEqual({ CustomerMemo: { value: '' } });
    expect(Object.keys(invoiceChanges(null, body())).length).toBe(8);
  });

  it('sends a US tax override again with any change (QuickBooks recomputes the tax on every update), and not alone', () => {
    const withTax = (overrides: Record<string, unknown> = {}) => {
      const r = invoicePayload({ ...base, ...overrides }, { ...refs, totalTax: '8.24' });
      if (!r.ok) throw new Error(r.reason);
      return r.body;
    };
    expect(withTax().TxnTaxDetail).toEqual({ TotalTax: 8.24 });
    expect(invoiceChanges(withTax(), withTax())).toEqual({});
    expect(invoiceChanges(withTax(), withTax({ dueDate: '2027-01-01' }))).toEqual({ DueDate: '2027-01-01', TxnTaxDetail: { TotalTax: 8.24 } });
  });
});

describe('invoicePayload: items, tax codes, tax settings, exchange rate', () => {
  it('puts each line on its own item and tax code, and the invoice-level tax and rate fields', () => {
    const r = invoicePayload(base, {
      qboCustomerId: '58',
      lines: [
        { itemId: '7', taxCodeId: '3' },
        { itemId: '9', taxCodeId: '5' },
      ],
      globalTaxCalculation: 'TaxInclusive',
      exchangeRate: '1.3650',
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.body.Line.map((l) => [l.SalesItemLineDetail.ItemRef.value, l.SalesItemLineDetail.TaxCodeRef?.value])).toEqual([
      ['7', '3'],
      ['9', '5'],
    ]);
    expect(r.body.GlobalTaxCalculation).toBe('TaxInclusive');
    expect(r.body.ExchangeRate).toBe(1.365);
    expect(invoicePayload(base, { ...refs, exchangeRate: '0' })).toMatchObject({ ok: false, reason: expect.stringContaining('exchange rate') });
  });
});
