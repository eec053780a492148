import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// pdf-lib comes with the server (hoisted to the root node_modules); only the 100-page input is made with it here.
import { PDFDocument } from 'pdf-lib';
import { extractPdfPageTexts } from '../../node_modules/@karvan/server/src/platform/pdf/extract-pdf-text.ts';
import { loadFontFaces } from '../../node_modules/@karvan/server/src/platform/pdf/font-faces.ts';
import { renderPdfPage } from '../../node_modules/@karvan/server/src/platform/pdf/render-pdf-page.ts';
import { stampViewerWatermark } from '../../node_modules/@karvan/server/src/platform/pdf/stamp-watermark.ts';
import { watermarkedPageImage } from '../../node_modules/@karvan/server/src/platform/pdf/watermarked-page-image.ts';
import { hundredPagePdf } from '../lib/hundred-page-pdf.ts';
import { measureAsync, report } from '../lib/measure.ts';
import { uploadOverHttp } from './http-upload.ts';
import { generatedStream, STORE_BYTES } from './store-write.ts';

const VIEWER = [
  'مریم احمدی‌نژاد',
  '江西铜业股份有限公司 · شركة النحاس',
  'maryam@example.com',
  '2026-03-21 09:30 UTC · ۱۴۰۵/۰۱/۰۱',
];
const STAMP_TARGET_MS = 1000;

async function pdfPipeline(): Promise<void> {
  await loadFontFaces();
  const source = await hundredPagePdf();
  console.log(`Data room PDF pipeline (100-page A4 text PDF, ${(source.length / 1024).toFixed(0)} KiB)`);
  const stamped = await stampViewerWatermark(source, VIEWER);
  report(
    'stampViewerWatermark, 4 lines × 3 bands, 100 pages',
    await measureAsync(() => stampViewerWatermark(source, VIEWER), 1, 8),
    `→ ${(stamped.length / 1024).toFixed(0)} KiB; target ≤ ${STAMP_TARGET_MS} ms`,
  );
  report('extractPdfPageTexts, 100 pages', await measureAsync(() => extractPdfPageTexts(source), 1, 5));
  report(
    'renderPdfPage, one page, scale 1.5',
    await measureAsync(() => renderPdfPage(source, 50, { scale: 1.5 }), 1, 8),
  );
  report(
    'watermarkedPageImage, page 50 of 100, scale 1.5',
    await measureAsync(() => watermarkedPageImage(source, 50, VIEWER, { scale: 1.5 }), 1, 8),
    'load whole PDF + copy page + stamp + render',
  );
  const single = await watermarkedPageImage(source, 1, VIEWER, { scale: 1 });
  const onePage = await PDFDocument.create();
  const [copied] = await onePage.copyPages(await PDFDocument.load(source), [0]);
  onePage.addPage(copied);
  const onePageBytes = await onePage.save();
  report(
    'watermarkedPageImage, 1-page PDF, scale 1.5',
    await measureAsync(() => watermarkedPageImage(onePageBytes, 1, VIEWER, { scale: 1.5 }), 1, 8),
    `(PNG at scale 1: ${(single.length / 1024).toFixed(0)} KiB)`,
  );
}

/**
 * The data room's platform pieces: watermarking, text extraction and page images of a 100-page
 * PDF; a 1 GiB upload through the content-addressed store (memory and throughput); and, when
 * BENCH_DATAROOM_URL, BENCH_DATAROOM_TOKEN and BENCH_DATAROOM_OPPORTUNITY are set and the route
 * answers, a 1 GiB multipart upload over HTTP.
 */
export async function run(): Promise<void> {
  await pdfPipeline();
  console.log('Content-addressed file store');
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(new URL('./store-write.ts', import.meta.url))],
    {
      stdio: 'inherit',
    },
  );
  if (child.status !== 0) throw new Error('store benchmark failed');
  const {
    BENCH_DATAROOM_URL: url,
    BENCH_DATAROOM_TOKEN: token,
    BENCH_DATAROOM_OPPORTUNITY: opportunity,
  } = process.env;
  if (!url || !token || !opportunity) {
    // No server named: start one of our own in its own process, so its memory is measured alone.
    const server = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(new URL('./http-upload-server.ts', import.meta.url))],
      { stdio: 'inherit' },
    );
    if (server.status !== 0) throw new Error('HTTP upload benchmark failed');
    return;
  }
  const result = await uploadOverHttp(url, token, opportunity, STORE_BYTES, generatedStream(STORE_BYTES));
  console.log(`  HTTP upload, 1 GiB: ${result}`);
}
