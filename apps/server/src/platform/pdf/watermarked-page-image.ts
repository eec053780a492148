import { PDFDocument } from 'pdf-lib';
import { type RenderOptions, renderPdfPage } from './render-pdf-page.ts';
import { stampDocument, type WatermarkOptions } from './stamp-watermark.ts';

/**
 * PNG of page `pageNumber` (from 1) of `pdf` with the viewer's watermark baked in: the page is
 * copied alone into a new PDF, stamped (`stampViewerWatermark`'s layout), then rendered, so the
 * browser only ever receives pixels that already carry the watermark.
 */
export async function watermarkedPageImage(
  pdf: Uint8Array,
  pageNumber: number,
  watermark: string | string[],
  options: RenderOptions & WatermarkOptions = {},
): Promise<Buffer> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > source.getPageCount()) {
    throw new RangeError(`page ${pageNumber} of ${source.getPageCount()}`);
  }
  const single = await PDFDocument.create({ updateMetadata: false });
  const [page] = await single.copyPages(source, [pageNumber - 1]);
  single.addPage(page);
  await stampDocument(single, typeof watermark === 'string' ? [watermark] : watermark, options);
  // Object streams off: the one-page file is read straight back, and writing them costs time.
  return renderPdfPage(await single.save({ useObjectStreams: false }), 1, options);
}
