// Editing a financial-model document in the browser. The document stays plain JSON in the shape of
// `TFinancialModelInput` (packages/domain/src/finance/model-schema.ts); the server validates it, so
// the editor may hold invalid values (an empty name, a missing number) and show the server's issues.
import type { TFinancialModelInput } from '@karvan/domain/finance';

/** The document as edited: the schema's input shape, possibly invalid while the user types. */
export type ModelDocument = TFinancialModelInput;

/** A field address: object keys and array indices, as in the server's dotted issue paths. */
export type FieldPath = ReadonlyArray<string | number>;

type Json = Record<string | number, unknown> | unknown[];

/** The value at `path`, or undefined when any step is missing. */
export function getAtPath(document: unknown, path: FieldPath): unknown {
  let value = document;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function copyContainer(value: unknown, nextSegment: string | number): Json {
  if (Array.isArray(value)) return [...value];
  if (value !== null && typeof value === 'object') return { ...(value as Record<string, unknown>) };
  return typeof nextSegment === 'number' ? [] : {};
}

/**
 * A copy of `document` with `value` written at `path`; containers on the way are copied (never
 * mutated) so React sees the change. `undefined` removes an object key: optional fields left empty
 * disappear rather than being sent as null, which the schema would reject.
 */
export function setAtPath<T>(document: T, path: FieldPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  const copy = copyContainer(document, head) as Record<string | number, unknown>;
  const next = rest.length === 0 ? value : setAtPath(copy[head], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

/** An edit of the document, for `editDocument` (a reducer). */
export type DocumentAction =
  | { type: 'set'; path: FieldPath; value: unknown }
  | { type: 'add'; path: FieldPath; item: unknown }
  | { type: 'remove'; path: FieldPath; index: number }
  | { type: 'move'; path: FieldPath; from: number; to: number }
  | { type: 'replace'; document: ModelDocument };

function listAt(document: unknown, path: FieldPath): unknown[] {
  const value = getAtPath(document, path);
  return Array.isArray(value) ? value : [];
}

/** Applies one edit: set a field, add to / remove from / reorder a list, or replace the whole document. */
export function editDocument(document: ModelDocument, action: DocumentAction): ModelDocument {
  switch (action.type) {
    case 'set':
      return setAtPath(document, action.path, action.value);
    case 'add':
      return setAtPath(document, action.path, [...listAt(document, action.path), action.item]);
    case 'remove':
      return setAtPath(
        document,
        action.path,
        listAt(document, action.path).filter((_, index) => index !== action.index),
      );
    case 'move': {
      const list = [...listAt(document, action.path)];
      if (action.to < 0 || action.to >= list.length) return document;
      const [item] = list.splice(action.from, 1);
      list.splice(action.to, 0, item);
      return setAtPath(document, action.path, list);
    }
    case 'replace':
      return action.document;
  }
}

/** The currency codes a model can price items in: its own and those with an exchange rate. */
export function listModelCurrencies(document: ModelDocument): string[] {
  const codes = [document.currency, ...(document.currencies ?? []).map((c) => c.code)];
  return [...new Set(codes.filter((code): code is string => typeof code === 'string' && code !== ''))];
}

/** Names of the products and mined commodities, which variable costs and royalties may refer to. */
export function listProductNames(document: ModelDocument): string[] {
  const names = [
    ...(document.products ?? []).map((p) => p.name),
    ...(document.mining?.commodities ?? []).map((c) => c.name),
  ];
  return [...new Set(names.filter((name) => typeof name === 'string' && name.trim() !== ''))];
}

/** New list items, with the schema's defaults written out so every field shows a value. */
export const NEW_ITEMS = {
  currency: () => ({ code: '', rate: 1 }),
  capex: () => ({
    name: '',
    category: 'other',
    amount: 0,
    startYear: 0,
    schedule: [1],
    usefulLife: 10,
    depreciation: 'straight-line',
    residualShare: 0,
  }),
  loan: () => ({
    name: '',
    amount: 0,
    rate: 0.1,
    tenorYears: 5,
    graceYears: 1,
    interestDuringConstruction: 'capitalised',
    repayment: 'annuity',
  }),
  product: () => ({ name: '', unit: 'unit', capacity: 0, rampUp: [1], price: 0 }),
  fixedCost: () => ({ name: '', amount: 0 }),
  variableCost: () => ({ name: '', perUnit: 0 }),
  royalty: () => ({ basis: 'revenue', name: '', rate: 0 }),
  commodity: () => ({
    name: '',
    grade: 1,
    gradeUnit: 'percent',
    recovery: 0.9,
    payableShare: 1,
    saleUnit: 't',
    prices: [0],
  }),
  mining: () => ({
    oreReserve: 1_000_000,
    miningRate: 100_000,
    rampUp: [1],
    stripRatio: 0,
    miningCostPerTonne: 0,
    processingCostPerTonne: 0,
    commodities: [NEW_ITEMS.commodity()],
  }),
} as const;

/**
 * A model to start from without a template: this opportunity's name and currency, construction
 * starting this year, one empty capital item and one empty product so the layout is visible. It is
 * invalid until the names are filled in, and the editor says so.
 */
export function createBlankDocument(options: { name: string; currency: string; startYear: number }) {
  return {
    name: options.name,
    currency: options.currency,
    currencies: [],
    startYear: options.startYear,
    constructionYears: 1,
    operatingYears: 10,
    inflation: 0,
    discountRate: 0.1,
    capex: [NEW_ITEMS.capex()],
    financing: { equityShare: 1, loans: [] },
    products: [NEW_ITEMS.product()],
    fixedCosts: [],
    variableCosts: [],
    royalties: [],
    tax: { rate: 0.25, holidayYears: 0 },
    workingCapital: { receivableDays: 0, inventoryDays: 0, payableDays: 0 },
  } as ModelDocument;
}

/** Years in the project: construction plus operation (operation from the result when a mine sets it). */
export function countProjectYears(document: ModelDocument, resolvedOperatingYears?: number): number {
  const construction = typeof document.constructionYears === 'number' ? document.constructionYears : 0;
  const operating = resolvedOperatingYears ?? document.operatingYears ?? 0;
  return Math.max(0, construction) + Math.max(0, typeof operating === 'number' ? operating : 0);
}
