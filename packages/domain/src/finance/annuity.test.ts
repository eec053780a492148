import * as formulajs from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { fv, ipmt, nper, pmt, ppmt, pv } from './annuity.ts';
import { FinanceError } from './finance-error.ts';
import { createRandom } from './random.ts';

const closeTo = (actual: number, expected: number, relative = 1e-9, scale = Math.abs(expected)) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, scale));

describe('Microsoft documentation examples (values shown rounded to cents)', () => {
  it('PMT: 10,000 at 8 %/12 over 10 months is −1,037.03; at period start −1,030.16', () => {
    expect(pmt(0.08 / 12, 10, 10000)).toBeCloseTo(-1037.03, 2);
    expect(pmt(0.08 / 12, 10, 10000, 0, 1)).toBeCloseTo(-1030.16, 2);
  });
  it('PMT: saving 50,000 in 18 years at 6 %/12 needs −129.08 a month', () => {
    expect(pmt(0.06 / 12, 18 * 12, 0, 50000)).toBeCloseTo(-129.08, 2);
  });
  it('IPMT: −66.67 in month 1 of 8,000 at 10 % over 3 years; −292.45 in year 3 of yearly payments', () => {
    expect(ipmt(0.1 / 12, 1, 3 * 12, 8000)).toBeCloseTo(-66.67, 2);
    expect(ipmt(0.1, 3, 3, 8000)).toBeCloseTo(-292.45, 2);
  });
  it('PPMT: −75.62 in month 1 of 2,000 at 10 % over 2 years; −27,598.05 in year 10 of 200,000 at 8 %', () => {
    expect(ppmt(0.1 / 12, 1, 2 * 12, 2000)).toBeCloseTo(-75.62, 2);
    expect(ppmt(0.08, 10, 10, 200000)).toBeCloseTo(-27598.05, 2);
  });
  it('PV: an annuity of 500 a month for 20 years at 8 % is worth −59,777.15', () => {
    expect(pv(0.08 / 12, 12 * 20, 500, 0, 0)).toBeCloseTo(-59777.15, 2);
  });
  it('FV: 2,581.40; 12,682.50; 82,846.25', () => {
    expect(fv(0.06 / 12, 10, -200, -500, 1)).toBeCloseTo(2581.4, 2);
    expect(fv(0.12 / 12, 12, -1000)).toBeCloseTo(12682.5, 2);
    expect(fv(0.11 / 12, 35, -2000, 0, 1)).toBeCloseTo(82846.25, 2);
  });
  it('NPER: 59.6738657, 60.0821229, −9.57859404', () => {
    expect(nper(0.12 / 12, -100, -1000, 10000, 1)).toBeCloseTo(59.6738657, 7);
    expect(nper(0.12 / 12, -100, -1000, 10000)).toBeCloseTo(60.0821229, 7);
    expect(nper(0.12 / 12, -100, -1000)).toBeCloseTo(-9.57859404, 7);
  });
});

describe('edge cases', () => {
  it('zero rate reduces to plain sums', () => {
    expect(pv(0, 10, -100)).toBe(1000);
    expect(fv(0, 10, -100, -1000)).toBe(2000);
    expect(pmt(0, 10, 1000)).toBe(-100);
    expect(nper(0, -100, 1000)).toBe(10);
    expect(ipmt(0, 3, 10, 1000)).toBeCloseTo(0, 12);
    expect(ppmt(0, 3, 10, 1000)).toBe(-100);
  });
  it('type 1: no interest in the first payment', () => {
    expect(ipmt(0.1, 1, 5, 1000, 0, 1)).toBe(0);
    expect(ppmt(0.1, 1, 5, 1000, 0, 1)).toBe(pmt(0.1, 5, 1000, 0, 1));
  });
  it('errors', () => {
    expect(() => pmt(0.1, 0, 1000)).toThrow(FinanceError);
    expect(() => ipmt(0.1, 0, 5, 1000)).toThrowError(expect.objectContaining({ code: 'NUM' }));
    expect(() => ipmt(0.1, 6, 5, 1000)).toThrowError(expect.objectContaining({ code: 'NUM' }));
    expect(() => nper(0, 0, 1000)).toThrowError(expect.objectContaining({ code: 'DIV0' }));
    expect(() => nper(0.1, -50, 1000)).toThrowError(expect.objectContaining({ code: 'NUM' }));
    expect(() => pv(Number.NaN, 1, 1)).toThrowError(expect.objectContaining({ code: 'VALUE' }));
  });
});

describe('agrees with formula.js within 1e-9 relative on random inputs', () => {
  it('PV, FV, PMT, IPMT, PPMT, NPER', () => {
    const random = createRandom(42);
    for (let i = 0; i < 500; i++) {
      // Yearly loans (rates to 20 %, up to 50 years) and monthly ones (to 1.5 %, up to 360 months):
      // beyond that (1+r)^n exceeds 1e6 and the interest part is a difference of huge balances.
      const isMonthly = random.nextUniform() < 0.5;
      const rate = isMonthly ? random.nextUniform() * 0.015 : random.nextUniform() * 0.22 - 0.02;
      const periods = 1 + Math.floor(random.nextUniform() * (isMonthly ? 360 : 50));
      const presentValue = (random.nextUniform() - 0.3) * 1e6;
      const futureValue = (random.nextUniform() - 0.5) * 1e5;
      const type = random.nextUniform() < 0.5 ? 0 : 1;
      const per = 1 + Math.floor(random.nextUniform() * periods);
      closeTo(
        pv(rate, periods, -1000, futureValue, type),
        formulajs.PV(rate, periods, -1000, futureValue, type) as number,
      );
      closeTo(
        fv(rate, periods, -1000, presentValue, type),
        formulajs.FV(rate, periods, -1000, presentValue, type) as number,
      );
      const payment = pmt(rate, periods, presentValue, futureValue, type);
      closeTo(payment, formulajs.PMT(rate, periods, presentValue, futureValue, type) as number);
      // Interest parts are differences of large balances; both sides round alike, so compare them
      // relative to the size of the amounts involved (payment and one period's interest on pv and fv).
      const scale = Math.abs(payment) + Math.abs(rate * presentValue) + Math.abs(rate * futureValue);
      closeTo(
        ipmt(rate, per, periods, presentValue, futureValue, type),
        formulajs.IPMT(rate, per, periods, presentValue, futureValue, type) as number,
        1e-9,
        scale,
      );
      closeTo(
        ppmt(rate, per, periods, presentValue, futureValue, type),
        formulajs.PPMT(rate, per, periods, presentValue, futureValue, type) as number,
        1e-9,
        scale,
      );
      // With (1+r)^n huge the annuity is indistinguishable from a perpetuity and NPER is ill-conditioned.
      if (rate !== 0 && (1 + rate) ** periods < 1e6) {
        const levelPayment = pmt(rate, periods, presentValue, 0, type);
        closeTo(nper(rate, levelPayment, presentValue, 0, type), periods, 1e-8);
      }
    }
  });
});

describe('properties', () => {
  it('PV → PMT → PV and PV → FV → PV round trips; IPMT + PPMT = PMT; principal parts repay the loan', () => {
    const random = createRandom(7);
    for (let i = 0; i < 300; i++) {
      const rate = random.nextUniform() * 0.15;
      const periods = 1 + Math.floor(random.nextUniform() * 120);
      const loan = random.nextUniform() * 1e6;
      const type = random.nextUniform() < 0.5 ? 0 : 1;
      const payment = pmt(rate, periods, loan, 0, type);
      closeTo(pv(rate, periods, payment, 0, type), loan);
      closeTo(pv(rate, periods, 0, fv(rate, periods, 0, loan)), loan);
      let repaid = 0;
      for (let per = 1; per <= periods; per++) {
        closeTo(ipmt(rate, per, periods, loan, 0, type) + ppmt(rate, per, periods, loan, 0, type), payment);
        repaid += ppmt(rate, per, periods, loan, 0, type);
      }
      closeTo(-repaid, loan, 1e-8);
    }
  });
});
