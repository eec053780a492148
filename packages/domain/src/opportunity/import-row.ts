import type { Locale } from '../i18n/locales.ts';
import type { LocalizedText } from '../i18n/localized-text.ts';
import { parseDecimalString, parseLocalizedNumber } from '../number/parse-localized-number.ts';
import { foldDigits } from '../text/digits.ts';
import { findUnsafeCharacters } from '../text/unsafe-characters.ts';
import { containsHtml, looksLikeFormula } from './cell-safety.ts';
import type { InvestmentType, OpportunityKind, OpportunityStage } from './codes.ts';
import { IMPORT_COLUMNS, type ImportColumn, SUMMARY_COLUMNS, TITLE_COLUMNS } from './import-columns.ts';
import type { ImportLookups } from './import-lookups.ts';
import type { ImportProblem, ImportProblemCode } from './import-problems.ts';
import { resolveInvestmentType, resolveKind, resolveStage, splitList } from './resolve-codes.ts';

/** One valid row of an import file, resolved to codes and canonical values. */
export type ImportedOpportunity = {
  /** The owner's reference, trimmed, with Persian/Arabic-Indic digits folded to ASCII. */
  readonly externalId: string;
  readonly kind: OpportunityKind;
  /** Titles per language (at least one), trimmed, whitespace runs collapsed to one space. */
  readonly title: LocalizedText;
  /** Summaries per language (any), trimmed, line breaks kept as "\n". */
  readonly summary: LocalizedText;
  /** The first language with a title, in the order fa, ar, zh, en. */
  readonly sourceLanguage: Locale;
  /** ISO 3166-1 alpha-2 country of the province. */
  readonly country: string;
  /** ISO 3166-2 province code, e.g. "IR-08". */
  readonly province: string;
  /** ISIC Rev.4 codes as given, canonical ("0729", "B"), de-duplicated, in file order. */
  readonly isic: string[];
  /** Every code of `isic` with all its ancestors (section first), de-duplicated. */
  readonly isicPaths: string[];
  /** Commodity codes ("copper"), de-duplicated, in file order. */
  readonly commodities: string[];
  /** HS codes, digits only ("2603", "260300"), de-duplicated, in file order. */
  readonly hs: string[];
  readonly investmentTypes: InvestmentType[];
  /** Amount as a canonical decimal string with ASCII digits ("2500000000"), and ISO 4217 code. */
  readonly requiredInvestment: { amount: string; currency: string } | null;
  /** Quantity as a canonical decimal string, and the unit as written ("t/y", "تن در سال"). */
  readonly capacity: { quantity: string; unit: string } | null;
  readonly stage: OpportunityStage | null;
  /** Degrees, WGS 84; both or neither. */
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly contactEmail: string | null;
};

/** The outcome of `validateImportRow`: the row's values, or every problem found in it. */
export type ImportRowResult =
  | { readonly ok: true; readonly value: ImportedOpportunity }
  | { readonly ok: false; readonly problems: ImportProblem[] };

/**
 * Length limits in characters (Unicode code points, what a person counts; an emoji is one).
 * capacity_unit and contact_email are Karvan's choice (an e-mail address cannot exceed 254
 * characters, RFC 5321 §4.5.3.1.3); the others are the issue's.
 */
export const IMPORT_TEXT_LIMITS = {
  externalId: 100,
  title: 300,
  summary: 4000,
  capacityUnit: 50,
  contactEmail: 254,
} as const;

/**
 * Amounts and capacities are stored as numeric(30,4): at most 26 digits before the decimal
 * point and 4 after it. More is refused rather than rounded, since PostgreSQL would round
 * the fraction silently and fail the whole import on the integer part.
 */
export const IMPORT_DECIMAL_DIGITS = { integer: 26, fraction: 4 } as const;

/** Longest value echoed back in a problem's params; longer ones end in "…". */
const MAX_ECHOED_VALUE = 60;

const EMAIL = /^[^\s@"<>()[\],;:\\]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}$/u;

function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}

function echo(value: string): string {
  const characters = [...value];
  return characters.length <= MAX_ECHOED_VALUE
    ? value
    : `${characters.slice(0, MAX_ECHOED_VALUE - 1).join('')}…`;
}

function dedupe<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** A cell refused for what it contains (formula, HTML, control characters): judged no further. */
const REFUSED = Symbol('refused');

/**
 * Collects the problems of one row while its cells are read, so that every cell is checked
 * even after the first problem.
 */
class RowReader {
  readonly problems: ImportProblem[] = [];
  readonly #cells: Partial<Record<ImportColumn, string>>;

  constructor(cells: Partial<Record<ImportColumn, string>>) {
    this.#cells = cells;
  }

  report(
    column: ImportColumn | null,
    code: ImportProblemCode,
    params?: Record<string, string | number>,
  ): void {
    this.problems.push(params === undefined ? { column, code } : { column, code, params });
  }

  /** True when the cell holds anything but whitespace (whatever its validity). */
  isGiven(column: ImportColumn): boolean {
    return (this.#cells[column] ?? '').trim() !== '';
  }

  /**
   * Returns the trimmed cell, null when empty, or REFUSED after reporting unsafe characters,
   * a formula or HTML (all that apply) — such a cell is not interpreted further.
   */
  read(column: ImportColumn): string | null | typeof REFUSED {
    const raw = this.#cells[column] ?? '';
    if (raw.trim() === '') return null;
    let isRefused = false;
    const unsafe = findUnsafeCharacters(raw);
    if (unsafe.length > 0) {
      const characters = dedupe(unsafe.map((character) => character.codePoint)).join(', ');
      this.report(column, 'unsafe_characters', { characters });
      isRefused = true;
    }
    if (looksLikeFormula(raw)) {
      this.report(column, 'formula_not_allowed');
      isRefused = true;
    }
    if (containsHtml(raw)) {
      this.report(column, 'html_not_allowed');
      isRefused = true;
    }
    return isRefused ? REFUSED : raw.trim();
  }

  /** Reads a text cell and checks its length; returns the text or null (empty or refused). */
  readText(column: ImportColumn, maxLength: number): string | null {
    const text = this.read(column);
    if (text === null || text === REFUSED) return null;
    if (codePointLength(text) > maxLength) {
      this.report(column, 'too_long', { max: maxLength });
      return null;
    }
    return text;
  }

  /** Reads a cell that must be filled; reports `required` when it is empty. */
  readRequired(column: ImportColumn): string | null {
    const text = this.read(column);
    if (text === null) this.report(column, 'required');
    return text === REFUSED ? null : text;
  }

  /** Reads a positive decimal (amount, capacity) as a canonical decimal string. */
  readPositiveDecimal(column: ImportColumn): string | null {
    const text = this.read(column);
    if (text === null || text === REFUSED) return null;
    const decimal = parseDecimalString(text);
    if (decimal === null) {
      this.report(column, 'not_a_number', { value: echo(text) });
      return null;
    }
    if (decimal.startsWith('-') || decimal === '0') {
      this.report(column, 'must_be_positive');
      return null;
    }
    const [integer = '', fraction = ''] = decimal.split('.');
    if (integer.length > IMPORT_DECIMAL_DIGITS.integer || fraction.length > IMPORT_DECIMAL_DIGITS.fraction) {
      this.report(column, 'too_many_digits', { ...IMPORT_DECIMAL_DIGITS });
      return null;
    }
    return decimal;
  }

  /** Reads a coordinate in degrees within [-limit, limit]. */
  readCoordinate(column: ImportColumn, limit: number): number | null {
    const text = this.read(column);
    if (text === null || text === REFUSED) return null;
    const value = parseLocalizedNumber(text);
    if (value === null) {
      this.report(column, 'not_a_number', { value: echo(text) });
      return null;
    }
    if (value < -limit || value > limit) {
      this.report(column, 'out_of_range', { min: -limit, max: limit });
      return null;
    }
    return value;
  }

  /** Reads a single coded value with `resolve`; reports `problem` with the value when unknown. */
  readCode<T>(
    column: ImportColumn,
    resolve: (text: string) => T | null,
    problem: ImportProblemCode,
  ): T | null {
    const text = this.read(column);
    if (text === null || text === REFUSED) return null;
    const value = resolve(text);
    if (value === null) this.report(column, problem, { value: echo(text) });
    return value;
  }

  /** Reads a list cell, resolving each item; unknown items are each reported. De-duplicated. */
  readList<T>(column: ImportColumn, resolve: (text: string) => T | null, problem: ImportProblemCode): T[] {
    const text = this.read(column);
    if (text === null || text === REFUSED) return [];
    const values: T[] = [];
    for (const item of splitList(text)) {
      const value = resolve(item);
      if (value === null) this.report(column, problem, { value: echo(item) });
      else values.push(value);
    }
    return dedupe(values);
  }
}

const TITLE_LANGUAGES: ReadonlyArray<readonly [Locale, ImportColumn, ImportColumn]> = [
  ['fa', TITLE_COLUMNS[0], SUMMARY_COLUMNS[0]],
  ['ar', TITLE_COLUMNS[1], SUMMARY_COLUMNS[1]],
  ['zh', TITLE_COLUMNS[2], SUMMARY_COLUMNS[2]],
  ['en', TITLE_COLUMNS[3], SUMMARY_COLUMNS[3]],
];

/**
 * Validates one row of an import file (cells keyed by canonical column, as raw text) against
 * the import contract, and returns either the resolved opportunity or EVERY problem of the row,
 * in column order — never only the first — so the owner can fix a file in one pass.
 *
 * Each non-empty cell is first checked for bidi/control characters, spreadsheet formulas and
 * HTML (`unsafe_characters`, `formula_not_allowed`, `html_not_allowed`); a cell failing those is
 * not interpreted further. Then: external_id, kind and province are required; at least one
 * title; lengths (`IMPORT_TEXT_LIMITS`); numbers via `parseDecimalString`/`parseLocalizedNumber`
 * (Persian ۱۲۳, Arabic-Indic ١٢٣, ٫ or "/" as decimal point, thousands separators); amounts and
 * capacity > 0 and within numeric(30,4); required_investment needs a currency and capacity a
 * unit; latitude in [-90, 90] and longitude in [-180, 180], both or neither; e-mail syntax;
 * kind/stage/investment types and the reference codes through `lookups` and `resolve*`.
 * A currency or capacity unit without its amount is kept out of the result without complaint.
 *
 * Duplicate external ids across rows are the caller's to find (`checkDuplicateExternalId`).
 */
export function validateImportRow(
  cells: Partial<Record<ImportColumn, string>>,
  lookups: ImportLookups,
): ImportRowResult {
  const row = new RowReader(cells);

  const externalIdText = row.readRequired('external_id');
  let externalId: string | null = null;
  if (externalIdText !== null) {
    if (codePointLength(externalIdText) > IMPORT_TEXT_LIMITS.externalId) {
      row.report('external_id', 'too_long', { max: IMPORT_TEXT_LIMITS.externalId });
    } else {
      externalId = normalizeExternalId(externalIdText);
    }
  }

  const kindText = row.readRequired('kind');
  const kind = kindText === null ? null : resolveKind(kindText);
  if (kindText !== null && kind === null) row.report('kind', 'unknown_code', { value: echo(kindText) });

  const title: LocalizedText = {};
  const summary: LocalizedText = {};
  let sourceLanguage: Locale | null = null;
  for (const [locale, titleColumn] of TITLE_LANGUAGES) {
    const text = row.readText(titleColumn, IMPORT_TEXT_LIMITS.title);
    if (text === null) continue;
    title[locale] = text.replace(/\s+/g, ' ');
    sourceLanguage ??= locale;
  }
  if (!TITLE_COLUMNS.some((column) => row.isGiven(column))) row.report(null, 'title_required');
  for (const [locale, , summaryColumn] of TITLE_LANGUAGES) {
    const text = row.readText(summaryColumn, IMPORT_TEXT_LIMITS.summary);
    if (text !== null) summary[locale] = text.replace(/\r\n?/g, '\n');
  }

  const provinceText = row.readRequired('province');
  const province = provinceText === null ? null : lookups.resolveProvince(provinceText);
  if (provinceText !== null && province === null) {
    row.report('province', 'unknown_province', { value: echo(provinceText) });
  }

  const isic = row.readList('isic', lookups.resolveIsic, 'unknown_isic');
  const commodities = row.readList('commodities', lookups.resolveCommodity, 'unknown_commodity');
  const hs = row.readList('hs', lookups.resolveHs, 'unknown_hs');
  const investmentTypes = row.readList('investment_types', resolveInvestmentType, 'unknown_code');

  const amount = row.readPositiveDecimal('required_investment');
  const currency = row.readCode('currency', lookups.resolveCurrency, 'unknown_currency');
  if (row.isGiven('required_investment') && !row.isGiven('currency'))
    row.report('currency', 'currency_required');

  const quantity = row.readPositiveDecimal('capacity');
  const unit = row.readText('capacity_unit', IMPORT_TEXT_LIMITS.capacityUnit);
  if (row.isGiven('capacity') && !row.isGiven('capacity_unit')) row.report('capacity_unit', 'required');

  const stage = row.readCode('stage', resolveStage, 'unknown_code');

  const latitude = row.readCoordinate('latitude', 90);
  const longitude = row.readCoordinate('longitude', 180);
  if (row.isGiven('latitude') !== row.isGiven('longitude')) {
    row.report(row.isGiven('latitude') ? 'longitude' : 'latitude', 'coordinates_incomplete');
  }

  const email = row.readText('contact_email', IMPORT_TEXT_LIMITS.contactEmail);
  if (email !== null && !EMAIL.test(email))
    row.report('contact_email', 'invalid_email', { value: echo(email) });

  if (
    row.problems.length > 0 ||
    externalId === null ||
    kind === null ||
    province === null ||
    sourceLanguage === null
  ) {
    return { ok: false, problems: sortByColumn(row.problems) };
  }
  return {
    ok: true,
    value: {
      externalId,
      kind,
      title,
      summary,
      sourceLanguage,
      country: province.country,
      province: province.code,
      isic,
      isicPaths: dedupe(isic.flatMap((code) => lookups.isicPath(code))),
      commodities,
      hs,
      investmentTypes,
      requiredInvestment: amount !== null && currency !== null ? { amount, currency } : null,
      capacity: quantity !== null && unit !== null ? { quantity, unit } : null,
      stage,
      latitude,
      longitude,
      contactEmail: email,
    },
  };
}

const COLUMN_ORDER = new Map<ImportColumn | null, number>([
  [null, -1],
  ...IMPORT_COLUMNS.map((column, position) => [column, position] as const),
]);

/**
 * Problems in canonical column order (row-wide ones first), each column's in the order found:
 * `Array.prototype.sort` is stable.
 */
function sortByColumn(problems: ImportProblem[]): ImportProblem[] {
  return problems.sort((a, b) => (COLUMN_ORDER.get(a.column) ?? 0) - (COLUMN_ORDER.get(b.column) ?? 0));
}

/**
 * Returns the canonical form of an external id: trimmed, Persian/Arabic-Indic/full-width digits
 * folded to ASCII, so "PRJ-۰۱۲" and "PRJ-012" are one reference across imports. Case is kept:
 * ids are compared exactly. The server can use it for rows that failed validation too.
 */
export function normalizeExternalId(text: string): string {
  return foldDigits(text.trim());
}

/**
 * Records `externalId` (as returned in `ImportedOpportunity.externalId`) as seen in
 * `rowNumber`, or returns a `duplicate_external_id` problem naming the first row that had it.
 * `seen` is the caller's map for one file; ids compare exactly (case-sensitive), after the
 * trimming and digit folding `validateImportRow` already applied.
 */
export function checkDuplicateExternalId(
  seen: Map<string, number>,
  externalId: string,
  rowNumber: number,
): ImportProblem | null {
  const firstRow = seen.get(externalId);
  if (firstRow !== undefined)
    return { column: 'external_id', code: 'duplicate_external_id', params: { firstRow } };
  seen.set(externalId, rowNumber);
  return null;
}
