// Test support (not shipped code): reads a PDF's text back with pdf.js, the engine Firefox uses,
// so tests check what a reader's viewer and copy-paste see, not what we meant to write.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  /** The text of one drawn run as pdf.js reports it (logical order after its own bidi step). */
  str: string;
  dir: string;
  x: number;
  y: number;
}

export interface PdfPageText {
  items: PdfTextItem[];
  /** Items joined with single spaces, in content order. */
  text: string;
}

/** Text of every page of `bytes`, one entry per page. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfPageText[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 })
    .promise;
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        items.push({
          str: item.str,
          dir: item.dir,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
        });
      }
      pages.push({ items, text: items.map((item) => item.str).join(' ') });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
