import { analyzeIrr } from './analyze-irr.ts';
import { type CompiledModel, compileModel } from './compile-model.ts';
import { DRIVER_INDEX } from './drivers.ts';
import { FinanceError } from './finance-error.ts';
import { irrOfFlows } from './irr.ts';
import { mirr } from './mirr.ts';
import { type TFinancialModel, type TFinancialModelInput, ZFinancialModel } from './model-schema.ts';
import { presentValueOfFlows } from './npv.ts';
import { computeDiscountedPayback, computePayback } from './payback.ts';
import { createWorkspace, type RowName, runModel, type Workspace } from './run-model.ts';

/** One project year: income statement, cash flow and funding rows, in model currency (nominal). */
export type YearRow = Record<RowName, number> & {
  /** Project year index, 0 = start of construction. */
  index: number;
  calendarYear: number;
  phase: 'construction' | 'operation';
  /** Units sold by product (payable units for mined commodities). */
  production: Record<string, number>;
  cumulativeProjectCashFlow: number;
  discountedProjectCashFlow: number;
  /** Cash flow available for debt service / debt service; null without debt service. */
  dscr: number | null;
  mining?: { oreMined: number; wasteMined: number; concentrate: number | null };
};

/** Results of a model evaluation. Rates are fractions; money in model currency; payback in years from time 0. */
export interface ModelResult {
  currency: string;
  years: YearRow[];
  /** NPV of the project cash flow at the discount rate, year 0 undiscounted. */
  npv: number;
  npvCurve: Array<{ rate: number; npv: number }>;
  projectIrr: number | null;
  equityIrr: number | null;
  /** Whether the project and equity cash flows have one IRR, none or several (see `analyzeIrr`). */
  irrKind: { project: 'unique' | 'none' | 'multiple'; equity: 'unique' | 'none' | 'multiple' };
  mirr: number | null;
  payback: number | null;
  discountedPayback: number | null;
  /** In the first year at full capacity: the share of capacity (and units) where profit before tax is zero. */
  breakEven: {
    calendarYear: number;
    units: number;
    unitsByProduct: Record<string, number>;
    shareOfCapacity: number;
  } | null;
  dscr: { byYear: Array<number | null>; min: number | null; average: number | null };
  operatingYears: number;
}

const DEFAULT_CURVE_RATES = Array.from({ length: 16 }, (_, i) => i * 0.02);

/** A driver vector of all ones (the base case) for `compiled`. */
export function createBaseDrivers(compiled: CompiledModel): Float64Array {
  return new Float64Array(compiled.driverKeys.length).fill(1);
}

function nullIfNaN(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

function computeBreakEven(
  compiled: CompiledModel,
  drivers: ArrayLike<number>,
  ws: Workspace,
): ModelResult['breakEven'] {
  const capacity = compiled.quantities.reduce((sum, q) => sum + q.capacity, 0);
  if (capacity <= 0) return null;
  const utilisation = (t: number) =>
    compiled.quantities.reduce((sum, q) => sum + (q.base[t] as number), 0) / capacity;
  let best = -1;
  for (let t = compiled.constructionYears; t < compiled.years; t++) {
    if (best < 0 || utilisation(t) > utilisation(best) + 1e-12) best = t;
  }
  if (best < 0) return null;
  const fixed =
    (ws.fixedCosts[best] as number) +
    (ws.depreciation[best] as number) +
    (ws.interestExpense[best] as number) +
    (ws.idcAmortisation[best] as number);
  const contribution =
    (ws.revenue[best] as number) - (ws.variableCosts[best] as number) - (ws.royalties[best] as number);
  if (contribution <= 0) return null;
  const shareOfOutput = fixed / contribution;
  const unitsByProduct: Record<string, number> = {};
  let units = 0;
  for (const q of compiled.quantities) {
    let factor = 1;
    for (const d of q.drivers) factor *= drivers[d] as number;
    const sold = (q.base[best] as number) * factor;
    unitsByProduct[q.product] = sold * shareOfOutput;
    units += sold * shareOfOutput;
  }
  return {
    calendarYear: compiled.model.startYear + best,
    units,
    unitsByProduct,
    shareOfCapacity: shareOfOutput * utilisation(best) * (drivers[DRIVER_INDEX.volume] as number),
  };
}

/**
 * Evaluates a compiled model at a driver vector into the full result: yearly rows, NPV (project cash
 * flow, year 0 undiscounted: Σ CF_t/(1+r)^t), an NPV curve, project and equity IRR, MIRR (finance and
 * reinvestment rates default to the discount rate), simple and discounted payback, break-even and DSCR.
 */
export function evaluateCompiled(
  compiled: CompiledModel,
  drivers: ArrayLike<number> = createBaseDrivers(compiled),
): ModelResult {
  const ws = createWorkspace(compiled);
  runModel(compiled, drivers, ws);
  const model = compiled.model;
  const n = compiled.years;
  const discountRate = compiled.discountRate * (drivers[DRIVER_INDEX.discountRate] as number);
  const projectFlows = ws.projectCashFlow;
  const equityFlows = ws.equityCashFlow;
  const rowNames = Object.keys(ws).filter((key) => key !== 'loanDraws' && key !== 'lossByYear') as RowName[];
  const dscrByYear: Array<number | null> = [];
  let cumulative = 0;
  const years: YearRow[] = [];
  for (let t = 0; t < n; t++) {
    const row = { index: t, calendarYear: model.startYear + t } as YearRow;
    row.phase = t < compiled.constructionYears ? 'construction' : 'operation';
    for (const name of rowNames) row[name] = ws[name][t] as number;
    row.production = {};
    for (const q of compiled.quantities) {
      let factor = 1;
      for (const d of q.drivers) factor *= drivers[d] as number;
      row.production[q.product] = (q.base[t] as number) * factor;
    }
    cumulative += projectFlows[t] as number;
    row.cumulativeProjectCashFlow = cumulative;
    row.discountedProjectCashFlow = (projectFlows[t] as number) / (1 + discountRate) ** t;
    const debtService = ws.debtService[t] as number;
    row.dscr =
      t >= compiled.constructionYears && debtService > 0 ? (ws.cfads[t] as number) / debtService : null;
    dscrByYear.push(row.dscr);
    if (compiled.mining) {
      const volume = drivers[DRIVER_INDEX.volume] as number;
      const metal =
        volume * (drivers[DRIVER_INDEX.grade] as number) * (drivers[DRIVER_INDEX.recovery] as number);
      row.mining = {
        oreMined: (compiled.mining.oreMined[t] as number) * volume,
        wasteMined: (compiled.mining.wasteMined[t] as number) * volume,
        concentrate: compiled.mining.concentrate ? (compiled.mining.concentrate[t] as number) * metal : null,
      };
    }
    years.push(row);
  }
  const ratios = dscrByYear.filter((value): value is number => value !== null);
  const financeRate = model.analysis.mirrFinanceRate ?? discountRate;
  const reinvestRate = model.analysis.mirrReinvestRate ?? discountRate;
  let modifiedIrr: number | null = null;
  try {
    modifiedIrr = mirr(Array.from(projectFlows), financeRate, reinvestRate);
  } catch (error) {
    if (!(error instanceof FinanceError)) throw error;
  }
  return {
    currency: model.currency,
    years,
    npv: presentValueOfFlows(projectFlows, discountRate),
    npvCurve: (model.analysis.npvCurveRates ?? DEFAULT_CURVE_RATES).map((rate) => ({
      rate,
      npv: presentValueOfFlows(projectFlows, rate),
    })),
    projectIrr: nullIfNaN(irrOfFlows(projectFlows, n, 0.1)),
    equityIrr: nullIfNaN(irrOfFlows(equityFlows, n, 0.1)),
    irrKind: {
      project: analyzeIrr(Array.from(projectFlows)).kind,
      equity: analyzeIrr(Array.from(equityFlows)).kind,
    },
    mirr: modifiedIrr,
    payback: computePayback(projectFlows),
    discountedPayback: computeDiscountedPayback(projectFlows, discountRate),
    breakEven: computeBreakEven(compiled, drivers, ws),
    dscr: {
      byYear: dscrByYear,
      min: ratios.length ? Math.min(...ratios) : null,
      average: ratios.length ? ratios.reduce((a, b) => a + b, 0) / ratios.length : null,
    },
    operatingYears: compiled.operatingYears,
  };
}

/**
 * Validates a model document (throws zod's error on bad input; use `validateModel` for coded issues)
 * and evaluates it at base values: see `evaluateCompiled` for the results and `runModel` for the rows.
 */
export function evaluateModel(document: TFinancialModelInput | TFinancialModel): ModelResult {
  return evaluateCompiled(compileModel(ZFinancialModel.parse(document)));
}
