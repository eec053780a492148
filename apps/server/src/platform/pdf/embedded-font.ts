import fontkit from '@pdf-lib/fontkit';
import { CustomFontSubsetEmbedder, type PDFDocument, PDFFont, PDFHexString } from 'pdf-lib';
import type { FontFace, ShapedGlyph } from './font-faces.ts';

// pdf-lib 1.17.1 (pinned exactly; the project has had no release since 2021) shapes text itself with
// no way to choose the direction, so a run of Persian digits, which fontkit calls Arabic script,
// would come out reversed. We shape with fontkit ourselves and give pdf-lib the glyphs. That needs
// three pdf-lib internals, all used only here: the subset embedder's bookkeeping (`subset`,
// `glyphs`, `glyphIdMap`, `glyphCache`, as in its own `encodeText`), and the document's private
// `fonts` list, which `save()` walks to write every font. Embedding through the constructor also
// lets every document share one parsed fontkit font for shaping.
// The subset itself is written from a second, per-document fontkit instance: fontkit caches glyph
// objects by id with the code points of their first use, and its subsetter creates component
// glyphs with none; on the shared instance that emptied the ToUnicode entry of, say, initial sin
// (a component of initial shin) in every later document, so "سال" was extracted as "\u0003ال".
// A fresh instance only reads the table directory until the subset is written, so it is cheap.
// embedded-font.test.ts (through the text kit tests) fails if any of this changes.

interface SubsetEmbedderInternals {
  subset: { includeGlyph(glyph: ShapedGlyph): number };
  glyphs: ShapedGlyph[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
}

interface DocumentInternals {
  fonts: PDFFont[];
}

/** A face embedded in one document as a subset font: only the glyphs drawn are written on save. */
export interface EmbeddedFont {
  face: FontFace;
  pdfFont: PDFFont;
  embedder: SubsetEmbedderInternals;
}

/** Embeds `face` in `doc` (synchronously, reusing the parsed font) as a TrueType subset, Identity-H with ToUnicode. */
export function embedFace(doc: PDFDocument, face: FontFace): EmbeddedFont {
  const EmbedderClass = CustomFontSubsetEmbedder as unknown as new (
    font: unknown,
    fontData: Uint8Array,
  ) => CustomFontSubsetEmbedder;
  const embedder = new EmbedderClass(fontkit.create(face.bytes), face.bytes);
  const pdfFont = PDFFont.of(doc.context.nextRef(), doc, embedder);
  (doc as unknown as DocumentInternals).fonts.push(pdfFont);
  return { face, pdfFont, embedder: embedder as unknown as SubsetEmbedderInternals };
}

/**
 * Adds shaped glyphs to the font's subset and returns them as the hex string a `Tj` shows. The
 * ToUnicode map pdf-lib writes comes from each glyph's code points, so copied or extracted text
 * is the original characters (a lam-alef ligature maps back to both letters).
 */
export function encodeGlyphs(
  embedded: EmbeddedFont,
  glyphs: readonly ShapedGlyph[],
  isRtl: boolean,
): PDFHexString {
  const { embedder } = embedded;
  let hex = '';
  for (const glyph of glyphs) {
    const subsetId = embedder.subset.includeGlyph(glyph);
    embedder.glyphs[subsetId - 1] = isRtl && glyph.codePoints.length > 1 ? visualLigature(glyph) : glyph;
    embedder.glyphIdMap.set(glyph.id, subsetId);
    hex += subsetId.toString(16).padStart(4, '0');
  }
  embedder.glyphCache.invalidate();
  return PDFHexString.of(hex);
}

/**
 * Extractors (pdf.js, poppler) read RTL glyphs in visual order and reverse the characters, and so
 * also reverse the letters a ligature maps to: lam-alef written as "لا" came back as "ال" (علاء →
 * عالء). Mapping an RTL ligature to its letters in visual order makes the reversal come out right.
 * Only pdf-lib's width and ToUnicode code read this object.
 */
function visualLigature(glyph: ShapedGlyph): ShapedGlyph {
  return { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [...glyph.codePoints].reverse() };
}
