import type { FontFace, GlyphPosition, ShapedGlyph } from './font-faces.ts';

/** A run shaped by fontkit: glyphs in visual order with their positions, in font units. */
export interface ShapedRun {
  face: FontFace;
  isRtl: boolean;
  glyphs: readonly ShapedGlyph[];
  positions: readonly GlyphPosition[];
  /** Total advance in font units. */
  units: number;
}

/**
 * Glyphs drawn with one `Tj` from pen offset (dx, dy) in font units: within a piece, the viewer's
 * own advance (the glyph widths the PDF stores) matches fontkit's, so only kerned glyphs, marks
 * and hidden characters (those whose position differs) start new pieces.
 */
export interface GlyphPiece {
  glyphs: ShapedGlyph[];
  dx: number;
  dy: number;
}

const ZWNJ = 0x200c;
const CACHE_LIMIT = 10_000;
/** Shaped runs by face, direction and text, shared by all documents (fontkit glyphs are shared too). */
const cache = new Map<string, ShapedRun>();

/**
 * Shapes one run (one face, one direction, logical order) with fontkit, caching the result.
 * The direction is passed explicitly: fontkit would otherwise reverse a run of Persian digits,
 * which it classes as Arabic script, though the bidi algorithm made it left to right.
 * ZWNJ: fontkit shapes it as a non-joiner but then swaps it for the space glyph, so text copied
 * from the PDF had a space there (شرکت می خواهد). We shape the pieces between ZWNJs separately,
 * which gives the same letter forms (a non-joiner ends the joining on both sides), and put the
 * font's own zero-width ZWNJ glyph between them, which maps back to U+200C.
 */
export function shapeRun(face: FontFace, text: string, isRtl: boolean): ShapedRun {
  const key = `${face.id}\u0000${isRtl ? 'r' : 'l'}\u0000${text}`;
  let shaped = cache.get(key);
  if (shaped === undefined) {
    shaped = shapeUncached(face, text, isRtl);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, shaped);
  }
  return shaped;
}

function shapeUncached(face: FontFace, text: string, isRtl: boolean): ShapedRun {
  const direction = isRtl ? 'rtl' : 'ltr';
  const parts = text
    .split('\u200c')
    .map((part) => face.font.layout(part, undefined, undefined, undefined, direction));
  if (isRtl) parts.reverse();
  const glyphs: ShapedGlyph[] = [];
  const positions: GlyphPosition[] = [];
  const zwnj = face.covers(ZWNJ) ? face.font.glyphForCodePoint(ZWNJ) : undefined;
  parts.forEach((part, i) => {
    if (i > 0 && zwnj) {
      glyphs.push(zwnj);
      positions.push({ xAdvance: zwnj.advanceWidth, xOffset: 0, yOffset: 0 });
    }
    glyphs.push(...part.glyphs);
    positions.push(...part.positions);
  });
  const units = positions.reduce((sum, position) => sum + position.xAdvance, 0);
  return { face, isRtl, glyphs, positions, units };
}

/** Splits a shaped run into pieces each drawable with one `Tj` (see `GlyphPiece`). */
export function piecesOf(run: ShapedRun): GlyphPiece[] {
  const pieces: GlyphPiece[] = [];
  let pen = 0;
  let current: GlyphPiece | undefined;
  let canExtend = false;
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i] as GlyphPosition;
    const isPlain = position.xOffset === 0 && position.yOffset === 0;
    if (!current || !canExtend || !isPlain) {
      current = { glyphs: [], dx: pen + position.xOffset, dy: position.yOffset };
      pieces.push(current);
    }
    current.glyphs.push(glyph);
    canExtend = isPlain && position.xAdvance === glyph.advanceWidth;
    pen += position.xAdvance;
  });
  return pieces;
}
