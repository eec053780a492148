import { performance } from 'node:perf_hooks';
import { COPPER_MINE_TEMPLATE, evaluateModel, ZFinancialModel } from '@karvan/domain/finance';
import { modelReportPdf } from '../../node_modules/@karvan/server/src/features/finance/export/model-report-pdf.ts';
import { modelWorkbook } from '../../node_modules/@karvan/server/src/features/finance/export/model-workbook.ts';
import { loadFontFaces } from '../../node_modules/@karvan/server/src/platform/pdf/font-faces.ts';
import { stampWatermark } from '../../node_modules/@karvan/server/src/platform/pdf/stamp-watermark.ts';
import { hundredPagePdf } from '../lib/hundred-page-pdf.ts';
import { formatDuration, measureAsync, report } from '../lib/measure.ts';

const WATERMARK = 'محرمانه · Confidential · 机密 · مریم احمدی‌نژاد · 2026-03-21';
const WATERMARK_TARGET_MS = 1000;

/**
 * The model exports and the data room's watermark: the copper-mine report PDF (10 pages) and
 * workbook in each language, and a one-line Persian/English/Chinese watermark stamped on every
 * page of a 100-page PDF (load, draw, save). Fonts are loaded once per process first, as the
 * server does on its first export.
 */
export async function run(): Promise<void> {
  const document = ZFinancialModel.parse(COPPER_MINE_TEMPLATE);
  const result = evaluateModel(document);
  let start = performance.now();
  await loadFontFaces();
  console.log(`Font loading, once per process: ${formatDuration(performance.now() - start)}`);
  console.log('Copper-mine model exports (33 years)');
  for (const locale of ['fa', 'ar', 'zh', 'en'] as const) {
    const input = {
      title: 'معدن مس سرچشمه — 铜矿',
      modelName: document.name,
      version: 1,
      createdAt: new Date('2026-03-21T00:00:00Z'),
      document,
      result,
      locale,
    };
    const bytes = await modelReportPdf(input);
    report(
      `report PDF, ${locale}`,
      await measureAsync(() => modelReportPdf(input), 2, 10),
      `${(bytes.length / 1024).toFixed(0)} KiB`,
    );
    report(`workbook XLSX, ${locale}`, await measureAsync(() => modelWorkbook(input), 2, 10));
  }
  const source = await hundredPagePdf();
  start = performance.now();
  const stamped = await stampWatermark(source, WATERMARK);
  const first = performance.now() - start;
  const timing = await measureAsync(() => stampWatermark(source, WATERMARK), 2, 10);
  console.log('Watermark on every page of a 100-page PDF');
  report(
    'stampWatermark, 100 pages',
    timing,
    `first call ${formatDuration(first)}; ${(source.length / 1024).toFixed(0)} → ${(stamped.length / 1024).toFixed(0)} KiB; target ≤ ${WATERMARK_TARGET_MS} ms`,
  );
}
