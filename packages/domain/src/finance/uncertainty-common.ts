import type { CompiledModel } from './compile-model.ts';
import { DRIVER_INDEX, type DriverKey } from './drivers.ts';
import { FinanceError } from './finance-error.ts';
import { irrOfFlows } from './irr.ts';
import { presentValueOfFlows } from './npv.ts';
import { runModel, type Workspace } from './run-model.ts';

/** NPV (at the flexed discount rate) and project IRR (NaN when none) of one run, without allocating. */
export function runNpvIrr(
  compiled: CompiledModel,
  drivers: Float64Array,
  ws: Workspace,
  irrGuess: number,
): { npv: number; irr: number } {
  runModel(compiled, drivers, ws);
  const rate = compiled.discountRate * (drivers[DRIVER_INDEX.discountRate] as number);
  return {
    npv: presentValueOfFlows(ws.projectCashFlow, rate, compiled.years),
    irr: irrOfFlows(ws.projectCashFlow, compiled.years, irrGuess),
  };
}

/** Index of a driver in the compiled model's driver vector; throws VALUE for an unknown driver. */
export function indexOfDriver(compiled: CompiledModel, driver: DriverKey | string): number {
  const index = compiled.driverKeys.indexOf(driver as DriverKey);
  if (index < 0) throw new FinanceError('VALUE', `unknown driver ${driver}`);
  return index;
}

/** Drivers that move this model's results: mining-only drivers only for mines, royalty only with royalties, per-product prices with more than one product. */
export function listRelevantDrivers(compiled: CompiledModel): DriverKey[] {
  const hasRoyalty = compiled.lines.some((line) => line.kind === 'royalty');
  const priceKeys = compiled.driverKeys.filter((key) => key.startsWith('price:'));
  return compiled.driverKeys.filter((key) => {
    if (key === 'grade' || key === 'recovery') return compiled.mining !== null;
    if (key === 'royalty') return hasRoyalty;
    if (key === 'taxRate') return compiled.taxRate > 0;
    if (key === 'capex') return compiled.capexBase.some((value) => value !== 0);
    if (key.startsWith('price:')) return priceKeys.length > 1;
    return true;
  });
}
