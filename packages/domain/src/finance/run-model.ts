import type { CompiledModel } from './compile-model.ts';
import { DRIVER_INDEX } from './drivers.ts';

/** Every yearly row the kernel fills, in engine order (the API schema of a year is built from it). */
export const YEAR_ROW_NAMES = [
  'revenue',
  'variableCosts',
  'fixedCosts',
  'royalties',
  'ebitda',
  'depreciation',
  'interestExpense',
  'idcAmortisation',
  'taxableIncome',
  'tax',
  'netIncome',
  'capex',
  'workingCapital',
  'workingCapitalChange',
  'residualValue',
  'projectCashFlow',
  'cfads',
  'loanDrawdown',
  'interestDuringConstruction',
  'interestPaid',
  'interestCapitalised',
  'principalRepaid',
  'debtService',
  'loanBalance',
  'equityCashFlow',
  'lossCarriedForward',
] as const;

/** Name of a yearly row the kernel fills. */
export type RowName = (typeof YEAR_ROW_NAMES)[number];

/**
 * Preallocated yearly rows (model currency, nominal) that `runModel` overwrites on every run, plus
 * scratch space; one workspace serves any number of runs of one compiled model.
 */
export type Workspace = Record<RowName, Float64Array> & {
  loanDraws: Float64Array[];
  lossByYear: Float64Array;
};

/** Allocates the rows and scratch space for runs of `compiled`. */
export function createWorkspace(compiled: CompiledModel): Workspace {
  const rows = Object.fromEntries(
    YEAR_ROW_NAMES.map((row) => [row, new Float64Array(compiled.years)]),
  ) as Record<RowName, Float64Array>;
  return {
    ...rows,
    loanDraws: compiled.loans.map(() => new Float64Array(compiled.years)),
    lossByYear: new Float64Array(compiled.years),
  };
}

function lineFactor(drivers: ArrayLike<number>, indices: readonly number[]): number {
  let factor = 1;
  for (let i = 0; i < indices.length; i++) factor *= drivers[indices[i] as number] as number;
  return factor;
}

/**
 * Computes every yearly row of the model for one driver vector (factors, 1 = base), in place.
 *
 * - EBITDA = revenue − variable costs − fixed costs − royalties.
 * - Working capital = (revenue·receivable days + cash costs·(inventory days − payable days))/365;
 *   its change is invested each year and all of it is recovered at the end of the last year.
 * - Loans: the debt share (1 − equity share) of construction capex is drawn pro rata, loans in order
 *   up to each facility; interest = rate·(opening balance + drawdown/2); during construction it is
 *   added to the balance (capitalised) or paid by equity; in the first `grace` operating years only
 *   interest is paid; then the balance is repaid over tenor − grace years as an annuity or in equal
 *   principal instalments. Interest during construction is amortised for tax over the repayment years.
 * - Taxable income = EBITDA − depreciation − interest expense − IDC amortisation; losses are carried
 *   forward (oldest first, for `lossCarryForwardYears`); no tax in the holiday years (their profits
 *   neither pay tax nor absorb losses).
 * - Project cash flow = EBITDA − tax − capex − ΔWC + residual value (book value at the end); tax as
 *   actually paid, after the interest deduction. CFADS = project cash flow without residual value.
 * - Equity cash flow = project cash flow + drawdowns − interest paid − principal repaid.
 */
export function runModel(compiled: CompiledModel, drivers: ArrayLike<number>, ws: Workspace): void {
  const n = compiled.years;
  const construction = compiled.constructionYears;
  const { revenue, variableCosts, fixedCosts, royalties } = ws;
  revenue.fill(0);
  variableCosts.fill(0);
  fixedCosts.fill(0);
  royalties.fill(0);
  for (const line of compiled.lines) {
    const factor = lineFactor(drivers, line.drivers);
    const target =
      line.kind === 'revenue'
        ? revenue
        : line.kind === 'variableCost'
          ? variableCosts
          : line.kind === 'fixedCost'
            ? fixedCosts
            : royalties;
    const base = line.base;
    for (let t = construction; t < n; t++) target[t] = (target[t] as number) + (base[t] as number) * factor;
  }
  const capexFactor = drivers[DRIVER_INDEX.capex] as number;
  const taxRate = compiled.taxRate * (drivers[DRIVER_INDEX.taxRate] as number);
  const receivable = compiled.receivableDays / 365;
  const inventoryNet = (compiled.inventoryDays - compiled.payableDays) / 365;
  let previousWorkingCapital = 0;
  for (let t = 0; t < n; t++) {
    const cashCosts = (variableCosts[t] as number) + (fixedCosts[t] as number);
    ws.ebitda[t] = (revenue[t] as number) - cashCosts - (royalties[t] as number);
    ws.depreciation[t] = (compiled.depreciationBase[t] as number) * capexFactor;
    ws.capex[t] = (compiled.capexBase[t] as number) * capexFactor;
    const level = (revenue[t] as number) * receivable + cashCosts * inventoryNet;
    ws.workingCapital[t] = level;
    ws.workingCapitalChange[t] = t === n - 1 ? -previousWorkingCapital : level - previousWorkingCapital;
    previousWorkingCapital = level;
    ws.residualValue[t] = t === n - 1 ? compiled.terminalBookValue * capexFactor : 0;
  }
  runLoans(compiled, capexFactor, ws);
  runTax(compiled, taxRate, ws);
  for (let t = 0; t < n; t++) {
    const operating =
      (ws.ebitda[t] as number) -
      (ws.tax[t] as number) -
      (ws.capex[t] as number) -
      (ws.workingCapitalChange[t] as number);
    ws.cfads[t] = t >= construction ? operating : 0;
    ws.projectCashFlow[t] = operating + (ws.residualValue[t] as number);
    ws.equityCashFlow[t] =
      (ws.projectCashFlow[t] as number) +
      (ws.loanDrawdown[t] as number) -
      (ws.interestPaid[t] as number) -
      (ws.interestDuringConstruction[t] as number) +
      (ws.interestCapitalised[t] as number) -
      (ws.principalRepaid[t] as number);
  }
}

function runLoans(compiled: CompiledModel, capexFactor: number, ws: Workspace): void {
  const n = compiled.years;
  const construction = compiled.constructionYears;
  ws.loanDrawdown.fill(0);
  ws.interestDuringConstruction.fill(0);
  ws.interestPaid.fill(0);
  ws.interestCapitalised.fill(0);
  ws.interestExpense.fill(0);
  ws.idcAmortisation.fill(0);
  ws.principalRepaid.fill(0);
  ws.debtService.fill(0);
  ws.loanBalance.fill(0);
  const loans = compiled.loans;
  if (loans.length === 0) return;
  for (const draws of ws.loanDraws) draws.fill(0);
  const debtShare = 1 - compiled.equityShare;
  let facility = 0;
  let available = loans[0]?.amount ?? 0;
  for (let t = 0; t < n; t++) {
    let need = (compiled.fundedCapexBase[t] as number) * capexFactor * debtShare;
    while (need > 0 && facility < loans.length) {
      const draw = Math.min(need, available);
      (ws.loanDraws[facility] as Float64Array)[t] = draw;
      ws.loanDrawdown[t] = (ws.loanDrawdown[t] as number) + draw;
      need -= draw;
      available -= draw;
      if (available <= 0) {
        facility++;
        available = loans[facility]?.amount ?? 0;
      }
    }
  }
  for (let l = 0; l < loans.length; l++) {
    const loan = loans[l] as (typeof loans)[number];
    const draws = ws.loanDraws[l] as Float64Array;
    const r = loan.rate;
    const repaymentYears = loan.tenorYears - loan.graceYears;
    let balance = 0;
    let idc = 0;
    let instalment = 0;
    for (let t = 0; t < n; t++) {
      const draw = draws[t] as number;
      const k = t - construction;
      let interest = r * (balance + draw / 2);
      balance += draw;
      if (k < 0) {
        idc += interest;
        ws.interestDuringConstruction[t] = (ws.interestDuringConstruction[t] as number) + interest;
        if (loan.isCapitalised) {
          balance += interest;
          ws.interestCapitalised[t] = (ws.interestCapitalised[t] as number) + interest;
        }
      } else if (k < loan.tenorYears && balance > 0) {
        let principal = 0;
        if (k >= loan.graceYears) {
          if (k === loan.graceYears) {
            instalment = loan.isAnnuity
              ? r === 0
                ? balance / repaymentYears
                : (balance * r) / (1 - (1 + r) ** -repaymentYears)
              : balance / repaymentYears;
          }
          interest = r * balance;
          principal =
            k === loan.tenorYears - 1 ? balance : loan.isAnnuity ? instalment - interest : instalment;
          balance -= principal;
          ws.idcAmortisation[t] = (ws.idcAmortisation[t] as number) + idc / repaymentYears;
        }
        ws.interestExpense[t] = (ws.interestExpense[t] as number) + interest;
        ws.interestPaid[t] = (ws.interestPaid[t] as number) + interest;
        ws.principalRepaid[t] = (ws.principalRepaid[t] as number) + principal;
        ws.debtService[t] = (ws.debtService[t] as number) + interest + principal;
      }
      ws.loanBalance[t] = (ws.loanBalance[t] as number) + balance;
    }
  }
}

function runTax(compiled: CompiledModel, taxRate: number, ws: Workspace): void {
  const n = compiled.years;
  const construction = compiled.constructionYears;
  const carryYears = compiled.lossCarryForwardYears;
  const isLimited = Number.isFinite(carryYears);
  const losses = ws.lossByYear;
  if (isLimited) losses.fill(0);
  let pool = 0;
  let oldest = 0;
  for (let t = 0; t < n; t++) {
    const k = t - construction;
    const taxable =
      (ws.ebitda[t] as number) -
      (ws.depreciation[t] as number) -
      (ws.interestExpense[t] as number) -
      (ws.idcAmortisation[t] as number);
    ws.taxableIncome[t] = k < 0 ? 0 : taxable;
    let tax = 0;
    if (k >= 0 && taxable < 0) {
      pool -= taxable;
      if (isLimited) losses[t] = -taxable;
    } else if (k >= compiled.holidayYears && taxable > 0) {
      let remaining = taxable;
      if (pool > 0 && isLimited) {
        // Oldest losses first (FIFO), so the ones closest to expiry are used.
        for (let y = oldest; y < t && remaining > 0; y++) {
          const used = Math.min(losses[y] as number, remaining);
          losses[y] = (losses[y] as number) - used;
          remaining -= used;
          pool -= used;
        }
      } else if (pool > 0) {
        const used = Math.min(pool, remaining);
        pool -= used;
        remaining -= used;
      }
      tax = taxRate * remaining;
    }
    // A loss of year y may be used in years y+1 … y+carryYears; drop what would expire next year.
    if (isLimited) {
      for (; oldest <= t - carryYears; oldest++) {
        pool -= losses[oldest] as number;
        losses[oldest] = 0;
      }
    }
    ws.tax[t] = tax;
    ws.netIncome[t] = (ws.taxableIncome[t] as number) - tax;
    ws.lossCarriedForward[t] = pool;
  }
}
