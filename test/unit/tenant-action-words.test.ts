import { describeField } from '../../src/domain/linkage/linkage-explanation';
import { upstreamInvoiceAmount } from '../../src/invoices/invoice-amount';
import { qboInvoiceUrl } from '../../src/http/tenant-action-deps';
import { amountPhrase, datePhrase, esc, evidenceInWords, failureAdvice, likelihood } from '../../src/http/tenant-action-words';

describe('the words of the page’s action sections', () => {
  it('amounts with their currency, or plain with cents when the currency is not known', () => {
    expect(amountPhrase('150', 'USD')).toBe('$150.00');
    expect(amountPhrase('1234.5', 'EUR')).toBe('€1,234.50');
    expect(amountPhrase('150', null)).toBe('150.00');
    expect(amountPhrase(null, 'USD')).toBeNull();
    expect(amountPhrase('12.00', 'XYZ1')).toBe('12.00 XYZ1');
  });

  it('dates as a bookkeeper reads them', () => {
    expect(datePhrase('2026-11-21')).toBe('21 November 2026');
    expect(datePhrase(null)).toBeNull();
  });

  it('the matcher’s evidence as a finding and how much it weighs, for and against', () => {
    const strong = describeField({ field: 'email', level: 'exact', weight: 11.3 }) ?? '';
    expect(evidenceInWords(strong)).toEqual({ finding: 'Same e-mail', weight: 'very strong sign they are the same customer', against: false });
    const against = describeField({ field: 'family', level: 'different', weight: -5.2 }) ?? '';
    expect(evidenceInWords(against)).toEqual({ finding: 'Different surnames', weight: 'strong sign they are different customers', against: true });
    expect(evidenceInWords('something else')).toEqual({ finding: 'something else', weight: '', against: false });
  });

  it('what to do about a failure, by its code, with a default', () => {
    expect(failureAdvice('6140')).toContain('another number');
    expect(failureAdvice('nope')).toContain('Correct the invoice in your system');
    expect(failureAdvice(null)).toContain('click Retry');
  });

  it('likelihoods in whole percent', () => {
    expect(likelihood(0.404)).toBe('40%');
    expect(likelihood(0.001)).toBe('<1%');
  });

  it('escapes HTML', () => {
    expect(esc(`<a href="x">O'Neil & co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;');
  });

  it('links to QuickBooks’ own invoice page of the environment', () => {
    expect(qboInvoiceUrl('production', '42')).toBe('https://qbo.intuit.com/app/invoice?txnId=42');
    expect(qboInvoiceUrl('sandbox', '42')).toBe('https://app.sandbox.qbo.intuit.com/app/invoice?txnId=42');
  });
});

describe('what an upstream invoice comes to', () => {
  it('sums quantity × price rounded per line, plus the tax when prices exclude it', () => {
    expect(upstreamInvoiceAmount([{ quantity: '2', unitPrice: '75.00' }], {})).toBe('150.00');
    expect(upstreamInvoiceAmount([{ quantity: '3', unitPrice: '0.335' }, { quantity: 1, unitPrice: 10 }], { taxAmount: '0.83' })).toBe('11.84');
    expect(upstreamInvoiceAmount([{ quantity: '1', unitPrice: '10' }], { taxAmount: '0.83', pricesIncludeTax: true })).toBe('10.00');
  });

  it('is unknown when a line cannot be read', () => {
    expect(upstreamInvoiceAmount(null, null)).toBeNull();
    expect(upstreamInvoiceAmount([{ quantity: 'x', unitPrice: '1' }], null)).toBeNull();
  });
});
