// What a changed input of a model document is, by its dotted path, so the comparison of two
// versions can show it as people typed it: rates as percents (the document stores fractions),
// money in its currency, a calendar year without grouping. Mirrors model-schema.ts.
import { getAtPath } from './model-document.ts';

export type InputKind = 'percent' | 'money' | 'year' | 'number';

/** Fields stored as fractions (0.12 = 12 %) wherever they appear. */
const PERCENT_FIELDS = new Set([
  'discountRate',
  'inflation',
  'equityShare',
  'escalation',
  'costEscalation',
  'residualShare',
  'decliningRate',
  'recovery',
  'payableShare',
  'mirrFinanceRate',
  'mirrReinvestRate',
]);
/** Lists of fractions: spending schedules, ramp-ups, the NPV curve's rates. */
const PERCENT_LISTS = new Set(['schedule', 'rampUp', 'npvCurveRates']);
/** Amounts of money in the item's currency (the model's unless the item names another). */
const MONEY_FIELDS = new Set([
  'amount',
  'price',
  'perUnit',
  'miningCostPerTonne',
  'processingCostPerTonne',
  'treatmentChargePerTonne',
  'freightPerTonne',
  'refiningChargePerUnit',
]);

const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);

/** The kind of the input at a dotted path ("financing.loans.0.rate" → percent). */
export function kindOfInputPath(path: string): InputKind {
  const segments = path.split('.');
  const last = segments.at(-1);
  const parent = segments.at(-2);
  if (isIndex(last)) {
    if (parent && PERCENT_LISTS.has(parent)) return 'percent';
    return parent === 'prices' ? 'money' : 'number';
  }
  if (last === undefined) return 'number';
  // An exchange rate is units of the model currency per unit, not a fraction.
  if (last === 'rate') return segments[0] === 'currencies' ? 'number' : 'percent';
  // The concentrate's grade is a fraction; a commodity's grade is in its own unit (% or g/t).
  if (last === 'grade') return parent === 'concentrate' ? 'percent' : 'number';
  // The project's first calendar year; a capex item's `startYear` is a project-year index.
  if (last === 'startYear') return segments.length === 1 ? 'year' : 'number';
  if (PERCENT_FIELDS.has(last)) return 'percent';
  if (MONEY_FIELDS.has(last)) return 'money';
  return 'number';
}

/**
 * The currency of the money input at `path`: the owning item's `currency`, else the model's. The
 * mine's own costs (and the concentrate's charges) are in `mining.currency`, as the engine reads them.
 */
export function currencyOfInputPath(document: unknown, path: string): string | undefined {
  const segments = path.split('.');
  let owner = segments.slice(0, -1);
  // A price deck's entry belongs to the commodity that holds the list.
  if (isIndex(segments.at(-1))) owner = segments.slice(0, -2);
  if (owner.join('.') === 'mining.concentrate') owner = ['mining'];
  const own = getAtPath(document, [...owner, 'currency']);
  if (typeof own === 'string' && own !== '') return own;
  const model = getAtPath(document, ['currency']);
  return typeof model === 'string' && model !== '' ? model : undefined;
}
