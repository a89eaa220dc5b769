/**
 * Exact decimal arithmetic on decimal strings, backed by BigInt. No binary floats take part in
 * any computation: a JSON number is first turned into its shortest round-trip decimal text
 * (ECMAScript Number::toString), which is the literal the client wrote for any literal of up to
 * 15 significant digits.
 */
export class Decimal {
  private constructor(
    /** value = units / 10^scale */
    readonly units: bigint,
    readonly scale: number,
  ) {}

  static parse(input: number | string): Decimal | null {
    const text = typeof input === 'number' ? numberToPlainString(input) : input.trim();
    if (text === null) return null;
    const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!match) return null;
    const [, sign = '', intPart = '', fracPart = '', expPart] = match;
    if (intPart === '' && fracPart === '') return null;
    let digits = `${intPart}${fracPart}`.replace(/^0+(?=\d)/, '');
    let scale = fracPart.length - (expPart === undefined ? 0 : Number(expPart));
    if (scale < 0) {
      digits = digits + '0'.repeat(-scale);
      scale = 0;
    }
    const units = BigInt(digits === '' ? '0' : digits) * (sign === '-' ? -1n : 1n);
    return new Decimal(units, scale);
  }

  static fromUnits(units: bigint, scale: number): Decimal {
    return new Decimal(units, scale);
  }

  static zero(): Decimal {
    return new Decimal(0n, 0);
  }

  times(other: Decimal): Decimal {
    return new Decimal(this.units * other.units, this.scale + other.scale);
  }

  plus(other: Decimal): Decimal {
    const scale = Math.max(this.scale, other.scale);
    return new Decimal(this.rescaled(scale) + other.rescaled(scale), scale);
  }

  /** Rounds to `places` decimals, half away from zero ("half-up" as accountants mean it). */
  roundHalfUp(places: number): Decimal {
    if (this.scale <= places) return new Decimal(this.rescaled(places), places);
    const divisor = 10n ** BigInt(this.scale - places);
    const negative = this.units < 0n;
    const magnitude = negative ? -this.units : this.units;
    let quotient = magnitude / divisor;
    const remainder = magnitude % divisor;
    if (remainder * 2n >= divisor) quotient += 1n;
    return new Decimal(negative ? -quotient : quotient, places);
  }

  compare(other: Decimal): number {
    const scale = Math.max(this.scale, other.scale);
    const a = this.rescaled(scale);
    const b = other.rescaled(scale);
    return a === b ? 0 : a < b ? -1 : 1;
  }

  equals(other: Decimal): boolean {
    return this.compare(other) === 0;
  }

  /** Number of decimals actually needed (trailing zeros ignored). */
  significantScale(): number {
    let units = this.units;
    let scale = this.scale;
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale -= 1;
    }
    return scale;
  }

  toString(): string {
    const negative = this.units < 0n;
    const digits = (negative ? -this.units : this.units).toString().padStart(this.scale + 1, '0');
    const intPart = digits.slice(0, digits.length - this.scale);
    const fracPart = digits.slice(digits.length - this.scale);
    return `${negative ? '-' : ''}${intPart}${this.scale > 0 ? `.${fracPart}` : ''}`;
  }

  /** For JSON output only. */
  toNumber(): number {
    return Number(this.toString());
  }

  private rescaled(scale: number): bigint {
    return this.units * 10n ** BigInt(scale - this.scale);
  }
}

function numberToPlainString(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  return String(value);
}
