/**
 * Exact decimal arithmetic on decimal strings, for money. A value is held as a scaled
 * bigint, value = coefficient / 10^scale, so sums and products never suffer binary
 * floating-point error (0.1 + 0.2 is exactly 0.3). Division and rounding take an explicit
 * scale and rounding mode, and round once, from the exact quotient.
 *
 * A decimal string is `-?\d+(\.\d+)?`: the machine form stored in `Money.amount`. Localized
 * input ("۱٬۲۳۴٫۵") goes through `parseDecimalString` first.
 */

/**
 * How to round to a scale, named as in `Intl.NumberFormat`'s `roundingMode`:
 * 'halfExpand' (half away from zero, commercial rounding; the default), 'halfEven'
 * (banker's rounding), 'trunc' (toward zero), 'floor' (toward −∞), 'ceil' (toward +∞).
 */
export type RoundingMode = 'halfExpand' | 'halfEven' | 'trunc' | 'floor' | 'ceil';

type ScaledDecimal = { readonly coefficient: bigint; readonly scale: number };

const DECIMAL_STRING = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Longest decimal string accepted, to keep bigint work bounded on hostile input. */
const MAX_DECIMAL_LENGTH = 200;

/** Returns true when `s` is a decimal string `-?\d+(\.\d+)?` of at most 200 characters. */
export function isDecimalString(s: string): boolean {
  return s.length <= MAX_DECIMAL_LENGTH && DECIMAL_STRING.test(s);
}

function parseScaled(s: string): ScaledDecimal {
  const match = s.length <= MAX_DECIMAL_LENGTH ? DECIMAL_STRING.exec(s) : null;
  if (match === null) throw new RangeError(`not a decimal string: ${JSON.stringify(s)}`);
  const [, sign = '', integer = '', fraction = ''] = match;
  const coefficient = BigInt(`${integer}${fraction}`);
  return { coefficient: sign === '-' ? -coefficient : coefficient, scale: fraction.length };
}

function formatScaled({ coefficient, scale }: ScaledDecimal): string {
  const isNegative = coefficient < 0n;
  const digits = (isNegative ? -coefficient : coefficient).toString().padStart(scale + 1, '0');
  const integer = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const magnitude = fraction === '' ? integer : `${integer}.${fraction}`;
  return isNegative && magnitude !== '0' ? `-${magnitude}` : magnitude;
}

const pow10 = (exponent: number): bigint => 10n ** BigInt(exponent);

function rescale(value: ScaledDecimal, scale: number): bigint {
  return value.coefficient * pow10(scale - value.scale);
}

/** Integer quotient numerator/denominator (denominator > 0) rounded by `mode`. */
function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator; // has the sign of the numerator
  if (remainder === 0n) return quotient;
  const direction = numerator < 0n ? -1n : 1n;
  const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
  switch (mode) {
    case 'trunc':
      return quotient;
    case 'floor':
      return direction < 0n ? quotient - 1n : quotient;
    case 'ceil':
      return direction > 0n ? quotient + 1n : quotient;
    case 'halfExpand':
      return twiceRemainder >= denominator ? quotient + direction : quotient;
    case 'halfEven':
      if (twiceRemainder > denominator) return quotient + direction;
      if (twiceRemainder < denominator) return quotient;
      return quotient % 2n === 0n ? quotient : quotient + direction;
  }
}

function assertScale(scale: number): void {
  if (!Number.isInteger(scale) || scale < 0 || scale > 100) {
    throw new RangeError(`scale must be an integer from 0 to 100, got ${scale}`);
  }
}

/** Returns the exact sum a + b of two decimal strings, in canonical form. */
export function addDecimalStrings(a: string, b: string): string {
  const x = parseScaled(a);
  const y = parseScaled(b);
  const scale = Math.max(x.scale, y.scale);
  return formatScaled({ coefficient: rescale(x, scale) + rescale(y, scale), scale });
}

/** Returns the exact difference a − b of two decimal strings, in canonical form. */
export function subtractDecimalStrings(a: string, b: string): string {
  const x = parseScaled(a);
  const y = parseScaled(b);
  const scale = Math.max(x.scale, y.scale);
  return formatScaled({ coefficient: rescale(x, scale) - rescale(y, scale), scale });
}

/** Returns the exact product a × b of two decimal strings (scale = sum of scales), canonical. */
export function multiplyDecimalStrings(a: string, b: string): string {
  const x = parseScaled(a);
  const y = parseScaled(b);
  return formatScaled({ coefficient: x.coefficient * y.coefficient, scale: x.scale + y.scale });
}

/**
 * Returns a ÷ b rounded once to `scale` fractional digits with `mode` (default
 * 'halfExpand'), computed from the exact quotient. Throws RangeError when b is zero.
 */
export function divideDecimalStrings(
  a: string,
  b: string,
  scale: number,
  mode: RoundingMode = 'halfExpand',
): string {
  assertScale(scale);
  const x = parseScaled(a);
  const y = parseScaled(b);
  if (y.coefficient === 0n) throw new RangeError('division by zero');
  // a/b·10^scale = (ca·10^(sb+scale)) / (cb·10^sa)
  let numerator = x.coefficient * pow10(y.scale + scale);
  let denominator = y.coefficient * pow10(x.scale);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  return formatScaled({ coefficient: divideRounded(numerator, denominator, mode), scale });
}

/**
 * Returns `value` rounded to `scale` fractional digits with `mode` (default 'halfExpand'),
 * canonical (so "2.50" at scale 2 is "2.5"). A value already within `scale` is unchanged.
 */
export function roundDecimalString(value: string, scale: number, mode: RoundingMode = 'halfExpand'): string {
  assertScale(scale);
  const x = parseScaled(value);
  if (x.scale <= scale) return formatScaled(x);
  return formatScaled({ coefficient: divideRounded(x.coefficient, pow10(x.scale - scale), mode), scale });
}

/** Returns -1, 0 or 1 as a is less than, equal to or greater than b (exact). */
export function compareDecimalStrings(a: string, b: string): -1 | 0 | 1 {
  const x = parseScaled(a);
  const y = parseScaled(b);
  const scale = Math.max(x.scale, y.scale);
  const difference = rescale(x, scale) - rescale(y, scale);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** Returns the canonical form of a decimal string: "007.50" → "7.5", "-0.0" → "0". */
export function canonicalizeDecimalString(value: string): string {
  return formatScaled(parseScaled(value));
}
