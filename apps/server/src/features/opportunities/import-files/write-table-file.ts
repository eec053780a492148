import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import writeXlsxFile, { type Row } from 'write-excel-file/node';

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1+1", "@SUM(…)", "-2+3") gets a
 * leading apostrophe so it is shown as text. Plain decimal numbers such as "-12.5" are left alone.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_TRIGGER.test(cell) && !PLAIN_DECIMAL.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Persian, Arabic and Chinese
 * correctly), CRLF line ends, RFC 4180 quoting, formulas neutralised. Streams: rows are pulled as
 * the consumer reads.
 */
export function csvExportStream(
  header: string[],
  rows: AsyncIterable<string[]> | Iterable<string[]>,
): Readable {
  const source = Readable.from(
    (async function* () {
      yield header.map(neutraliseFormula);
      for await (const row of rows) yield row.map(neutraliseFormula);
    })(),
  );
  const stringifier = stringify({
    bom: true,
    record_delimiter: '\r\n',
    // csv-stringify quotes "\n" but not a lone "\r"; RFC 4180 wants both quoted.
    quoted_match: /[\r\n]/,
  });
  pipeline(source, stringifier, () => {
    // Errors reach the consumer through `stringifier`, which pipeline destroys with them.
  });
  return stringifier;
}

export interface XlsxExportOptions {
  /** Lay the sheet out right to left (Persian, Arabic). */
  rtl?: boolean;
  sheetName?: string;
}

/** Excel's limit on the text of one cell. */
const MAX_CELL_CHARS = 32_767;

/** An XLSX with one sheet: header in bold, every cell stored as text (so nothing is ever a formula). */
export async function xlsxBuffer(
  header: string[],
  rows: Iterable<string[]>,
  options: XlsxExportOptions = {},
): Promise<Buffer> {
  const data: Row[] = [header.map((value) => textCell(value, true))];
  for (const row of rows) data.push(row.map((value) => textCell(value, false)));
  const result = writeXlsxFile(data, {
    sheet: sheetName(options.sheetName),
    rightToLeft: options.rtl === true,
  });
  return result.toBuffer();
}

function textCell(value: string, bold: boolean): Row[number] {
  if (value === '') return null;
  const text = value.length > MAX_CELL_CHARS ? value.slice(0, MAX_CELL_CHARS) : value;
  return bold ? { value: text, type: String, fontWeight: 'bold' } : { value: text, type: String };
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string | undefined): string {
  const clean = (name ?? '')
    .replace(/[:\\/?*[\]]/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();
  return clean || 'Sheet1';
}
