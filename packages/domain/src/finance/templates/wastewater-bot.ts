import type { TFinancialModelInput } from '../model-schema.ts';

/**
 * Template: a municipal wastewater treatment plant (activated sludge, 50,000 m³/day ≈ 18.25 Mm³/yr)
 * built, operated and transferred under a 25-year BOT concession: 2 years of construction, 23 of
 * operation, assets depreciated over the concession and handed over at no value. Revenue is the
 * treatment tariff the water company pays per m³ (take-or-pay on 80 % then 90 % of capacity).
 * Indicative figures: capex about US$760 per m³/day of capacity, tariff US$0.55/m³, energy US$0.05/m³
 * (about 0.5 kWh/m³), chemicals and sludge disposal US$0.03/m³, 60 staff. A starting point to edit,
 * not data about a real project.
 */
export const WASTEWATER_BOT_TEMPLATE = {
  name: 'Wastewater treatment plant (BOT, 25 years)',
  currency: 'USD',
  startYear: 2026,
  constructionYears: 2,
  operatingYears: 23,
  inflation: 0.02,
  discountRate: 0.1,
  capex: [
    {
      name: 'Civil works (tanks, buildings)',
      category: 'buildings',
      amount: 22e6,
      schedule: [0.6, 0.4],
      usefulLife: 23,
    },
    {
      name: 'Mechanical and electrical equipment',
      category: 'machinery',
      amount: 14e6,
      schedule: [0.3, 0.7],
      usefulLife: 23,
    },
    {
      name: 'Design, permits and commissioning',
      category: 'pre-production',
      amount: 2e6,
      schedule: [0.5, 0.5],
      usefulLife: 23,
    },
  ],
  financing: {
    equityShare: 0.3,
    loans: [
      { name: 'Senior loan', amount: 27e6, rate: 0.065, tenorYears: 15, graceYears: 2, repayment: 'annuity' },
    ],
  },
  products: [
    { name: 'Treated wastewater', unit: 'm³', capacity: 18_250_000, rampUp: [0.8, 0.9], price: 0.55 },
  ],
  variableCosts: [
    { name: 'Energy', perUnit: 0.05 },
    { name: 'Chemicals and sludge disposal', perUnit: 0.03 },
  ],
  fixedCosts: [
    { name: 'Staff (60)', amount: 0.6e6 },
    { name: 'Maintenance and insurance', amount: 0.7e6 },
  ],
  tax: { rate: 0.25, holidayYears: 5 },
  workingCapital: { receivableDays: 90, inventoryDays: 15, payableDays: 30 },
} satisfies TFinancialModelInput;
