/**
 * Builds zip and XLSX files from raw parts, streaming, for the tests and the measurement script:
 * no binary fixtures in the repository, and fixtures far larger than memory stay cheap.
 */
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';

type Chunk = string | Uint8Array;
type ZipData = Chunk | Iterable<Chunk> | AsyncIterable<Chunk>;

export interface ZipEntrySpec {
  name: string;
  /** The content, or a function giving it when the entry is reached (for parts built while writing others). */
  data: ZipData | (() => ZipData);
  /** Deflate level (default 6). */
  level?: number;
  /** Write this uncompressed size in the central directory instead of the real one (to forge a bomb). */
  declaredSize?: number;
}

/** Writes a zip (deflated entries, sizes in data descriptors and the central directory). */
export async function writeZip(path: string, entries: ZipEntrySpec[]): Promise<void> {
  const out = createWriteStream(path);
  let offset = 0;
  const write = (buffer: Buffer) =>
    new Promise<void>((resolve, reject) => {
      offset += buffer.length;
      out.write(buffer, (error) => (error ? reject(error) : resolve()));
    });
  const central: Buffer[] = [];
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const headerOffset = offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // data descriptor follows; UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt16LE(name.length, 26);
    await write(Buffer.concat([local, name]));

    let crc = 0;
    let size = 0;
    let compressed = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    await pipeline(
      Readable.from(chunks(entry.data), { objectMode: false }),
      measure,
      createDeflateRaw({ level: entry.level ?? 6 }),
      async (source: AsyncIterable<Buffer>) => {
        for await (const piece of source) {
          compressed += piece.length;
          await write(piece);
        }
      },
    );
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await write(descriptor);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0808, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(0, 12);
    header.writeUInt16LE(0x21, 14);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(compressed, 20);
    header.writeUInt32LE(entry.declaredSize ?? size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(headerOffset, 42);
    central.push(header, name);
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(Buffer.concat([directory, end]));
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

async function* chunks(spec: ZipEntrySpec['data']): AsyncGenerator<Buffer> {
  const data = typeof spec === 'function' ? spec() : spec;
  if (typeof data === 'string' || data instanceof Uint8Array) {
    yield toBuffer(data);
    return;
  }
  for await (const chunk of data) yield toBuffer(chunk);
}

function toBuffer(chunk: Chunk): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface WorkbookSpec {
  /** Sheets in workbook order; each is written as xl/worksheets/<file>. */
  sheets: { name: string; file: string; xml: ZipData }[];
  sharedStrings?: string;
}

/** The parts of a minimal workbook whose first `<sheet>` is `sheets[0]`, related through the rels. */
export function workbookEntries(spec: WorkbookSpec): ZipEntrySpec[] {
  // Relationship ids are deliberately not in file order, so a reader must follow them.
  const rels = spec.sheets.map((sheet, i) => ({ id: `rId${spec.sheets.length - i + 1}`, sheet }));
  const entries: ZipEntrySpec[] = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
        rels.map((r, i) => `<sheet name="${r.sheet.name}" sheetId="${i + 1}" r:id="${r.id}"/>`).join('') +
        '</sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">` +
        rels
          .map(
            (r) =>
              `<Relationship Id="${r.id}" Type="${REL_NS}/worksheet" Target="worksheets/${r.sheet.file}"/>`,
          )
          .join('') +
        (spec.sharedStrings
          ? `<Relationship Id="rId1" Type="${REL_NS}/sharedStrings" Target="/xl/sharedStrings.xml"/>`
          : '') +
        '</Relationships>',
    },
  ];
  if (spec.sharedStrings) entries.push({ name: 'xl/sharedStrings.xml', data: spec.sharedStrings });
  for (const sheet of spec.sheets) entries.push({ name: `xl/worksheets/${sheet.file}`, data: sheet.xml });
  return entries;
}

/** Column letters for a zero-based index: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[ch]!);
}

/** A worksheet of inline strings, streamed row by row. */
export async function* inlineStringSheet(
  rows: Iterable<string[]> | AsyncIterable<string[]>,
): AsyncGenerator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>`;
  let r = 0;
  let batch = '';
  for await (const row of rows) {
    r++;
    batch += `<row r="${r}">`;
    row.forEach((cell, c) => {
      if (cell !== '')
        batch += `<c r="${columnName(c)}${r}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`;
    });
    batch += '</row>';
    if (batch.length > 64 * 1024) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}</sheetData></worksheet>`;
}

export { MAIN_NS, REL_NS };
