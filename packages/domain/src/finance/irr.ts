import { assertNumbers, FinanceError } from './finance-error.ts';
import { bisect, pickClosest, scanSignChanges } from './find-roots.ts';
import { presentValueOfFlows } from './npv.ts';

const MAX_NEWTON_STEPS = 60;

/**
 * Newton's method on f(r) = Σ cᵢ·x^i, x = 1/(1+r), from `guess`. f and f′ come from one Horner pass:
 * P(x) and P′(x) together, then df/dr = −x²·P′(x). Stops when a step is below 1e-12·(1+|r|), so
 * the returned rate is exact to double precision. Returns NaN when it leaves (−1, ∞) or stalls.
 */
function newtonIrr(flows: ArrayLike<number>, count: number, guess: number): number {
  let rate = guess;
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    const x = 1 / (1 + rate);
    let p = flows[count - 1] as number;
    let dp = 0;
    for (let i = count - 2; i >= 0; i--) {
      dp = dp * x + p;
      p = p * x + (flows[i] as number);
    }
    const derivative = -x * x * dp;
    if (p === 0) return rate;
    if (derivative === 0 || !Number.isFinite(derivative)) return Number.NaN;
    const next = rate - p / derivative;
    if (!(next > -1) || !Number.isFinite(next)) return Number.NaN;
    if (Math.abs(next - rate) <= 1e-12 * (1 + Math.abs(rate))) return next;
    rate = next;
  }
  return Number.NaN;
}

/**
 * The internal rate of return of periodic flows (flows[0] at time 0), or NaN when there is none.
 * Algorithm: Newton's method from `guess` (what a spreadsheet does, so the same root is found);
 * if Newton fails, scan NPV over a rate grid from −99.99 % to 99,900 % for sign changes and bisect
 * the bracket nearest to `guess`. Needs no allocation on the Newton path. Units: rate per period.
 */
export function irrOfFlows(flows: ArrayLike<number>, count = flows.length, guess = 0.1): number {
  let hasPositive = false;
  let hasNegative = false;
  for (let i = 0; i < count; i++) {
    const flow = flows[i] as number;
    if (flow > 0) hasPositive = true;
    else if (flow < 0) hasNegative = true;
  }
  if (!hasPositive || !hasNegative) return Number.NaN;
  const rate = newtonIrr(flows, count, guess);
  if (!Number.isNaN(rate)) return rate;
  const f = (r: number) => presentValueOfFlows(flows, r, count);
  const roots = scanSignChanges(f).map(([lo, hi]) => (lo === hi ? lo : bisect(f, lo, hi)));
  return pickClosest(roots, guess);
}

/**
 * IRR(values, [guess=0.1]) — internal rate of return of periodic cash flows (Excel/Calc IRR).
 * Solves Σᵢ valuesᵢ/(1+r)^i = 0 (i from 0). Robust: Newton from `guess`, then a bracketing scan
 * and bisection, so it converges wherever a spreadsheet does (and in some cases where Excel gives
 * up after its 20 steps). Throws NUM without at least one positive and one negative value, or when
 * no rate in (−100 %, ∞) zeroes the NPV. Use `analyzeIrr` to learn whether the IRR is unique.
 * Units: rate per period (fraction).
 * Source: Microsoft Support, "IRR function".
 */
export function irr(values: readonly number[], guess = 0.1): number {
  assertNumbers('IRR', { guess });
  for (const value of values) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new FinanceError('VALUE', 'IRR: value not a number');
  }
  if (!values.some((v) => v > 0) || !values.some((v) => v < 0)) {
    throw new FinanceError('NUM', 'IRR: needs at least one positive and one negative value');
  }
  const rate = irrOfFlows(values, values.length, guess);
  if (Number.isNaN(rate)) throw new FinanceError('NUM', 'IRR: no rate makes the net present value zero');
  return rate;
}
