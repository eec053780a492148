import { z } from 'zod';
import { type CompiledModel, compileModel } from './compile-model.ts';
import { createBaseDrivers } from './evaluate-model.ts';
import { type TFinancialModelInput, ZFinancialModel } from './model-schema.ts';
import { createRandom, type RandomSource } from './random.ts';
import { createWorkspace } from './run-model.ts';
import { indexOfDriver, runNpvIrr } from './uncertainty-common.ts';

/**
 * A distribution of a driver factor (1 = base): uniform(min, max); triangular(min, mode, max);
 * normal(mean, sd); lognormal(mu, sigma) where ln X ~ normal(mu, sigma), so mu = 0 centres the
 * median on the base case.
 */
export const ZDistribution = z.discriminatedUnion('type', [
  z.object({ type: z.literal('uniform'), min: z.number(), max: z.number() }),
  z.object({ type: z.literal('triangular'), min: z.number(), mode: z.number(), max: z.number() }),
  z.object({ type: z.literal('normal'), mean: z.number(), sd: z.number().min(0) }),
  z.object({ type: z.literal('lognormal'), mu: z.number(), sigma: z.number().min(0) }),
]);

/** Monte Carlo settings: drivers and their distributions, number of runs, seed, histogram bins. */
export const ZMonteCarloOptions = z.object({
  runs: z.number().int().min(1).max(1_000_000).default(10_000),
  seed: z.number().int().default(1),
  histogramBins: z.number().int().min(1).max(200).default(30),
  variables: z.array(z.object({ driver: z.string().min(1), distribution: ZDistribution })).min(1),
});

/** Monte Carlo settings as written. */
export type TMonteCarloOptionsInput = z.input<typeof ZMonteCarloOptions>;
type Distribution = z.output<typeof ZDistribution>;

/** Percentiles of a result over the runs: pXX is the value XX % of runs fall below. */
export interface Percentiles {
  mean: number;
  min: number;
  max: number;
  p10: number;
  p50: number;
  p90: number;
}

/** What a Monte Carlo simulation found. NPV in model currency; IRR a fraction. */
export interface MonteCarloResult {
  runs: number;
  seed: number;
  npv: Percentiles;
  /** Over the runs that have an IRR; null when none has. */
  irr: Percentiles | null;
  /** Share of runs whose cash flow has no IRR. */
  noIrrShare: number;
  probabilityNpvNegative: number;
  /** NPV histogram: `counts[i]` runs fall in [edges[i], edges[i+1]) (the last bin includes its top). */
  histogram: { edges: number[]; counts: number[] };
}

/**
 * Draws one value of `distribution` by inverse transform (uniform, triangular: F⁻¹(u) =
 * min + √(u(max−min)(mode−min)) below the mode, max − √((1−u)(max−min)(max−mode)) above) or from a
 * standard normal z (normal: mean + sd·z; lognormal: e^(mu + sigma·z)).
 */
export function sampleDistribution(distribution: Distribution, random: RandomSource): number {
  switch (distribution.type) {
    case 'uniform':
      return distribution.min + (distribution.max - distribution.min) * random.nextUniform();
    case 'triangular': {
      const { min, mode, max } = distribution;
      const u = random.nextUniform();
      const width = max - min;
      if (width <= 0) return mode;
      return u < (mode - min) / width
        ? min + Math.sqrt(u * width * (mode - min))
        : max - Math.sqrt((1 - u) * width * (max - mode));
    }
    case 'normal':
      return distribution.mean + distribution.sd * random.nextNormal();
    case 'lognormal':
      return Math.exp(distribution.mu + distribution.sigma * random.nextNormal());
  }
}

/** Percentile of sorted values by linear interpolation between order statistics (Excel PERCENTILE.INC). */
export function percentileOfSorted(sorted: ArrayLike<number>, count: number, p: number): number {
  if (count === 0) return Number.NaN;
  const position = (count - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, count - 1);
  const a = sorted[lower] as number;
  return a + ((sorted[upper] as number) - a) * (position - lower);
}

function summarise(sorted: Float64Array, count: number): Percentiles {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += sorted[i] as number;
  return {
    mean: sum / count,
    min: sorted[0] as number,
    max: sorted[count - 1] as number,
    p10: percentileOfSorted(sorted, count, 0.1),
    p50: percentileOfSorted(sorted, count, 0.5),
    p90: percentileOfSorted(sorted, count, 0.9),
  };
}

/**
 * Monte Carlo simulation of NPV and project IRR on a compiled model. Each run draws every variable's
 * factor from its distribution with one xoshiro128** stream seeded by `seed` (variables in the order
 * given, runs in order), so the same seed gives the same answer; drivers not listed stay at 1. The
 * model is compiled once and every run reuses one workspace (no allocation in the loop); IRR's Newton
 * starts from the base-case IRR.
 */
export function simulateCompiled(compiled: CompiledModel, input: TMonteCarloOptionsInput): MonteCarloResult {
  const options = ZMonteCarloOptions.parse(input);
  const ws = createWorkspace(compiled);
  const drivers = createBaseDrivers(compiled);
  const base = runNpvIrr(compiled, drivers, ws, 0.1);
  const guess = Number.isNaN(base.irr) ? 0.1 : base.irr;
  const indices = options.variables.map((variable) => indexOfDriver(compiled, variable.driver));
  const distributions = options.variables.map((variable) => variable.distribution);
  const random = createRandom(options.seed);
  const npvs = new Float64Array(options.runs);
  const irrs = new Float64Array(options.runs);
  let irrCount = 0;
  let negative = 0;
  for (let run = 0; run < options.runs; run++) {
    for (let v = 0; v < indices.length; v++) {
      drivers[indices[v] as number] = sampleDistribution(distributions[v] as Distribution, random);
    }
    const { npv, irr } = runNpvIrr(compiled, drivers, ws, guess);
    npvs[run] = npv;
    if (npv < 0) negative++;
    if (!Number.isNaN(irr)) irrs[irrCount++] = irr;
  }
  npvs.sort();
  const sortedIrrs = irrs.subarray(0, irrCount).sort();
  const npv = summarise(npvs, options.runs);
  const bins = options.histogramBins;
  const width = (npv.max - npv.min) / bins || 1;
  const edges = Array.from({ length: bins + 1 }, (_, i) => npv.min + i * width);
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < options.runs; i++) {
    const bin = Math.min(bins - 1, Math.floor(((npvs[i] as number) - npv.min) / width));
    counts[bin] = (counts[bin] as number) + 1;
  }
  return {
    runs: options.runs,
    seed: options.seed,
    npv,
    irr: irrCount ? summarise(sortedIrrs, irrCount) : null,
    noIrrShare: (options.runs - irrCount) / options.runs,
    probabilityNpvNegative: negative / options.runs,
    histogram: { edges, counts },
  };
}

/** Validates and compiles a model document, then runs `simulateCompiled` on it. */
export function runMonteCarlo(
  document: TFinancialModelInput,
  options: TMonteCarloOptionsInput,
): MonteCarloResult {
  return simulateCompiled(compileModel(ZFinancialModel.parse(document)), options);
}
