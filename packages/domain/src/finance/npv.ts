import { assertNumbers, FinanceError } from './finance-error.ts';

/**
 * NPV(rate, value1, [value2], …) — net present value of periodic cash flows (Excel/Calc NPV).
 * Formula: Σᵢ valueᵢ / (1+rate)^i for i = 1…n — the first value is discounted one full period,
 * exactly as in the spreadsheet (add a time-0 flow outside the call). Arrays are flattened like ranges.
 * Units: currency; rate per period (fraction). Throws DIV0 at rate = −1, VALUE on a non-number.
 * Source: Microsoft Support, "NPV function".
 */
export function npv(rate: number, ...values: ReadonlyArray<number | readonly number[]>): number {
  assertNumbers('NPV', { rate });
  if (rate === -1) throw new FinanceError('DIV0', 'NPV: rate of −100 %');
  const discount = 1 / (1 + rate);
  let factor = 1;
  let sum = 0;
  for (const value of values) {
    const list = typeof value === 'number' ? [value] : value;
    for (const flow of list) {
      if (typeof flow !== 'number' || !Number.isFinite(flow))
        throw new FinanceError('VALUE', 'NPV: value not a number');
      factor *= discount;
      sum += flow * factor;
    }
  }
  return sum;
}

/**
 * Present value at time 0 of `count` periodic flows where `flows[0]` is at time 0 (not discounted):
 * Σᵢ flows[i]·x^i with x = 1/(1+rate), evaluated by Horner's rule (one multiply-add per flow).
 * This is the convention of the project model (year 0 undiscounted); spreadsheet NPV(rate, f1…fn) + f0.
 * Units: currency; rate per period (fraction, > −1).
 */
export function presentValueOfFlows(flows: ArrayLike<number>, rate: number, count = flows.length): number {
  const x = 1 / (1 + rate);
  let sum = 0;
  for (let i = count - 1; i >= 0; i--) sum = sum * x + (flows[i] as number);
  return sum;
}

/** Whole days since 1970-01-01 UTC of a date, as a spreadsheet date serial would be truncated to a day. */
export function toDayNumber(date: Date): number {
  if (!(date instanceof Date) || Number.isNaN(date.getTime()))
    throw new FinanceError('VALUE', 'not a valid date');
  return Math.floor(date.getTime() / 86_400_000);
}

/**
 * XNPV(rate, values, dates) — net present value of cash flows at irregular dates (Excel/Calc XNPV).
 * Formula: Σᵢ valueᵢ / (1+rate)^((dᵢ − d₁)/365), d in whole days (UTC calendar days of the Dates).
 * Units: currency; rate per year (fraction). Throws NUM when lengths differ, a date precedes the first
 * date or rate ≤ −1; VALUE on an invalid date or value.
 * Source: Microsoft Support, "XNPV function".
 */
export function xnpv(rate: number, values: readonly number[], dates: readonly Date[]): number {
  assertNumbers('XNPV', { rate });
  if (values.length !== dates.length || values.length === 0) {
    throw new FinanceError('NUM', 'XNPV: values and dates must have the same, non-zero length');
  }
  if (rate <= -1) throw new FinanceError('NUM', 'XNPV: rate must be greater than −100 %');
  const start = toDayNumber(dates[0] as Date);
  const logBase = Math.log1p(rate);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) throw new FinanceError('VALUE', 'XNPV: value not a number');
    const days = toDayNumber(dates[i] as Date) - start;
    if (days < 0) throw new FinanceError('NUM', 'XNPV: a date precedes the first date');
    sum += value * Math.exp((-days / 365) * logBase);
  }
  return sum;
}
