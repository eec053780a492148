import { assertNumbers, FinanceError } from './finance-error.ts';
import { bisect, pickClosest, scanSignChanges } from './find-roots.ts';
import { toDayNumber } from './npv.ts';

/**
 * XIRR(values, dates, [guess=0.1]) — internal rate of return of cash flows at irregular dates (Excel/Calc XIRR).
 * Solves Σᵢ valueᵢ/(1+r)^((dᵢ−d₁)/365) = 0, d in whole UTC days. Newton's method from `guess`,
 * with a bracketing scan and bisection when Newton fails. Throws NUM when lengths differ, a date
 * precedes the first, values lack a positive and a negative, or there is no root; VALUE on a bad date.
 * Units: rate per year (fraction).
 * Source: Microsoft Support, "XIRR function".
 */
export function xirr(values: readonly number[], dates: readonly Date[], guess = 0.1): number {
  assertNumbers('XIRR', { guess });
  if (values.length !== dates.length || values.length < 2) {
    throw new FinanceError('NUM', 'XIRR: values and dates must have the same length, at least 2');
  }
  const start = toDayNumber(dates[0] as Date);
  const years = dates.map((date) => {
    const days = toDayNumber(date) - start;
    if (days < 0) throw new FinanceError('NUM', 'XIRR: a date precedes the first date');
    return days / 365;
  });
  for (const value of values) {
    if (!Number.isFinite(value)) throw new FinanceError('VALUE', 'XIRR: value not a number');
  }
  if (!values.some((v) => v > 0) || !values.some((v) => v < 0)) {
    throw new FinanceError('NUM', 'XIRR: needs at least one positive and one negative value');
  }
  const f = (rate: number) => {
    const logBase = Math.log1p(rate);
    let sum = 0;
    for (let i = 0; i < values.length; i++)
      sum += (values[i] as number) * Math.exp(-(years[i] as number) * logBase);
    return sum;
  };
  let rate = guess;
  for (let step = 0; step < 100; step++) {
    const logBase = Math.log1p(rate);
    let value = 0;
    let derivative = 0;
    for (let i = 0; i < values.length; i++) {
      const t = years[i] as number;
      const term = (values[i] as number) * Math.exp(-t * logBase);
      value += term;
      derivative -= (t * term) / (1 + rate);
    }
    if (value === 0) return rate;
    if (derivative === 0 || !Number.isFinite(derivative)) break;
    const next = rate - value / derivative;
    if (!(next > -1) || !Number.isFinite(next)) break;
    if (Math.abs(next - rate) <= 1e-12 * (1 + Math.abs(rate))) return next;
    rate = next;
  }
  const roots = scanSignChanges(f).map(([lo, hi]) => (lo === hi ? lo : bisect(f, lo, hi)));
  const root = pickClosest(roots, guess);
  if (Number.isNaN(root)) throw new FinanceError('NUM', 'XIRR: no rate makes the net present value zero');
  return root;
}
