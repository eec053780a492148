import type { TFinancialModelInput } from './model-schema.ts';

/**
 * The small complete project of WORKED-EXAMPLE.md (one construction year, four operating years, one
 * loan with grace and capitalised interest, a tax holiday, working capital, royalty and residual
 * value), whose every row is computed there by hand. Figures in USD.
 */
export const WORKED_EXAMPLE_MODEL = {
  name: 'Worked example: small plant',
  currency: 'USD',
  startYear: 2026,
  constructionYears: 1,
  operatingYears: 4,
  inflation: 0,
  discountRate: 0.1,
  capex: [{ name: 'Plant', category: 'machinery', amount: 1000, usefulLife: 4, residualShare: 0.2 }],
  financing: {
    equityShare: 0.6,
    loans: [
      {
        name: 'Term loan',
        amount: 400,
        rate: 0.1,
        tenorYears: 3,
        graceYears: 1,
        interestDuringConstruction: 'capitalised',
        repayment: 'equal-principal',
      },
    ],
  },
  products: [{ name: 'Widget', unit: 'unit', capacity: 100, rampUp: [0.5, 1], price: 20 }],
  variableCosts: [{ name: 'Materials', perUnit: 5 }],
  fixedCosts: [{ name: 'Staff and overheads', amount: 300 }],
  royalties: [{ basis: 'revenue', name: 'Royalty', rate: 0.05 }],
  tax: { rate: 0.25, holidayYears: 1 },
  workingCapital: { receivableDays: 36.5, inventoryDays: 0, payableDays: 0 },
} satisfies TFinancialModelInput;
