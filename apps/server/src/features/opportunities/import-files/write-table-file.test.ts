import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { openTableFile, type TableRow } from './read-table-file.ts';
import { csvExportStream, neutraliseFormula, xlsxBuffer } from './write-table-file.ts';

let dir: string;
let counter = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'karvan-table-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function readBack(bytes: Buffer, format: 'csv' | 'xlsx') {
  const path = join(dir, `export-${++counter}.${format}`);
  await writeFile(path, bytes);
  const table = await openTableFile(path, format);
  const rows: TableRow[] = [];
  for await (const row of table.rows()) rows.push(row);
  return { table, rows };
}

async function zipPart(bytes: Buffer, name: string): Promise<string> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName === name)
        return (await collect(await zip.openReadStreamPromise(entry))).toString('utf8');
    }
  } finally {
    zip.close();
  }
  throw new Error(`${name} not in the zip`);
}

describe('neutraliseFormula', () => {
  it('prefixes cells a spreadsheet would evaluate', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutraliseFormula('+1+1')).toBe("'+1+1");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
    expect(neutraliseFormula('-')).toBe("'-");
  });

  it('leaves plain numbers and ordinary text alone', () => {
    expect(neutraliseFormula('-12.5')).toBe('-12.5');
    expect(neutraliseFormula('-3')).toBe('-3');
    expect(neutraliseFormula('12')).toBe('12');
    expect(neutraliseFormula('سلام = hello')).toBe('سلام = hello');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('csvExportStream', () => {
  it('writes UTF-8 with BOM, CRLF and RFC 4180 quoting', async () => {
    const bytes = await collect(
      csvExportStream(
        ['title', 'note'],
        [
          ['a,b', 'say "hi"'],
          ['line\nbreak', 'cr\ronly'],
          ['سلام', ''],
        ],
      ),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'title,note\r\n"a,b","say ""hi"""\r\n"line\nbreak","cr\ronly"\r\nسلام,\r\n',
    );
  });

  it('neutralises formulas', async () => {
    const text = (await collect(csvExportStream(['=cmd'], [['=1+1'], ['-12.5'], ['@x']]))).toString('utf8');
    expect(text).toBe("\ufeff'=cmd\r\n'=1+1\r\n-12.5\r\n'@x\r\n");
  });

  it('pulls rows from an async iterable and hands on its errors', async () => {
    async function* rows() {
      yield ['1'];
      throw new Error('database gone');
    }
    await expect(collect(csvExportStream(['n'], rows()))).rejects.toThrow('database gone');
  });

  it('round-trips through openTableFile', async () => {
    const header = ['عنوان', '名称', 'amount', 'formula'];
    const data = [
      ['مزرعه پسته، کرمان', '铜矿, 云南', '-12.5', '=1+2'],
      ['چند\nخطی', 'quote "x"', '1000', ''],
    ];
    async function* rows() {
      yield* data;
    }
    const { table, rows: read } = await readBack(await collect(csvExportStream(header, rows())), 'csv');
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.header).toEqual(header);
    expect(read).toEqual([
      { rowNumber: 2, cells: ['مزرعه پسته، کرمان', '铜矿, 云南', '-12.5', "'=1+2"] },
      { rowNumber: 3, cells: ['چند\nخطی', 'quote "x"', '1000', ''] },
    ]);
  });
});

describe('xlsxBuffer', () => {
  it('writes a right-to-left sheet with a bold header, every cell as text', async () => {
    const bytes = await xlsxBuffer(
      ['عنوان', 'مبلغ', 'فرمول'],
      [
        ['مزرعه', '12.50', '=1+2'],
        ['', '007', '中文'],
      ],
      { rtl: true, sheetName: 'فرصت‌ها: خروجی/۱۴۰۳' },
    );
    const sheet = await zipPart(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('rightToLeft="1"');
    expect(sheet).not.toContain('<f>');
    expect(await zipPart(bytes, 'xl/styles.xml')).toMatch(/<b\s*\/>/);
    expect(await zipPart(bytes, 'xl/workbook.xml')).toContain('name="فرصت‌ها  خروجی ۱۴۰۳"');

    const { table, rows } = await readBack(bytes, 'xlsx');
    expect(table.header).toEqual(['عنوان', 'مبلغ', 'فرمول']);
    expect(rows).toEqual([
      { rowNumber: 2, cells: ['مزرعه', '12.50', '=1+2'] },
      { rowNumber: 3, cells: ['', '007', '中文'] },
    ]);
  });

  it('is left to right by default', async () => {
    const sheet = await zipPart(await xlsxBuffer(['a'], [['b']]), 'xl/worksheets/sheet1.xml');
    expect(sheet).not.toContain('rightToLeft="1"');
  });
});
