// Checks and small arithmetic on the Latin-digit decimal strings the API exchanges for money
// and rates (the parsing of what people type is parseDecimalString in @karvan/domain).

export interface DecimalCheck {
  /** Most digits after the decimal separator (the API's limit: 4 for money, 12 for rates). */
  maxFractionDigits: number;
  /** Most digits before it. */
  maxIntegerDigits: number;
}

/** Why `decimal` breaks the limits, or null: 'negative', 'zero', 'fraction', 'integer'. */
export function checkPositiveDecimal(
  decimal: string,
  { maxFractionDigits, maxIntegerDigits }: DecimalCheck,
): 'negative' | 'zero' | 'fraction' | 'integer' | null {
  if (decimal.startsWith('-')) return 'negative';
  if (decimal === '0') return 'zero';
  const [integer = '', fraction = ''] = decimal.split('.');
  if (fraction.length > maxFractionDigits) return 'fraction';
  if (integer.length > maxIntegerDigits) return 'integer';
  return null;
}

/**
 * 1 ÷ `rate` as a decimal string rounded to `fractionDigits`, without trailing zeros: turns
 * "rials per dollar" into "dollars per rial" and back. Null for zero, invalid or a result
 * that rounds to 0. Goes through a double: fine for a displayed or entered exchange rate
 * (about 15 significant digits), not for summing money.
 */
export function invertRate(rate: string, fractionDigits: number): string | null {
  const value = Number(rate);
  if (!Number.isFinite(value) || value <= 0) return null;
  const inverse = 1 / value;
  if (!Number.isFinite(inverse) || inverse >= 1e21) return null;
  const text = inverse
    .toFixed(fractionDigits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  return /^0(\.0*)?$/.test(text) ? null : text;
}
