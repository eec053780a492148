/**
 * Digit folding shared by search normalisation and number parsing.
 *
 * Source: Unicode / CLDR numbering systems `arab` (U+0660–U+0669, Arabic-Indic) and
 * `arabext` (U+06F0–U+06F9, Extended Arabic-Indic, the digits Persian uses); see
 * data/text/text_normalization_chars.csv, group `digit`.
 */

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;
const FULLWIDTH_ZERO = 0xff10;

const FOREIGN_DIGIT_PATTERN = /[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g;

/**
 * Returns `s` with Persian (۰–۹), Arabic-Indic (٠–٩) and fullwidth (０–９) digits replaced
 * by ASCII 0–9; every other character is kept as it is.
 *
 * Why: the same quantity is typed with three digit sets in fa/ar text (and fullwidth digits
 * by Chinese input methods); search and parsing must treat "۱۴۰۳", "١٤٠٣" and "1403" as one
 * value. Decimal (٫) and thousands (٬) separators are deliberately NOT touched here: their
 * meaning depends on context and is handled by `parseDecimalString` and `normalizeForSearch`.
 */
export function foldDigits(s: string): string {
  return s.replace(FOREIGN_DIGIT_PATTERN, (digit) => {
    const code = digit.charCodeAt(0);
    const zero =
      code >= FULLWIDTH_ZERO ? FULLWIDTH_ZERO : code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String.fromCharCode(0x30 + code - zero);
  });
}
