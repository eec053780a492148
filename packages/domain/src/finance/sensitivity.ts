import { compileModel } from './compile-model.ts';
import type { DriverKey } from './drivers.ts';
import { createBaseDrivers } from './evaluate-model.ts';
import { type TFinancialModelInput, ZFinancialModel } from './model-schema.ts';
import { createWorkspace } from './run-model.ts';
import { indexOfDriver, listRelevantDrivers, runNpvIrr } from './uncertainty-common.ts';

/** NPV and IRR (null when none) at one driver value. */
export interface SensitivityPoint {
  factor: number;
  npv: number;
  irr: number | null;
}

/** One bar of a tornado chart: the driver at its low and high factor, and the NPV swing between them. */
export interface SensitivityBar {
  driver: DriverKey;
  low: SensitivityPoint;
  high: SensitivityPoint;
  /** |NPV(high) − NPV(low)|, model currency. */
  npvSwing: number;
}

/** Tornado data: the base case and one bar per driver, widest NPV swing first. */
export interface SensitivityResult {
  base: { npv: number; irr: number | null };
  bars: SensitivityBar[];
}

/**
 * One-at-a-time sensitivity of NPV and project IRR: each driver (all relevant ones unless listed) is
 * set to `low` and `high` (factors, default 0.8 and 1.2, i.e. ±20 %) with the others at 1; bars are
 * sorted by NPV swing (tornado order). Units: NPV in model currency, IRR a fraction.
 */
export function analyzeSensitivity(
  document: TFinancialModelInput,
  options: { drivers?: readonly DriverKey[]; low?: number; high?: number } = {},
): SensitivityResult {
  const compiled = compileModel(ZFinancialModel.parse(document));
  const ws = createWorkspace(compiled);
  const drivers = createBaseDrivers(compiled);
  const base = runNpvIrr(compiled, drivers, ws, 0.1);
  const guess = Number.isNaN(base.irr) ? 0.1 : base.irr;
  const at = (index: number, factor: number): SensitivityPoint => {
    drivers.fill(1);
    drivers[index] = factor;
    const { npv, irr } = runNpvIrr(compiled, drivers, ws, guess);
    return { factor, npv, irr: Number.isNaN(irr) ? null : irr };
  };
  const low = options.low ?? 0.8;
  const high = options.high ?? 1.2;
  const bars = (options.drivers ?? listRelevantDrivers(compiled)).map((driver) => {
    const index = indexOfDriver(compiled, driver);
    const lowPoint = at(index, low);
    const highPoint = at(index, high);
    return { driver, low: lowPoint, high: highPoint, npvSwing: Math.abs(highPoint.npv - lowPoint.npv) };
  });
  bars.sort((a, b) => b.npvSwing - a.npvSwing);
  return { base: { npv: base.npv, irr: Number.isNaN(base.irr) ? null : base.irr }, bars };
}
