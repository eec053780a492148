import * as formulajs from '@formulajs/formulajs';
import {
  COPPER_MINE_TEMPLATE,
  compileModel,
  createBaseDrivers,
  createRandom,
  createWorkspace,
  runModel,
  runMonteCarlo,
  sampleDistribution,
  type TMonteCarloOptionsInput,
  ZFinancialModel,
  ZMonteCarloOptions,
} from '@karvan/domain/finance';
import { measure, report } from '../lib/measure.ts';

const OPTIONS: TMonteCarloOptionsInput = {
  runs: 10_000,
  seed: 2026,
  variables: [
    { driver: 'price', distribution: { type: 'lognormal', mu: 0, sigma: 0.2 } },
    { driver: 'capex', distribution: { type: 'triangular', min: 0.9, mode: 1, max: 1.35 } },
    { driver: 'variableOpex', distribution: { type: 'normal', mean: 1, sd: 0.08 } },
    { driver: 'grade', distribution: { type: 'uniform', min: 0.92, max: 1.05 } },
  ],
};

/** The same simulation with formula.js's NPV and IRR in the loop (our kernel still builds the cash flows). */
function runWithFormulaJs(): number {
  const compiled = compileModel(ZFinancialModel.parse(COPPER_MINE_TEMPLATE));
  const options = ZMonteCarloOptions.parse(OPTIONS);
  const ws = createWorkspace(compiled);
  const drivers = createBaseDrivers(compiled);
  const indices = options.variables.map((v) => compiled.driverKeys.indexOf(v.driver as never));
  const random = createRandom(options.seed);
  let negative = 0;
  for (let run = 0; run < options.runs; run++) {
    options.variables.forEach((v, i) => {
      drivers[indices[i] as number] = sampleDistribution(v.distribution, random);
    });
    runModel(compiled, drivers, ws);
    const flows = Array.from(ws.projectCashFlow);
    const npv = (formulajs.NPV(compiled.discountRate, ...flows.slice(1)) as number) + (flows[0] as number);
    formulajs.IRR(flows);
    if (npv < 0) negative++;
  }
  return negative;
}

/** 10,000 Monte Carlo runs of the 30-year copper-mine template; target ≤ 250 ms. */
export function run(): void {
  const result = runMonteCarlo(COPPER_MINE_TEMPLATE, OPTIONS);
  console.log(
    `Monte Carlo, 10,000 runs of the copper-mine template (4 drivers; NPV P10/P50/P90 ${[
      result.npv.p10,
      result.npv.p50,
      result.npv.p90,
    ]
      .map((v) => `${(v / 1e6).toFixed(0)} M`)
      .join(' / ')}, P(NPV<0) ${(result.probabilityNpvNegative * 100).toFixed(1)} %)`,
  );
  const ours = measure(() => runMonteCarlo(COPPER_MINE_TEMPLATE, OPTIONS), { warmup: 3, samples: 15 });
  const theirs = measure(runWithFormulaJs, { warmup: 1, samples: 7 });
  report(
    'karvan runMonteCarlo()',
    ours,
    ours.medianMs <= 250 ? 'target ≤ 250 ms PASS' : 'target ≤ 250 ms MISS',
  );
  report(
    'same loop with formula.js NPV() + IRR()',
    theirs,
    `${(theirs.medianMs / ours.medianMs).toFixed(1)}× slower`,
  );
}
