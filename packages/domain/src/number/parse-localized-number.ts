import { foldDigits } from '../text/digits.ts';

/**
 * Parsing of numbers typed or pasted in fa/ar/zh/en: Persian, Arabic-Indic, fullwidth and
 * ASCII digits; "." "٫" or a single "/" as decimal separator; "," "٬" "،" or spaces as
 * thousands separators. The grammar is strict on purpose: an ambiguous or garbled number
 * must be rejected (null), never guessed, because these feed money and financial models.
 */

/**
 * Bidi marks that Intl output and copy-paste from RTL text carry around numbers: LRM,
 * RLM, ALM (fa-IR Intl output starts with LRM, ar-EG with ALM).
 */
const BIDI_MARKS = /[\u200E\u200F\u061C]/g;

/**
 * Leading signs: ASCII '+'/'-', fullwidth '＋'/'－', and the minus forms found in Persian and
 * Arabic text: U+2212 MINUS SIGN (what Intl fa-IR prints), U+2012 FIGURE DASH, U+2013 EN DASH,
 * U+2010/U+2011 HYPHENs and U+FE63 SMALL HYPHEN-MINUS.
 */
const PLUS_SIGNS = new Set(['+', '\uFF0B']);
const MINUS_SIGNS = new Set(['-', '\u2212', '\u2012', '\u2013', '\u2010', '\u2011', '\uFE63', '\uFF0D']);

/**
 * Thousands separators: ASCII comma, ARABIC THOUSANDS SEPARATOR ٬ (U+066C), ARABIC COMMA ،
 * (U+060C), fullwidth comma, and spaces: ordinary, NO-BREAK (U+00A0), FIGURE (U+2007),
 * THIN (U+2009), NARROW NO-BREAK (U+202F, French-style grouping in some exports).
 */
const GROUP_SEPARATORS = ',\u066C\u060C\uFF0C \u00A0\u2007\u2009\u202F';

/**
 * Decimal separators: '.', fullwidth '．', ARABIC DECIMAL SEPARATOR ٫ (U+066B), and '/' (and
 * U+2044 FRACTION SLASH), which Persian texts use as a decimal point ("۲/۵" = 2.5, e.g.
 * "4,802,072/54" on acdinvestment.com). Exactly one decimal separator may appear, so dates
 * like "1403/01/15" and versions like "1.2.3" are rejected.
 */
const DECIMAL_SEPARATORS = '.\uFF0E\u066B/\u2044';
const SLASH_SEPARATORS = '/\u2044';

const DIGITS_ONLY = /^\d+$/;
const LEADING_ZEROS = /^0+(?=\d)/;
const TRAILING_ZEROS = /0+$/;

/**
 * Checks the integer part: plain digits, or groups of three after a first group of 1–3
 * digits, all with the same separator ("1,234,567", "۱٬۲۳۴", "1 234 567"). "1,23" or
 * "12,3456" are not groupings and are rejected rather than read as 123 or 123456.
 */
function readIntegerPart(part: string): string | null {
  if (DIGITS_ONLY.test(part)) return part;
  const separator = [...part].find((c) => GROUP_SEPARATORS.includes(c));
  if (separator === undefined) return null;
  const groups = part.split(separator);
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return null;
  if (!rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join('');
}

/**
 * Returns the exact canonical decimal string of a localized number, or null when `input` is
 * not a number by the rules below. Canonical form: optional "-", no leading zeros, no
 * trailing fractional zeros, no "." without digits after it, "0" for zero (never "-0"),
 * e.g. "−۱٬۲۳۴٫۵۰" → "-1234.5", "۲/۵" → "2.5", ".5" → "0.5".
 *
 * Accepted: surrounding whitespace and LRM/RLM/ALM marks; one leading sign (+, -, U+2212 and
 * other minus forms listed above), optionally followed by spaces; Persian, Arabic-Indic,
 * fullwidth or ASCII digits (mixed sets allowed); thousands grouping as in `readIntegerPart`;
 * one decimal separator among . ٫ / (a "/" needs digits on both sides).
 * Rejected (null): "", "12abc", "1.2.3", "1403/01/15", "5.", "1,5", "1e5", "0x10",
 * "NaN", "Infinity", "10%", a trailing minus, grouping in the fraction.
 *
 * Exact: no float is involved, so it is safe for money (`Money.amount`).
 */
export function parseDecimalString(input: string): string | null {
  let text = foldDigits(input.replace(BIDI_MARKS, '')).trim();
  let isNegative = false;
  const sign = text[0];
  if (sign !== undefined && (PLUS_SIGNS.has(sign) || MINUS_SIGNS.has(sign))) {
    isNegative = MINUS_SIGNS.has(sign);
    text = text.slice(1).trimStart();
  }
  if (text === '') return null;

  // The first decimal separator splits the number; the fraction must then be digits only,
  // which also rejects a second separator ("1.2.3", "1403/01/15").
  const characters = [...text];
  const decimalAt = characters.findIndex((c) => DECIMAL_SEPARATORS.includes(c));
  let integerText = text;
  let fractionText = '';
  if (decimalAt !== -1) {
    integerText = characters.slice(0, decimalAt).join('');
    fractionText = characters.slice(decimalAt + 1).join('');
    if (!DIGITS_ONLY.test(fractionText)) return null;
    const separator = characters[decimalAt] ?? '';
    if (SLASH_SEPARATORS.includes(separator) && integerText === '') return null;
  }
  const integerDigits = integerText === '' ? '0' : readIntegerPart(integerText);
  if (integerDigits === null) return null;

  const integer = integerDigits.replace(LEADING_ZEROS, '');
  const fraction = fractionText.replace(TRAILING_ZEROS, '');
  const magnitude = fraction === '' ? integer : `${integer}.${fraction}`;
  const isZero = integer === '0' && fraction === '';
  return isNegative && !isZero ? `-${magnitude}` : magnitude;
}

/**
 * Returns the localized number in `input` as a JavaScript number, or null when
 * `parseDecimalString` rejects it (same grammar). The result is the nearest double, so it
 * may round very long inputs (beyond ~15–17 significant digits); use `parseDecimalString`
 * for money and anything that must stay exact.
 */
export function parseLocalizedNumber(input: string): number | null {
  const decimal = parseDecimalString(input);
  if (decimal === null) return null;
  const value = Number(decimal);
  return Number.isFinite(value) ? value : null;
}
