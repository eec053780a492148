import { assertNumbers, FinanceError } from './finance-error.ts';

// The five annuity functions share one identity (Excel's documented PV/FV equation):
//   pv·(1+r)^n + pmt·(1+r·type)·((1+r)^n − 1)/r + fv = 0      (r ≠ 0)
//   pv + pmt·n + fv = 0                                        (r = 0)
// Sign convention: money paid out is negative, money received positive.
// Source: Microsoft Support, "PV function" (equation in Remarks); OASIS OpenFormula 1.2 §6.12.

function checkType(fn: string, type: number): 0 | 1 {
  assertNumbers(fn, { type });
  // Spreadsheets treat any non-zero type as 1 (payment at the beginning of the period).
  return type === 0 ? 0 : 1;
}

/**
 * PV(rate, nper, pmt, [fv=0], [type=0]) — present value of a series of equal payments (Excel/Calc PV).
 * Formula: pv = −(fv + pmt·(1+r·type)·((1+r)^n−1)/r) / (1+r)^n; with r = 0, pv = −(fv + pmt·n).
 * Units: currency; rate per period (fraction, 0.08/12 for 8 % a year paid monthly); nper in periods.
 * Source: Microsoft Support, "PV function".
 */
export function pv(rate: number, nper: number, pmt: number, fv = 0, type = 0): number {
  assertNumbers('PV', { rate, nper, pmt, fv });
  const t = checkType('PV', type);
  if (rate === 0) return -(fv + pmt * nper);
  if (rate === -1) throw new FinanceError('DIV0', 'PV: rate of −100 %');
  const growth = (1 + rate) ** nper;
  return -(fv + (pmt * (1 + rate * t) * (growth - 1)) / rate) / growth;
}

/**
 * FV(rate, nper, pmt, [pv=0], [type=0]) — future value of an investment with equal payments (Excel/Calc FV).
 * Formula: fv = −(pv·(1+r)^n + pmt·(1+r·type)·((1+r)^n−1)/r); with r = 0, fv = −(pv + pmt·n).
 * Units: currency; rate per period (fraction); nper in periods.
 * Source: Microsoft Support, "FV function".
 */
export function fv(rate: number, nper: number, pmt: number, pv = 0, type = 0): number {
  assertNumbers('FV', { rate, nper, pmt, pv });
  const t = checkType('FV', type);
  if (rate === 0) return -(pv + pmt * nper);
  const growth = (1 + rate) ** nper;
  return -(pv * growth + (pmt * (1 + rate * t) * (growth - 1)) / rate);
}

/**
 * PMT(rate, nper, pv, [fv=0], [type=0]) — the constant payment per period of a loan (Excel/Calc PMT).
 * Formula: pmt = −r·(pv·(1+r)^n + fv) / ((1+r·type)·((1+r)^n − 1)); with r = 0, pmt = −(pv + fv)/n.
 * Units: currency per period. Throws NUM when nper = 0.
 * Source: Microsoft Support, "PMT function".
 */
export function pmt(rate: number, nper: number, pv: number, fv = 0, type = 0): number {
  assertNumbers('PMT', { rate, nper, pv, fv });
  const t = checkType('PMT', type);
  if (nper === 0) throw new FinanceError('NUM', 'PMT: nper must not be 0');
  if (rate === 0) return -(pv + fv) / nper;
  const growth = (1 + rate) ** nper;
  const denominator = (1 + rate * t) * (growth - 1);
  if (denominator === 0) throw new FinanceError('DIV0', 'PMT: rate gives a zero denominator');
  return (-rate * (pv * growth + fv)) / denominator;
}

function checkPeriod(fn: string, per: number, nper: number): void {
  if (per < 1 || per > nper) throw new FinanceError('NUM', `${fn}: per must lie between 1 and nper`);
}

/**
 * IPMT(rate, per, nper, pv, [fv=0], [type=0]) — the interest part of payment number `per` (Excel/Calc IPMT).
 * Formula: with p = PMT(rate, nper, pv, fv, type):
 *   type 0: ipmt = r·FV(r, per−1, p, pv, 0);
 *   type 1: ipmt = 0 for per = 1, else r·(FV(r, per−2, p, pv, 1) − p).
 * Units: currency (negative for a borrower's payment of a positive pv). Throws NUM when per ∉ [1, nper].
 * Source: Microsoft Support, "IPMT function"; LibreOffice Calc ScIpmt (same recurrence).
 */
export function ipmt(rate: number, per: number, nper: number, pv: number, fv = 0, type = 0): number {
  assertNumbers('IPMT', { rate, per, nper, pv, fv });
  const t = checkType('IPMT', type);
  checkPeriod('IPMT', per, nper);
  const payment = pmt(rate, nper, pv, fv, t);
  if (t === 1 && per === 1) return 0;
  const balance =
    t === 1 ? fvOf(rate, per - 2, payment, pv, 1) - payment : fvOf(rate, per - 1, payment, pv, 0);
  return balance * rate;
}

/**
 * PPMT(rate, per, nper, pv, [fv=0], [type=0]) — the principal part of payment `per` (Excel/Calc PPMT).
 * Formula: ppmt = PMT(rate, nper, pv, fv, type) − IPMT(rate, per, nper, pv, fv, type).
 * Units: currency. Throws NUM when per ∉ [1, nper].
 * Source: Microsoft Support, "PPMT function".
 */
export function ppmt(rate: number, per: number, nper: number, pv: number, fv = 0, type = 0): number {
  return pmt(rate, nper, pv, fv, type) - ipmt(rate, per, nper, pv, fv, type);
}

function fvOf(rate: number, nper: number, payment: number, presentValue: number, type: 0 | 1): number {
  return fv(rate, nper, payment, presentValue, type);
}

/**
 * NPER(rate, pmt, pv, [fv=0], [type=0]) — the number of periods an investment needs (Excel/Calc NPER).
 * Formula: n = ln((pmt·(1+r·type) − fv·r) / (pmt·(1+r·type) + pv·r)) / ln(1+r); with r = 0, n = −(pv + fv)/pmt.
 * Units: periods (may be fractional). Throws NUM when the logarithm's argument is not positive,
 * DIV0 when rate = 0 and pmt = 0.
 * Source: Microsoft Support, "NPER function".
 */
export function nper(rate: number, pmt: number, pv: number, fv = 0, type = 0): number {
  assertNumbers('NPER', { rate, pmt, pv, fv });
  const t = checkType('NPER', type);
  if (rate === 0) {
    if (pmt === 0) throw new FinanceError('DIV0', 'NPER: pmt is 0 at a zero rate');
    return -(pv + fv) / pmt;
  }
  if (rate <= -1) throw new FinanceError('NUM', 'NPER: rate must be greater than −100 %');
  const adjusted = pmt * (1 + rate * t);
  const numerator = adjusted - fv * rate;
  const denominator = adjusted + pv * rate;
  if (denominator === 0) throw new FinanceError('DIV0', 'NPER: zero denominator');
  const ratio = numerator / denominator;
  if (!(ratio > 0)) throw new FinanceError('NUM', 'NPER: no number of periods solves this annuity');
  return Math.log(ratio) / Math.log(1 + rate);
}
