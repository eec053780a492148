import { PDFDocument, StandardFonts } from 'pdf-lib';

/** 100 A4 pages of 40 lines of Helvetica text each: a typical text-heavy feasibility report. */
export async function hundredPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 100; i++) {
    const page = doc.addPage([595.28, 841.89]);
    for (let row = 0; row < 40; row++) {
      page.drawText(`Page ${i}, line ${row + 1}: feasibility study, reserves and offtake terms.`, {
        x: 50,
        y: 780 - row * 18,
        size: 11,
        font,
      });
    }
  }
  return doc.save();
}
