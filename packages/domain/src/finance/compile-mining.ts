import type { CompiledLine, CompiledQuantity } from './compile-model.ts';
import { DRIVER_INDEX } from './drivers.ts';
import { computeMineSchedule } from './mine-schedule.ts';
import type { TFinancialModel } from './model-schema.ts';

/** Sale units per tonne of metal: 1 t; 1,000 kg; 2,204.62262185 lb (avoirdupois); 32,150.7466 oz (troy). */
export const UNITS_PER_TONNE = { t: 1, kg: 1000, lb: 2204.62262185, oz: 32150.7466 } as const;

/** Tonnes of metal per tonne of ore for a grade: percent/100, or g/t divided by 1,000,000. */
export function gradeToFraction(grade: number, unit: 'percent' | 'g/t'): number {
  return unit === 'percent' ? grade / 100 : grade / 1_000_000;
}

/** Physical quantities of the mine by project year (base drivers). */
export interface MiningQuantities {
  oreMined: Float64Array;
  wasteMined: Float64Array;
  /** Dry tonnes of concentrate, or null when the metal is sold without a concentrate. */
  concentrate: Float64Array | null;
  payable: Array<{ commodity: string; unit: string; base: Float64Array }>;
}

interface MiningContext {
  constructionYears: number;
  years: number;
  inflation: number;
  toModel: (code: string | undefined) => number;
  priceDriver: (product: string) => number;
}

type Mining = NonNullable<TFinancialModel['mining']>;

/**
 * The mining layer: turns reserve, mining rate, strip ratio, grades, recoveries, payable shares,
 * TC/RC and the price deck into quantity, revenue and cost lines of the project model.
 * Per operating year k (project year t = construction + k):
 *   ore_k from `computeMineSchedule`; waste_k = ore_k·strip ratio;
 *   recovered metal (t) = ore_k·grade·recovery; payable (sale units) = recovered·payable share·units per tonne;
 *   concentrate (dmt) = recovered metal of the first commodity / concentrate grade;
 *   revenue = payable·price_k·(1+e)^t; mining cost = (ore + waste)·cost/t; processing = ore·cost/t;
 *   treatment + freight = concentrate·(TC + freight); refining = payable·RC.
 * Source: the usual net-smelter-return arithmetic (e.g. Rudenno, "The Mining Valuation Handbook", ch. 9).
 */
export function compileMining(
  mining: Mining,
  context: MiningContext,
): { lines: CompiledLine[]; quantities: CompiledQuantity[]; quantitiesByYear: MiningQuantities } {
  const { constructionYears, years, toModel } = context;
  const schedule = computeMineSchedule(mining.oreReserve, mining.miningRate, mining.rampUp);
  const ore = new Float64Array(years);
  const waste = new Float64Array(years);
  schedule.forEach((tonnes, k) => {
    ore[constructionYears + k] = tonnes;
    waste[constructionYears + k] = tonnes * mining.stripRatio;
  });
  const costFactors = new Float64Array(years);
  const costFx = toModel(mining.currency);
  let factor = 1;
  for (let t = 0; t < years; t++) {
    costFactors[t] = factor * costFx;
    factor *= 1 + (mining.costEscalation ?? context.inflation);
  }
  const metalDrivers = [DRIVER_INDEX.volume, DRIVER_INDEX.grade, DRIVER_INDEX.recovery];
  const lines: CompiledLine[] = [];
  const quantities: CompiledQuantity[] = [];
  const payable: MiningQuantities['payable'] = [];
  let concentrate: Float64Array | null = null;

  mining.commodities.forEach((commodity, index) => {
    const metalPerOre = gradeToFraction(commodity.grade, commodity.gradeUnit) * commodity.recovery;
    const unitsPerOre = metalPerOre * commodity.payableShare * UNITS_PER_TONNE[commodity.saleUnit];
    const units = new Float64Array(years);
    const revenue = new Float64Array(years);
    const refining = new Float64Array(years);
    const fx = toModel(commodity.currency);
    let priceFactor = 1;
    for (let t = 0; t < years; t++) {
      const k = t - constructionYears;
      units[t] = (ore[t] as number) * unitsPerOre;
      if (k >= 0) {
        const price = commodity.prices[Math.min(k, commodity.prices.length - 1)] as number;
        revenue[t] = (units[t] as number) * price * fx * priceFactor;
        refining[t] = (units[t] as number) * commodity.refiningChargePerUnit * fx * priceFactor;
      }
      priceFactor *= 1 + (commodity.escalation ?? context.inflation);
    }
    if (index === 0 && mining.concentrate) {
      const concentrateTonnes = new Float64Array(years);
      const charge = new Float64Array(years);
      const perTonne = mining.concentrate.treatmentChargePerTonne + mining.concentrate.freightPerTonne;
      for (let t = 0; t < years; t++) {
        concentrateTonnes[t] = ((ore[t] as number) * metalPerOre) / mining.concentrate.grade;
        charge[t] = (concentrateTonnes[t] as number) * perTonne * (costFactors[t] as number);
      }
      concentrate = concentrateTonnes;
      lines.push({
        kind: 'variableCost',
        name: 'treatment and freight',
        base: charge,
        drivers: [...metalDrivers, DRIVER_INDEX.variableOpex],
      });
    }
    const capacity = mining.miningRate * unitsPerOre;
    quantities.push({
      product: commodity.name,
      unit: commodity.saleUnit,
      capacity,
      base: units,
      drivers: metalDrivers,
    });
    payable.push({ commodity: commodity.name, unit: commodity.saleUnit, base: units });
    lines.push({
      kind: 'revenue',
      name: commodity.name,
      product: commodity.name,
      base: revenue,
      drivers: [DRIVER_INDEX.price, context.priceDriver(commodity.name), ...metalDrivers],
    });
    if (commodity.refiningChargePerUnit > 0) {
      lines.push({
        kind: 'variableCost',
        name: `refining ${commodity.name}`,
        product: commodity.name,
        base: refining,
        drivers: [...metalDrivers, DRIVER_INDEX.variableOpex],
      });
    }
  });

  const miningCost = new Float64Array(years);
  const processingCost = new Float64Array(years);
  for (let t = 0; t < years; t++) {
    miningCost[t] =
      ((ore[t] as number) + (waste[t] as number)) * mining.miningCostPerTonne * (costFactors[t] as number);
    processingCost[t] = (ore[t] as number) * mining.processingCostPerTonne * (costFactors[t] as number);
  }
  lines.push({
    kind: 'variableCost',
    name: 'mining',
    base: miningCost,
    drivers: [DRIVER_INDEX.volume, DRIVER_INDEX.variableOpex],
  });
  lines.push({
    kind: 'variableCost',
    name: 'processing',
    base: processingCost,
    drivers: [DRIVER_INDEX.volume, DRIVER_INDEX.variableOpex],
  });
  return { lines, quantities, quantitiesByYear: { oreMined: ore, wasteMined: waste, concentrate, payable } };
}
