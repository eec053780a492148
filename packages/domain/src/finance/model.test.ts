import { describe, expect, it } from 'vitest';
import { pmt } from './annuity.ts';
import { evaluateModel } from './evaluate-model.ts';
import type { TFinancialModelInput } from './model-schema.ts';
import { validateModel } from './validate-model.ts';
import { WORKED_EXAMPLE_MODEL } from './worked-example.ts';

const withChanges = (changes: Partial<TFinancialModelInput>): TFinancialModelInput => ({
  ...WORKED_EXAMPLE_MODEL,
  ...changes,
});
const issuesOf = (input: unknown) => {
  const result = validateModel(input);
  return result.ok ? [] : result.issues.map((issue) => ({ path: issue.path, code: issue.code }));
};

describe('validation points at the field with a stable code', () => {
  it('accepts the worked example and fills defaults', () => {
    const result = validateModel(WORKED_EXAMPLE_MODEL);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.model.financing.loans[0]?.repayment).toBe('equal-principal');
  });
  it('negative life, rate over 100 %, text in a number field, missing price', () => {
    const input = withChanges({
      capex: [{ name: 'Plant', amount: 1000, usefulLife: -4 }],
      discountRate: 1.5,
      products: [{ name: 'Widget', capacity: 'a lot' as unknown as number } as never],
    });
    expect(issuesOf(input)).toEqual(
      expect.arrayContaining([
        { path: 'capex.0.usefulLife', code: 'too_small' },
        { path: 'discountRate', code: 'too_big' },
        { path: 'products.0.capacity', code: 'not_a_number' },
        { path: 'products.0.price', code: 'required' },
      ]),
    );
  });
  it('loan tenor longer than the project, grace not shorter than tenor, unknown currency and product', () => {
    const input = withChanges({
      financing: {
        equityShare: 0.5,
        loans: [{ name: 'L', amount: 1, rate: 0.1, tenorYears: 9, graceYears: 9, currency: 'EUR' }],
      },
      variableCosts: [{ name: 'x', perUnit: 1, product: 'Gadget' }],
    });
    expect(issuesOf(input)).toEqual(
      expect.arrayContaining([
        { path: 'financing.loans.0.tenorYears', code: 'loan_tenor_exceeds_project' },
        { path: 'financing.loans.0.graceYears', code: 'grace_not_shorter_than_tenor' },
        { path: 'financing.loans.0.currency', code: 'unknown_currency' },
        { path: 'variableCosts.0.product', code: 'unknown_product' },
      ]),
    );
  });
  it('capex schedules must sum to one inside the project; fractional years are not integers', () => {
    const input = withChanges({
      capex: [{ name: 'P', amount: 1, usefulLife: 3, schedule: [0.5, 0.4], startYear: 4 }],
    });
    expect(issuesOf(input)).toEqual([
      { path: 'capex.0.schedule', code: 'schedule_not_summing_to_one' },
      { path: 'capex.0.schedule', code: 'schedule_beyond_project' },
    ]);
    expect(issuesOf(withChanges({ constructionYears: 1.5 }))).toEqual([
      { path: 'constructionYears', code: 'not_an_integer' },
    ]);
  });
});

describe('model features', () => {
  it('annuity repayment: constant debt service equal to PMT of the balance', () => {
    const result = evaluateModel(
      withChanges({
        financing: {
          equityShare: 0.6,
          loans: [{ name: 'L', amount: 400, rate: 0.1, tenorYears: 3, graceYears: 1 }],
        },
      }),
    );
    const instalment = -pmt(0.1, 2, 420);
    expect(result.years[2]?.debtService).toBeCloseTo(instalment, 9);
    expect(result.years[3]?.debtService).toBeCloseTo(instalment, 9);
    expect(result.years[3]?.loanBalance).toBeCloseTo(0, 9);
  });
  it('interest during construction paid by equity instead of capitalised', () => {
    const result = evaluateModel(
      withChanges({
        financing: {
          equityShare: 0.6,
          loans: [
            {
              name: 'L',
              amount: 400,
              rate: 0.1,
              tenorYears: 3,
              graceYears: 1,
              interestDuringConstruction: 'paid',
            },
          ],
        },
      }),
    );
    expect(result.years[0]?.equityCashFlow).toBeCloseTo(-620, 9);
    expect(result.years[0]?.loanBalance).toBeCloseTo(400, 9);
  });
  it('declining balance depreciation ends at the residual value; currencies convert at their rate', () => {
    const result = evaluateModel(
      withChanges({
        currencies: [{ code: 'CNY', rate: 0.14 }],
        capex: [
          {
            name: 'Kiln',
            amount: 10000,
            currency: 'CNY',
            usefulLife: 4,
            depreciation: 'declining-balance',
            residualShare: 0.1,
          },
        ],
      }),
    );
    // 1,400 USD at 50 % a year: 700, 350, 175, then down to the residual 140: 35.
    [0, 700, 350, 175, 35].forEach((value, t) => {
      expect(result.years[t]?.depreciation).toBeCloseTo(value, 9);
    });
    expect(result.years[4]?.residualValue).toBeCloseTo(140, 9);
  });
  it('losses carry forward and are used before tax is paid; replacement capex at the end of life', () => {
    const result = evaluateModel(
      withChanges({
        operatingYears: 5,
        fixedCosts: [{ name: 'Staff', amount: 900 }],
        tax: { rate: 0.25, holidayYears: 0 },
        capex: [{ name: 'Truck', amount: 600, usefulLife: 2, replaceAtEndOfLife: true }],
      }),
    );
    // Trucks bought in year 0 (in service 1–2), replaced in year 3 (3–4), again in year 5 (one year left).
    expect(result.years.map((y) => y.capex)).toEqual([600, 0, 0, 600, 0, 600]);
    expect(result.years[5]?.residualValue).toBeCloseTo(300, 9);
    // Debt 40 % × 600 = 240, IDC 10 % × 120 = 12, balance 252, year-1 interest 25.2.
    // Year 1 loses 1000 − 250 − 900 − 50 − 300 − 25.2 = −525.2; later profits absorb it before tax is due.
    expect(result.years[1]?.taxableIncome).toBeCloseTo(-525.2, 9);
    expect(result.years[1]?.lossCarriedForward).toBeCloseTo(525.2, 9);
    expect(result.years[2]?.tax).toBeCloseTo(0, 9);
  });
  it('inflation escalates prices and costs from year 0', () => {
    const result = evaluateModel(withChanges({ inflation: 0.1 }));
    expect(result.years[1]?.revenue).toBeCloseTo(1100, 9);
    expect(result.years[0]?.capex).toBeCloseTo(1000, 9);
    expect(result.years[2]?.fixedCosts).toBeCloseTo(363, 9);
  });
});

describe('loss carry-forward limit', () => {
  it('a loss expires after lossCarryForwardYears', () => {
    const base = {
      ...WORKED_EXAMPLE_MODEL,
      operatingYears: 4,
      fixedCosts: [{ name: 'Staff', amount: 1200 }],
      tax: { rate: 0.25, holidayYears: 0 },
    };
    const unlimited = evaluateModel(base);
    const limited = evaluateModel({
      ...base,
      tax: { rate: 0.25, holidayYears: 0, lossCarryForwardYears: 1 },
    });
    // Year 1 loses 1000 − 250 − 1200 − 50 − 200 − 42 = −742; year 2 earns 2000 − 500 − 1200 − 100 − 200 − 42 − 10 = −52
    // (another loss); with a one-year limit the year-1 loss is gone by year 3.
    expect(unlimited.years[1]?.taxableIncome).toBeCloseTo(-742, 9);
    expect(limited.years[1]?.lossCarriedForward).toBeCloseTo(742, 9);
    expect(limited.years[2]?.lossCarriedForward).toBeCloseTo(52, 9);
    expect(unlimited.years[2]?.lossCarriedForward).toBeCloseTo(794, 9);
    // Year 3: 2000 − 500 − 1200 − 100 − 200 − 21 − 10 = −31, another loss, so still no tax.
    expect(limited.years[3]?.tax).toBe(0);
  });
});
