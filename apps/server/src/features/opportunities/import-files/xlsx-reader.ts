import { posix } from 'node:path';
import type { SaxesTagPlain } from 'saxes';
import {
  localName,
  openZipPackage,
  type PartReader,
  type Relationship,
  relsPathFor,
  type XmlHandlers,
  type ZipLimits,
  type ZipProblem,
} from '../../../platform/file-type/zip-package.ts';
import { TableFileError } from './table-file-error.ts';

/** One non-empty row of a worksheet, as the spreadsheet numbers it. */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
  /** Indexes of the cells that hold a formula (their cached value is in `cells`). */
  formulaColumns: number[];
}

export type XlsxLimits = ZipLimits;

const RELS_OFFICE_DOCUMENT = /\/officeDocument$/;
const RELS_WORKSHEET = /\/worksheet$/;
const RELS_SHARED_STRINGS = /\/sharedStrings$/;

/**
 * An opened workbook: its first worksheet, ready to stream. The shared-string table is held in
 * memory (it is bounded by the uncompressed-size limit); the worksheet itself is never buffered.
 */
export interface XlsxSheet {
  rows(): AsyncGenerator<SheetRow>;
  close(): void;
}

/** Opens the zip, checks it is not a bomb and locates the first worksheet and its shared strings. */
export async function openXlsxSheet(path: string, limits: XlsxLimits): Promise<XlsxSheet> {
  const reader = await openZipPackage(path, limits, toTableFileError);
  try {
    const rootRels = await reader.readRels('_rels/.rels');
    const workbookPath =
      [...rootRels.values()].find((r) => RELS_OFFICE_DOCUMENT.test(r.type) && reader.has(r.target))?.target ??
      'xl/workbook.xml';
    if (!reader.has(workbookPath)) throw new TableFileError('not_xlsx');
    const sheetRefs = await readWorkbookSheets(reader, workbookPath);
    const workbookRels = await reader.readRels(relsPathFor(workbookPath));

    const sheetPath = findFirstWorksheet(sheetRefs, workbookRels, reader, workbookPath);
    if (!sheetPath) throw new TableFileError('not_xlsx');

    const sharedStringsPath =
      [...workbookRels.values()].find((r) => RELS_SHARED_STRINGS.test(r.type))?.target ??
      posix.join(posix.dirname(workbookPath), 'sharedStrings.xml');
    const sharedStrings = reader.has(sharedStringsPath)
      ? await readSharedStrings(reader, sharedStringsPath)
      : [];

    return {
      rows: () => streamSheet(reader, sheetPath, sharedStrings),
      close: () => reader.close(),
    };
  } catch (error) {
    reader.close();
    throw error;
  }
}

function toTableFileError(problem: ZipProblem, cause?: unknown): TableFileError {
  return new TableFileError(problem === 'zip_bomb' ? 'zip_bomb' : 'not_xlsx', undefined, { cause });
}

interface SheetRef {
  relId: string;
}

async function readWorkbookSheets(reader: PartReader, workbookPath: string): Promise<SheetRef[]> {
  const sheets: SheetRef[] = [];
  await reader.read(workbookPath, {
    open(tag, local) {
      if (local !== 'sheet') return;
      const relId = relIdOf(tag);
      if (relId) sheets.push({ relId });
    },
    close() {},
  });
  return sheets;
}

/** The `r:id` of a `<sheet>`: any prefixed `id` attribute (the plain `sheetId` is something else). */
function relIdOf(tag: SaxesTagPlain): string | undefined {
  for (const key in tag.attributes) {
    if (key.startsWith('xmlns')) continue;
    if (key.includes(':') && localName(key) === 'id') return tag.attributes[key];
  }
  return undefined;
}

function findFirstWorksheet(
  sheets: SheetRef[],
  rels: Map<string, Relationship>,
  reader: PartReader,
  workbookPath: string,
): string | undefined {
  for (const sheet of sheets) {
    const rel = rels.get(sheet.relId);
    if (rel?.target && RELS_WORKSHEET.test(rel.type) && reader.has(rel.target)) return rel.target;
  }
  // Some writers omit the relationship types; fall back to the conventional name.
  const conventional = posix.join(posix.dirname(workbookPath), 'worksheets/sheet1.xml');
  return sheets.length > 0 && reader.has(conventional) ? conventional : undefined;
}

/** Shared strings, rich-text runs concatenated, phonetic guides (`<rPh>`) left out. */
async function readSharedStrings(reader: PartReader, path: string): Promise<string[]> {
  const strings: string[] = [];
  let inSi = false;
  let phonetic = 0;
  let inT = false;
  let current = '';
  await reader.read(path, {
    open(_tag, local) {
      if (local === 'si') {
        inSi = true;
        current = '';
      } else if (local === 'rPh') phonetic++;
      else if (local === 't' && inSi && phonetic === 0) inT = true;
    },
    close(local) {
      if (local === 't') inT = false;
      else if (local === 'rPh') phonetic--;
      else if (local === 'si') {
        strings.push(detach(current));
        inSi = false;
      }
    },
    text(text) {
      if (inT) current += text;
    },
  });
  return strings;
}

function streamSheet(
  reader: PartReader,
  sheetPath: string,
  sharedStrings: string[],
): AsyncGenerator<SheetRow> {
  const ready: SheetRow[] = [];
  let rowNumber = 0;
  let cells: string[] = [];
  let formulaColumns: number[] = [];
  let column = -1;
  let type = 'n';
  let value = '';
  let inlineText = '';
  let hasFormula = false;
  let capture: 'v' | 't' | null = null;
  let inInline = false;
  let phonetic = 0;

  const handlers: XmlHandlers = {
    open(tag, local) {
      switch (local) {
        case 'c': {
          const ref = tag.attributes['r'];
          const parsed = ref ? columnIndex(ref) : -1;
          column = parsed >= 0 ? parsed : column + 1;
          type = tag.attributes['t'] ?? 'n';
          value = '';
          inlineText = '';
          hasFormula = false;
          break;
        }
        case 'v':
          capture = 'v';
          break;
        case 'f':
          hasFormula = true;
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inInline && phonetic === 0) capture = 't';
          break;
        case 'row': {
          const r = Number(tag.attributes['r']);
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          cells = [];
          formulaColumns = [];
          column = -1;
          break;
        }
      }
    },
    close(local) {
      switch (local) {
        case 'v':
        case 't':
          capture = null;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          const text = cellText(type, value, inlineText, sharedStrings);
          while (cells.length < column) cells.push('');
          cells[column] = text;
          if (hasFormula) formulaColumns.push(column);
          break;
        }
        case 'row':
          if (cells.some((cell) => cell.trim() !== '')) ready.push({ rowNumber, cells, formulaColumns });
          break;
      }
    },
    text(text) {
      if (capture === 'v') value += text;
      else if (capture === 't') inlineText += text;
    },
  };
  return reader.parse(sheetPath, handlers, () => ready.splice(0));
}

/**
 * A copy of `text` that does not point into the parser's input. V8 makes substrings of 13 or more
 * characters views on their parent, so a kept cell value would otherwise keep a whole 64 KiB chunk
 * of XML alive: for a shared-string table that is the entire part, markup included.
 */
function detach(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

function cellText(type: string, value: string, inlineText: string, sharedStrings: string[]): string {
  switch (type) {
    case 's': {
      const index = Number(value);
      return Number.isInteger(index) ? (sharedStrings[index] ?? '') : '';
    }
    case 'inlineStr':
      return detach(inlineText || value);
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
    case 'str':
    case 'e':
    case 'd':
      return detach(value);
    default:
      return normalizeNumberText(value);
  }
}

/** "AB12" → 27 (zero-based column), or -1 if the reference has no column letters. */
export function columnIndex(ref: string): number {
  let index = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) index = index * 26 + (code - 64);
    else if (code >= 97 && code <= 122) index = index * 26 + (code - 96);
    else break;
  }
  return i === 0 || index > 16_384 ? -1 : index - 1;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const fifteenDigits = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

/**
 * A stored number in the form Excel shows it: at most 15 significant digits and never in exponent
 * notation ("1E+21", "0.30000000000000004" → "1000000000000000000000", "0.3"). Plain values pass as
 * written.
 */
export function normalizeNumberText(value: string): string {
  const text = value.trim();
  if (PLAIN_NUMBER.test(text) && significantDigits(text) <= 15) return detach(text);
  const number = Number(text);
  if (text === '' || !Number.isFinite(number)) return text;
  return fifteenDigits.format(number);
}

function significantDigits(text: string): number {
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return text.includes('.') ? digits.length : digits.replace(/0+$/, '').length;
}
