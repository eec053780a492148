import { withPdfJs } from './pdfjs-document.ts';

/**
 * The text of every page of `bytes`, one string per page, for search: pdf.js's text items in
 * content order, a line break where pdf.js marks an end of line. Ligatures and Arabic
 * presentation forms come back normalised (pdf.js applies NFKC), so "ﻻ" searches as "لا".
 */
export function extractPdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  return withPdfJs(bytes, async (doc) => {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push(text.trim());
      page.cleanup();
    }
    return pages;
  });
}
