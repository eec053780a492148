import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { sfntFromWoff } from './sfnt-from-woff.ts';

/**
 * The fonts Karvan's PDFs are written in. They ship with the product as npm packages (the same
 * @fontsource packages the web app serves, OFL-1.1), so nothing is fetched at run time:
 * - Vazirmatn (Saber Rastikerdar) for Arabic script (Persian and Arabic) and for Latin;
 * - Noto Sans SC for Chinese. Its "chinese-simplified" file holds 7,947 characters (GB 2312 and
 *   more); rarer Han characters are not in it (see `FontFace.covers`).
 * Fontsource splits each family by script into separate files; each file is one face here, and a
 * string is cut into runs by the face that can draw each character (see `pickFaces`).
 */
export type FaceScript = 'arabic' | 'latin' | 'latinExt' | 'han';
export type FontWeight = 'regular' | 'bold';

/** The part of a fontkit glyph we use (shaping output). */
export interface ShapedGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** Where fontkit places a glyph, in font units: pen advance and offset from the pen. */
export interface GlyphPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** The part of a fontkit font we use; fontkit's own typings omit layout's script and direction. */
export interface ShapingFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(
    text: string,
    features?: string[],
    script?: string,
    language?: string,
    direction?: 'ltr' | 'rtl',
  ): { glyphs: ShapedGlyph[]; positions: GlyphPosition[] };
  glyphForCodePoint(codePoint: number): ShapedGlyph;
}

/** One loaded font file, parsed once per process and shared by every document. */
export interface FontFace {
  /** Stable name, e.g. "vazirmatn-arabic-700". */
  id: string;
  script: FaceScript;
  weight: FontWeight;
  /** TrueType bytes (converted from WOFF, glyphs padded: see `sfntFromWoff`). */
  bytes: Uint8Array;
  font: ShapingFont;
  /** Whether this face has a glyph for the code point. */
  covers(codePoint: number): boolean;
}

export type FaceSet = Readonly<Record<FaceScript, FontFace>>;
export type FontFaces = Readonly<Record<FontWeight, FaceSet>>;

const FILES: Readonly<Record<FaceScript, (weight: number) => string>> = {
  arabic: (weight) => `@fontsource/vazirmatn/files/vazirmatn-arabic-${weight}-normal.woff`,
  latin: (weight) => `@fontsource/vazirmatn/files/vazirmatn-latin-${weight}-normal.woff`,
  latinExt: (weight) => `@fontsource/vazirmatn/files/vazirmatn-latin-ext-${weight}-normal.woff`,
  han: (weight) => `@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-${weight}-normal.woff`,
};
const WEIGHTS: Readonly<Record<FontWeight, number>> = { regular: 400, bold: 700 };

const require = createRequire(import.meta.url);

async function loadFace(script: FaceScript, weight: FontWeight): Promise<FontFace> {
  const specifier = FILES[script](WEIGHTS[weight]);
  const bytes = sfntFromWoff(new Uint8Array(await readFile(require.resolve(specifier))));
  const font = fontkit.create(bytes) as unknown as ShapingFont;
  const coverage = new Map<number, boolean>();
  return {
    id: specifier.slice(specifier.lastIndexOf('/') + 1, -'-normal.woff'.length),
    script,
    weight,
    bytes,
    font,
    covers(codePoint) {
      let has = coverage.get(codePoint);
      if (has === undefined) {
        has = font.hasGlyphForCodePoint(codePoint);
        coverage.set(codePoint, has);
      }
      return has;
    },
  };
}

async function loadFaceSet(weight: FontWeight): Promise<FaceSet> {
  const [arabic, latin, latinExt, han] = await Promise.all(
    (['arabic', 'latin', 'latinExt', 'han'] as const).map((script) => loadFace(script, weight)),
  );
  return { arabic, latin, latinExt, han } as FaceSet;
}

let loading: Promise<FontFaces> | undefined;

/**
 * Loads every face once per process (about 0.3 s, mostly inflating Noto Sans SC) and returns the
 * same parsed fonts on every later call. A failed load is not cached, so a later call retries.
 */
export function loadFontFaces(): Promise<FontFaces> {
  loading ??= Promise.all([loadFaceSet('regular'), loadFaceSet('bold')]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
