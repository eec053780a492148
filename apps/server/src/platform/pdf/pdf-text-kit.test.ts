import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createPdfTextKit } from './pdf-text-kit.ts';
import { readPdfText } from './read-pdf-text.test-support.ts';
import { stampWatermark } from './stamp-watermark.ts';

// What we compare: pdf.js's text for each drawn line against the logical string, after removing
// U+200C (ZWNJ). pdf.js drops zero-width characters from extracted text; the ZWNJ glyph is in
// the PDF and maps to U+200C (poppler's pdftotext gives it back), and the letters around it keep
// their non-joined forms. Nothing else is normalised: letters, digits and their order must match.
const withoutZwnj = (text: string) => text.replaceAll('\u200c', '');

const NAMES = {
  persianWithZwnj: 'شرکت معدنی می‌خواهد',
  arabicWithLamAlef: 'شركة علاء الدين للنحاس',
  chinese: '江西铜业股份有限公司',
  persianAndArabicYeh: 'علی علي كتاب کتاب',
};

async function renderLines(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const kit = await createPdfTextKit(doc);
  const page = doc.addPage([600, 800]);
  lines.forEach((line, i) => {
    kit.drawText(page, line, { x: 560, y: 750 - i * 40, size: 16, align: 'right' });
  });
  return doc.save();
}

describe('createPdfTextKit', () => {
  it('round-trips Persian (with ZWNJ), Arabic (with lam-alef) and Chinese names through pdf.js', async () => {
    const [page] = await readPdfText(await renderLines(Object.values(NAMES)));
    const extracted = page?.items.map((item) => item.str);
    expect(extracted).toEqual(Object.values(NAMES).map(withoutZwnj));
    expect(page?.items.map((item) => item.dir)).toEqual(['rtl', 'rtl', 'ltr', 'rtl']);
  });

  it('keeps the ToUnicode map right in later documents (glyphs shared between documents)', async () => {
    // Initial shin is drawn from initial sin as a component; writing its subset once used to empty
    // the code points of initial sin for every later document.
    await renderLines(['شرکت شیرین']);
    const [page] = await readPdfText(await renderLines(['سال سرمایه‌گذاری']));
    expect(page?.items.map((item) => item.str)).toEqual(['سال سرمایهگذاری']);
  });

  it('puts runs of a mixed line in bidi order: Latin digits stay left to right inside Persian', async () => {
    const doc = await PDFDocument.create();
    const kit = await createPdfTextKit(doc);
    const page = doc.addPage([600, 200]);
    kit.drawText(page, 'سال 2026 شروع', { x: 500, y: 100, size: 20, direction: 'rtl' });
    const [text] = await readPdfText(await doc.save());
    // Visual order, left to right: "شروع", "2026", "سال"; the line starts at x = 500 and runs left.
    const items = (text?.items ?? []).filter((item) => item.str.trim() !== '').sort((a, b) => a.x - b.x);
    expect(items.map((item) => item.str.trim())).toEqual(['شروع', '2026', 'سال']);
    expect(Math.max(...items.map((item) => item.x))).toBeLessThan(500);
  });

  it('measures what it draws, and aligns start and end by direction', async () => {
    const doc = await PDFDocument.create();
    const kit = await createPdfTextKit(doc);
    const page = doc.addPage();
    const width = kit.widthOf('ارزش فعلی خالص', 12);
    expect(width).toBeGreaterThan(40);
    expect(kit.drawText(page, 'ارزش فعلی خالص', { x: 300, y: 400, size: 12 }).width).toBeCloseTo(width, 6);
    expect(kit.widthOf('NPV 净现值', 24)).toBeCloseTo(2 * kit.widthOf('NPV 净现值', 12), 6);
    const [text] = await readPdfText(await doc.save());
    // 'start' of an RTL line is its right edge: the text ends at x = 300.
    const item = text?.items[0];
    expect(item?.x).toBeCloseTo(300 - width, 0);
  });

  it('never draws a .notdef box for Persian, Arabic or Chinese letters', async () => {
    const doc = await PDFDocument.create();
    await createPdfTextKit(doc);
    const { loadFontFaces } = await import('./font-faces.ts');
    const { pickFaces } = await import('./pick-faces.ts');
    const faces = (await loadFontFaces()).regular;
    const sample = `${Object.values(NAMES).join('')}ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژکگی۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩铜矿项目净现值内部收益率年`;
    const picked = pickFaces(sample, faces);
    [...sample].forEach((char, i) => {
      expect(picked[i]?.covers(char.codePointAt(0) as number), char).toBe(true);
    });
  });

  it('stamps a rotated, translucent watermark on every page of an existing PDF', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3; i++) doc.addPage();
    const stamp = 'محرمانه — Confidential — 机密 — user@example.com';
    const pages = await readPdfText(await stampWatermark(await doc.save(), stamp));
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      expect(page.text).toContain('Confidential');
      expect(page.text).toContain('机密');
      expect(page.text).toContain('محرمانه');
    }
  });
});
