import { z } from 'zod';
import { computeMineSchedule } from './mine-schedule.ts';

// The financial model document. Conventions, stated once:
// - Money amounts are in base-year (project year 0) prices, in the item's `currency` (default: the
//   model currency), converted at the fixed rates in `currencies`; nominal amounts grow with the
//   item's escalation (default: the model's `inflation`) as amount·(1+e)^t, t = project year index.
// - Rates and shares are fractions (0.12 = 12 %) and must lie within ±100 %.
// - Years: project year 0 is `startYear`; `constructionYears` come first, then the operating years.

/** Stable codes of validation problems, for localised messages; each issue also carries its field path. */
export type ModelIssueCode =
  | 'required'
  | 'not_a_number'
  | 'wrong_type'
  | 'too_small'
  | 'too_big'
  | 'not_an_integer'
  | 'invalid_option'
  | 'invalid_format'
  | 'unknown_currency'
  | 'unknown_product'
  | 'duplicate_name'
  | 'schedule_not_summing_to_one'
  | 'schedule_beyond_project'
  | 'loan_tenor_exceeds_project'
  | 'grace_not_shorter_than_tenor'
  | 'missing_products'
  | 'missing_price'
  | 'invalid';

const ZCurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code');
/** A rate or share as a fraction; over 100 % (or below −100 %) is an error. */
const ZRate = z.number().min(-1).max(1);
const ZShare = z.number().min(0).max(1);
const ZAmount = z.number().min(0);
const ZName = z.string().trim().min(1).max(200);

/** An exchange rate: how many units of the model currency one unit of `code` is worth (fixed over the project). */
export const ZCurrencyRate = z.object({ code: ZCurrencyCode, rate: z.number().positive() });

/** Capital cost item: amount in base-year prices spent by `schedule` from project year `startYear`. */
export const ZCapexItem = z.object({
  name: ZName,
  category: z
    .enum([
      'land',
      'buildings',
      'machinery',
      'mine-development',
      'infrastructure',
      'vehicles',
      'pre-production',
      'other',
    ])
    .default('other'),
  amount: ZAmount,
  currency: ZCurrencyCode.optional(),
  startYear: z.number().int().min(0).default(0),
  /** Share of the amount spent in each year from `startYear`; sums to 1. */
  schedule: z.array(ZShare).min(1).default([1]),
  /** Years over which the item is depreciated; required unless `depreciation` is 'none' (land). */
  usefulLife: z.number().int().positive().max(100).optional(),
  depreciation: z.enum(['straight-line', 'declining-balance', 'none']).default('straight-line'),
  /** Declining-balance rate a year; default 2/usefulLife (double declining balance). */
  decliningRate: z.number().gt(0).max(1).optional(),
  /** Salvage value as a share of cost, reached at the end of the useful life. */
  residualShare: ZShare.default(0),
  /** Buy the item again at the end of each useful life while the project runs (fleet, equipment). */
  replaceAtEndOfLife: z.boolean().default(false),
  escalation: ZRate.optional(),
});

/** A loan: drawn pro rata to construction capex; tenor counts from the first operating year and includes grace. */
export const ZLoan = z.object({
  name: ZName,
  currency: ZCurrencyCode.optional(),
  /** Facility size; only what the debt share of capex needs is drawn. */
  amount: ZAmount,
  rate: ZShare,
  tenorYears: z.number().int().positive(),
  graceYears: z.number().int().min(0).default(0),
  interestDuringConstruction: z.enum(['capitalised', 'paid']).default('capitalised'),
  repayment: z.enum(['annuity', 'equal-principal']).default('annuity'),
});

/** Financing: the equity share of construction capex; loans fund the rest (equity covers any shortfall). */
export const ZFinancing = z.object({ equityShare: ZShare.default(1), loans: z.array(ZLoan).default([]) });

/** A product sold: yearly capacity, ramp-up (utilisation by operating year; the last value holds), price. */
export const ZProduct = z.object({
  name: ZName,
  unit: z.string().trim().min(1).max(40).default('unit'),
  capacity: ZAmount,
  rampUp: z.array(ZShare).min(1).default([1]),
  price: ZAmount,
  currency: ZCurrencyCode.optional(),
  escalation: ZRate.optional(),
});

/** A fixed operating cost per operating year (salaries, maintenance, insurance, overheads). */
export const ZFixedCost = z.object({
  name: ZName,
  amount: ZAmount,
  currency: ZCurrencyCode.optional(),
  escalation: ZRate.optional(),
});

/** A variable cost per unit of a product (or of every product when `product` is absent). */
export const ZVariableCost = z.object({
  name: ZName,
  perUnit: ZAmount,
  product: ZName.optional(),
  currency: ZCurrencyCode.optional(),
  escalation: ZRate.optional(),
});

/** A royalty: a share of revenue, or an amount per unit sold; of one product or all. */
export const ZRoyalty = z.discriminatedUnion('basis', [
  z.object({ basis: z.literal('revenue'), name: ZName, rate: ZShare, product: ZName.optional() }),
  z.object({
    basis: z.literal('unit'),
    name: ZName,
    perUnit: ZAmount,
    product: ZName.optional(),
    currency: ZCurrencyCode.optional(),
    escalation: ZRate.optional(),
  }),
]);

/** Income tax: rate on taxable income; no tax in the first `holidayYears` operating years; losses carried forward. */
export const ZTax = z.object({
  rate: ZShare,
  holidayYears: z.number().int().min(0).default(0),
  /** Years a loss may be carried forward; absent = without limit. */
  lossCarryForwardYears: z.number().int().min(0).optional(),
});

/** Working capital in days of a year (365): receivables of revenue, inventory and payables of cash operating costs. */
export const ZWorkingCapital = z.object({
  receivableDays: z.number().min(0).max(365).default(0),
  inventoryDays: z.number().min(0).max(365).default(0),
  payableDays: z.number().min(0).max(365).default(0),
});

/** A commodity in the ore: grade, recovery to concentrate/metal, payable share, sale unit, price deck, refining. */
export const ZCommodity = z.object({
  name: ZName,
  grade: z.number().positive(),
  gradeUnit: z.enum(['percent', 'g/t']),
  recovery: ZShare,
  payableShare: ZShare.default(1),
  saleUnit: z.enum(['t', 'kg', 'lb', 'oz']),
  /** Price per sale unit by operating year in base-year money; the last value holds. */
  prices: z.array(ZAmount).min(1),
  refiningChargePerUnit: ZAmount.default(0),
  currency: ZCurrencyCode.optional(),
  escalation: ZRate.optional(),
});

/** The mine: reserve, mining rate (giving mine life), strip ratio, unit costs, concentrate terms, commodities. */
export const ZMining = z.object({
  /** Ore reserve, tonnes. */
  oreReserve: z.number().positive(),
  /** Ore mined and processed at full rate, tonnes a year. */
  miningRate: z.number().positive(),
  rampUp: z.array(ZShare).min(1).default([1]),
  /** Tonnes of waste moved per tonne of ore. */
  stripRatio: z.number().min(0).max(100),
  /** Cost per tonne of material moved (ore + waste). */
  miningCostPerTonne: ZAmount,
  /** Cost per tonne of ore processed. */
  processingCostPerTonne: ZAmount,
  currency: ZCurrencyCode.optional(),
  costEscalation: ZRate.optional(),
  /** Concentrate sold to a smelter: grade of the first commodity in it, treatment charge and freight per dry tonne. */
  concentrate: z
    .object({
      grade: z.number().gt(0).max(1),
      treatmentChargePerTonne: ZAmount,
      freightPerTonne: ZAmount.default(0),
    })
    .optional(),
  commodities: z.array(ZCommodity).min(1),
});

/** Options of the results: rates of the NPV curve; MIRR finance and reinvestment rates (default: the discount rate). */
export const ZAnalysisOptions = z.object({
  npvCurveRates: z.array(z.number().gt(-1).max(1)).max(200).optional(),
  mirrFinanceRate: ZRate.optional(),
  mirrReinvestRate: ZRate.optional(),
});

const ZFinancialModelShape = z.object({
  name: ZName,
  currency: ZCurrencyCode,
  currencies: z.array(ZCurrencyRate).default([]),
  startYear: z.number().int().min(1900).max(2200),
  constructionYears: z.number().int().min(0).max(20),
  /** Operating years; taken from the mine life when `mining` is given. */
  operatingYears: z.number().int().min(1).max(100).optional(),
  inflation: ZRate.default(0),
  discountRate: ZRate,
  capex: z.array(ZCapexItem).default([]),
  financing: ZFinancing.default({ equityShare: 1, loans: [] }),
  products: z.array(ZProduct).default([]),
  fixedCosts: z.array(ZFixedCost).default([]),
  variableCosts: z.array(ZVariableCost).default([]),
  royalties: z.array(ZRoyalty).default([]),
  tax: ZTax.default({ rate: 0, holidayYears: 0 }),
  workingCapital: ZWorkingCapital.default({ receivableDays: 0, inventoryDays: 0, payableDays: 0 }),
  mining: ZMining.optional(),
  analysis: ZAnalysisOptions.default({}),
});

type Shape = z.output<typeof ZFinancialModelShape>;
type Issue = { path: Array<string | number>; reason: ModelIssueCode; message: string };

/** Operating years of a parsed model: the mine life with mining, else `operatingYears`. */
export function resolveOperatingYears(model: Pick<Shape, 'operatingYears' | 'mining'>): number {
  if (model.mining)
    return computeMineSchedule(model.mining.oreReserve, model.mining.miningRate, model.mining.rampUp).length;
  return model.operatingYears ?? 0;
}

function findCrossFieldIssues(model: Shape): Issue[] {
  const issues: Issue[] = [];
  const add = (path: Array<string | number>, reason: ModelIssueCode, message: string) =>
    issues.push({ path, reason, message });
  if (!model.mining && model.operatingYears === undefined) {
    add(['operatingYears'], 'required', 'operating years are required unless the model has a mine');
  }
  const operatingYears = resolveOperatingYears(model);
  if (model.mining && operatingYears > 100)
    add(['mining', 'miningRate'], 'too_small', 'mine life over 100 years');
  const totalYears = model.constructionYears + operatingYears;
  const currencies = new Set([model.currency, ...model.currencies.map((c) => c.code)]);
  const checkCurrency = (path: Array<string | number>, code: string | undefined) => {
    if (code !== undefined && !currencies.has(code))
      add(path, 'unknown_currency', `no exchange rate for ${code}`);
  };
  model.capex.forEach((item, i) => {
    checkCurrency(['capex', i, 'currency'], item.currency);
    const sum = item.schedule.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-6)
      add(['capex', i, 'schedule'], 'schedule_not_summing_to_one', 'shares must sum to 1');
    if (item.startYear + item.schedule.length > totalYears) {
      add(['capex', i, 'schedule'], 'schedule_beyond_project', 'spending goes beyond the last project year');
    }
    if (item.depreciation !== 'none' && item.usefulLife === undefined) {
      add(['capex', i, 'usefulLife'], 'required', 'a depreciable item needs a useful life');
    }
  });
  model.financing.loans.forEach((loan, i) => {
    checkCurrency(['financing', 'loans', i, 'currency'], loan.currency);
    if (loan.tenorYears > operatingYears) {
      add(['financing', 'loans', i, 'tenorYears'], 'loan_tenor_exceeds_project', 'loan outlives the project');
    }
    if (loan.graceYears >= loan.tenorYears) {
      add(
        ['financing', 'loans', i, 'graceYears'],
        'grace_not_shorter_than_tenor',
        'grace must be shorter than tenor',
      );
    }
  });
  const productNames = new Set<string>();
  model.products.forEach((product, i) => {
    checkCurrency(['products', i, 'currency'], product.currency);
    if (productNames.has(product.name))
      add(['products', i, 'name'], 'duplicate_name', 'two products share a name');
    productNames.add(product.name);
  });
  model.mining?.commodities.forEach((commodity, i) => {
    checkCurrency(['mining', 'commodities', i, 'currency'], commodity.currency);
    if (productNames.has(commodity.name)) {
      add(['mining', 'commodities', i, 'name'], 'duplicate_name', 'a commodity shares a name with a product');
    }
    productNames.add(commodity.name);
  });
  if (model.mining) checkCurrency(['mining', 'currency'], model.mining.currency);
  if (productNames.size === 0) add(['products'], 'missing_products', 'the model sells nothing');
  const checkProduct = (path: Array<string | number>, name: string | undefined) => {
    if (name !== undefined && !productNames.has(name))
      add(path, 'unknown_product', `no product named ${name}`);
  };
  model.fixedCosts.forEach((cost, i) => {
    checkCurrency(['fixedCosts', i, 'currency'], cost.currency);
  });
  model.variableCosts.forEach((cost, i) => {
    checkCurrency(['variableCosts', i, 'currency'], cost.currency);
    checkProduct(['variableCosts', i, 'product'], cost.product);
  });
  model.royalties.forEach((royalty, i) => {
    checkProduct(['royalties', i, 'product'], royalty.product);
    if (royalty.basis === 'unit') checkCurrency(['royalties', i, 'currency'], royalty.currency);
  });
  return issues;
}

/**
 * The financial-model document schema (zod), also published in the OpenAPI document. Field checks
 * (types, ranges: rates within ±100 %, positive lives, integer years) come from the shape; checks across
 * fields (currencies known, capex schedules summing to 1 inside the project, loan tenor within the
 * operating period, grace shorter than tenor, products named and priced) add `custom` issues whose
 * `params.reason` is a `ModelIssueCode`.
 */
export const ZFinancialModel = ZFinancialModelShape.superRefine((model, ctx) => {
  for (const issue of findCrossFieldIssues(model)) {
    ctx.addIssue({
      code: 'custom',
      path: issue.path,
      message: issue.message,
      params: { reason: issue.reason },
    });
  }
});

/** A financial model document as written (defaults may be omitted). */
export type TFinancialModelInput = z.input<typeof ZFinancialModel>;
/** A validated financial model with defaults filled in. */
export type TFinancialModel = z.output<typeof ZFinancialModel>;
