import {
  type Color,
  degrees,
  PDFArray,
  PDFDocument,
  type PDFEmbeddedPage,
  PDFName,
  type PDFPage,
  PDFRef,
  rgb,
} from 'pdf-lib';
import { createPdfTextKit, type PdfTextKit } from './pdf-text-kit.ts';
import { type LayoutOptions, layoutWatermark } from './watermark-layout.ts';

export interface WatermarkOptions extends LayoutOptions {
  /** 0–1; default 0.18, light enough to read the page through. */
  opacity?: number;
  color?: Color;
}

const DEFAULT_COLOR = rgb(0.5, 0.1, 0.1);

/** The page as a viewer shows it: visible box, and its clockwise /Rotate normalised to 0/90/180/270. */
function displayGeometry(page: PDFPage) {
  const box = page.getCropBox();
  const rotation = (((Math.round(page.getRotation().angle / 90) * 90) % 360) + 360) % 360;
  const isSideways = rotation === 90 || rotation === 270;
  return {
    box,
    rotation,
    width: isSideways ? box.height : box.width,
    height: isSideways ? box.width : box.height,
  };
}

/**
 * Where the watermark form (drawn upright in display space, origin at its lower-left corner) goes
 * in the page's own coordinates: a viewer turns the page clockwise by /Rotate, so the form is
 * turned counter-clockwise by the same angle about the matching corner of the visible box.
 */
function placementFor(geometry: ReturnType<typeof displayGeometry>) {
  const { box, rotation } = geometry;
  const corner = {
    0: { x: box.x, y: box.y },
    90: { x: box.x + box.width, y: box.y },
    180: { x: box.x + box.width, y: box.y + box.height },
    270: { x: box.x, y: box.y + box.height },
  }[rotation as 0 | 90 | 180 | 270];
  return { ...corner, rotation };
}

/**
 * Draws the bands on a scratch page of the display size and turns it into a form XObject. Text is
 * shaped and measured once per page size instead of once per page; the form holds real text in the
 * document's embedded subset fonts, so readers still find it (pdf.js reads text in forms).
 */
async function watermarkForm(
  doc: PDFDocument,
  kit: PdfTextKit,
  size: { width: number; height: number },
  lines: string[],
  options: WatermarkOptions,
): Promise<PDFEmbeddedPage> {
  const scratch = doc.addPage([size.width, size.height]);
  const layout = layoutWatermark(
    size.width,
    size.height,
    lines.map((line) => kit.widthOf(line, 1)),
    options,
  );
  for (const place of layout.placed) {
    kit.drawText(scratch, lines[place.line] as string, {
      x: place.x,
      y: place.y,
      size: layout.size,
      align: 'center',
      rotate: layout.angle,
      opacity: options.opacity ?? 0.18,
      color: options.color ?? DEFAULT_COLOR,
    });
  }
  const form = await doc.embedPage(scratch);
  await form.embed();
  // The scratch page served only as a canvas: take it out of the page tree and the file.
  const contents = scratch.node.get(PDFName.of('Contents'));
  const contentRefs = contents instanceof PDFArray ? contents.asArray() : [contents];
  doc.removePage(doc.getPageCount() - 1);
  for (const ref of [scratch.ref, ...contentRefs]) if (ref instanceof PDFRef) doc.context.delete(ref);
  return form;
}

/** Stamps `lines` on every page of an open document (see `stampViewerWatermark`). */
export async function stampDocument(doc: PDFDocument, lines: string[], options: WatermarkOptions = {}) {
  const text = lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
  if (text.length === 0) return;
  const kit = await createPdfTextKit(doc);
  const forms = new Map<string, PDFEmbeddedPage>();
  const pages = doc.getPages();
  for (const page of pages) {
    const geometry = displayGeometry(page);
    const key = `${geometry.width.toFixed(2)}x${geometry.height.toFixed(2)}`;
    let form = forms.get(key);
    if (!form) {
      form = await watermarkForm(doc, kit, geometry, text, options);
      forms.set(key, form);
    }
    const at = placementFor(geometry);
    page.drawPage(form, { x: at.x, y: at.y, rotate: degrees(at.rotation) });
  }
}

/**
 * Returns `pdf` with the viewer's watermark on every page: `lines` (e.g. name, organisations,
 * e-mail, date and time; any mix of Persian, Arabic, Chinese and Latin) in three bands parallel to
 * the rising diagonal of the page as the reader sees it (its crop box and /Rotate applied), the
 * font sized so every line fits inside the page whatever its size. Real, translucent text in
 * embedded subset fonts, so it survives printing and shows up in copy-paste and search.
 */
export async function stampViewerWatermark(
  pdf: Uint8Array,
  lines: string[],
  options: WatermarkOptions = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  await stampDocument(doc, lines, options);
  return doc.save();
}

/** `stampViewerWatermark` with a single line, e.g. "محرمانه · Confidential · 机密 · name · date". */
export function stampWatermark(
  pdf: Uint8Array,
  text: string,
  options: WatermarkOptions = {},
): Promise<Uint8Array> {
  return stampViewerWatermark(pdf, [text], options);
}
