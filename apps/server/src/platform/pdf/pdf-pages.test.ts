import { createCanvas, loadImage } from '@napi-rs/canvas';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractPdfPageTexts } from './extract-pdf-text.ts';
import { imageToPdf } from './image-to-pdf.ts';
import { createPdfTextKit } from './pdf-text-kit.ts';
import { readPdfText } from './read-pdf-text.test-support.ts';
import { renderPdfPage } from './render-pdf-page.ts';
import { stampViewerWatermark } from './stamp-watermark.ts';
import { watermarkedPageImage } from './watermarked-page-image.ts';

const A4: [number, number] = [595.28, 841.89];
const A3_LANDSCAPE: [number, number] = [1190.55, 841.89];
const VIEWER = [
  'مریم احمدی‌نژاد',
  '江西铜业股份有限公司',
  'maryam@example.com',
  '2026-03-21 09:30 UTC · ۱۴۰۵/۰۱/۰۱',
];
// pdf.js drops zero-width characters such as ZWNJ from extracted text (see pdf-text-kit.test.ts).
const withoutZwnj = (text: string) => text.replaceAll('\u200c', '');

async function mixedSizePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const sizes = [A4, A3_LANDSCAPE, [400, 250] as [number, number]];
  sizes.forEach((size, i) => {
    const page = doc.addPage(size);
    page.drawText(`Body text of page ${i + 1}`, { x: 40, y: size[1] - 60, size: 14, font });
  });
  doc.getPage(2).setRotation(degrees(90));
  return doc.save();
}

interface Png {
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
}
async function decodePng(png: Buffer): Promise<Png> {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return {
    width: image.width,
    height: image.height,
    pixels: context.getImageData(0, 0, image.width, image.height).data,
  };
}

describe('PDF page texts', () => {
  it('extracts Persian and Chinese text, one string per page', async () => {
    const doc = await PDFDocument.create();
    const kit = await createPdfTextKit(doc);
    kit.drawText(doc.addPage(A4), 'گزارش امکان‌سنجی معدن مس', { x: 500, y: 700, size: 18, align: 'right' });
    kit.drawText(doc.addPage(A4), '铜矿可行性研究报告', { x: 60, y: 700, size: 18 });
    doc.addPage(A4);
    const pages = await extractPdfPageTexts(await doc.save());
    expect(pages).toEqual([withoutZwnj('گزارش امکان‌سنجی معدن مس'), '铜矿可行性研究报告', '']);
  });
});

describe('viewer watermark', () => {
  it('puts every line on every page of a mixed-size, rotated PDF, inside the page', async () => {
    const stamped = await stampViewerWatermark(await mixedSizePdf(), VIEWER);
    const pages = await readPdfText(stamped);
    expect(pages).toHaveLength(3);
    const doc = await PDFDocument.load(stamped);
    pages.forEach((page, i) => {
      expect(page.text).toContain(`Body text of page ${i + 1}`);
      // Three bands: each whole line is there three times (a mixed line comes as several runs).
      const joined = page.items.map((item) => item.str).join('');
      for (const line of VIEWER) {
        expect(joined.split(withoutZwnj(line)).length - 1, `${line} on page ${i + 1}`).toBe(3);
      }
      const { width, height } = doc.getPage(i).getSize();
      for (const item of page.items) {
        expect(item.x).toBeGreaterThanOrEqual(0);
        expect(item.y).toBeGreaterThanOrEqual(0);
        expect(item.x).toBeLessThanOrEqual(width);
        expect(item.y).toBeLessThanOrEqual(height);
      }
    });
    expect(doc.getPageCount()).toBe(3); // the scratch pages used to build the stamp are gone
  });

  it('renders a watermarked page: a PNG of the page size whose watermark band differs from the plain page', async () => {
    const source = await mixedSizePdf();
    const plain = await decodePng(await renderPdfPage(source, 1, { scale: 1 }));
    const marked = await decodePng(await watermarkedPageImage(source, 1, VIEWER, { scale: 1 }));
    expect([marked.width, marked.height]).toEqual([Math.ceil(A4[0]), Math.ceil(A4[1])]);
    expect([plain.width, plain.height]).toEqual([marked.width, marked.height]);
    // Count differing pixels around the centre, where the middle band crosses the page.
    let differing = 0;
    let inked = 0;
    for (let y = Math.floor(marked.height * 0.4); y < marked.height * 0.6; y++) {
      for (let x = Math.floor(marked.width * 0.3); x < marked.width * 0.7; x++) {
        const at = (y * marked.width + x) * 4;
        if (Math.abs((marked.pixels[at] ?? 0) - (plain.pixels[at] ?? 0)) > 8) differing++;
        if ((plain.pixels[at] ?? 255) < 250) inked++;
      }
    }
    expect(inked).toBe(0); // the plain page is white there
    expect(differing).toBeGreaterThan(500);
  });
});

describe('imageToPdf', () => {
  it('turns PNG, JPEG, WebP and GIF into a one-page PDF that renders the image', async () => {
    const canvas = createCanvas(300, 200);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, 300, 200);
    context.fillStyle = '#0000ff';
    context.fillRect(0, 0, 150, 200); // left half blue
    const images = {
      'image/png': canvas.toBuffer('image/png'),
      'image/jpeg': canvas.toBuffer('image/jpeg'),
      'image/webp': canvas.toBuffer('image/webp'),
      'image/gif': canvas.toBuffer('image/gif'),
    } as const;
    for (const [mediaType, bytes] of Object.entries(images)) {
      const pdf = await imageToPdf(bytes, mediaType as keyof typeof images);
      const doc = await PDFDocument.load(pdf);
      const { width, height } = doc.getPage(0).getSize();
      expect(width / height, mediaType).toBeCloseTo(1.5, 3);
      expect(width, mediaType).toBeCloseTo(842, 0); // small image: page at least A4's long side
      const png = await decodePng(await renderPdfPage(pdf, 1, { scale: 0.5 }));
      const left = (Math.floor(png.height / 2) * png.width + Math.floor(png.width / 4)) * 4;
      const right = (Math.floor(png.height / 2) * png.width + Math.floor((png.width * 3) / 4)) * 4;
      expect(png.pixels[left + 2], mediaType).toBeGreaterThan(200); // blue
      expect(png.pixels[left], mediaType).toBeLessThan(60);
      expect(png.pixels[right], mediaType).toBeGreaterThan(200); // white
    }
  });
});
