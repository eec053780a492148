import { formatDate, formatNumber, type Locale } from '@karvan/domain';
import type { ModelResult, TFinancialModel, YearRow } from '@karvan/domain/finance';
import { type ReportLabels, type ReportRowKey, reportLabelsFor } from './report-labels.ts';

/** What both exports are made from; the finance service builds it (`loadExport`). */
export interface ModelExportInput {
  title: string;
  modelName: string;
  version: number;
  createdAt: Date;
  document: TFinancialModel;
  result: ModelResult;
  locale: Locale;
}

/** How a key result is stored as a spreadsheet number. */
export type ResultKind = 'money' | 'rate' | 'years' | 'ratio' | 'year';

/** One key result: its label, its text in the report's language, and its number (null when there is none). */
export interface KeyResult {
  label: string;
  text: string;
  value: number | null;
  kind: ResultKind;
}

/** The yearly tables, in report order. */
export const YEAR_SECTIONS: ReadonlyArray<{
  title: 'incomeStatement' | 'cashFlow' | 'funding';
  rows: readonly ReportRowKey[];
}> = [
  {
    title: 'incomeStatement',
    rows: [
      'revenue',
      'variableCosts',
      'fixedCosts',
      'royalties',
      'ebitda',
      'depreciation',
      'interestExpense',
      'idcAmortisation',
      'taxableIncome',
      'lossCarriedForward',
      'tax',
      'netIncome',
    ],
  },
  {
    title: 'cashFlow',
    rows: [
      'ebitda',
      'tax',
      'capex',
      'workingCapital',
      'workingCapitalChange',
      'residualValue',
      'projectCashFlow',
      'cumulativeProjectCashFlow',
      'discountedProjectCashFlow',
      'cfads',
    ],
  },
  {
    title: 'funding',
    rows: [
      'loanDrawdown',
      'interestDuringConstruction',
      'interestCapitalised',
      'interestPaid',
      'principalRepaid',
      'debtService',
      'loanBalance',
      'dscr',
      'equityCashFlow',
    ],
  },
];

/** Every row once, in the order of YEAR_SECTIONS: the rows of the workbook's Years sheet. */
export const ALL_YEAR_ROWS: readonly ReportRowKey[] = [...new Set(YEAR_SECTIONS.flatMap((s) => s.rows))];

/** A row's value in a year; DSCR is null in years without debt service. */
export function rowValue(year: YearRow, key: ReportRowKey): number | null {
  return year[key];
}

/** Whether a row is a ratio (DSCR), not an amount of money. */
export function isRatioRow(key: ReportRowKey): boolean {
  return key === 'dscr';
}

/**
 * The power of a thousand the tables show amounts in, so the largest fits in about six digits:
 * 1 below a million, then thousands, millions, billions (the copper mine: millions of USD).
 */
export function chooseScale(values: Iterable<number>): number {
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value));
  if (largest >= 1e11) return 1e9;
  if (largest >= 1e8) return 1e6;
  if (largest >= 1e5) return 1e3;
  return 1;
}

/** Scale for the amounts of `result` (all money rows of all years). */
export function scaleOf(result: ModelResult): number {
  const values: number[] = [];
  for (const year of result.years)
    for (const key of ALL_YEAR_ROWS) if (!isRatioRow(key)) values.push(year[key] as number);
  return chooseScale(values);
}

/** An amount divided by `scale`, one decimal, in the locale's digits. */
export function formatAmount(value: number, locale: Locale, scale: number): string {
  const scaled = value / scale;
  // Avoid "-0.0" for tiny negatives left by floating-point sums.
  const shown = Math.abs(scaled) < 0.05 ? 0 : scaled;
  return formatNumber(shown, locale, {
    maximumFractionDigits: 1,
    minimumFractionDigits: scale === 1 ? 0 : 1,
  });
}

export function formatRate(value: number, locale: Locale): string {
  return formatNumber(value, locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

export function formatRatio(value: number, locale: Locale): string {
  return formatNumber(value, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A calendar year as a label (no grouping: 2026, not 2,026), in the locale's digits. */
export function formatYear(year: number, locale: Locale): string {
  return formatNumber(year, locale, { useGrouping: false });
}

/** "Version 3 · Created 1 فروردین 1405": Solar Hijri for fa, Gregorian otherwise (domain calendar). */
export function versionLine(input: ModelExportInput, labels: ReportLabels): string {
  const version = formatNumber(input.version, input.locale);
  const date = formatDate(input.createdAt, input.locale, { style: 'long' });
  return `${labels.version} ${version} · ${labels.created}: ${date}`;
}

function irrResult(
  label: string,
  value: number | null,
  kind: 'unique' | 'none' | 'multiple',
  labels: ReportLabels,
  locale: Locale,
): KeyResult {
  // analyzeIrr decides the wording: a root found by the solver is not shown as "the" IRR when
  // the cash flow has several (it would be one of them, chosen by the starting guess).
  if (kind === 'none') return { label, text: labels.irrNone, value: null, kind: 'rate' };
  if (kind === 'multiple') return { label, text: labels.irrMultiple, value: null, kind: 'rate' };
  return {
    label,
    text: value === null ? labels.notApplicable : formatRate(value, locale),
    value,
    kind: 'rate',
  };
}

/** The key results of the report's first page and of the workbook's Summary sheet, in order. */
export function keyResultsOf(input: ModelExportInput): KeyResult[] {
  const { result, document, locale } = input;
  const labels = reportLabelsFor(locale);
  const m = labels.metrics;
  const money = (value: number) => `${formatAmount(value, locale, 1)} ${result.currency}`;
  const years = (value: number | null): string =>
    value === null
      ? labels.notReached
      : labels.years(formatNumber(value, locale, { maximumFractionDigits: 1 }));
  const ratio = (value: number | null) =>
    value === null ? labels.notApplicable : formatRatio(value, locale);
  const breakEven = result.breakEven;
  return [
    { label: m.npv, text: money(result.npv), value: result.npv, kind: 'money' },
    {
      label: m.discountRate,
      text: formatRate(document.discountRate, locale),
      value: document.discountRate,
      kind: 'rate',
    },
    irrResult(m.projectIrr, result.projectIrr, result.irrKind.project, labels, locale),
    irrResult(m.equityIrr, result.equityIrr, result.irrKind.equity, labels, locale),
    {
      label: m.mirr,
      text: result.mirr === null ? labels.notApplicable : formatRate(result.mirr, locale),
      value: result.mirr,
      kind: 'rate',
    },
    { label: m.payback, text: years(result.payback), value: result.payback, kind: 'years' },
    {
      label: m.discountedPayback,
      text: years(result.discountedPayback),
      value: result.discountedPayback,
      kind: 'years',
    },
    {
      label: m.breakEven,
      text: breakEven
        ? labels.ofCapacity(formatRate(breakEven.shareOfCapacity, locale))
        : labels.notApplicable,
      value: breakEven?.shareOfCapacity ?? null,
      kind: 'rate',
    },
    {
      label: m.breakEvenYear,
      text: breakEven ? formatYear(breakEven.calendarYear, locale) : labels.notApplicable,
      value: breakEven?.calendarYear ?? null,
      kind: 'year',
    },
    { label: m.dscrMin, text: ratio(result.dscr.min), value: result.dscr.min, kind: 'ratio' },
    { label: m.dscrAverage, text: ratio(result.dscr.average), value: result.dscr.average, kind: 'ratio' },
  ];
}
