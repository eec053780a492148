import type { FaceScript, FaceSet, FontFace } from './font-faces.ts';

const ARABIC = /\p{Script=Arabic}/u;
const HAN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;
const LATIN = /\p{Script=Latin}/u;
/**
 * Format characters no face draws (bidi marks and isolates, soft hyphen, BOM): they have done their
 * work in the bidi step and would otherwise show as boxes. ZWNJ and ZWJ stay: Persian needs them
 * for shaping (می‌خواهم), and Vazirmatn has zero-width glyphs for both.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}]/u;
const KEPT_FORMAT = new Set([0x200c, 0x200d]);

/** Faces to try for characters of no particular script (digits, spaces, punctuation), in order. */
const NEUTRAL_ORDER: readonly FaceScript[] = ['latin', 'latinExt', 'arabic', 'han'];

function preferredScript(char: string): FaceScript | undefined {
  if (ARABIC.test(char)) return 'arabic';
  if (HAN.test(char)) return 'han';
  if (LATIN.test(char)) return 'latin';
  return undefined;
}

/** True for characters dropped before drawing (see INVISIBLE). */
export function isInvisible(codePoint: number): boolean {
  return !KEPT_FORMAT.has(codePoint) && INVISIBLE.test(String.fromCodePoint(codePoint));
}

/**
 * Chooses the face for each UTF-16 unit of `text` (both units of a surrogate pair get the same
 * face; invisible format characters get null). A letter goes to the face of its script (Latin
 * letters try the Latin then the Latin-extended face). A neutral character (space, digit,
 * punctuation, ZWNJ) stays in the face of the character before it when that face has it, so
 * "مس سرچشمه" or "铜矿，2026" stays one run and shapes as one; otherwise the first face in
 * NEUTRAL_ORDER that has it. A character no face has falls back to the Latin face (its .notdef box):
 * the faces cover Persian, Arabic, Latin and the Simplified Chinese of GB 2312 and more.
 */
export function pickFaces(text: string, faces: FaceSet): Array<FontFace | null> {
  const picked: Array<FontFace | null> = new Array(text.length).fill(null);
  let previous: FontFace | undefined;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i) as number;
    const units = codePoint > 0xffff ? 2 : 1;
    if (!isInvisible(codePoint)) {
      const face = chooseFace(codePoint, faces, previous);
      for (let k = 0; k < units; k++) picked[i + k] = face;
      previous = face;
    }
    i += units;
  }
  return picked;
}

function chooseFace(codePoint: number, faces: FaceSet, previous: FontFace | undefined): FontFace {
  const script = preferredScript(String.fromCodePoint(codePoint));
  if (script === 'arabic' || script === 'han') {
    if (faces[script].covers(codePoint)) return faces[script];
  } else if (script === 'latin') {
    if (faces.latin.covers(codePoint)) return faces.latin;
    if (faces.latinExt.covers(codePoint)) return faces.latinExt;
  } else if (previous?.covers(codePoint)) {
    return previous;
  }
  for (const name of NEUTRAL_ORDER) if (faces[name].covers(codePoint)) return faces[name];
  return faces.latin;
}
