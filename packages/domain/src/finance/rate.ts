import { assertNumbers, FinanceError } from './finance-error.ts';
import { bisect, pickClosest, scanSignChanges } from './find-roots.ts';

/** f(r) = pv·(1+r)^n + pmt·(1+r·type)·((1+r)^n−1)/r + fv, with (1+r)^n−1 as expm1(n·log1p r) for accuracy near 0. */
function annuityGap(
  r: number,
  n: number,
  payment: number,
  presentValue: number,
  futureValue: number,
  type: number,
) {
  if (r === 0) return presentValue + payment * n + futureValue;
  const growthMinusOne = Math.expm1(n * Math.log1p(r));
  return presentValue * (growthMinusOne + 1) + (payment * (1 + r * type) * growthMinusOne) / r + futureValue;
}

/**
 * RATE(nper, pmt, pv, [fv=0], [type=0], [guess=0.1]) — interest rate per period of an annuity (Excel/Calc RATE).
 * Solves pv·(1+r)^n + pmt·(1+r·type)·((1+r)^n−1)/r + fv = 0 for r (r = 0: pv + pmt·n + fv = 0).
 * Algorithm: Newton's method from `guess` with a numerical-safe derivative (central difference of the
 * expm1 form); if it fails, a bracketing scan over r ∈ (−99.99 %, 99,900 %) and bisection of the
 * bracket nearest the guess. Throws NUM when nper ≤ 0 or no rate solves the equation.
 * Units: rate per period (fraction).
 * Source: Microsoft Support, "RATE function".
 */
export function rate(nper: number, pmt: number, pv: number, fv = 0, type = 0, guess = 0.1): number {
  assertNumbers('RATE', { nper, pmt, pv, fv, type, guess });
  if (nper <= 0) throw new FinanceError('NUM', 'RATE: nper must be positive');
  const t = type === 0 ? 0 : 1;
  const f = (r: number) => annuityGap(r, nper, pmt, pv, fv, t);
  let r = guess;
  for (let step = 0; step < 100; step++) {
    const value = f(r);
    if (value === 0) return r;
    const h = 1e-6 * (1 + Math.abs(r));
    const derivative = (f(r + h) - f(r - h)) / (2 * h);
    if (derivative === 0 || !Number.isFinite(derivative)) break;
    const next = r - value / derivative;
    if (!(next > -1) || !Number.isFinite(next)) break;
    if (Math.abs(next - r) <= 1e-12 * (1 + Math.abs(r))) return next;
    r = next;
  }
  // Newton with a finite-difference slope converges to full precision in a few steps; land here only when it did not.
  const roots = scanSignChanges(f).map(([lo, hi]) => (lo === hi ? lo : bisect(f, lo, hi)));
  const root = pickClosest(roots, guess);
  if (Number.isNaN(root)) throw new FinanceError('NUM', 'RATE: no interest rate solves this annuity');
  return root;
}
