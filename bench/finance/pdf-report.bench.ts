import { performance } from 'node:perf_hooks';
import { COPPER_MINE_TEMPLATE, evaluateModel, ZFinancialModel } from '@karvan/domain/finance';
// pdf-lib comes with the server (hoisted to the root node_modules); only the 100-page input is made with it here.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { modelReportPdf } from '../../node_modules/@karvan/server/src/features/finance/export/model-report-pdf.ts';
import { modelWorkbook } from '../../node_modules/@karvan/server/src/features/finance/export/model-workbook.ts';
import { loadFontFaces } from '../../node_modules/@karvan/server/src/platform/pdf/font-faces.ts';
import { stampWatermark } from '../../node_modules/@karvan/server/src/platform/pdf/stamp-watermark.ts';
import { formatDuration } from '../lib/measure.ts';

const WATERMARK = 'محرمانه · Confidential · 机密 · مریم احمدی‌نژاد · 2026-03-21';
const WATERMARK_TARGET_MS = 1000;

/** Median and p95 of `samples` sequential runs of an async `fn` after `warmup` runs. */
async function measureAsync(fn: () => Promise<unknown>, warmup: number, samples: number) {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
  return { median: at(0.5), p95: at(0.95) };
}

function line(name: string, timing: { median: number; p95: number }, note = ''): void {
  console.log(
    `  ${name.padEnd(52)} median ${formatDuration(timing.median).padStart(10)}   p95 ${formatDuration(timing.p95).padStart(10)}${note ? `   ${note}` : ''}`,
  );
}

async function hundredPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 100; i++) {
    const page = doc.addPage([595.28, 841.89]);
    for (let row = 0; row < 40; row++) {
      page.drawText(`Page ${i}, line ${row + 1}: data room document body text.`, {
        x: 50,
        y: 780 - row * 18,
        size: 11,
        font,
      });
    }
  }
  return doc.save();
}

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
    line(
      `report PDF, ${locale}`,
      await measureAsync(() => modelReportPdf(input), 2, 10),
      `${(bytes.length / 1024).toFixed(0)} KiB`,
    );
    line(`workbook XLSX, ${locale}`, await measureAsync(() => modelWorkbook(input), 2, 10));
  }
  const source = await hundredPagePdf();
  start = performance.now();
  const stamped = await stampWatermark(source, WATERMARK);
  const first = performance.now() - start;
  const timing = await measureAsync(() => stampWatermark(source, WATERMARK), 2, 10);
  console.log('Watermark on every page of a 100-page PDF');
  line(
    'stampWatermark, 100 pages',
    timing,
    `first call ${formatDuration(first)}; ${(source.length / 1024).toFixed(0)} → ${(stamped.length / 1024).toFixed(0)} KiB; target ≤ ${WATERMARK_TARGET_MS} ms`,
  );
}
