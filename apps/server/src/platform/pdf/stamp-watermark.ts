import { PDFDocument, rgb } from 'pdf-lib';
import { createPdfTextKit } from './pdf-text-kit.ts';

export interface WatermarkOptions {
  /** Font size in points; default 28. */
  size?: number;
  /** 0–1; default 0.18, light enough to read the page through. */
  opacity?: number;
  /** Degrees counter-clockwise; default 30. */
  rotate?: number;
}

/**
 * Returns `pdf` with `text` (one line, any mix of Persian, Arabic, Chinese and Latin, e.g. the
 * viewer's name and the date) drawn across the middle of every page, rotated and translucent,
 * as real text in embedded subset fonts. For the data room's per-viewer copies.
 */
export async function stampWatermark(
  pdf: Uint8Array,
  text: string,
  options: WatermarkOptions = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const kit = await createPdfTextKit(doc);
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize();
    kit.drawText(page, text, {
      x: width / 2,
      y: height / 2,
      size: options.size ?? 28,
      align: 'center',
      rotate: options.rotate ?? 30,
      opacity: options.opacity ?? 0.18,
      color: rgb(0.5, 0.1, 0.1),
    });
  }
  return doc.save();
}
