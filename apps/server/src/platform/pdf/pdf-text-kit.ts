import {
  type Color,
  degrees,
  type PDFDocument,
  type PDFName,
  type PDFPage,
  rgb,
  drawText as textOperators,
} from 'pdf-lib';
import { type EmbeddedFont, embedFace, encodeGlyphs } from './embedded-font.ts';
import { type FontFace, type FontWeight, loadFontFaces } from './font-faces.ts';
import { pickFaces } from './pick-faces.ts';
import { piecesOf, type ShapedRun, shapeRun } from './shape-run.ts';
import { type TextDirection, toVisualRuns } from './visual-runs.ts';

export type { FontWeight } from './font-faces.ts';
export type { TextDirection } from './visual-runs.ts';

/**
 * Where `x` is on the line: 'start' = where reading starts (the left edge for LTR, the right edge
 * for RTL), 'end' = the other edge, 'center' = the middle, 'left'/'right' = that edge whatever the
 * direction (table columns of numbers).
 */
export type TextAlign = 'start' | 'end' | 'center' | 'left' | 'right';

export interface DrawTextOptions {
  x: number;
  /** Baseline. */
  y: number;
  /** Font size in points. */
  size: number;
  align?: TextAlign;
  /** Base direction of the line; default 'auto' (from the first strong character). */
  direction?: TextDirection;
  weight?: FontWeight;
  color?: Color;
  /** 0–1; default opaque. */
  opacity?: number;
  /** Counter-clockwise rotation in degrees about (x, y); the line runs along the rotated baseline. */
  rotate?: number;
}

export interface TextMeasureOptions {
  direction?: TextDirection;
  weight?: FontWeight;
}

/** Multilingual single-line text for one PDF document. */
export interface PdfTextKit {
  /** Draws one line (line breaks are drawn as spaces) and returns its width in points. */
  drawText(page: PDFPage, text: string, options: DrawTextOptions): { width: number };
  /** Width of the line in points at `size`, exactly as `drawText` would draw it. */
  widthOf(text: string, size: number, options?: TextMeasureOptions): number;
  /** Ascent and descent (descent negative) of the tallest face at `size`, for line boxes. */
  verticalMetrics(size: number): { ascent: number; descent: number };
}

const BLACK = rgb(0, 0, 0);

/** The value for `key` in `map`, created and stored on first use. */
function getOrCreate<K, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  create: () => V,
): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function offsetFor(align: TextAlign, isRtl: boolean, width: number): number {
  switch (align) {
    case 'left':
      return 0;
    case 'right':
      return -width;
    case 'center':
      return -width / 2;
    case 'start':
      return isRtl ? -width : 0;
    case 'end':
      return isRtl ? 0 : -width;
  }
}

/**
 * Creates the text layer for `doc`: Persian, Arabic, Chinese and Latin in one line, each run in a
 * face that has its glyphs (Vazirmatn, Noto Sans SC), Arabic-script runs shaped by fontkit (joined
 * forms, lam-alef), runs ordered by the Unicode bidi algorithm, fonts embedded as subsets the first
 * time a face is drawn. Loads the fonts on the first call in the process (see `loadFontFaces`).
 */
export async function createPdfTextKit(doc: PDFDocument): Promise<PdfTextKit> {
  const faces = await loadFontFaces();
  const embedded = new Map<FontFace, EmbeddedFont>();
  const fontKeys = new WeakMap<PDFPage, Map<FontFace, PDFName>>();
  const opacityKeys = new WeakMap<PDFPage, Map<number, PDFName>>();

  const shapeLine = (text: string, options: TextMeasureOptions): { runs: ShapedRun[]; isRtl: boolean } => {
    const direction = options.direction ?? 'auto';
    const faceSet = faces[options.weight ?? 'regular'];
    const line = toVisualRuns(text, direction, pickFaces(text, faceSet));
    return { runs: line.runs.map((run) => shapeRun(run.face, run.text, run.isRtl)), isRtl: line.isRtl };
  };

  const embeddedFor = (face: FontFace): EmbeddedFont =>
    getOrCreate(embedded, face, () => embedFace(doc, face));

  // A page's resource dictionary gets one entry per font (and per opacity), not one per call.
  const fontKeyFor = (page: PDFPage, font: EmbeddedFont): PDFName =>
    getOrCreate(
      getOrCreate(fontKeys, page, () => new Map()),
      font.face,
      () => page.node.newFontDictionary(font.pdfFont.name, font.pdfFont.ref),
    );
  const opacityKeyFor = (page: PDFPage, opacity: number | undefined): PDFName | undefined => {
    if (opacity === undefined || opacity >= 1) return undefined;
    return getOrCreate(
      getOrCreate(opacityKeys, page, () => new Map()),
      opacity,
      () => page.node.newExtGState('GS', doc.context.obj({ Type: 'ExtGState', ca: opacity, CA: opacity })),
    );
  };

  const widthOfRuns = (runs: ShapedRun[], size: number): number =>
    runs.reduce((sum, run) => sum + (run.units * size) / run.face.font.unitsPerEm, 0);

  return {
    widthOf(text, size, options = {}) {
      return widthOfRuns(shapeLine(text, options).runs, size);
    },
    verticalMetrics(size) {
      const all = Object.values(faces.regular);
      return {
        ascent: Math.max(...all.map((face) => (face.font.ascent * size) / face.font.unitsPerEm)),
        descent: Math.min(...all.map((face) => (face.font.descent * size) / face.font.unitsPerEm)),
      };
    },
    drawText(page, text, options) {
      const { runs, isRtl } = shapeLine(text, options);
      const width = widthOfRuns(runs, options.size);
      const angle = ((options.rotate ?? 0) * Math.PI) / 180;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const graphicsState = opacityKeyFor(page, options.opacity);
      let advance = offsetFor(options.align ?? 'start', isRtl, width);
      const color = options.color ?? BLACK;
      for (const run of runs) {
        const font = embeddedFor(run.face);
        const scale = options.size / run.face.font.unitsPerEm;
        for (const piece of piecesOf(run)) {
          const dx = advance + piece.dx * scale;
          const dy = piece.dy * scale;
          page.pushOperators(
            ...textOperators(encodeGlyphs(font, piece.glyphs, run.isRtl), {
              color,
              font: fontKeyFor(page, font),
              size: options.size,
              rotate: degrees(options.rotate ?? 0),
              xSkew: degrees(0),
              ySkew: degrees(0),
              x: options.x + dx * cos - dy * sin,
              y: options.y + dx * sin + dy * cos,
              ...(graphicsState ? { graphicsState } : {}),
            }),
          );
        }
        advance += run.units * scale;
      }
      return { width };
    },
  };
}
