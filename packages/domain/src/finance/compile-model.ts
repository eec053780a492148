import { compileMining, type MiningQuantities } from './compile-mining.ts';
import { BASE_DRIVERS, DRIVER_INDEX, type DriverKey } from './drivers.ts';
import { resolveOperatingYears, type TFinancialModel } from './model-schema.ts';

/** What a line of the compiled model adds to. */
export type LineKind = 'revenue' | 'variableCost' | 'fixedCost' | 'royalty';

/**
 * One line of the model, in model currency and nominal terms, for every project year at base drivers:
 * in a run the line is `base[t]·Π drivers[i]` over its driver indices.
 */
export interface CompiledLine {
  kind: LineKind;
  name: string;
  product?: string;
  base: Float64Array;
  drivers: number[];
}

/** Quantity sold of one product (or payable units of a commodity) by project year at base drivers. */
export interface CompiledQuantity {
  product: string;
  unit: string;
  /** Units a year at full capacity. */
  capacity: number;
  base: Float64Array;
  drivers: number[];
}

/** A loan in model currency. */
export interface CompiledLoan {
  name: string;
  amount: number;
  rate: number;
  tenorYears: number;
  graceYears: number;
  isCapitalised: boolean;
  isAnnuity: boolean;
}

/**
 * A model expanded once into yearly arrays, so that a run with flexed drivers (sensitivity,
 * scenarios, Monte Carlo) is a few multiply-adds per year and allocates nothing.
 */
export interface CompiledModel {
  model: TFinancialModel;
  years: number;
  constructionYears: number;
  operatingYears: number;
  driverKeys: DriverKey[];
  lines: CompiledLine[];
  quantities: CompiledQuantity[];
  /** Capital spending by year (replacements net of trade-in), at capex factor 1. */
  capexBase: Float64Array;
  /** Capital spending the loans help fund (construction years; year 0 when there is none). */
  fundedCapexBase: Float64Array;
  depreciationBase: Float64Array;
  /** Book value of all assets left at the end of the last year, realised as residual value. */
  terminalBookValue: number;
  equityShare: number;
  loans: CompiledLoan[];
  taxRate: number;
  holidayYears: number;
  lossCarryForwardYears: number;
  receivableDays: number;
  inventoryDays: number;
  payableDays: number;
  discountRate: number;
  mining: MiningQuantities | null;
}

/** Converts amounts in `code` to model currency (fixed rates from the document). */
export function createConverter(model: TFinancialModel): (code: string | undefined) => number {
  const rates = new Map(model.currencies.map((c) => [c.code, c.rate]));
  return (code) => (code === undefined || code === model.currency ? 1 : (rates.get(code) ?? Number.NaN));
}

/** (1+e)^t for t = 0…years−1. */
export function escalationFactors(rate: number, years: number): Float64Array {
  const factors = new Float64Array(years);
  let factor = 1;
  for (let t = 0; t < years; t++) {
    factors[t] = factor;
    factor *= 1 + rate;
  }
  return factors;
}

interface Vintage {
  cost: number;
  inService: number;
}

function depreciateVintage(
  item: TFinancialModel['capex'][number],
  vintage: Vintage,
  depreciation: Float64Array,
): number {
  const life = item.usefulLife ?? 0;
  const residual = vintage.cost * item.residualShare;
  if (item.depreciation === 'none' || life === 0) return vintage.cost;
  let book = vintage.cost;
  const rate = Math.min(1, item.decliningRate ?? 2 / life);
  for (let y = 0; y < life && vintage.inService + y < depreciation.length; y++) {
    let amount: number;
    if (item.depreciation === 'straight-line') amount = (vintage.cost - residual) / life;
    else amount = y === life - 1 ? book - residual : Math.min(book * rate, book - residual);
    depreciation[vintage.inService + y] = (depreciation[vintage.inService + y] as number) + amount;
    book -= amount;
  }
  return book;
}

/**
 * Expands a validated model into yearly arrays in model currency (see `CompiledModel`).
 * Capex: each schedule slice is an asset bought in year t at amount·share·(1+e)^t, in service from
 * max(t, first operating year), depreciated straight-line ((cost − residual)/life a year) or by
 * declining balance (book·rate, the last year of life down to residual), and bought again at the end
 * of its life when `replaceAtEndOfLife` (the old asset's residual value traded in). Production in
 * operating year k is capacity·rampUp[k]; prices and costs are escalated from project year 0.
 */
export function compileModel(model: TFinancialModel): CompiledModel {
  const constructionYears = model.constructionYears;
  const operatingYears = resolveOperatingYears(model);
  const years = constructionYears + operatingYears;
  const toModel = createConverter(model);
  const escalation = (rate: number | undefined) => escalationFactors(rate ?? model.inflation, years);
  const driverKeys: DriverKey[] = [...BASE_DRIVERS];
  const priceDriver = (product: string) => {
    driverKeys.push(`price:${product}`);
    return driverKeys.length - 1;
  };
  const lines: CompiledLine[] = [];
  const quantities: CompiledQuantity[] = [];
  const revenueLines = new Map<string, CompiledLine>();

  for (const product of model.products) {
    const units = new Float64Array(years);
    const revenue = new Float64Array(years);
    const prices = escalation(product.escalation);
    const fx = toModel(product.currency);
    for (let k = 0; k < operatingYears; k++) {
      const t = constructionYears + k;
      units[t] = product.capacity * (product.rampUp[Math.min(k, product.rampUp.length - 1)] as number);
      revenue[t] = (units[t] as number) * product.price * fx * (prices[t] as number);
    }
    const quantityDrivers = [DRIVER_INDEX.volume];
    quantities.push({
      product: product.name,
      unit: product.unit,
      capacity: product.capacity,
      base: units,
      drivers: quantityDrivers,
    });
    const line: CompiledLine = {
      kind: 'revenue',
      name: product.name,
      product: product.name,
      base: revenue,
      drivers: [DRIVER_INDEX.price, priceDriver(product.name), ...quantityDrivers],
    };
    lines.push(line);
    revenueLines.set(product.name, line);
  }

  const mining = model.mining
    ? compileMining(model.mining, {
        constructionYears,
        years,
        inflation: model.inflation,
        toModel,
        priceDriver,
      })
    : null;
  if (mining) {
    for (const line of mining.lines) {
      lines.push(line);
      if (line.kind === 'revenue' && line.product) revenueLines.set(line.product, line);
    }
    quantities.push(...mining.quantities);
  }
  const quantityOf = new Map(quantities.map((q) => [q.product, q]));

  for (const cost of model.fixedCosts) {
    const base = new Float64Array(years);
    const factors = escalation(cost.escalation);
    const fx = toModel(cost.currency);
    for (let t = constructionYears; t < years; t++) base[t] = cost.amount * fx * (factors[t] as number);
    lines.push({ kind: 'fixedCost', name: cost.name, base, drivers: [DRIVER_INDEX.fixedOpex] });
  }

  const perUnitLine = (
    kind: LineKind,
    name: string,
    perUnit: number,
    currency: string | undefined,
    rate: number | undefined,
    quantity: CompiledQuantity,
    extraDriver: number,
  ): CompiledLine => {
    const base = new Float64Array(years);
    const factors = escalation(rate);
    const amount = perUnit * toModel(currency);
    for (let t = 0; t < years; t++) base[t] = (quantity.base[t] as number) * amount * (factors[t] as number);
    return { kind, name, product: quantity.product, base, drivers: [...quantity.drivers, extraDriver] };
  };
  const quantitiesFor = (product: string | undefined) =>
    product === undefined ? quantities : [quantityOf.get(product) as CompiledQuantity];

  for (const cost of model.variableCosts) {
    for (const quantity of quantitiesFor(cost.product)) {
      lines.push(
        perUnitLine(
          'variableCost',
          cost.name,
          cost.perUnit,
          cost.currency,
          cost.escalation,
          quantity,
          DRIVER_INDEX.variableOpex,
        ),
      );
    }
  }
  for (const royalty of model.royalties) {
    if (royalty.basis === 'unit') {
      for (const quantity of quantitiesFor(royalty.product)) {
        lines.push(
          perUnitLine(
            'royalty',
            royalty.name,
            royalty.perUnit,
            royalty.currency,
            royalty.escalation,
            quantity,
            DRIVER_INDEX.royalty,
          ),
        );
      }
      continue;
    }
    const targets =
      royalty.product === undefined ? [...revenueLines.values()] : [revenueLines.get(royalty.product)];
    for (const revenue of targets) {
      if (!revenue) continue;
      const base = revenue.base.map((value) => value * royalty.rate);
      lines.push({
        kind: 'royalty',
        name: royalty.name,
        product: revenue.product,
        base,
        drivers: [...revenue.drivers, DRIVER_INDEX.royalty],
      });
    }
  }

  const capexBase = new Float64Array(years);
  const fundedCapexBase = new Float64Array(years);
  const depreciationBase = new Float64Array(years);
  const fundedUntil = Math.max(constructionYears, 1);
  let terminalBookValue = 0;
  for (const item of model.capex) {
    const factors = escalation(item.escalation);
    const fx = toModel(item.currency);
    item.schedule.forEach((share, j) => {
      const t = item.startYear + j;
      if (share === 0 || t >= years) return;
      let vintage: Vintage = {
        cost: item.amount * share * fx * (factors[t] as number),
        inService: Math.max(t, constructionYears),
      };
      capexBase[t] = (capexBase[t] as number) + vintage.cost;
      if (t < fundedUntil) fundedCapexBase[t] = (fundedCapexBase[t] as number) + vintage.cost;
      for (;;) {
        const book = depreciateVintage(item, vintage, depreciationBase);
        const life = item.usefulLife ?? 0;
        const replaceAt = vintage.inService + life;
        if (!item.replaceAtEndOfLife || life === 0 || replaceAt >= years) {
          terminalBookValue += book;
          break;
        }
        const cost = item.amount * share * fx * (factors[replaceAt] as number);
        capexBase[replaceAt] = (capexBase[replaceAt] as number) + cost - book;
        vintage = { cost, inService: replaceAt };
      }
    });
  }

  const loans = model.financing.loans.map((loan) => ({
    name: loan.name,
    amount: loan.amount * toModel(loan.currency),
    rate: loan.rate,
    tenorYears: loan.tenorYears,
    graceYears: loan.graceYears,
    isCapitalised: loan.interestDuringConstruction === 'capitalised',
    isAnnuity: loan.repayment === 'annuity',
  }));

  return {
    model,
    years,
    constructionYears,
    operatingYears,
    driverKeys,
    lines,
    quantities,
    capexBase,
    fundedCapexBase,
    depreciationBase,
    terminalBookValue,
    equityShare: model.financing.equityShare,
    loans,
    taxRate: model.tax.rate,
    holidayYears: model.tax.holidayYears,
    lossCarryForwardYears: model.tax.lossCarryForwardYears ?? Number.POSITIVE_INFINITY,
    receivableDays: model.workingCapital.receivableDays,
    inventoryDays: model.workingCapital.inventoryDays,
    payableDays: model.workingCapital.payableDays,
    discountRate: model.discountRate,
    mining: mining?.quantitiesByYear ?? null,
  };
}
