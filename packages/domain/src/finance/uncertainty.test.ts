import { describe, expect, it } from 'vitest';
import { evaluateModel } from './evaluate-model.ts';
import {
  percentileOfSorted,
  runMonteCarlo,
  sampleDistribution,
  type TMonteCarloOptionsInput,
} from './monte-carlo.ts';
import { createRandom } from './random.ts';
import { evaluateScenarios, setAtPath } from './scenarios.ts';
import { analyzeSensitivity } from './sensitivity.ts';
import { COPPER_MINE_TEMPLATE } from './templates/copper-mine.ts';
import { WORKED_EXAMPLE_MODEL } from './worked-example.ts';

describe('random numbers', () => {
  it('same seed, same sequence; different seed, different sequence; uniform in [0, 1)', () => {
    const a = createRandom(5);
    const b = createRandom(5);
    const c = createRandom(6);
    const first = Array.from({ length: 5 }, () => a.nextUniform());
    expect(Array.from({ length: 5 }, () => b.nextUniform())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.nextUniform())).not.toEqual(first);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
  });
  it('distribution moments from 200,000 draws', () => {
    const random = createRandom(11);
    const mean = (draw: () => number, n = 200_000) => {
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < n; i++) {
        const x = draw();
        sum += x;
        squares += x * x;
      }
      return { mean: sum / n, variance: squares / n - (sum / n) ** 2 };
    };
    const normal = mean(() => sampleDistribution({ type: 'normal', mean: 1, sd: 0.1 }, random));
    expect(normal.mean).toBeCloseTo(1, 2);
    expect(Math.sqrt(normal.variance)).toBeCloseTo(0.1, 2);
    // Triangular(0.8, 1, 1.5): mean (a+b+c)/3 = 1.1.
    expect(
      mean(() => sampleDistribution({ type: 'triangular', min: 0.8, mode: 1, max: 1.5 }, random)).mean,
    ).toBeCloseTo(1.1, 2);
    // Lognormal(0, 0.2): mean e^(σ²/2) = 1.02020.
    expect(mean(() => sampleDistribution({ type: 'lognormal', mu: 0, sigma: 0.2 }, random)).mean).toBeCloseTo(
      1.0202,
      2,
    );
    expect(mean(() => sampleDistribution({ type: 'uniform', min: 0.5, max: 1.5 }, random)).mean).toBeCloseTo(
      1,
      2,
    );
  });
  it('percentiles interpolate like PERCENTILE.INC', () => {
    expect(percentileOfSorted([1, 2, 3, 4], 4, 0.1)).toBeCloseTo(1.3, 12);
    expect(percentileOfSorted([1, 2, 3, 4], 4, 0.5)).toBe(2.5);
  });
});

describe('sensitivity', () => {
  it('price moves NPV most for the worked example; each point re-evaluates the model', () => {
    const result = analyzeSensitivity(WORKED_EXAMPLE_MODEL);
    expect(result.base.npv).toBeCloseTo(evaluateModel(WORKED_EXAMPLE_MODEL).npv, 9);
    expect(result.bars[0]?.driver).toBe('price');
    const price = result.bars[0]!;
    expect(price.high.npv).toBeGreaterThan(result.base.npv);
    expect(price.low.npv).toBeLessThan(result.base.npv);
    expect(result.bars.map((bar) => bar.driver)).not.toContain('grade');
  });
});

describe('scenarios', () => {
  it('driver factors equal the same change written into the document', () => {
    const [byDriver, byDocument] = evaluateScenarios(WORKED_EXAMPLE_MODEL, [
      { name: 'low price (driver)', drivers: { price: 0.9 } },
      { name: 'low price (document)', set: { 'products.0.price': 18 } },
    ]);
    expect(byDriver?.npv).toBeCloseTo(byDocument?.npv as number, 9);
    expect(byDriver?.npv).toBeLessThan(evaluateModel(WORKED_EXAMPLE_MODEL).npv);
  });
});

describe('Monte Carlo', () => {
  const options: TMonteCarloOptionsInput = {
    runs: 2000,
    seed: 42,
    variables: [
      { driver: 'price', distribution: { type: 'lognormal', mu: 0, sigma: 0.2 } },
      { driver: 'capex', distribution: { type: 'triangular', min: 0.9, mode: 1, max: 1.3 } },
      { driver: 'grade', distribution: { type: 'normal', mean: 1, sd: 0.05 } },
      { driver: 'variableOpex', distribution: { type: 'uniform', min: 0.9, max: 1.15 } },
    ],
  };
  it('same seed gives the same answer; percentiles are ordered; histogram counts every run', () => {
    const first = runMonteCarlo(COPPER_MINE_TEMPLATE, options);
    const second = runMonteCarlo(COPPER_MINE_TEMPLATE, options);
    expect(second).toEqual(first);
    expect(first.npv.p10).toBeLessThan(first.npv.p50);
    expect(first.npv.p50).toBeLessThan(first.npv.p90);
    expect(first.histogram.counts.reduce((a, b) => a + b, 0)).toBe(2000);
    expect(first.probabilityNpvNegative).toBeGreaterThanOrEqual(0);
    expect(first.irr?.p50).toBeGreaterThan(0);
    const other = runMonteCarlo(COPPER_MINE_TEMPLATE, { ...options, seed: 43 });
    expect(other.npv.p50).not.toBe(first.npv.p50);
    // The median run is near the base case (the price median is the base price).
    const base = evaluateModel(COPPER_MINE_TEMPLATE).npv;
    expect(Math.abs(first.npv.p50 - base) / base).toBeLessThan(0.3);
  });
  it('a degenerate distribution reproduces the base case exactly', () => {
    const result = runMonteCarlo(WORKED_EXAMPLE_MODEL, {
      runs: 10,
      variables: [{ driver: 'price', distribution: { type: 'uniform', min: 1, max: 1 } }],
    });
    expect(result.npv.p50).toBeCloseTo(1458.0322382, 6);
    expect(result.irr?.p50).toBeCloseTo(0.5372017, 6);
  });
});

describe('setAtPath', () => {
  it('writes a copy and leaves the original alone', () => {
    const original = { a: { b: [1, 2] } };
    expect(setAtPath(original, 'a.b.1', 5)).toEqual({ a: { b: [1, 5] } });
    expect(original).toEqual({ a: { b: [1, 2] } });
  });

  it('never reaches the object machinery through a path from a user', () => {
    for (const path of ['__proto__.polluted', 'a.constructor.prototype.polluted', 'toString.x', 'a..b'])
      expect(() => setAtPath({ a: {} }, path, 1)).toThrow('no field');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
