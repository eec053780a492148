import type { TFinancialModelInput } from '../model-schema.ts';

/**
 * Template: salt and magnesium chloride from a hypersaline lake brine by solar evaporation, with a
 * small refining and flaking plant: 400 kt/yr of industrial salt and 50 kt/yr of MgCl₂·6H₂O flakes.
 * Modelled in US dollars with local costs in rials (illustrative rate 600,000 IRR per USD, i.e.
 * 1 IRR = 0.0000016667 USD; replace with the rate of the day). Indicative figures: industrial salt
 * ex-works US$30/t, magnesium chloride flakes US$170/t (export FOB Persian Gulf quotes, 2023–24);
 * energy and reagents US$4/t of salt and US$35/t of flakes; 180 staff. Brine extraction royalty 5 % of
 * revenue; tax 25 % with a 7-year holiday (arts. 132–133 Direct Taxes Act, mining in a less-developed
 * province). A starting point to edit, not data about a real project.
 */
export const BRINE_SALT_MAGNESIUM_TEMPLATE = {
  name: 'Salt and magnesium chloride from brine',
  currency: 'USD',
  currencies: [{ code: 'IRR', rate: 1 / 600_000 }],
  startYear: 2026,
  constructionYears: 2,
  operatingYears: 20,
  inflation: 0.02,
  discountRate: 0.12,
  capex: [
    {
      name: 'Evaporation ponds and brine intake',
      category: 'infrastructure',
      amount: 18e6,
      schedule: [0.6, 0.4],
      usefulLife: 20,
    },
    {
      name: 'Washing, refining and flaking plant',
      category: 'machinery',
      amount: 22e6,
      schedule: [0.3, 0.7],
      usefulLife: 15,
      residualShare: 0.05,
    },
    {
      name: 'Harvesters and trucks',
      category: 'vehicles',
      amount: 4e6,
      startYear: 1,
      schedule: [1],
      usefulLife: 7,
      replaceAtEndOfLife: true,
    },
    {
      name: 'Site buildings (built by local contractors)',
      category: 'buildings',
      amount: 3.6e12,
      currency: 'IRR',
      schedule: [0.5, 0.5],
      usefulLife: 25,
    },
  ],
  financing: {
    equityShare: 0.5,
    loans: [
      {
        name: 'National Development Fund facility',
        amount: 25e6,
        rate: 0.08,
        tenorYears: 8,
        graceYears: 2,
        repayment: 'equal-principal',
      },
    ],
  },
  products: [
    { name: 'Industrial salt', unit: 't', capacity: 400_000, rampUp: [0.7, 0.9, 1], price: 30 },
    { name: 'Magnesium chloride flakes', unit: 't', capacity: 50_000, rampUp: [0.5, 0.8, 1], price: 170 },
  ],
  variableCosts: [
    { name: 'Energy, washing and bagging', perUnit: 4, product: 'Industrial salt' },
    { name: 'Energy and reagents', perUnit: 35, product: 'Magnesium chloride flakes' },
  ],
  fixedCosts: [
    { name: 'Staff (180)', amount: 1.35e12, currency: 'IRR' },
    { name: 'Maintenance and insurance', amount: 1.2e6 },
  ],
  royalties: [{ basis: 'revenue', name: 'Brine extraction royalty', rate: 0.05 }],
  tax: { rate: 0.25, holidayYears: 7 },
  workingCapital: { receivableDays: 45, inventoryDays: 60, payableDays: 30 },
} satisfies TFinancialModelInput;
