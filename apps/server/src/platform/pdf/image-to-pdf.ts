import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';

/** Image media types `imageToPdf` accepts: the data room's viewable images. */
export const PDF_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type PdfImageType = (typeof PDF_IMAGE_TYPES)[number];

/** Points per image pixel: a pixel at 96 dpi, as browsers size images. */
const POINTS_PER_PIXEL = 72 / 96;
/** Small images get a page at least this long (A4's long side), so a watermark stays legible. */
const MIN_LONG_SIDE = 842;
/** PDF viewers refuse pages over 200 inches (14,400 pt) a side. */
const MAX_SIDE = 14_400;

/** WebP and GIF (its first frame) go through @napi-rs/canvas, which decodes them, to PNG. */
async function toPng(bytes: Uint8Array): Promise<Uint8Array> {
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return canvas.encode('png');
}

/** Page size in points for an image of `width` × `height` pixels. */
function pageSizeFor(width: number, height: number): { width: number; height: number } {
  const natural = Math.max(width, height) * POINTS_PER_PIXEL;
  const scale = POINTS_PER_PIXEL * Math.min(Math.max(1, MIN_LONG_SIDE / natural), MAX_SIDE / natural);
  return { width: width * scale, height: height * scale };
}

/**
 * A one-page PDF showing the image, the page sized to it (96 dpi, at least A4's long side, at
 * most 200 inches), so images take the same path as PDFs: watermark stamping, then rendering.
 * PNG and JPEG are embedded as they are; WebP and GIF (first frame) are converted to PNG first.
 */
export async function imageToPdf(bytes: Uint8Array, mediaType: PdfImageType): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image =
    mediaType === 'image/jpeg'
      ? await doc.embedJpg(bytes)
      : await doc.embedPng(mediaType === 'image/png' ? bytes : await toPng(bytes));
  const size = pageSizeFor(image.width, image.height);
  const page = doc.addPage([size.width, size.height]);
  page.drawImage(image, { x: 0, y: 0, width: size.width, height: size.height });
  return doc.save();
}
