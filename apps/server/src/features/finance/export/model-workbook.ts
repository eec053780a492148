import { isRtlLocale } from '@karvan/domain';
import writeXlsxFile, { type Cell, type Row, type SheetData } from 'write-excel-file/node';
import { neutraliseFormula } from '../../opportunities/import-files/write-table-file.ts';
import {
  ALL_YEAR_ROWS,
  isRatioRow,
  keyResultsOf,
  type ModelExportInput,
  type ResultKind,
  rowValue,
  versionLine,
} from './report-content.ts';
import { reportLabelsFor } from './report-labels.ts';

const NUMBER_FORMATS: Readonly<Record<ResultKind, string>> = {
  money: '#,##0',
  rate: '0.0%',
  years: '0.0',
  ratio: '0.00',
  year: '0',
};
const MONEY = '#,##0';
const MAX_CELL_CHARS = 32_767;

/** A text cell: never a formula (see `neutraliseFormula`), within Excel's length limit. */
function text(value: string, bold = false): Cell {
  const clean = neutraliseFormula(value).slice(0, MAX_CELL_CHARS);
  return bold ? { value: clean, type: String, fontWeight: 'bold' } : { value: clean, type: String };
}

/** A number cell: stored as a number so it can be summed and charted; null leaves the cell empty. */
function number(value: number | null, format: string): Cell {
  return value === null || !Number.isFinite(value) ? null : { value, type: Number, format };
}

function summarySheet(input: ModelExportInput): SheetData {
  const labels = reportLabelsFor(input.locale);
  const rows: SheetData = [
    [text(input.title, true)],
    [text(input.modelName)],
    [text(versionLine(input, labels))],
    [text(labels.currency), text(input.result.currency)],
    [],
    [text(labels.keyResults, true)],
  ];
  for (const result of keyResultsOf(input)) {
    // A result with no number (IRR "none"/"several", payback not reached) keeps its words.
    rows.push([
      text(result.label),
      result.value === null ? text(result.text) : number(result.value, NUMBER_FORMATS[result.kind]),
    ]);
  }
  rows.push([], [text(labels.cashFlowChart, true)]);
  const { years } = input.result;
  rows.push([text(labels.year, true), ...years.map((year) => number(year.calendarYear, '0'))]);
  rows.push([text(labels.rows.projectCashFlow), ...years.map((year) => number(year.projectCashFlow, MONEY))]);
  return rows;
}

/** One row per yearly row (label, stable key, one value per year), unscaled, in model currency. */
function yearsSheet(input: ModelExportInput): SheetData {
  const labels = reportLabelsFor(input.locale);
  const { years } = input.result;
  const header: Row = [text(labels.year, true), null, ...years.map((year) => number(year.calendarYear, '0'))];
  const rows: SheetData = [header];
  for (const key of ALL_YEAR_ROWS) {
    const format = isRatioRow(key) ? '0.00' : MONEY;
    rows.push([
      text(labels.rows[key]),
      text(key),
      ...years.map((year) => number(rowValue(year, key), format)),
    ]);
  }
  return rows;
}

/** Every leaf of the document as "capex[0].amount" → value, in document order. */
export function flattenDocument(value: unknown, path = ''): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => flattenDocument(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      flattenDocument(item, path ? `${path}.${key}` : key),
    );
  }
  return [[path, value]];
}

/** The model as entered (defaults filled in), one input per row, so every figure can be audited. */
function inputsSheet(input: ModelExportInput): SheetData {
  const labels = reportLabelsFor(input.locale);
  const rows: SheetData = [[text(labels.inputPath, true), text(labels.inputValue, true)]];
  for (const [path, value] of flattenDocument(input.document)) {
    const cell: Cell =
      typeof value === 'number'
        ? number(value, 'General')
        : typeof value === 'boolean'
          ? { value, type: Boolean }
          : value === undefined || value === null
            ? null
            : text(String(value));
    rows.push([text(path), cell]);
  }
  return rows;
}

/**
 * The workbook of one model version: Summary (title, version, key results, project cash flow by
 * year), Years (every yearly row, one column per year) and Inputs (the document flattened to
 * path → value). Numbers are numbers with number formats; text cells can never run as formulas.
 * Sheets are right to left for fa and ar.
 */
export async function modelWorkbook(input: ModelExportInput): Promise<Uint8Array> {
  const labels = reportLabelsFor(input.locale);
  const rightToLeft = isRtlLocale(input.locale);
  const result = writeXlsxFile([
    {
      data: summarySheet(input),
      sheet: labels.sheets.summary,
      rightToLeft,
      columns: [{ width: 44 }, { width: 22 }],
    },
    {
      data: yearsSheet(input),
      sheet: labels.sheets.years,
      rightToLeft,
      columns: [{ width: 40 }, { width: 26 }],
      stickyRowsCount: 1,
      stickyColumnsCount: 1,
    },
    {
      data: inputsSheet(input),
      sheet: labels.sheets.inputs,
      rightToLeft,
      columns: [{ width: 48 }, { width: 40 }],
    },
  ]);
  return new Uint8Array(await result.toBuffer());
}
