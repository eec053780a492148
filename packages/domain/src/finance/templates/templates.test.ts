import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../evaluate-model.ts';
import { validateModel } from '../validate-model.ts';
import { MODEL_TEMPLATES } from './index.ts';

describe('templates', () => {
  for (const [id, template] of Object.entries(MODEL_TEMPLATES)) {
    it(`${id} is valid and evaluates to a finite, bankable-looking project`, () => {
      const validation = validateModel(template);
      expect(validation.ok ? [] : validation.issues).toEqual([]);
      const result = evaluateModel(template);
      expect(Number.isFinite(result.npv)).toBe(true);
      expect(result.projectIrr).not.toBeNull();
      expect(result.irrKind.project).toBe('unique');
      expect(result.years.at(-1)?.loanBalance).toBeCloseTo(0, 3);
    });
  }
  it('the copper mine lives 30 years and produces about 76 kt of payable copper at full rate', () => {
    const result = evaluateModel(MODEL_TEMPLATES['copper-mine']!);
    expect(result.operatingYears).toBe(30);
    // 20 Mt × 0.45 % × 88 % × 96.5 % = 76,428 t = 168.5 M lb.
    expect(result.years[5]?.production['copper']).toBeCloseTo(
      20e6 * 0.0045 * 0.88 * 0.965 * 2204.62262185,
      0,
    );
    expect(result.years[5]?.mining?.wasteMined).toBeCloseTo(40e6, 0);
  });
});
