import { evaluateModel, MODEL_TEMPLATES } from '@karvan/domain/finance';
import { measure, report } from '../lib/measure.ts';

/**
 * A full model evaluation (validation, compilation, yearly rows, NPV, curve, IRRs with uniqueness
 * analysis, MIRR, payback, break-even, DSCR) of each template. No spreadsheet-formula library has an
 * equivalent, so there is nothing to compare with.
 */
export function run(): void {
  console.log('Full model evaluation of each template (evaluateModel)');
  for (const [id, template] of Object.entries(MODEL_TEMPLATES)) {
    report(
      id,
      measure(() => evaluateModel(template), { warmup: 30, samples: 40, batch: 5 }),
    );
  }
}
