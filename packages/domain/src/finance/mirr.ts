import { assertNumbers, FinanceError } from './finance-error.ts';

/**
 * MIRR(values, finance_rate, reinvest_rate) — modified internal rate of return (Excel/Calc MIRR).
 * Formula: with n values, negatives discounted at the finance rate and positives compounded at the
 * reinvestment rate: MIRR = (FV(positives @ reinvest) / −PV(negatives @ finance))^(1/(n−1)) − 1,
 * FV(positives) = Σ vᵢ⁺·(1+rr)^(n−1−i), PV(negatives) = Σ vᵢ⁻/(1+fr)^i (i from 0).
 * Units: rate per period (fraction). Throws DIV0 without at least one positive and one negative value.
 * Source: Microsoft Support, "MIRR function".
 */
export function mirr(values: readonly number[], financeRate: number, reinvestRate: number): number {
  assertNumbers('MIRR', { financeRate, reinvestRate });
  const n = values.length;
  let positiveFuture = 0;
  let negativePresent = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) throw new FinanceError('VALUE', 'MIRR: value not a number');
    if (value > 0) positiveFuture += value * (1 + reinvestRate) ** (n - 1 - i);
    else if (value < 0) negativePresent += value / (1 + financeRate) ** i;
  }
  if (positiveFuture === 0 || negativePresent === 0) {
    throw new FinanceError('DIV0', 'MIRR: needs at least one positive and one negative value');
  }
  const ratio = positiveFuture / -negativePresent;
  return ratio ** (1 / (n - 1)) - 1;
}
