import { parseDecimalString } from '../number/parse-localized-number.ts';

/**
 * Checks for cells that would be dangerous once the data leaves Karvan again: in a
 * spreadsheet someone opens (CSV/formula injection, OWASP "CSV Injection") or in a page that
 * renders text carelessly (HTML). Import refuses such cells instead of cleaning them, so what
 * is stored is exactly what the owner wrote.
 */

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set([
  '=',
  '+',
  '-',
  '@',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
]);
const SIGN_TRIGGERS: ReadonlySet<string> = new Set(['+', '-', '\uFF0B', '\uFF0D']);

/**
 * Returns true when a cell would be taken for a formula by a spreadsheet: it starts with a tab
 * or carriage return, or (after leading spaces) with =, +, -, @ or their full-width forms.
 * A leading + or - is allowed only when the whole cell is a number ("-12.5", "+۳۵٫۷"), so
 * longitudes west of Greenwich import, while the classic DDE payload "-2+3+cmd|' /C calc'!A0"
 * — which starts with a minus and a digit — is still refused. A lone "-" or "+" (a placeholder
 * some people type in empty cells) is no formula; it is then judged as a value like any other.
 */
export function looksLikeFormula(cell: string): boolean {
  if (cell.startsWith('\t') || cell.startsWith('\r')) return true;
  const text = cell.trimStart();
  const first = text[0];
  if (first === undefined || !FORMULA_TRIGGERS.has(first)) return false;
  if (SIGN_TRIGGERS.has(first)) return text.trimEnd().length > 1 && parseDecimalString(text) === null;
  return true;
}

/**
 * Markup: a tag opening or closing right after "<" ("<script", "<img", "<a ", "</p>", "<!--",
 * "<?xml"), an inline event handler ("onerror=", "onclick ="), or a javascript: URL.
 * "<" followed by a space or digit ("a < b", "<5%") is ordinary text.
 */
const HTML_TAG = /<\/?[a-z!?]/i;
const EVENT_HANDLER = /\bon[a-z]+\s*=/i;
const JAVASCRIPT_URL = /javascript\s*:/i;

/** Returns true when `cell` contains HTML markup as described above. */
export function containsHtml(cell: string): boolean {
  return HTML_TAG.test(cell) || EVENT_HANDLER.test(cell) || JAVASCRIPT_URL.test(cell);
}
