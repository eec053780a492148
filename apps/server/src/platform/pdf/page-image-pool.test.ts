import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { createPageImagePool } from './page-image-pool.ts';
import { watermarkedPageImage } from './watermarked-page-image.ts';

async function threePages(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 3; i++)
    doc.addPage([300, 400]).drawText(`Page ${i}`, { x: 40, y: 340, size: 24, font });
  return doc.save();
}

const pool = createPageImagePool(2);
afterAll(() => pool.close());

describe('page image pool', () => {
  it('draws in a worker the same pixels as on the main thread, for several pages at once', async () => {
    const pdf = await threePages();
    const lines = ['شهره کاظمی · 华信矿业', 'user@example.com'];
    const [one, two, three] = await Promise.all(
      [1, 2, 3].map((page) => pool.render({ pdf: pdf.slice(), page, lines, scale: 0.5 })),
    );
    expect(one!.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(one!.equals(two!)).toBe(false);
    const local = await watermarkedPageImage(pdf, 3, lines, { scale: 0.5 });
    expect(three!.equals(local)).toBe(true);
  });

  it('fails the job of a page that does not exist, and keeps working', async () => {
    const pdf = await threePages();
    await expect(pool.render({ pdf: pdf.slice(), page: 9, lines: ['x'], scale: 0.5 })).rejects.toThrow(
      /page 9/,
    );
    const png = await pool.render({ pdf, page: 1, lines: ['x'], scale: 0.5 });
    expect(png.length).toBeGreaterThan(100);
  });
});
