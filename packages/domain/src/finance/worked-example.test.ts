import { describe, expect, it } from 'vitest';
import { evaluateModel } from './evaluate-model.ts';
import { WORKED_EXAMPLE_MODEL } from './worked-example.ts';

// Every expected number is derived by hand in WORKED-EXAMPLE.md.
describe('worked example (WORKED-EXAMPLE.md)', () => {
  const result = evaluateModel(WORKED_EXAMPLE_MODEL);
  const row = (name: keyof (typeof result.years)[number]) => result.years.map((year) => year[name]);
  const expectRow = (actual: unknown[], expected: number[]) => {
    expect(actual).toHaveLength(expected.length);
    expected.forEach((value, i) => {
      expect(actual[i] as number).toBeCloseTo(value, 9);
    });
  };

  it('income statement', () => {
    expectRow(row('revenue'), [0, 1000, 2000, 2000, 2000]);
    expectRow(row('variableCosts'), [0, 250, 500, 500, 500]);
    expectRow(row('fixedCosts'), [0, 300, 300, 300, 300]);
    expectRow(row('royalties'), [0, 50, 100, 100, 100]);
    expectRow(row('ebitda'), [0, 400, 1100, 1100, 1100]);
    expectRow(row('depreciation'), [0, 200, 200, 200, 200]);
    expectRow(row('interestExpense'), [0, 42, 42, 21, 0]);
    expectRow(row('idcAmortisation'), [0, 0, 10, 10, 0]);
    expectRow(row('taxableIncome'), [0, 158, 848, 869, 900]);
    expectRow(row('tax'), [0, 0, 212, 217.25, 225]);
    expectRow(row('netIncome'), [0, 158, 636, 651.75, 675]);
  });
  it('cash flow and funding', () => {
    expectRow(row('capex'), [1000, 0, 0, 0, 0]);
    expectRow(row('workingCapitalChange'), [0, 100, 100, 0, -200]);
    expectRow(row('residualValue'), [0, 0, 0, 0, 200]);
    expectRow(row('projectCashFlow'), [-1000, 300, 788, 882.75, 1275]);
    expectRow(row('loanDrawdown'), [400, 0, 0, 0, 0]);
    expectRow(row('interestCapitalised'), [20, 0, 0, 0, 0]);
    expectRow(row('interestPaid'), [0, 42, 42, 21, 0]);
    expectRow(row('principalRepaid'), [0, 0, 210, 210, 0]);
    expectRow(row('loanBalance'), [420, 420, 210, 0, 0]);
    expectRow(row('equityCashFlow'), [-600, 258, 536, 651.75, 1275]);
    expect(result.years.map((y) => y.calendarYear)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(result.years[1]?.production).toEqual({ Widget: 50 });
  });
  it('results', () => {
    expect(result.npv).toBeCloseTo(1458.0322382, 6);
    expect(result.projectIrr).toBeCloseTo(0.5372017, 6);
    expect(result.equityIrr).toBeCloseTo(0.7257843, 6);
    expect(result.irrKind).toEqual({ project: 'unique', equity: 'unique' });
    expect(result.mirr).toBeCloseTo(0.377335, 6);
    expect(result.payback).toBeCloseTo(1.8883249, 6);
    expect(result.discountedPayback).toBeCloseTo(2.1146417, 6);
    expect(result.breakEven?.calendarYear).toBe(2028);
    expect(result.breakEven?.shareOfCapacity).toBeCloseTo(0.3942857, 6);
    expect(result.breakEven?.units).toBeCloseTo(39.42857, 4);
    expect(result.dscr.byYear).toHaveLength(5);
    expect(result.dscr.byYear[0]).toBeNull();
    expect(result.dscr.byYear[1]).toBeCloseTo(7.142857, 6);
    expect(result.dscr.byYear[2]).toBeCloseTo(3.126984, 6);
    expect(result.dscr.byYear[3]).toBeCloseTo(3.821429, 6);
    expect(result.dscr.min).toBeCloseTo(3.126984, 6);
    expect(result.dscr.average).toBeCloseTo(4.69709, 6);
    expect(result.npvCurve[5]).toEqual({ rate: 0.1, npv: result.npv });
  });
});
