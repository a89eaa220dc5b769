import { Money } from '../../../src/domain/money';

describe('Money', () => {
  it.each([
    ['2', '75.00', '150.00'],
    ['3', '0.335', '1.01'], // 1.005 → 1.01 half-up; a float gives 1.00
    ['0.1', '0.2', '0.02'],
    ['1.5', '0.01', '0.02'], // 0.015 → 0.02
    ['-3', '0.335', '-1.01'], // half away from zero
    ['1e3', '0.0005', '0.50'],
    ['123456789.123', '1', '123456789.12'],
  ])('%s × %s rounds half-up to %s', (q, p, expected) => {
    expect(Money.of(q).times(Money.of(p)).roundHalfUp(2).toString()).toBe(expected);
  });

  it('parses decimal strings and JSON numbers exactly, and refuses anything else', () => {
    expect(Money.parse('75.00')?.toString()).toBe('75.00');
    expect(Money.parse(0.1)?.toString()).toBe('0.1');
    expect(Money.parse(' .5 ')?.toPlainString()).toBe('0.5');
    expect(Money.parse('-0.50')?.toPlainString()).toBe('-0.5');
    for (const bad of ['', 'abc', '1,5', '1.2.3', '--1', 'NaN', Infinity]) expect(Money.parse(bad)).toBeNull();
    expect(() => Money.of('x', 'unit price')).toThrow('unit price is not a decimal number: "x"');
  });

  it('adds, compares and counts significant digits', () => {
    expect(Money.of('0.1').plus(Money.of('0.2')).equals(Money.of('0.30'))).toBe(true);
    expect(Money.of('75.00').significantDigits()).toBe(2);
    expect(Money.of('1234567890.12345').significantDigits()).toBe(15);
    expect(Money.of('2.50').toNumber()).toBe(2.5);
  });
});
