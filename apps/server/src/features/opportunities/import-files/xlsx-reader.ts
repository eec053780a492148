import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl from 'yauzl';
import { TableFileError } from './table-file-error.ts';

/** One non-empty row of a worksheet, as the spreadsheet numbers it. */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
  /** Indexes of the cells that hold a formula (their cached value is in `cells`). */
  formulaColumns: number[];
}

export interface XlsxLimits {
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
}

/** Entries smaller than this are not held to the compression ratio: tiny XML parts compress very well. */
const RATIO_EXEMPT_BYTES = 1024 * 1024;
/** A workbook has a few dozen parts; a central directory with many more is not a spreadsheet we want. */
const MAX_ENTRIES = 10_000;

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
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
      decodeStrings: true,
    });
  } catch (error) {
    throw new TableFileError('not_xlsx', undefined, { cause: error });
  }
  try {
    const entries = await readCentralDirectory(zip, limits);
    const budget = new ByteBudget(limits.maxUncompressedBytes);
    const reader = new PartReader(zip, entries, budget);

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
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function readCentralDirectory(
  zip: yauzl.ZipFile,
  limits: XlsxLimits,
): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  let declaredTotal = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entries.size >= MAX_ENTRIES) throw new TableFileError('zip_bomb');
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > limits.maxUncompressedBytes) throw new TableFileError('zip_bomb');
      if (
        entry.uncompressedSize > RATIO_EXEMPT_BYTES &&
        entry.uncompressedSize / Math.max(entry.compressedSize, 1) > limits.maxCompressionRatio
      ) {
        throw new TableFileError('zip_bomb');
      }
      entries.set(normalizePartName(entry.fileName), entry);
    }
  } catch (error) {
    if (error instanceof TableFileError) throw error;
    throw new TableFileError('not_xlsx', undefined, { cause: error });
  }
  return entries;
}

/** Part names are case-insensitive in OPC and some writers use backslashes or a leading slash. */
function normalizePartName(name: string): string {
  return name.replaceAll('\\', '/').replace(/^\/+/, '').toLowerCase();
}

function relsPathFor(partPath: string): string {
  return posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`);
}

/** Counts every inflated byte against the uncompressed limit, a second guard behind the central directory. */
class ByteBudget {
  private used = 0;
  constructor(private readonly max: number) {}
  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.max) throw new TableFileError('zip_bomb');
  }
}

interface Relationship {
  type: string;
  /** Resolved part path, or '' for an external target. */
  target: string;
}

type XmlHandlers = {
  open(tag: SaxesTagPlain, local: string): void;
  close(local: string): void;
  text?(text: string): void;
};

/** Reads parts of the package through one XML pass each, inflating as it goes. */
class PartReader {
  constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly budget: ByteBudget,
  ) {}

  has(path: string): boolean {
    return this.entries.has(normalizePartName(path));
  }

  /**
   * Streams one part through saxes. `drain` runs after every inflated chunk has been parsed and
   * returns what that chunk completed; the generator yields it, so nothing accumulates.
   */
  async *parse<T>(path: string, handlers: XmlHandlers, drain: () => T[]): AsyncGenerator<T> {
    const entry = this.entries.get(normalizePartName(path));
    if (!entry) throw new TableFileError('not_xlsx');
    if (!entry.canDecodeFileData()) throw new TableFileError('not_xlsx');
    let stream: Readable;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch (error) {
      throw new TableFileError('not_xlsx', undefined, { cause: error });
    }
    const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
    parser.on('opentag', (tag) => handlers.open(tag, localName(tag.name)));
    parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
    const onText = handlers.text;
    if (onText) {
      parser.on('text', onText);
      parser.on('cdata', onText);
    }
    const decoder = new TextDecoder('utf-8');
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        this.budget.spend(chunk.length);
        parser.write(decoder.decode(chunk, { stream: true }));
        const ready = drain();
        for (const item of ready) yield item;
      }
      parser.write(decoder.decode());
      parser.close();
      const ready = drain();
      for (const item of ready) yield item;
    } catch (error) {
      if (error instanceof TableFileError) throw error;
      // yauzl's validateEntrySizes: an entry that inflates to more than its central-directory size.
      if (error instanceof Error && /too many bytes/.test(error.message)) {
        throw new TableFileError('zip_bomb', undefined, { cause: error });
      }
      throw new TableFileError('not_xlsx', undefined, { cause: error });
    } finally {
      stream.destroy();
    }
  }

  /** Parses a whole (small) part for its side effects on the handlers. */
  async read(path: string, handlers: XmlHandlers): Promise<void> {
    for await (const _ of this.parse(path, handlers, () => [])) {
      // nothing is yielded
    }
  }

  async readRels(path: string): Promise<Map<string, Relationship>> {
    const rels = new Map<string, Relationship>();
    if (!this.has(path)) return rels;
    // Targets are relative to the folder of the part the .rels file describes.
    const baseDir = posix.dirname(posix.dirname(path));
    await this.read(path, {
      open(tag, local) {
        if (local !== 'Relationship') return;
        const id = attr(tag, 'Id');
        const target = attr(tag, 'Target');
        if (!id || target === undefined) return;
        const external = attr(tag, 'TargetMode') === 'External';
        rels.set(id, {
          type: attr(tag, 'Type') ?? '',
          target: external ? '' : resolveTarget(baseDir, target),
        });
      },
      close() {},
    });
    return rels;
  }
}

function resolveTarget(baseDir: string, target: string): string {
  const clean = target.replaceAll('\\', '/');
  if (clean.startsWith('/')) return posix.normalize(clean).replace(/^\/+/, '');
  return posix.normalize(posix.join(baseDir === '.' ? '' : baseDir, clean)).replace(/^\/+/, '');
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function attr(tag: SaxesTagPlain, name: string): string | undefined {
  const attributes = tag.attributes;
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  // Prefixed attribute (r:id, x:Target…) whatever prefix the writer chose.
  for (const key in attributes) {
    if (key.startsWith('xmlns')) continue;
    if (localName(key) === name) return attributes[key];
  }
  return undefined;
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
