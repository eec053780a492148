// Model results are floats in the model currency, often in the hundreds of millions (or, in rials,
// the hundreds of trillions). The headline figures are shown in full through the shared money
// formatter; tables and chart axes are shown in thousands, millions or billions of a unit.
import type { CurrencyDisplay } from '../../shared/api/types.ts';

export type ScaleName = 'one' | 'thousand' | 'million' | 'billion';

/** A float amount as the whole-unit decimal string the money formatter takes ("-1234567"); no exponent. */
export function toAmountString(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value);
  return rounded === 0 ? '0' : BigInt(rounded).toString();
}

/** Units per displayed unit: 10 rials make a toman when the reader counts in tomans. */
export function currencyFactor(currency: string, display: CurrencyDisplay): number {
  return currency === 'IRR' && display === 'toman' ? 10 : 1;
}

/**
 * The smallest of units, thousands, millions or billions that keeps the biggest value under
 * 100 000 of it, so every cell has at most five integer digits and smaller rows keep their
 * detail: a mine with a cumulative cash flow of $10 bn reads in millions (10 000.0).
 */
export function chooseScale(values: Iterable<number>): { name: ScaleName; divisor: number } {
  let largest = 0;
  for (const value of values) if (Number.isFinite(value)) largest = Math.max(largest, Math.abs(value));
  if (largest < 1e5) return { name: 'one', divisor: 1 };
  if (largest < 1e8) return { name: 'thousand', divisor: 1e3 };
  if (largest < 1e11) return { name: 'million', divisor: 1e6 };
  return { name: 'billion', divisor: 1e9 };
}
