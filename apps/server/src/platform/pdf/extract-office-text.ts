import { posix } from 'node:path';
import type { SaxesTagPlain } from 'saxes';
import {
  attr,
  openZipPackage,
  type PartReader,
  type XmlHandlers,
  type ZipLimits,
  type ZipProblem,
} from '../file-type/zip-package.ts';

export const OFFICE_TEXT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;

export interface OfficeTextOptions extends Partial<ZipLimits> {
  /** Characters kept per page (sheet, slide, document); the rest is not indexed. Default 1,000,000. */
  maxCharsPerPage?: number;
}

/** Why the text of an Office file could not be read. Search skips such files; nothing is refused. */
export class OfficeTextError extends Error {
  override readonly name = 'OfficeTextError';
  constructor(
    readonly problem: ZipProblem,
    options?: ErrorOptions,
  ) {
    super(`office text: ${problem}`, options);
  }
}

const DEFAULT_LIMITS: ZipLimits = { maxUncompressedBytes: 512 * 1024 * 1024, maxCompressionRatio: 200 };
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

/** Collects text up to a limit, with separators that keep words apart. */
class TextSink {
  private text = '';
  constructor(private readonly max: number) {}
  add(piece: string): void {
    if (this.text.length < this.max) this.text += piece.slice(0, this.max - this.text.length);
  }
  /** Adds a separator unless the text already ends with whitespace. */
  separate(separator: string): void {
    if (this.text !== '' && !/\s$/.test(this.text)) this.add(separator);
  }
  result(): string {
    return this.text.replace(/[ \t]+\n/g, '\n').trim();
  }
}

/** The main part of the package, as `_rels/.rels` names it (fallback: the conventional path). */
async function mainPart(reader: PartReader, fallback: string): Promise<string> {
  const rels = await reader.readRels('_rels/.rels');
  const main = [...rels.values()].find((rel) => REL_OFFICE_DOCUMENT.test(rel.type) && reader.has(rel.target));
  return main?.target ?? fallback;
}

/** Paths of the parts listed by `<listTag r:id="…">` in `part`, in document order. */
async function orderedParts(reader: PartReader, part: string, listTag: string): Promise<string[]> {
  const ids: string[] = [];
  await reader.read(part, {
    open(tag, local) {
      if (local !== listTag) return;
      const id = relationId(tag);
      if (id) ids.push(id);
    },
    close() {},
  });
  const rels = await reader.readRels(
    posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`),
  );
  return ids.map((id) => rels.get(id)?.target ?? '').filter((path) => path !== '' && reader.has(path));
}

/** The `r:id` of a tag: a prefixed `id` attribute (a plain `id` or `sheetId` is something else). */
function relationId(tag: SaxesTagPlain): string | undefined {
  for (const key in tag.attributes) {
    if (key.includes(':') && !key.startsWith('xmlns') && key.endsWith(':id')) return tag.attributes[key];
  }
  return undefined;
}

/** Text of a WordprocessingML or DrawingML part: `<w:t>`/`<a:t>` runs, a line per paragraph. */
function paragraphText(sink: TextSink, textTag: string, paragraphTag: string): XmlHandlers {
  let inText = false;
  return {
    open(_tag, local) {
      if (local === textTag) inText = true;
      else if (local === 'tab') sink.add('\t');
      else if (local === 'br' || local === 'cr') sink.add('\n');
    },
    close(local) {
      if (local === textTag) inText = false;
      else if (local === paragraphTag) sink.add('\n');
      else if (local === 'tc') sink.separate('\t'); // table cell
    },
    text(text) {
      if (inText) sink.add(text);
    },
  };
}

async function docxPages(reader: PartReader, maxChars: number): Promise<string[]> {
  const sink = new TextSink(maxChars);
  await reader.read(await mainPart(reader, 'word/document.xml'), paragraphText(sink, 't', 'p'));
  return [sink.result()];
}

async function pptxPages(reader: PartReader, maxChars: number): Promise<string[]> {
  const presentation = await mainPart(reader, 'ppt/presentation.xml');
  const pages: string[] = [];
  for (const slide of await orderedParts(reader, presentation, 'sldId')) {
    const sink = new TextSink(maxChars);
    await reader.read(slide, paragraphText(sink, 't', 'p'));
    pages.push(sink.result());
  }
  return pages;
}

async function sharedStrings(reader: PartReader, workbook: string): Promise<string[]> {
  const rels = await reader.readRels(
    posix.join(posix.dirname(workbook), '_rels', `${posix.basename(workbook)}.rels`),
  );
  const path = [...rels.values()].find((rel) => rel.type.endsWith('/sharedStrings'))?.target;
  if (!path || !reader.has(path)) return [];
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  await reader.read(path, {
    open(_tag, local) {
      if (local === 'si') current = '';
      else if (local === 'rPh') phonetic++;
      else if (local === 't' && phonetic === 0) inText = true;
    },
    close(local) {
      if (local === 't') inText = false;
      else if (local === 'rPh') phonetic--;
      else if (local === 'si') strings.push(current);
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}

/** Cell values of a worksheet: a tab between cells, a line per row; shared strings resolved. */
function sheetText(sink: TextSink, strings: string[]): XmlHandlers {
  let type = 'n';
  let capture = false;
  let value = '';
  return {
    open(tag, local) {
      if (local === 'c') {
        type = attr(tag, 't') ?? 'n';
        value = '';
      } else if (local === 'v' || (local === 't' && type === 'inlineStr')) capture = true;
    },
    close(local) {
      if (local === 'v' || local === 't') capture = false;
      else if (local === 'c') {
        const text = type === 's' ? (strings[Number(value)] ?? '') : value;
        if (text !== '') {
          sink.add(text);
          sink.add('\t');
        }
      } else if (local === 'row') sink.add('\n');
    },
    text(text) {
      if (capture) value += text;
    },
  };
}

async function xlsxPages(reader: PartReader, maxChars: number): Promise<string[]> {
  const workbook = await mainPart(reader, 'xl/workbook.xml');
  const strings = await sharedStrings(reader, workbook);
  const pages: string[] = [];
  for (const sheet of await orderedParts(reader, workbook, 'sheet')) {
    const sink = new TextSink(maxChars);
    await reader.read(sheet, sheetText(sink, strings));
    pages.push(sink.result());
  }
  return pages;
}

const READERS: Record<string, (reader: PartReader, maxChars: number) => Promise<string[]>> = {
  [OFFICE_TEXT_TYPES.docx]: docxPages,
  [OFFICE_TEXT_TYPES.xlsx]: xlsxPages,
  [OFFICE_TEXT_TYPES.pptx]: pptxPages,
};

/**
 * The text of a Word, Excel or PowerPoint (OOXML) file for search: one string for a document, one
 * per worksheet or slide in their order. Reads the XML parts with the same zip-bomb limits as the
 * opportunity import (512 MiB inflated, ratio 200 for parts over 1 MiB). Returns [] for other
 * media types; throws OfficeTextError for a damaged or oversized package.
 */
export async function extractOfficeText(
  bytes: Uint8Array,
  mediaType: string,
  options: OfficeTextOptions = {},
): Promise<string[]> {
  const read = READERS[mediaType];
  if (!read) return [];
  const limits: ZipLimits = {
    maxUncompressedBytes: options.maxUncompressedBytes ?? DEFAULT_LIMITS.maxUncompressedBytes,
    maxCompressionRatio: options.maxCompressionRatio ?? DEFAULT_LIMITS.maxCompressionRatio,
  };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reader = await openZipPackage(
    buffer,
    limits,
    (problem, cause) => new OfficeTextError(problem, { cause }),
  );
  try {
    return await read(reader, options.maxCharsPerPage ?? 1_000_000);
  } finally {
    reader.close();
  }
}
