import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, Transform } from 'node:stream';
import { detectTextEncoding } from '@karvan/domain/text';
import { CsvError, parse } from 'csv-parse';
import { TableFileError } from './table-file-error.ts';
import { openXlsxSheet } from './xlsx-reader.ts';

export { TableFileError, type TableFileErrorCode } from './table-file-error.ts';

export type TableFormat = 'csv' | 'xlsx';

export interface TableFileLimits {
  /** Data rows after the header (blank rows not counted). Default 100,000. */
  maxRows?: number;
  /** XLSX: the whole package once inflated. Default 512 MiB. */
  maxUncompressedBytes?: number;
  /** XLSX: uncompressed / compressed, for entries over 1 MiB. Default 200. */
  maxCompressionRatio?: number;
}

export interface TableRow {
  /** The row number a spreadsheet shows: the header's is 1 when it is the first line. */
  rowNumber: number;
  cells: string[];
  /** XLSX only: indexes of the cells that hold a formula (their cached value is in `cells`). */
  formulaColumns?: number[];
}

export interface TableFile {
  /** The detected text encoding of a CSV (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1256`); null for XLSX. */
  encoding: string | null;
  /** The first non-blank row. */
  header: string[];
  /**
   * The data rows after the header, blank rows left out, streamed: can be iterated once. Throws a
   * TableFileError part-way (`encoding_unreadable`, `too_many_rows`, …) when the problem is only met
   * there. The file is closed when the iteration ends, however it ends.
   */
  rows(): AsyncIterable<TableRow>;
  /** Releases the file without reading the rows; safe to call more than once. */
  close(): Promise<void>;
}

export const DEFAULT_MAX_ROWS = 100_000;
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
export const DEFAULT_MAX_COMPRESSION_RATIO = 200;

const SAMPLE_BYTES = 64 * 1024;
/** One CSV record may not be longer than this many characters (an unclosed quote would swallow the file). */
const MAX_CSV_RECORD_CHARS = 4 * 1024 * 1024;

export async function openTableFile(
  path: string,
  format: TableFormat,
  limits: TableFileLimits = {},
): Promise<TableFile> {
  if (format !== 'csv' && format !== 'xlsx') throw new TableFileError('unsupported_format');
  const maxRows = limits.maxRows ?? DEFAULT_MAX_ROWS;
  const sample = await readSample(path);
  if (sample.length === 0) throw new TableFileError('empty_file');
  if (startsWith(sample, OLE2_SIGNATURE)) {
    // Legacy .xls, or an .xlsx saved with a password: both are compound documents, not zips.
    throw new TableFileError('unsupported_format');
  }
  if (format === 'csv') {
    if (startsWith(sample, ZIP_SIGNATURE)) throw new TableFileError('unsupported_format');
    return openCsv(path, sample, maxRows);
  }
  const sheet = await openXlsxSheet(path, {
    maxUncompressedBytes: limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES,
    maxCompressionRatio: limits.maxCompressionRatio ?? DEFAULT_MAX_COMPRESSION_RATIO,
  });
  const source = (async function* () {
    try {
      for await (const row of sheet.rows()) {
        yield row.formulaColumns.length > 0 ? row : { rowNumber: row.rowNumber, cells: row.cells };
      }
    } finally {
      sheet.close();
    }
  })();
  return startTable(null, source, maxRows);
}

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

async function readSample(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    let filled = 0;
    while (filled < SAMPLE_BYTES) {
      const { bytesRead } = await handle.read(buffer, filled, SAMPLE_BYTES - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Takes the header off the row source and hands out the rest once, counting them against the limit. */
async function startTable(
  encoding: string | null,
  source: AsyncGenerator<TableRow>,
  maxRows: number,
): Promise<TableFile> {
  let first: IteratorResult<TableRow>;
  try {
    first = await source.next();
  } catch (error) {
    await source.return(undefined);
    throw error;
  }
  if (first.done) throw new TableFileError('empty_file');
  let handedOut = false;
  return {
    encoding,
    header: first.value.cells,
    rows() {
      if (handedOut) throw new Error('TableFile.rows() can be iterated only once');
      handedOut = true;
      return (async function* () {
        let count = 0;
        try {
          for (;;) {
            const next = await source.next();
            if (next.done) return;
            count++;
            if (count > maxRows) throw new TableFileError('too_many_rows', { max: maxRows });
            yield next.value;
          }
        } finally {
          await source.return(undefined);
        }
      })();
    },
    async close() {
      await source.return(undefined);
    },
  };
}

function decoderLabel(encoding: ReturnType<typeof detectTextEncoding>): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

async function openCsv(path: string, sample: Uint8Array, maxRows: number): Promise<TableFile> {
  const encoding = detectTextEncoding(sample);
  const label = decoderLabel(encoding);
  const sampleText = new TextDecoder(label).decode(sample, { stream: true });
  if (!plausibleText(sampleText, encoding)) throw new TableFileError('encoding_unreadable');
  const delimiter = detectDelimiter(sampleText);
  return startTable(encoding, csvRows(path, label, delimiter), maxRows);
}

const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Windows-1256 is what the detector answers for any bytes that are not UTF-8, and every byte
 * decodes in it, so a file in another legacy code page (GBK, Latin-1…) would come out as
 * plausible-looking garbage. Text that really is Windows-1256 is Persian or Arabic: nearly all its
 * non-ASCII characters are in the Arabic block (or ZWNJ, guillemets, no-break space). Guessed
 * encodings must also decode to text without control characters (a binary file does not).
 */
function plausibleText(text: string, encoding: ReturnType<typeof detectTextEncoding>): boolean {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') return true;
  if (CONTROL_CHARACTER.test(text)) return false;
  if (encoding !== 'windows-1256') return true;
  let nonAscii = 0;
  let arabic = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    nonAscii++;
    if (
      (code >= 0x0600 && code <= 0x06ff) ||
      (code >= 0x200c && code <= 0x200f) ||
      code === 0xab ||
      code === 0xbb ||
      code === 0xa0
    ) {
      arabic++;
    }
  }
  return nonAscii < 4 || arabic / nonAscii >= 0.7;
}

/** Every non-blank record, numbered as a spreadsheet would number it (blank records count). */
async function* csvRows(path: string, label: string, delimiter: string): AsyncGenerator<TableRow> {
  const file = createReadStream(path, { highWaterMark: SAMPLE_BYTES });
  const decoder = new TextDecoder(label, { fatal: true });
  let started = false;
  const decode = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        let text = decoder.decode(chunk, { stream: true });
        if (!started && text.length > 0) {
          started = true;
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        }
        callback(null, text);
      } catch (error) {
        callback(new TableFileError('encoding_unreadable', undefined, { cause: error }));
      }
    },
    flush(callback) {
      try {
        callback(null, decoder.decode());
      } catch (error) {
        callback(new TableFileError('encoding_unreadable', undefined, { cause: error }));
      }
    },
  });
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_CSV_RECORD_CHARS,
  });
  let failure: unknown;
  pipeline(file, decode, parser, (error) => {
    if (error) failure = error;
  });
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      if (record.some((cell) => cell.trim() !== '')) yield { rowNumber, cells: record };
    }
    if (failure) throw failure;
  } catch (error) {
    const cause = failure ?? error;
    if (cause instanceof TableFileError) throw cause;
    if (cause instanceof CsvError)
      throw new TableFileError('malformed_csv', { row: rowNumber + 1 }, { cause });
    throw cause;
  } finally {
    file.destroy();
    parser.destroy();
  }
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter used most often (outside quotes) on the first non-blank line; a comma when none is. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      inQuotes = !inQuotes;
      content = true;
    } else if (inQuotes) {
    } else if (ch === '\n' || ch === '\r') {
      if (content) break;
      for (const d of DELIMITERS) counts.set(d, 0);
    } else if (counts.has(ch)) {
      counts.set(ch, counts.get(ch)! + 1);
    } else if (ch.trim() !== '' && ch !== '\ufeff') {
      content = true;
    }
  }
  let best: string = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}
