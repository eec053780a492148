// Per-year inputs (capex schedule shares, ramp-up, price decks) edited as a row of year columns, the
// way analysts lay them out in a spreadsheet.
import { getCalendarDateParts, parseLocalizedNumber } from '@karvan/domain';

/** One cell of a year row: a number, or null while empty. */
export type YearCell = number | null;

/** What a pasted text holds: the numbers in order, and the positions of cells that were not numbers. */
export interface PastedCells {
  values: YearCell[];
  invalid: number[];
}

// Percent signs a spreadsheet may copy with the value: ASCII, Arabic ٪ (U+066A), fullwidth ％.
const PERCENT_SIGNS = /[%\u066A\uFF05]\s*$/;

/**
 * Reads spreadsheet clipboard text into cells. A row is tab-separated; a column (one value per
 * line) is taken in order too, so a copied column fills consecutive years; of a block, the first
 * row is taken. Digits in any script and grouping go through `parseLocalizedNumber`; a trailing
 * percent sign is dropped (the row shows percents already); an empty cell stays empty.
 */
export function parsePastedCells(text: string): PastedCells {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 1 && lines.at(-1)?.trim() === '') lines.pop();
  const isColumn = lines.length > 1 && lines.every((line) => !line.includes('\t'));
  const cells = isColumn ? lines : (lines[0] ?? '').split('\t');
  const values: YearCell[] = [];
  const invalid: number[] = [];
  cells.forEach((cell, index) => {
    const trimmed = cell.trim().replace(PERCENT_SIGNS, '').trim();
    if (trimmed === '') {
      values.push(null);
      return;
    }
    const value = parseLocalizedNumber(trimmed);
    if (value === null) invalid.push(index);
    values.push(value);
  });
  return { values, invalid };
}

/** Whether a paste should be spread over cells (it holds a tab or a line break) rather than typed into one. */
export function isMultiCellPaste(text: string): boolean {
  return /[\t\n\r]/.test(text.trim());
}

/**
 * Writes `cells` into `row` from column `start` on, growing the row as needed but never past
 * `maxLength` columns (cells beyond the last year are dropped). Returns a new row.
 */
export function pasteIntoRow(
  row: readonly YearCell[],
  start: number,
  cells: readonly YearCell[],
  maxLength: number,
) {
  const next = [...row];
  cells.forEach((cell, offset) => {
    const column = start + offset;
    if (column >= maxLength) return;
    while (next.length < column) next.push(null);
    next[column] = cell;
  });
  return next;
}

/** Copies the value of column `index` into every later column up to `length`. Returns a new row. */
export function fillRight(row: readonly YearCell[], index: number, length: number): YearCell[] {
  const value = row[index] ?? null;
  const next = [...row];
  for (let column = index + 1; column < length; column++) next[column] = value;
  while (next.length < length) next.push(value);
  return next;
}

/**
 * The row as the document stores it: trailing empty cells removed (a ramp-up's last value holds
 * for later years); an empty cell in the middle stays null so the server reports it at its path.
 */
export function toDocumentRow(row: readonly YearCell[]): YearCell[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end);
}

/**
 * The Solar Hijri year in which most of Gregorian `year` falls (from Nowruz, about 21 March, to the
 * end of December), read through the domain calendar at 1 July: 2026 → 1405. Project years in the
 * model are Gregorian calendar years; Persian readers see this beside them.
 */
export function solarHijriYearOf(year: number): number {
  return getCalendarDateParts(new Date(Date.UTC(year, 6, 1)), 'persian').year;
}
