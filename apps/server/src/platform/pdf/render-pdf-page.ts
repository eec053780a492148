import { createCanvas } from '@napi-rs/canvas';
import { withPdfJs } from './pdfjs-document.ts';

export interface RenderOptions {
  /** Pixels per PDF point (1 = 72 dpi); default 1.5. */
  scale?: number;
  /** Largest width or height in pixels, whatever the scale (bounds memory for huge pages); default 4000. */
  maxPixels?: number;
}

/**
 * Renders page `pageNumber` (from 1) of `bytes` to a PNG on a white background, with pdf.js and
 * @napi-rs/canvas. Page /Rotate is applied as a viewer would. Throws RangeError for a page that
 * does not exist. Runs on the calling thread (≈0.5 s for a text page at scale 1.5 on the 2-core
 * server): callers should not run many at once.
 */
export function renderPdfPage(
  bytes: Uint8Array,
  pageNumber: number,
  options: RenderOptions = {},
): Promise<Buffer> {
  return withPdfJs(bytes, async (doc) => {
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > doc.numPages) {
      throw new RangeError(`page ${pageNumber} of ${doc.numPages}`);
    }
    const page = await doc.getPage(pageNumber);
    const base = page.getViewport({ scale: 1 });
    const maxPixels = options.maxPixels ?? 4000;
    const scale = Math.min(options.scale ?? 1.5, maxPixels / Math.max(base.width, base.height));
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(
      Math.max(1, Math.ceil(viewport.width)),
      Math.max(1, Math.ceil(viewport.height)),
    );
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // pdf.js is typed against the DOM canvas; @napi-rs/canvas implements the part it uses.
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    page.cleanup();
    return canvas.encode('png');
  });
}
