import { validateModel, ZFinancialModel } from '@karvan/domain/finance';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeModelField, localiseModelIssues, MODEL_FIELD_LABELS } from './model-issue-messages.ts';

/** Every property name anywhere in the document's JSON schema. */
function propertyNames(schema: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) propertyNames(item, names);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties') for (const name of Object.keys(value as object)) names.add(name);
      propertyNames(value, names);
    }
  }
  return names;
}

describe('model issue messages', () => {
  it('names every field of the document in human terms', () => {
    const fields = propertyNames(z.toJSONSchema(ZFinancialModel, { io: 'input' }));
    expect([...fields].filter((name) => !MODEL_FIELD_LABELS[name])).toEqual([]);
  });

  it('counts list items from 1 in the reader’s digits and names yearly entries as years', () => {
    expect(describeModelField(['financing', 'loans', 0, 'tenorYears'], 'en')).toBe('Loan 1 › tenor (years)');
    expect(describeModelField(['capex', 11, 'schedule', 2], 'fa')).toBe(
      'قلم هزینهٔ سرمایه‌ای ۱۲ › برنامهٔ هزینه‌کرد › سال ۳',
    );
    expect(describeModelField(['mining', 'commodities', 0, 'grade'], 'zh')).toBe('矿山 › 矿产品 1 › 品位');
  });

  it('asks for a price when a price deck is empty, and shows rate limits as percentages', () => {
    const document = {
      name: 'x',
      currency: 'USD',
      startYear: 2026,
      constructionYears: 1,
      discountRate: -2,
      mining: {
        oreReserve: 1e6,
        miningRate: 1e5,
        stripRatio: 2,
        miningCostPerTonne: 2,
        processingCostPerTonne: 5,
        commodities: [
          { name: 'Cu', grade: 1, gradeUnit: 'percent', recovery: 0.9, saleUnit: 't', prices: [] },
        ],
      },
    };
    const validation = validateModel(document);
    if (validation.ok) throw new Error('expected issues');
    const byPath = Object.fromEntries(
      localiseModelIssues(validation.issues, 'ar', document).map((e) => [e.path, e.message]),
    );
    expect(byPath['mining.commodities.0.prices']).toBe('المنجم › المادة المعدنية 1 › الأسعار: أدخِل السعر.');
    expect(byPath['discountRate']).toMatch(/^معدل الخصم: يجب ألا يقل عن .*100.*%/);
  });
});
