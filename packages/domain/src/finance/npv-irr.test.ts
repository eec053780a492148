import * as formulajs from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { analyzeIrr, countSignChanges } from './analyze-irr.ts';
import { FinanceError } from './finance-error.ts';
import { irr, irrOfFlows } from './irr.ts';
import { mirr } from './mirr.ts';
import { npv, presentValueOfFlows, xnpv } from './npv.ts';
import { createRandom } from './random.ts';
import { xirr } from './xirr.ts';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const code = (c: string) => expect.objectContaining({ code: c });

describe('NPV (Microsoft Support, "NPV function")', () => {
  it('10 %, −10,000, 3,000, 4,200, 6,800 → 1,188.44', () => {
    expect(npv(0.1, -10000, 3000, 4200, 6800)).toBeCloseTo(1188.44, 2);
  });
  it('8 %: NPV(8 %, 8,000…14,500) − 40,000 = 1,922.06; with a −9,000 loss in year 6 = −3,749.47', () => {
    const flows = [8000, 9200, 10000, 12000, 14500];
    expect(npv(0.08, flows) - 40000).toBeCloseTo(1922.06, 2);
    expect(npv(0.08, flows, -9000) - 40000).toBeCloseTo(-3749.47, 2);
  });
  it('agrees with formula.js; rate −1 is #DIV/0!', () => {
    expect(npv(0.07, [1, 2, 3], 4)).toBeCloseTo(formulajs.NPV(0.07, 1, 2, 3, 4) as number, 12);
    expect(() => npv(-1, 1, 2)).toThrowError(code('DIV0'));
    expect(presentValueOfFlows([-100, 60, 60], 0.1)).toBeCloseTo(-100 + npv(0.1, 60, 60), 12);
  });
});

describe('XNPV and XIRR (Microsoft Support, "XNPV function", "XIRR function")', () => {
  const values = [-10000, 2750, 4250, 3250, 2750];
  const dates = [utc(2008, 1, 1), utc(2008, 3, 1), utc(2008, 10, 30), utc(2009, 2, 15), utc(2009, 4, 1)];
  it('XNPV at 9 % = 2,086.65', () => {
    expect(xnpv(0.09, values, dates)).toBeCloseTo(2086.65, 2);
    expect(xnpv(0.09, values, dates)).toBeCloseTo(formulajs.XNPV(0.09, values, dates) as number, 9);
  });
  it('XIRR = 0.373362535 (37.34 %), and XNPV at it is zero', () => {
    // Excel stops Newton at a 1e-8 step, so its ninth digit is off by 1.5e-9; ours is the exact root.
    const rate = xirr(values, dates);
    expect(rate).toBeCloseTo(0.373362535, 8);
    expect(xnpv(rate, values, dates)).toBeCloseTo(0, 8);
  });
  it('errors: lengths, dates before the start, no sign change, bad date', () => {
    expect(() => xnpv(0.1, [1, 2], [utc(2020, 1, 1)])).toThrowError(code('NUM'));
    expect(() => xnpv(0.1, [-1, 2], [utc(2020, 1, 1), utc(2019, 1, 1)])).toThrowError(code('NUM'));
    expect(() => xirr([1, 2], [utc(2020, 1, 1), utc(2021, 1, 1)])).toThrowError(code('NUM'));
    expect(() => xnpv(0.1, [1], [new Date(Number.NaN)])).toThrowError(code('VALUE'));
  });
});

describe('IRR (Microsoft Support, "IRR function")', () => {
  const flows = [-70000, 12000, 15000, 18000, 21000, 26000];
  it('after four years −2.1 %, after five 8.66 %, after two with guess −10 % −44.4 %', () => {
    expect(irr(flows.slice(0, 5))).toBeCloseTo(-0.0212448, 6);
    expect(irr(flows)).toBeCloseTo(0.0866309, 6);
    expect(irr(flows.slice(0, 3), -0.1)).toBeCloseTo(-0.4435069, 6);
  });
  it('agrees with formula.js within 1e-9 relative', () => {
    expect(Math.abs(irr(flows) / (formulajs.IRR(flows) as number) - 1)).toBeLessThan(1e-9);
  });
  it('a flow with no sign change is #NUM!; a flow with no real root is #NUM!', () => {
    expect(() => irr([100, 200])).toThrowError(code('NUM'));
    expect(() => irr([-100, 300, -250])).toThrow(FinanceError);
  });
  it('converges from a poor guess where Newton alone would diverge', () => {
    const flows40 = [-1000, ...Array.from({ length: 39 }, () => 30)];
    const expected = irr(flows40, 0.01);
    expect(irr(flows40, 5)).toBeCloseTo(expected, 12);
    expect(presentValueOfFlows(flows40, expected)).toBeCloseTo(0, 8);
  });
  it('property: NPV at the IRR is zero for 500 random 40-year projects', () => {
    const random = createRandom(2024);
    for (let run = 0; run < 500; run++) {
      const flows40 = [-1000 - random.nextUniform() * 9000];
      for (let year = 1; year < 40; year++) flows40.push(random.nextUniform() * 1200 - 100);
      const rate = irrOfFlows(flows40);
      if (Number.isNaN(rate)) continue;
      const scale = flows40.reduce((sum, flow) => sum + Math.abs(flow), 0);
      expect(Math.abs(presentValueOfFlows(flows40, rate)) / scale).toBeLessThan(1e-12);
      const reference = formulajs.IRR(flows40);
      if (typeof reference === 'number')
        expect(Math.abs(rate - reference)).toBeLessThan(1e-9 * (1 + Math.abs(rate)));
    }
  });
});

describe('analyzeIrr', () => {
  it('one sign change: unique', () => {
    const analysis = analyzeIrr([-70000, 12000, 15000, 18000, 21000, 26000]);
    expect(analysis.kind).toBe('unique');
    expect(analysis.rates[0]).toBeCloseTo(0.0866309, 6);
  });
  it('no sign change: none; sign changes but NPV never zero: none', () => {
    expect(analyzeIrr([100, 200]).kind).toBe('none');
    expect(analyzeIrr([-100, 300, -250])).toMatchObject({ kind: 'none', signChanges: 2 });
  });
  it('−100, 230, −132 has IRRs of exactly 10 % and 20 % (roots of 100x² − 230x... in 1+r)', () => {
    // −100 + 230/(1+r) − 132/(1+r)² = 0 ⇔ 100(1+r)² − 230(1+r) + 132 = 0 ⇔ 1+r ∈ {1.1, 1.2}.
    const analysis = analyzeIrr([-100, 230, -132]);
    expect(analysis.kind).toBe('multiple');
    expect(analysis.rates).toHaveLength(2);
    expect(analysis.rates[0]).toBeCloseTo(0.1, 12);
    expect(analysis.rates[1]).toBeCloseTo(0.2, 12);
  });
  it('counts sign changes skipping zeros', () => {
    expect(countSignChanges([-1, 0, 2, 0, -3, 4])).toBe(3);
  });
});

describe('MIRR (Microsoft Support, "MIRR function")', () => {
  const flows = [-120000, 39000, 30000, 21000, 37000, 46000];
  it('12.6 % after five years; −4.8 % after three; 13.5 % at a 14 % reinvestment rate', () => {
    expect(mirr(flows, 0.1, 0.12)).toBeCloseTo(0.126, 3);
    expect(mirr(flows.slice(0, 4), 0.1, 0.12)).toBeCloseTo(-0.048, 3);
    expect(mirr(flows, 0.1, 0.14)).toBeCloseTo(0.135, 3);
    // By hand: FV(+) = 39000·1.12⁴ + 30000·1.12³ + 21000·1.12² + 37000·1.12 + 46000 = 287,757.64…;
    // PV(−) = 120,000; (287757.64/120000)^(1/5) − 1 = 0.1260941.
    expect(mirr(flows, 0.1, 0.12)).toBeCloseTo(0.1260941, 7);
    expect(mirr(flows, 0.1, 0.12)).toBeCloseTo(formulajs.MIRR(flows, 0.1, 0.12) as number, 12);
  });
  it('without a positive or a negative value it is #DIV/0!', () => {
    expect(() => mirr([1, 2, 3], 0.1, 0.1)).toThrowError(code('DIV0'));
  });
});
