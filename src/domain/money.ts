/**
 * An exact decimal number (money, quantities, unit prices): a BigInt count of units at a
 * scale, so `"0.1" × "3"` is exactly `0.3`. Never a binary float. Pure: imports nothing.
 */
export class Money {
  private constructor(
    /** The value × 10^scale. */
    readonly units: bigint,
    /** Digits after the decimal point. */
    readonly scale: number,
  ) {}

  static zero(): Money {
    return new Money(0n, 0);
  }

  /**
   * Parses `"75.00"`, `"-2"`, `".5"`, `"1e3"` (JSON numbers arrive as their shortest text).
   * Returns null for anything else.
   */
  static parse(text: string | number): Money | null {
    const s = (typeof text === 'number' ? (Number.isFinite(text) ? String(text) : '') : text).trim();
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
    if (m === null) return null;
    const [, sign = '', intPart = '', fracPart = '', expPart] = m;
    if (intPart === '' && fracPart === '') return null;
    const exponent = expPart === undefined ? 0 : Number(expPart);
    if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 1000) return null;
    let digits = `${intPart}${fracPart}`.replace(/^0+(?=\d)/, '');
    let scale = fracPart.length - exponent;
    if (scale < 0) {
      digits += '0'.repeat(-scale);
      scale = 0;
    }
    const magnitude = BigInt(digits === '' ? '0' : digits);
    return new Money(sign === '-' ? -magnitude : magnitude, scale);
  }

  /** Like parse, but throws a clear error naming what was wrong. */
  static of(text: string | number, what = 'amount'): Money {
    const m = Money.parse(text);
    if (m === null) throw new Error(`${what} is not a decimal number: ${JSON.stringify(text)}`);
    return m;
  }

  times(other: Money): Money {
    return new Money(this.units * other.units, this.scale + other.scale);
  }

  plus(other: Money): Money {
    const scale = Math.max(this.scale, other.scale);
    return new Money(this.rescaled(scale) + other.rescaled(scale), scale);
  }

  /** Rounds half-up (half away from zero) to `places` digits: 0.125 → 0.13, -0.125 → -0.13. */
  roundHalfUp(places: number): Money {
    if (this.scale <= places) return new Money(this.rescaled(places), places);
    const divisor = 10n ** BigInt(this.scale - places);
    const negative = this.units < 0n;
    const magnitude = negative ? -this.units : this.units;
    let quotient = magnitude / divisor;
    if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
    return new Money(negative ? -quotient : quotient, places);
  }

  equals(other: Money): boolean {
    const scale = Math.max(this.scale, other.scale);
    return this.rescaled(scale) === other.rescaled(scale);
  }

  isNegative(): boolean {
    return this.units < 0n;
  }

  /** Significant digits once trailing fraction zeros are dropped ("75.00" → 2, "0.0001" → 1). */
  significantDigits(): number {
    const t = this.normalised();
    const digits = (t.units < 0n ? -t.units : t.units).toString();
    return digits === '0' ? 1 : digits.length;
  }

  /** Plain decimal text with exactly `scale` fraction digits: "150.00", "-0.5". */
  toString(): string {
    const negative = this.units < 0n;
    const digits = (negative ? -this.units : this.units).toString().padStart(this.scale + 1, '0');
    const int = digits.slice(0, digits.length - this.scale);
    const frac = this.scale > 0 ? `.${digits.slice(digits.length - this.scale)}` : '';
    return `${negative ? '-' : ''}${int}${frac}`;
  }

  /** The shortest text without trailing fraction zeros: "75.00" → "75", "2.50" → "2.5". */
  toPlainString(): string {
    return this.normalised().toString();
  }

  /**
   * A JSON number for QBO. Exact when the value has at most 15 significant digits (callers
   * check `significantDigits()` first): `String(n)` then gives back the same digits.
   */
  toNumber(): number {
    return Number(this.toPlainString());
  }

  private normalised(): Money {
    let units = this.units;
    let scale = this.scale;
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale -= 1;
    }
    return new Money(units, scale);
  }

  private rescaled(scale: number): bigint {
    return this.units * 10n ** BigInt(scale - this.scale);
  }
}
