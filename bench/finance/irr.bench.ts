import * as formulajs from '@formulajs/formulajs';
import { irr } from '@karvan/domain/finance';
import { measure, report } from '../lib/measure.ts';

/** A 40-year project: 3 years of construction, ramp-up, a plateau, decline, closure cost. */
function createFortyYearCashFlow(): number[] {
  const flows: number[] = [-400, -700, -500];
  for (let year = 3; year < 39; year++) {
    const ramp = Math.min(1, (year - 2) / 3);
    const decline = year > 30 ? 0.93 ** (year - 30) : 1;
    flows.push(260 * ramp * decline + 15 * Math.sin(year));
  }
  flows.push(-80);
  return flows;
}

/** IRR of a 40-year cash flow: ours against formula.js, per call; target ours ≥ 5× faster. */
export function run(): void {
  const flows = createFortyYearCashFlow();
  const ours = irr(flows);
  const theirs = formulajs.IRR(flows) as number;
  console.log(`IRR of a 40-year cash flow (ours ${ours.toFixed(10)}, formula.js ${theirs.toFixed(10)})`);
  const options = { warmup: 20_000, samples: 50, batch: 2_000 };
  const oursTiming = measure(() => irr(flows), options);
  const theirsTiming = measure(() => formulajs.IRR(flows), options);
  report('karvan irr()', oursTiming);
  report('formula.js IRR()', theirsTiming);
  const ratio = theirsTiming.medianMs / oursTiming.medianMs;
  console.log(`  speed-up ${ratio.toFixed(1)}× (target ≥ 5×) ${ratio >= 5 ? 'PASS' : 'MISS'}`);
}
