import { planInvoiceTax, totalDifference, upstreamTotal } from '../../../src/domain/invoice-tax';
import { itemKey, newItemFields } from '../../../src/domain/item-codes';

const none = { taxable: null, exempt: null };

describe('planInvoiceTax', () => {
  it('United States: TAX / NON from taxable, a line may name TAX or NON, upstream tax overrides, no tax-inclusive prices', () => {
    const r = planInvoiceTax({ country: 'US' }, none, { lines: [{ taxable: true }, { taxable: false }, {}, { taxCode: 'tax' }], taxAmount: '8.245' });
    expect(r).toEqual({ ok: true, plan: { lineCodes: ['TAX', 'NON', 'NON', 'TAX'], totalTax: '8.25' } });
    expect(planInvoiceTax({ country: 'US' }, none, { lines: [{ taxCode: 'HST ON' }] })).toMatchObject({ ok: false, reason: expect.stringContaining('either TAX or NON') });
    expect(planInvoiceTax({ country: 'US' }, none, { lines: [{}], pricesIncludeTax: true })).toMatchObject({ ok: false, reason: expect.stringContaining('United States') });
    expect(planInvoiceTax({ country: 'US' }, none, { lines: [{}], taxAmount: '-1' })).toMatchObject({ ok: false });
  });

  it("elsewhere: the line's code wins, else the tenant's taxable / exempt code, else the country's default; prices including tax → TaxInclusive", () => {
    expect(planInvoiceTax({ country: 'CA' }, none, { lines: [{ taxable: true }, {}, { taxCode: 'Zero-rated', taxable: true }], pricesIncludeTax: false })).toEqual({
      ok: true,
      plan: { lineCodes: ['HST ON', 'Exempt', 'Zero-rated'], globalTaxCalculation: 'TaxExcluded' },
    });
    expect(planInvoiceTax({ country: 'GB' }, { taxable: '5.0% R', exempt: '0.0% Z' }, { lines: [{ taxable: true }, { taxable: false }], pricesIncludeTax: true })).toEqual({
      ok: true,
      plan: { lineCodes: ['5.0% R', '0.0% Z'], globalTaxCalculation: 'TaxInclusive' },
    });
    expect(planInvoiceTax({ country: 'AU' }, none, { lines: [{ taxable: true }, {}] })).toEqual({ ok: true, plan: { lineCodes: ['GST', 'GST free'] } });
    expect(planInvoiceTax({ country: 'NZ' }, none, { lines: [{ taxable: true }] })).toMatchObject({ ok: false, reason: expect.stringContaining('pick one in the settings') });
  });
});

describe('totalDifference', () => {
  it('says in words where QuickBooks and upstream differ, and nothing when they agree or there is nothing to compare', () => {
    expect(totalDifference({ linesTotal: '100.00', taxAmount: '8.24', pricesIncludeTax: false }, { total: '108.25', tax: '8.25' })).toBe(
      'QuickBooks computed tax 8.25 where your system had 8.24; the invoice total in QuickBooks is 108.25 where your system had 108.24',
    );
    expect(totalDifference({ linesTotal: '100.00', taxAmount: '8.25', pricesIncludeTax: false }, { total: '108.25', tax: '8.25' })).toBeNull();
    expect(totalDifference({ linesTotal: '100.00', taxAmount: null, pricesIncludeTax: false }, { total: '108.25', tax: '8.25' })).toBeNull();
    expect(totalDifference({ linesTotal: '110.00', taxAmount: null, pricesIncludeTax: true }, { total: '110.00', tax: '10.00' })).toBeNull();
    expect(upstreamTotal({ linesTotal: '110', taxAmount: '10', pricesIncludeTax: true })).toBe('110.00');
  });
});

describe('item codes', () => {
  it('compares codes, SKUs and names normalised, and names a new item from the code and the description', () => {
    expect(itemKey('  Drain–Cleaning  XL ')).toBe('drain cleaning xl');
    expect(itemKey('Café')).toBe(itemKey('CAFE'));
    expect(newItemFields('DRAIN-1', 'Drain cleaning: main line')).toEqual({ Name: 'DRAIN-1 Drain cleaning main line', Sku: 'DRAIN-1' });
    expect(newItemFields('services', 'Services')).toEqual({ Name: 'services', Sku: 'services' });
    expect([...newItemFields('X'.repeat(150), null).Name]).toHaveLength(100);
  });
});
