import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const PDFJS_ROOT = dirname(require.resolve('pdfjs-dist/package.json'));
/** pdf.js reads these with fs in Node when given paths (trailing slash required); nothing is fetched. */
const LOCAL_DATA = {
  standardFontDataUrl: `${join(PDFJS_ROOT, 'standard_fonts')}/`,
  cMapUrl: `${join(PDFJS_ROOT, 'cmaps')}/`,
  wasmUrl: `${join(PDFJS_ROOT, 'wasm')}/`,
  iccUrl: `${join(PDFJS_ROOT, 'iccs')}/`,
};

/**
 * Opens `bytes` with pdf.js (legacy build, the one for Node) for server-side text and rendering:
 * fonts, CMaps, image decoders and colour profiles from the installed pdfjs-dist, never from the
 * network; no `eval` for fonts (uploads are untrusted), no XFA, no system fonts (output must not
 * depend on the machine). The caller must `destroy()` the document.
 */
export function openPdfJs(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    // pdf.js transfers (detaches) the buffer it is given: always hand it a copy.
    data: new Uint8Array(bytes),
    ...LOCAL_DATA,
    cMapPacked: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
}

/** Runs `use` on the opened document and always releases it. */
export async function withPdfJs<T>(
  bytes: Uint8Array,
  use: (doc: PDFDocumentProxy) => Promise<T>,
): Promise<T> {
  const doc = await openPdfJs(bytes);
  try {
    return await use(doc);
  } finally {
    await doc.destroy();
  }
}
