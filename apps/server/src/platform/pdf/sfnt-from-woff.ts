import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const TAG_GLYF = 0x676c7966;
const TAG_LOCA = 0x6c6f6361;
const TAG_HEAD = 0x68656164;
const TAG_MAXP = 0x6d617870;

interface Table {
  tag: number;
  data: Uint8Array;
}

/**
 * Unpacks a WOFF 1.0 font (the format the @fontsource packages ship) into a plain TrueType
 * (sfnt) file, and re-lays its `glyf` table so every glyph starts on a 4-byte boundary.
 *
 * Why not hand the WOFF to fontkit directly: fontkit inflates WOFF tables with a pure-JS inflater
 * (half a second for Noto Sans SC, on every document), while node:zlib does it once in 60 ms.
 * Why re-lay `glyf`: Google's Noto Sans SC build stores glyphs of odd length; fontkit's subsetter
 * copies glyphs verbatim and then writes a short `loca` (offsets ÷ 2), which misplaces every glyph
 * after the first odd one, so viewers draw nothing (pdf-lib issue #1232). Padded glyphs make every
 * offset even; the padding bytes lie outside each glyph's data and change nothing it draws.
 */
export function sfntFromWoff(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: Table[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const offset = view.getUint32(entry + 4);
    const compressedLength = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    const stored = woff.subarray(offset, offset + compressedLength);
    tables.push({
      tag: view.getUint32(entry),
      data: compressedLength < length ? new Uint8Array(inflateSync(stored)) : stored,
    });
  }
  return writeSfnt(flavor, padGlyphs(tables));
}

function findTable(tables: Table[], tag: number): Table | undefined {
  return tables.find((table) => table.tag === tag);
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Rewrites glyf with 4-byte aligned glyphs and loca in the long format; other tables untouched. */
function padGlyphs(tables: Table[]): Table[] {
  const glyf = findTable(tables, TAG_GLYF);
  const loca = findTable(tables, TAG_LOCA);
  const head = findTable(tables, TAG_HEAD);
  const maxp = findTable(tables, TAG_MAXP);
  if (!glyf || !loca || !head || !maxp) return tables; // CFF outlines: nothing to fix
  const headView = viewOf(head.data);
  const isLongLoca = headView.getInt16(50) === 1;
  const numGlyphs = viewOf(maxp.data).getUint16(4);
  const locaView = viewOf(loca.data);
  const offsetAt = (i: number) => (isLongLoca ? locaView.getUint32(i * 4) : locaView.getUint16(i * 2) * 2);
  const newLoca = new Uint8Array((numGlyphs + 1) * 4);
  const newLocaView = viewOf(newLoca);
  let size = 0;
  for (let i = 0; i < numGlyphs; i++) size += (offsetAt(i + 1) - offsetAt(i) + 3) & ~3;
  const newGlyf = new Uint8Array(size);
  let position = 0;
  for (let i = 0; i < numGlyphs; i++) {
    newLocaView.setUint32(i * 4, position);
    const start = offsetAt(i);
    const end = offsetAt(i + 1);
    newGlyf.set(glyf.data.subarray(start, end), position);
    position += (end - start + 3) & ~3;
  }
  newLocaView.setUint32(numGlyphs * 4, position);
  const newHead = new Uint8Array(head.data);
  viewOf(newHead).setInt16(50, 1); // indexToLocFormat: long
  return tables.map((table) => {
    if (table === glyf) return { tag: table.tag, data: newGlyf };
    if (table === loca) return { tag: table.tag, data: newLoca };
    if (table === head) return { tag: table.tag, data: newHead };
    return table;
  });
}

function checksumOf(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const view = viewOf(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** Writes an sfnt: offset table, table directory sorted by tag, tables 4-byte aligned. */
function writeSfnt(flavor: number, unsorted: Table[]): Uint8Array {
  const tables = [...unsorted].sort((a, b) => a.tag - b.tag);
  const headerSize = 12 + 16 * tables.length;
  const size = tables.reduce((total, table) => total + ((table.data.length + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const view = viewOf(out);
  const entrySelector = Math.floor(Math.log2(tables.length));
  const searchRange = 2 ** entrySelector * 16;
  view.setUint32(0, flavor);
  view.setUint16(4, tables.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, tables.length * 16 - searchRange);
  let offset = headerSize;
  tables.forEach((table, i) => {
    const entry = 12 + i * 16;
    view.setUint32(entry, table.tag);
    view.setUint32(entry + 4, checksumOf(table.data));
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, table.data.length);
    out.set(table.data, offset);
    offset += (table.data.length + 3) & ~3;
  });
  return out;
}
