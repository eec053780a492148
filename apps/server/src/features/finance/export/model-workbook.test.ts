import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES, type Locale } from '@karvan/domain';
import { COPPER_MINE_TEMPLATE, evaluateModel, ZFinancialModel } from '@karvan/domain/finance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { openXlsxSheet, type SheetRow } from '../../opportunities/import-files/xlsx-reader.ts';
import { flattenDocument, modelWorkbook } from './model-workbook.ts';
import { ALL_YEAR_ROWS, type ModelExportInput } from './report-content.ts';
import { reportLabelsFor } from './report-labels.ts';

const document = ZFinancialModel.parse(COPPER_MINE_TEMPLATE);
const result = evaluateModel(document);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'karvan-model-workbook-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function exportInput(locale: Locale, title = 'Southern copper mine'): ModelExportInput {
  return {
    title,
    modelName: document.name,
    version: 2,
    createdAt: new Date('2025-03-21T08:00:00Z'),
    document,
    result,
    locale,
  };
}

/** The first sheet (Summary) through the repository's own streaming reader. */
async function readSummary(bytes: Uint8Array, name: string): Promise<SheetRow[]> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const sheet = await openXlsxSheet(path, { maxUncompressedBytes: 50_000_000, maxCompressionRatio: 200 });
  try {
    const rows: SheetRow[] = [];
    for await (const row of sheet.rows()) rows.push(row);
    return rows;
  } finally {
    sheet.close();
  }
}

async function zipPart(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== name) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(Buffer.from(chunk));
      return Buffer.concat(chunks).toString('utf8');
    }
  } finally {
    zip.close();
  }
  throw new Error(`${name} not in the workbook`);
}

describe.each(LOCALES)('modelWorkbook in %s', (locale) => {
  const labels = reportLabelsFor(locale);

  it('holds the NPV as a number and the years of the project cash flow', async () => {
    const bytes = await modelWorkbook(exportInput(locale));
    const rows = await readSummary(bytes, `summary-${locale}.xlsx`);
    const npvRow = rows.find((row) => row.cells[0] === labels.metrics.npv);
    expect(Number(npvRow?.cells[1])).toBeCloseTo(result.npv, 2);
    const yearRow = rows.find((row) => row.cells[0] === labels.year);
    expect(yearRow?.cells.slice(1).map(Number)).toEqual(result.years.map((year) => year.calendarYear));
    const sheet = await zipPart(bytes, 'xl/worksheets/sheet1.xml');
    // A number cell has no t="s" (shared string) type.
    expect(sheet).toMatch(new RegExp(`<c r="B${npvRow?.rowNumber}"(?![^>]*t="s")[^>]*>`));
    expect(sheet.includes('rightToLeft="1"')).toBe(locale === 'fa' || locale === 'ar');
  });
});

describe('modelWorkbook sheets', () => {
  it('has a Years sheet with one row per yearly row and an Inputs sheet with every input', async () => {
    const bytes = await modelWorkbook(exportInput('en'));
    const workbook = await zipPart(bytes, 'xl/workbook.xml');
    expect(workbook).toContain('name="Summary"');
    expect(workbook).toContain('name="Years"');
    expect(workbook).toContain('name="Inputs"');
    const years = await zipPart(bytes, 'xl/worksheets/sheet2.xml');
    expect(years.match(/<row /g)).toHaveLength(1 + ALL_YEAR_ROWS.length);
    const inputs = await zipPart(bytes, 'xl/worksheets/sheet3.xml');
    expect(inputs.match(/<row /g)).toHaveLength(1 + flattenDocument(document).length);
  });

  it('neutralises a title that looks like a formula', async () => {
    const rows = await readSummary(
      await modelWorkbook(exportInput('en', '=HYPERLINK("http://x","y")')),
      'formula.xlsx',
    );
    expect(rows[0]?.cells[0]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rows[0]?.formulaColumns).toEqual([]);
  });

  it('flattens the document to paths', () => {
    const flat = new Map(flattenDocument(document));
    expect(flat.get('capex[0].amount')).toBe(250e6);
    expect(flat.get('financing.loans[0].rate')).toBe(0.07);
  });
});
