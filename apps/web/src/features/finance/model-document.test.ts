import { describe, expect, it } from 'vitest';
import {
  countProjectYears,
  createBlankDocument,
  editDocument,
  getAtPath,
  listModelCurrencies,
  listProductNames,
  type ModelDocument,
  setAtPath,
} from './model-document.ts';

const base = createBlankDocument({ name: 'Plant', currency: 'USD', startYear: 2026 });

describe('setAtPath', () => {
  it('writes a nested value without touching the original', () => {
    const next = setAtPath(base, ['financing', 'equityShare'], 0.4);
    expect(next.financing?.equityShare).toBe(0.4);
    expect(base.financing?.equityShare).toBe(1);
    expect(next.capex).toBe(base.capex);
  });

  it('writes into arrays by index and creates missing containers', () => {
    const next = setAtPath(base, ['capex', 0, 'schedule', 1], 0.5);
    expect(getAtPath(next, ['capex', 0, 'schedule'])).toEqual([1, 0.5]);
    expect(setAtPath({}, ['a', 0, 'b'], 1)).toEqual({ a: [{ b: 1 }] });
  });

  it('removes an object key for undefined (an optional field left empty)', () => {
    const withEscalation = setAtPath(base, ['products', 0, 'escalation'], 0.02);
    const cleared = setAtPath(withEscalation, ['products', 0, 'escalation'], undefined);
    expect('escalation' in (cleared.products?.[0] ?? {})).toBe(false);
  });
});

describe('editDocument', () => {
  it('adds, moves and removes list items', () => {
    let doc: ModelDocument = editDocument(base, {
      type: 'add',
      path: ['fixedCosts'],
      item: { name: 'A', amount: 1 },
    });
    doc = editDocument(doc, { type: 'add', path: ['fixedCosts'], item: { name: 'B', amount: 2 } });
    doc = editDocument(doc, { type: 'move', path: ['fixedCosts'], from: 1, to: 0 });
    expect(doc.fixedCosts?.map((c) => c.name)).toEqual(['B', 'A']);
    doc = editDocument(doc, { type: 'remove', path: ['fixedCosts'], index: 0 });
    expect(doc.fixedCosts?.map((c) => c.name)).toEqual(['A']);
  });

  it('ignores a move past either end', () => {
    const doc = editDocument(base, { type: 'move', path: ['capex'], from: 0, to: 1 });
    expect(doc).toBe(base);
  });

  it('adds to a list that does not exist yet', () => {
    const doc = editDocument(
      { ...base, royalties: undefined },
      { type: 'add', path: ['royalties'], item: { x: 1 } },
    );
    expect(doc.royalties).toEqual([{ x: 1 }]);
  });
});

describe('lookups', () => {
  it('lists the model currency first, then the ones with rates, once each', () => {
    const doc = {
      ...base,
      currencies: [
        { code: 'CNY', rate: 0.14 },
        { code: 'USD', rate: 1 },
        { code: '', rate: 1 },
      ],
    };
    expect(listModelCurrencies(doc)).toEqual(['USD', 'CNY']);
  });

  it('lists product and commodity names, skipping empty ones', () => {
    const doc = {
      ...base,
      products: [
        { name: 'pipe', capacity: 1, price: 1 },
        { name: ' ', capacity: 1, price: 1 },
      ],
      mining: { commodities: [{ name: 'copper' }] },
    } as ModelDocument;
    expect(listProductNames(doc)).toEqual(['pipe', 'copper']);
  });

  it('counts construction plus operating years, preferring the resolved mine life', () => {
    expect(countProjectYears(base)).toBe(11);
    expect(countProjectYears(base, 30)).toBe(31);
  });
});
