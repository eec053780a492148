import type { TFinancialModelInput } from '../model-schema.ts';

/**
 * Template: a PVC and HDPE pipe plant on a serviced plot in an industrial park, 20 kt/yr, with
 * extrusion lines bought from China in yuan (illustrative rate 1 CNY = 0.14 USD) and a loan from a
 * Chinese bank. Indicative figures: pipe US$1,350/t, resin and additives US$1,000/t (resin imported at
 * 2023–24 Asian prices), energy US$60/t; 120 staff; land lease and park service charges; tax 25 % with
 * a 5-year holiday (Direct Taxes Act art. 132, industrial-park location). A starting point to edit,
 * not data about a real project.
 */
export const MANUFACTURING_PLANT_TEMPLATE = {
  name: 'Pipe plant in an industrial park',
  currency: 'USD',
  currencies: [{ code: 'CNY', rate: 0.14 }],
  startYear: 2026,
  constructionYears: 1,
  operatingYears: 15,
  inflation: 0.02,
  discountRate: 0.12,
  capex: [
    {
      name: 'Extrusion lines (4)',
      category: 'machinery',
      amount: 60e6,
      currency: 'CNY',
      schedule: [1],
      usefulLife: 10,
      depreciation: 'declining-balance',
      residualShare: 0.05,
    },
    { name: 'Factory building', category: 'buildings', amount: 3.5e6, schedule: [1], usefulLife: 25 },
    {
      name: 'Utilities connection and park entry fee',
      category: 'infrastructure',
      amount: 0.8e6,
      schedule: [1],
      usefulLife: 15,
    },
    {
      name: 'Pre-production: training, trials, commissioning',
      category: 'pre-production',
      amount: 0.6e6,
      schedule: [1],
      usefulLife: 5,
    },
  ],
  financing: {
    equityShare: 0.4,
    loans: [
      {
        name: 'Buyer credit (CNY)',
        currency: 'CNY',
        amount: 45e6,
        rate: 0.045,
        tenorYears: 7,
        graceYears: 1,
        interestDuringConstruction: 'paid',
      },
    ],
  },
  products: [{ name: 'Pipe', unit: 't', capacity: 20_000, rampUp: [0.6, 0.85, 1], price: 1350 }],
  variableCosts: [
    { name: 'Resin and additives', perUnit: 1000 },
    { name: 'Energy', perUnit: 60 },
    { name: 'Packing and delivery', perUnit: 25 },
  ],
  fixedCosts: [
    { name: 'Staff (120)', amount: 1.1e6 },
    { name: 'Land lease and park services', amount: 0.15e6 },
    { name: 'Maintenance, insurance, overheads', amount: 0.9e6 },
  ],
  tax: { rate: 0.25, holidayYears: 5 },
  workingCapital: { receivableDays: 30, inventoryDays: 30, payableDays: 30 },
} satisfies TFinancialModelInput;
