import { AppError } from '../errors.ts';

export const MAX_FILE_NAME_LENGTH = 200;

/**
 * Invisible characters removed from names: C0/C1 controls and DEL; the bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069) and marks (LRM U+200E, RLM U+200F, ALM U+061C),
 * which can show "report‮fdp.exe" as "reportexe.pdf"; and the byte-order mark. ZWNJ (U+200C) and
 * ZWJ (U+200D) stay: Persian spelling needs them ("می‌خواهد").
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Characters Windows refuses in names; replaced so a downloaded copy saves under the same name. */
const WINDOWS_RESERVED = /[<>:"|?*]/g;
/** Longest tail kept as the extension when shortening ("tar.gz" is two; only the last is kept). */
const MAX_EXTENSION_LENGTH = 16;

function shorten(name: string): string {
  const chars = Array.from(name); // code points: never split a surrogate pair
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length < 2 || extension.length > MAX_EXTENSION_LENGTH) {
    return chars.slice(0, MAX_FILE_NAME_LENGTH).join('').trimEnd();
  }
  const base = Array.from(name.slice(0, dot));
  return (
    base
      .slice(0, MAX_FILE_NAME_LENGTH - extension.length)
      .join('')
      .trimEnd() + extension.join('')
  );
}

/**
 * A file name safe to store and to send back in Content-Disposition: the last path segment only
 * (both `/` and `\` separate), without invisible or direction-changing characters, `.`/`..`,
 * leading dots or trailing dots and spaces, NFC-normalised, at most 200 characters with the
 * extension kept. Throws `dataroom.file_name_invalid` when nothing is left.
 */
export function sanitizeFileName(name: string): string {
  const visible = name.normalize('NFC').replace(INVISIBLE, '');
  const lastSegment = visible.split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(WINDOWS_RESERVED, '_')
    .trim()
    // No hidden files, no "." or "..", and Windows drops trailing dots and spaces anyway.
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (cleaned === '') throw new AppError('dataroom.file_name_invalid');
  return shorten(cleaned);
}
