import type { TFinancialModelInput } from '../model-schema.ts';

/**
 * Template: open-pit porphyry copper mine with a flotation concentrator, 20 Mt of ore a year, 30-year
 * life (590 Mt at 0.45 % Cu and 0.10 g/t Au; ramp-up 60 %, 90 %, then 100 %), strip ratio 2:1.
 * Figures are round, indicative values of the kind found in published feasibility studies of large
 * porphyry mines (Sungun and Sarcheshmeh in Iran are of this type); they are a starting point to edit,
 * not data about any real project:
 * - prices: copper US$8,800/t ≈ US$4.00/lb, gold US$1,900/oz (2023–24 averages, LME and LBMA);
 * - unit costs: mining US$2.10 per tonne moved, processing US$6.50 per tonne of ore, G&A US$40 M a year;
 * - smelter terms: 26 % Cu concentrate, 96.5 % Cu payable, TC US$80/dmt, RC US$0.08/lb, freight US$40/dmt
 *   (benchmark terms 2023: TC/RC 88 $/t and 8.8 ¢/lb);
 * - state royalty 4 % of revenue; income tax 25 % with a 5-year holiday (Iran's Direct Taxes Act,
 *   arts. 105 and 132; the holiday is 10 years in less-developed regions);
 * - capex US$1.8 bn over 3 years, 40 % equity, a 12-year loan at 7 % with 2 years of grace.
 */
export const COPPER_MINE_TEMPLATE = {
  name: 'Open-pit copper mine (30 years)',
  currency: 'USD',
  startYear: 2026,
  constructionYears: 3,
  inflation: 0.02,
  discountRate: 0.1,
  capex: [
    {
      name: 'Pre-stripping and mine development',
      category: 'mine-development',
      amount: 250e6,
      schedule: [0.2, 0.4, 0.4],
      usefulLife: 30,
    },
    {
      name: 'Concentrator (crushing, milling, flotation)',
      category: 'machinery',
      amount: 850e6,
      schedule: [0.2, 0.45, 0.35],
      usefulLife: 30,
      residualShare: 0.05,
    },
    {
      name: 'Infrastructure (power, water, roads, tailings dam)',
      category: 'infrastructure',
      amount: 350e6,
      schedule: [0.4, 0.4, 0.2],
      usefulLife: 30,
    },
    {
      name: 'Mining fleet',
      category: 'vehicles',
      amount: 300e6,
      startYear: 2,
      schedule: [1],
      usefulLife: 8,
      depreciation: 'declining-balance',
      residualShare: 0.1,
      replaceAtEndOfLife: true,
    },
    { name: 'Land and permits', category: 'land', amount: 50e6, schedule: [1], depreciation: 'none' },
  ],
  financing: {
    equityShare: 0.4,
    loans: [
      {
        name: 'Project finance facility',
        amount: 1.1e9,
        rate: 0.07,
        tenorYears: 12,
        graceYears: 2,
        repayment: 'annuity',
      },
    ],
  },
  fixedCosts: [{ name: 'General and administration', amount: 40e6 }],
  royalties: [{ basis: 'revenue', name: 'State royalty', rate: 0.04 }],
  tax: { rate: 0.25, holidayYears: 5 },
  workingCapital: { receivableDays: 30, inventoryDays: 30, payableDays: 30 },
  mining: {
    oreReserve: 590e6,
    miningRate: 20e6,
    rampUp: [0.6, 0.9, 1],
    stripRatio: 2,
    miningCostPerTonne: 2.1,
    processingCostPerTonne: 6.5,
    concentrate: { grade: 0.26, treatmentChargePerTonne: 80, freightPerTonne: 40 },
    commodities: [
      {
        name: 'copper',
        grade: 0.45,
        gradeUnit: 'percent',
        recovery: 0.88,
        payableShare: 0.965,
        saleUnit: 'lb',
        prices: [4.0],
        refiningChargePerUnit: 0.08,
      },
      {
        name: 'gold',
        grade: 0.1,
        gradeUnit: 'g/t',
        recovery: 0.65,
        payableShare: 0.9,
        saleUnit: 'oz',
        prices: [1900],
        refiningChargePerUnit: 5,
      },
    ],
  },
} satisfies TFinancialModelInput;
