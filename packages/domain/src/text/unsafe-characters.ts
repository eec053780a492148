/**
 * Detection of characters that must not appear in user-supplied names and texts.
 *
 * Bidi embedding/override/isolate controls let a name display differently from what it
 * contains ("Trojan Source", CVE-2021-42574): "‮gpj.exe" shows as "exe.jpg". Other control
 * characters corrupt logs, CSV exports and terminals, and PostgreSQL rejects U+0000.
 * Legitimate invisible characters of fa/ar text are NOT flagged: ZWNJ (U+200C, required by
 * Persian orthography), ZWJ (U+200D), and the marks LRM/RLM/ALM (U+200E, U+200F, U+061C)
 * that only nudge neutral characters and cannot reorder text.
 */

/** Why a character was flagged by `findUnsafeCharacters`. */
export type UnsafeCharacterKind = 'bidi-control' | 'control' | 'lone-surrogate';

/** One flagged character: UTF-16 index in the input, code point as "U+202E", and kind. */
export type UnsafeCharacter = {
  readonly index: number;
  readonly codePoint: string;
  readonly kind: UnsafeCharacterKind;
};

/**
 * LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069).
 * Kept out of a single character class regex on purpose, so the list reads as the spec.
 */
function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F); tab and line feed are allowed. */
function isDisallowedControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a) return false;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

function formatCodePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Returns every unsafe character in `s`, in order: bidi embedding/override/isolate
 * controls (U+202A–U+202E, U+2066–U+2069), C0 and C1 control characters and DEL except
 * tab and line feed (a carriage return is accepted only as part of CR LF, which Windows
 * clipboards and CSV files carry), and unpaired UTF-16 surrogates (not valid Unicode text;
 * they become U+FFFD or an error in PostgreSQL). An empty array means the text is safe.
 */
export function findUnsafeCharacters(s: string): UnsafeCharacter[] {
  const found: UnsafeCharacter[] = [];
  for (let index = 0; index < s.length; index += 1) {
    const code = s.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = s.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 1;
        continue;
      }
      found.push({ index, codePoint: formatCodePoint(code), kind: 'lone-surrogate' });
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      found.push({ index, codePoint: formatCodePoint(code), kind: 'lone-surrogate' });
    } else if (isBidiControl(code)) {
      found.push({ index, codePoint: formatCodePoint(code), kind: 'bidi-control' });
    } else if (code === 0x0d && s.charCodeAt(index + 1) === 0x0a) {
      // CR LF line break: accepted.
    } else if (isDisallowedControl(code)) {
      found.push({ index, codePoint: formatCodePoint(code), kind: 'control' });
    }
  }
  return found;
}

/**
 * Returns true when `s` contains at least one character `findUnsafeCharacters` would flag;
 * the API rejects such names and texts instead of silently stripping them.
 */
export function hasUnsafeCharacters(s: string): boolean {
  return findUnsafeCharacters(s).length > 0;
}
