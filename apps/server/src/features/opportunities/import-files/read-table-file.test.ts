import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { openTableFile, type TableFile, TableFileError, type TableRow } from './read-table-file.ts';
import { inlineStringSheet, MAIN_NS, workbookEntries, writeZip } from './xlsx-fixture.ts';
import { columnIndex, normalizeNumberText } from './xlsx-reader.ts';

let dir: string;
let counter = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'karvan-table-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(content: string | Uint8Array, extension = 'csv'): Promise<string> {
  const path = join(dir, `f${++counter}.${extension}`);
  await writeFile(path, content);
  return path;
}

async function all(table: TableFile): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of table.rows()) rows.push(row);
  return rows;
}

/** Opens and reads to the end: a problem may show up while opening or while streaming. */
async function readAll(path: string, format: 'csv' | 'xlsx' = 'xlsx'): Promise<TableRow[]> {
  return all(await openTableFile(path, format));
}

async function failure(promise: Promise<unknown>): Promise<TableFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TableFileError) return error;
    throw error;
  }
  throw new Error('expected a TableFileError');
}

/** Windows-1256 bytes written by hand (not through any encoder under test). */
const CP1256: Record<string, number> = {
  س: 0xd3,
  ل: 0xe1,
  ا: 0xc7,
  م: 0xe3,
  ن: 0xe4,
  ه: 0xe5,
  ر: 0xd1,
  ت: 0xca,
  ش: 0xd4,
  ب: 0xc8,
  د: 0xcf,
  ک: 0x98,
  گ: 0x90,
  پ: 0x81,
  چ: 0x8d,
  غ: 0xdb,
  ج: 0xcc,
  ی: 0xed, // written back as ي (U+064A), the only yeh the code page has
};

function cp1256(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const byte = ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : CP1256[ch];
      if (byte === undefined) throw new Error(`add ${ch} to the CP1256 map`);
      return byte;
    }),
  );
}

describe('openTableFile — CSV', () => {
  it('reads UTF-8 with Persian and Chinese text', async () => {
    const table = await openTableFile(
      await file('title,city,amount\nسلام دنیا,تهران,12.5\n你好,北京,7\n'),
      'csv',
    );
    expect(table.encoding).toBe('utf-8');
    expect(table.header).toEqual(['title', 'city', 'amount']);
    expect(await all(table)).toEqual([
      { rowNumber: 2, cells: ['سلام دنیا', 'تهران', '12.5'] },
      { rowNumber: 3, cells: ['你好', '北京', '7'] },
    ]);
  });

  it('strips the byte-order mark of UTF-8 with BOM', async () => {
    const body = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('عنوان,استان\r\nسلام,IR-07\r\n'),
    ]);
    const table = await openTableFile(await file(body), 'csv');
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.header).toEqual(['عنوان', 'استان']);
    expect(await all(table)).toEqual([{ rowNumber: 2, cells: ['سلام', 'IR-07'] }]);
  });

  it('decodes Windows-1256 Persian, never garbled', async () => {
    const lines = ['نام,شهر,مبلغ', 'سلام,تهران,100', 'گندم,کرمان,200', 'چای,شهر پرند,300', 'برنج,همدان,400'];
    const bytes = cp1256(`${lines.join('\r\n')}\r\n`);
    expect([...bytes.subarray(lines[0]!.length + 2, lines[0]!.length + 6)]).toEqual([0xd3, 0xe1, 0xc7, 0xe3]);
    const table = await openTableFile(await file(bytes), 'csv');
    expect(table.encoding).toBe('windows-1256');
    expect(table.header).toEqual(['نام', 'شهر', 'مبلغ']);
    const rows = await all(table);
    expect(rows[0]).toEqual({ rowNumber: 2, cells: ['سلام', 'تهران', '100'] });
    expect(rows[1]!.cells[1]).toBe('کرمان');
    expect(rows[2]!.cells[0]).toBe('چاي');
    expect(rows.map((r) => r.cells.join('')).join('')).not.toMatch(/\ufffd/);
  });

  it('refuses text in another legacy code page rather than garble it', async () => {
    // GBK (Simplified Chinese Windows): 中国,铜矿,项目,北京,投资
    const gbk = Uint8Array.from([
      0xd6, 0xd0, 0xb9, 0xfa, 0x2c, 0xcd, 0xad, 0xbf, 0xf3, 0x2c, 0xcf, 0xee, 0xc4, 0xbf, 0x2c, 0xb1, 0xb1,
      0xbe, 0xa9, 0x2c, 0xcd, 0xb6, 0xd7, 0xca, 0x0a,
    ]);
    expect(new TextDecoder('gbk').decode(gbk)).toBe('中国,铜矿,项目,北京,投资\n');
    expect((await failure(openTableFile(await file(gbk), 'csv'))).code).toBe('encoding_unreadable');
    // A binary file is not a CSV in any encoding.
    const binary = Uint8Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 256);
    expect((await failure(openTableFile(await file(binary), 'csv'))).code).toBe('encoding_unreadable');
  });

  it('reads UTF-16LE with BOM', async () => {
    const body = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('名称\t省份\r\n铜矿\tIR-07\r\n', 'utf16le'),
    ]);
    const table = await openTableFile(await file(body), 'csv');
    expect(table.encoding).toBe('utf-16le');
    expect(table.header).toEqual(['名称', '省份']);
    expect(await all(table)).toEqual([{ rowNumber: 2, cells: ['铜矿', 'IR-07'] }]);
  });

  it('detects semicolon and tab delimiters from the header line', async () => {
    const semicolon = await openTableFile(await file('a;b;c\n1,5;2;3\n'), 'csv');
    expect(semicolon.header).toEqual(['a', 'b', 'c']);
    expect((await all(semicolon))[0]!.cells).toEqual(['1,5', '2', '3']);
    const tab = await openTableFile(await file('\nname\tcity, province\tamount\n1\t2\n'), 'csv');
    expect(tab.header).toEqual(['name', 'city, province', 'amount']);
    expect((await all(tab))[0]!).toEqual({ rowNumber: 3, cells: ['1', '2'] });
  });

  it('handles quotes, embedded newlines, ragged rows, and numbers rows as a spreadsheet does', async () => {
    const csv = '\n"title","note"\n"line one\nline two","say ""hi"""\n\n , \nonly\nx,y,extra\n';
    const table = await openTableFile(await file(csv), 'csv');
    expect(table.header).toEqual(['title', 'note']);
    expect(await all(table)).toEqual([
      { rowNumber: 3, cells: ['line one\nline two', 'say "hi"'] },
      { rowNumber: 6, cells: ['only'] },
      { rowNumber: 7, cells: ['x', 'y', 'extra'] },
    ]);
  });

  it('refuses a UTF-8 file with an invalid byte after the sampled part', async () => {
    const good = `title,amount\n${'سلام,1\n'.repeat(10_000)}`;
    expect(Buffer.byteLength(good)).toBeGreaterThan(100_000);
    const bytes = Buffer.concat([Buffer.from(good), Buffer.from([0x61, 0xff, 0x62, 0x2c, 0x31, 0x0a])]);
    const table = await openTableFile(await file(bytes), 'csv');
    expect(table.encoding).toBe('utf-8');
    const error = await failure(all(table));
    expect(error.code).toBe('encoding_unreadable');
  });

  it('refuses an empty file, and one with nothing but blank lines', async () => {
    expect((await failure(openTableFile(await file(''), 'csv'))).code).toBe('empty_file');
    expect((await failure(openTableFile(await file('\r\n\r\n , \n'), 'csv'))).code).toBe('empty_file');
    expect((await failure(openTableFile(await file(new Uint8Array(0), 'xlsx'), 'xlsx'))).code).toBe(
      'empty_file',
    );
  });

  it('gives no rows for a header-only file', async () => {
    const table = await openTableFile(await file('a,b,c\r\n'), 'csv');
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(await all(table)).toEqual([]);
  });

  it('stops at the row limit', async () => {
    const table = await openTableFile(await file('a\n1\n2\n\n3\n'), 'csv', { maxRows: 2 });
    const seen: number[] = [];
    const error = await failure(
      (async () => {
        for await (const row of table.rows()) seen.push(row.rowNumber);
      })(),
    );
    expect(error.code).toBe('too_many_rows');
    expect(error.params).toEqual({ max: 2 });
    expect(seen).toEqual([2, 3]);
    // blank rows do not count
    expect(await all(await openTableFile(await file('a\n1\n\n\n2\n'), 'csv', { maxRows: 2 }))).toHaveLength(
      2,
    );
  });

  it('refuses an unclosed quote as malformed', async () => {
    const table = await openTableFile(await file('a,b\n1,2\n"3,4\n'), 'csv');
    const error = await failure(all(table));
    expect(error.code).toBe('malformed_csv');
  });

  it('refuses a spreadsheet uploaded as CSV, and an unknown format', async () => {
    const xlsx = await file('', 'xlsx');
    await writeZip(xlsx, [{ name: 'a.txt', data: 'hello' }]);
    expect((await failure(openTableFile(xlsx, 'csv'))).code).toBe('unsupported_format');
    const xls = await file(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'xls');
    expect((await failure(openTableFile(xls, 'xlsx'))).code).toBe('unsupported_format');
    expect((await failure(openTableFile(xls, 'ods' as 'csv'))).code).toBe('unsupported_format');
  });

  it('releases the file when the rows are not read', async () => {
    const table = await openTableFile(await file('a\n1\n'), 'csv');
    await table.close();
    await table.close();
  });
});

describe('openTableFile — XLSX', () => {
  it('reads back a workbook written by write-excel-file', async () => {
    const path = join(dir, `written-${++counter}.xlsx`);
    await writeXlsxFile(
      [
        ['عنوان', 'Amount', null, '名称'],
        ['مزرعه پسته', 12.5, null, '铜矿'],
        [null, null, null, null],
        [null, -3, 'only C', null],
        ['a & b < c', 1_000_000, null, 'x'],
      ],
      { sheet: 'داده' },
    ).toFile(path);
    const table = await openTableFile(path, 'xlsx');
    expect(table.encoding).toBeNull();
    expect(table.header).toEqual(['عنوان', 'Amount', '', '名称']);
    expect(await all(table)).toEqual([
      { rowNumber: 2, cells: ['مزرعه پسته', '12.5', '', '铜矿'] },
      { rowNumber: 4, cells: ['', '-3', 'only C'] },
      { rowNumber: 5, cells: ['a & b < c', '1000000', '', 'x'] },
    ]);
  });

  it('reads the first worksheet through the relationships, with formulas, rich text and sparse cells', async () => {
    const sharedStrings =
      `<sst xmlns="${MAIN_NS}" count="3" uniqueCount="3">` +
      '<si><t>Title</t></si>' +
      '<si><r><rPr><b/></rPr><t>Rich </t></r><r><t xml:space="preserve">text &amp; more</t></r>' +
      '<rPh sb="0" eb="1"><t>ignored reading</t></rPh></si>' +
      '<si><t>Δ</t></si></sst>';
    const first =
      `<x:worksheet xmlns:x="${MAIN_NS}"><x:dimension ref="A1:AA6"/><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Sum</x:t></x:is></x:c>' +
      '<x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2"><x:f>1+2</x:f><x:v>3</x:v></x:c>' +
      '<x:c r="C2" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c r="A3"/><x:c r="B3" t="inlineStr"><x:is><x:t>  </x:t></x:is></x:c></x:row>' +
      '<x:row r="4"><x:c r="AA4"><x:v>1.5</x:v></x:c></x:row>' +
      '<x:row r="6"><x:c r="A6" t="b"><x:v>1</x:v></x:c><x:c r="B6" t="e"><x:f>NA()</x:f><x:v>#N/A</x:v></x:c>' +
      '<x:c r="C6"><x:v>1E+21</x:v></x:c><x:c r="D6"><x:v>0.30000000000000004</x:v></x:c>' +
      '<x:c r="E6" t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t>line</x:t></x:r></x:is></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const second = `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>`;
    const path = await file('', 'xlsx');
    // sheet1.xml is NOT the first sheet: the workbook lists "Data" (sheet2.xml) first.
    await writeZip(
      path,
      workbookEntries({
        sheets: [
          { name: 'Data', file: 'sheet2.xml', xml: first },
          { name: 'Other', file: 'sheet1.xml', xml: second },
        ],
        sharedStrings,
      }),
    );
    const table = await openTableFile(path, 'xlsx');
    expect(table.header).toEqual(['Title', 'Sum', 'Δ']);
    const rows = await all(table);
    expect(rows).toEqual([
      { rowNumber: 2, cells: ['Rich text & more', '3', 'ab'], formulaColumns: [1, 2] },
      { rowNumber: 4, cells: [...Array(26).fill(''), '1.5'] },
      {
        rowNumber: 6,
        cells: ['TRUE', '#N/A', '1000000000000000000000', '0.3', 'inline'],
        formulaColumns: [1],
      },
    ]);
  });

  it('refuses a zip bomb from its central directory, before inflating anything', async () => {
    const path = await file('', 'xlsx');
    const megabyte = Buffer.alloc(1024 * 1024);
    async function* zeros() {
      for (let i = 0; i < 600; i++) yield megabyte;
    }
    await writeZip(path, [
      ...workbookEntries({
        sheets: [{ name: 'S', file: 'sheet1.xml', xml: `<worksheet xmlns="${MAIN_NS}"/>` }],
      }),
      { name: 'xl/media/zeros.bin', data: zeros(), level: 1 },
    ]);
    const started = Date.now();
    const error = await failure(openTableFile(path, 'xlsx'));
    expect(error.code).toBe('zip_bomb');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses a package whose declared size is over the limit', async () => {
    const path = await file('', 'xlsx');
    const rows = Array.from({ length: 2000 }, (_, i) => [`row ${i}`, String(Math.random())]);
    await writeZip(
      path,
      workbookEntries({
        sheets: [{ name: 'S', file: 'sheet1.xml', xml: inlineStringSheet(rows) }],
      }),
    );
    expect((await failure(openTableFile(path, 'xlsx', { maxUncompressedBytes: 50_000 }))).code).toBe(
      'zip_bomb',
    );
    expect(await all(await openTableFile(path, 'xlsx'))).toHaveLength(1999);
  });

  it('refuses an entry that inflates to more than its central directory says', async () => {
    const path = await file('', 'xlsx');
    const xml = `<worksheet xmlns="${MAIN_NS}"><sheetData>${'<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(20_000)}</sheetData></worksheet>`;
    const entries = workbookEntries({ sheets: [{ name: 'S', file: 'sheet1.xml', xml }] });
    entries[entries.length - 1]!.declaredSize = 1000;
    await writeZip(path, entries);
    expect((await failure(readAll(path))).code).toBe('zip_bomb');
  });

  it('refuses a file that is not a zip, and a zip without a workbook', async () => {
    const text = await file('title,amount\n1,2\n', 'xlsx');
    expect((await failure(openTableFile(text, 'xlsx'))).code).toBe('not_xlsx');
    const zip = await file('', 'xlsx');
    await writeZip(zip, [{ name: 'word/document.xml', data: '<document/>' }]);
    expect((await failure(openTableFile(zip, 'xlsx'))).code).toBe('not_xlsx');
    const noSheets = await file('', 'xlsx');
    await writeZip(noSheets, workbookEntries({ sheets: [] }));
    expect((await failure(openTableFile(noSheets, 'xlsx'))).code).toBe('not_xlsx');
  });

  it('refuses a worksheet that is not well-formed XML', async () => {
    const path = await file('', 'xlsx');
    const xml = `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c t="inlineStr"><is><t>a</t></is></c></row><row r="2"><c><v>1</c></row>`;
    await writeZip(path, workbookEntries({ sheets: [{ name: 'S', file: 'sheet1.xml', xml }] }));
    expect((await failure(readAll(path))).code).toBe('not_xlsx');
  });

  it('stops at the row limit', async () => {
    const path = await file('', 'xlsx');
    const rows = [['h'], ['1'], ['2'], ['3']];
    await writeZip(
      path,
      workbookEntries({
        sheets: [{ name: 'S', file: 'sheet1.xml', xml: inlineStringSheet(rows) }],
      }),
    );
    const error = await failure(all(await openTableFile(path, 'xlsx', { maxRows: 2 })));
    expect(error.code).toBe('too_many_rows');
    expect(error.params).toEqual({ max: 2 });
  });
});

describe('xlsx helpers', () => {
  it('turns cell references into column indexes', () => {
    expect(columnIndex('A1')).toBe(0);
    expect(columnIndex('Z9')).toBe(25);
    expect(columnIndex('AA10')).toBe(26);
    expect(columnIndex('XFD1048576')).toBe(16_383);
    expect(columnIndex('12')).toBe(-1);
  });

  it('writes stored numbers as Excel shows them', () => {
    expect(normalizeNumberText('12.5')).toBe('12.5');
    expect(normalizeNumberText('-3')).toBe('-3');
    expect(normalizeNumberText('1.2345678901234501E-2')).toBe('0.0123456789012345');
    expect(normalizeNumberText('5E-7')).toBe('0.0000005');
    expect(normalizeNumberText('abc')).toBe('abc');
  });
});
