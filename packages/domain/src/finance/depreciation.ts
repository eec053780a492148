import { assertNumbers, FinanceError } from './finance-error.ts';

/**
 * SLN(cost, salvage, life) — straight-line depreciation for one period (Excel/Calc SLN).
 * Formula: (cost − salvage) / life. Units: currency per period. Throws DIV0 when life = 0.
 * Source: Microsoft Support, "SLN function".
 */
export function sln(cost: number, salvage: number, life: number): number {
  assertNumbers('SLN', { cost, salvage, life });
  if (life === 0) throw new FinanceError('DIV0', 'SLN: life is 0');
  return (cost - salvage) / life;
}

/**
 * SYD(cost, salvage, life, per) — sum-of-years' digits depreciation for period `per` (Excel/Calc SYD).
 * Formula: (cost − salvage)·(life − per + 1)·2 / (life·(life + 1)).
 * Units: currency per period. Throws NUM when life ≤ 0, per ≤ 0 or per > life.
 * Source: Microsoft Support, "SYD function".
 */
export function syd(cost: number, salvage: number, life: number, per: number): number {
  assertNumbers('SYD', { cost, salvage, life, per });
  if (life <= 0 || per <= 0 || per > life) throw new FinanceError('NUM', 'SYD: needs 0 < per ≤ life');
  return ((cost - salvage) * (life - per + 1) * 2) / (life * (life + 1));
}

/**
 * DB(cost, salvage, life, period, [month=12]) — fixed-declining-balance depreciation (Excel/Calc DB).
 * Formula: rate = 1 − (salvage/cost)^(1/life), rounded to three decimals; first period
 * cost·rate·month/12; later periods (cost − accumulated)·rate; the extra period life+1 (when
 * month < 12) ((cost − accumulated)·rate·(12 − month))/12.
 * Units: currency per period. Throws NUM when cost < 0, salvage < 0, life ≤ 0, period ≤ 0,
 * month ∉ [1, 12] or period > life (+1 when month < 12).
 * Source: Microsoft Support, "DB function".
 */
export function db(cost: number, salvage: number, life: number, period: number, month = 12): number {
  assertNumbers('DB', { cost, salvage, life, period, month });
  if (cost < 0 || salvage < 0 || life <= 0 || period <= 0 || month < 1 || month > 12) {
    throw new FinanceError('NUM', 'DB: argument out of range');
  }
  const lastPeriod = month === 12 ? life : life + 1;
  if (period > lastPeriod) throw new FinanceError('NUM', 'DB: period beyond life');
  if (cost === 0) return 0;
  const rate = Math.round((1 - (salvage / cost) ** (1 / life)) * 1000) / 1000;
  const whole = Math.floor(period);
  let accumulated = (cost * rate * month) / 12;
  if (whole === 1) return accumulated;
  for (let p = 2; p < whole; p++) accumulated += (cost - accumulated) * rate;
  if (whole === life + 1) return ((cost - accumulated) * rate * (12 - month)) / 12;
  return (cost - accumulated) * rate;
}

/**
 * Depreciation of one period by the declining-balance method at `factor`/life a period, never below
 * salvage; the closed form LibreOffice Calc uses for DDB and inside VDB (ScGetDDB), valid for
 * fractional periods: old = cost·(1−rate)^(period−1), new = cost·(1−rate)^period,
 * ddb = old − max(new, salvage), at least 0; a rate ≥ 1 writes the whole cost off in period 1.
 */
function decliningBalance(
  cost: number,
  salvage: number,
  life: number,
  period: number,
  factor: number,
): number {
  let rate = factor / life;
  let oldValue: number;
  if (rate >= 1) {
    rate = 1;
    oldValue = period === 1 ? cost : 0;
  } else {
    oldValue = cost * (1 - rate) ** (period - 1);
  }
  const newValue = cost * (1 - rate) ** period;
  const value = newValue < salvage ? oldValue - salvage : oldValue - newValue;
  return Math.max(0, value);
}

/**
 * DDB(cost, salvage, life, period, [factor=2]) — double- (or `factor`-) declining-balance depreciation (Excel/Calc DDB).
 * Formula: min((cost − accumulated)·factor/life, cost − salvage − accumulated), in closed form
 * cost·(1−f/life)^(period−1) − max(cost·(1−f/life)^period, salvage), at least 0.
 * Units: currency per period. Throws NUM when cost < 0, salvage < 0, life ≤ 0, period ≤ 0,
 * factor ≤ 0 or period > life.
 * Source: Microsoft Support, "DDB function"; LibreOffice Calc ScGetDDB.
 */
export function ddb(cost: number, salvage: number, life: number, period: number, factor = 2): number {
  assertNumbers('DDB', { cost, salvage, life, period, factor });
  if (cost < 0 || salvage < 0 || life <= 0 || period <= 0 || factor <= 0 || period > life) {
    throw new FinanceError('NUM', 'DDB: argument out of range');
  }
  return decliningBalance(cost, salvage, life, period, factor);
}

/** Whole-period VDB with the switch to straight line (LibreOffice ScInterVDB), over `periods` from the start. */
function interVdb(
  cost: number,
  salvage: number,
  life: number,
  life1: number,
  periods: number,
  factor: number,
) {
  const intEnd = Math.ceil(periods);
  let remaining = cost - salvage;
  let isStraightLine = false;
  let straightLine = 0;
  let total = 0;
  for (let i = 1; i <= intEnd; i++) {
    let term: number;
    if (isStraightLine) {
      term = straightLine;
    } else {
      const declining = decliningBalance(cost, salvage, life, i, factor);
      straightLine = remaining / (life1 - (i - 1));
      if (straightLine > declining) {
        term = straightLine;
        isStraightLine = true;
      } else {
        term = declining;
        remaining -= declining;
      }
    }
    if (i === intEnd) term *= periods + 1 - intEnd;
    total += term;
  }
  return total;
}

/**
 * VDB(cost, salvage, life, start_period, end_period, [factor=2], [no_switch=false]) — declining-balance
 * depreciation between two (possibly fractional) periods, switching to straight line when that is
 * larger unless `noSwitch` (Excel/Calc VDB). Algorithm: LibreOffice Calc's ScVDB/ScInterVDB, which
 * Excel agrees with on Microsoft's documented examples.
 * Units: currency. Throws NUM when start < 0, end < start, end > life, cost < 0, salvage > cost or factor ≤ 0.
 * Source: Microsoft Support, "VDB function"; LibreOffice sc/source/core/tool/interpr2.cxx.
 */
export function vdb(
  cost: number,
  salvage: number,
  life: number,
  startPeriod: number,
  endPeriod: number,
  factor = 2,
  noSwitch = false,
): number {
  assertNumbers('VDB', { cost, salvage, life, startPeriod, endPeriod, factor });
  if (
    startPeriod < 0 ||
    endPeriod < startPeriod ||
    endPeriod > life ||
    cost < 0 ||
    salvage > cost ||
    factor <= 0
  ) {
    throw new FinanceError('NUM', 'VDB: argument out of range');
  }
  const intStart = Math.floor(startPeriod);
  const intEnd = Math.ceil(endPeriod);
  if (noSwitch) {
    let total = 0;
    for (let i = intStart + 1; i <= intEnd; i++) {
      let term = decliningBalance(cost, salvage, life, i, factor);
      if (i === intStart + 1) term *= Math.min(endPeriod, intStart + 1) - startPeriod;
      else if (i === intEnd) term *= endPeriod + 1 - intEnd;
      total += term;
    }
    return total;
  }
  let part = 0;
  if (startPeriod !== intStart) {
    const value = cost - interVdb(cost, salvage, life, life, intStart, factor);
    part += (startPeriod - intStart) * interVdb(value, salvage, life, life - intStart, 1, factor);
  }
  if (endPeriod !== intEnd) {
    const tempStart = intEnd - 1;
    const value = cost - interVdb(cost, salvage, life, life, tempStart, factor);
    part += (intEnd - endPeriod) * interVdb(value, salvage, life, life - tempStart, 1, factor);
  }
  const bookValue = cost - interVdb(cost, salvage, life, life, intStart, factor);
  return interVdb(bookValue, salvage, life, life - intStart, intEnd - intStart, factor) - part;
}
