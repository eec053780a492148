/**
 * Detection of the character encoding of an uploaded text file (CSV) from its first bytes.
 *
 * The encodings Karvan reads: UTF-8 (with or without the BOM Excel's "CSV UTF-8" writes),
 * UTF-16 (Excel's "Unicode Text"), and Windows-1256, the legacy Persian/Arabic Windows code
 * page that older Excel versions and Persian Windows still write for "CSV". Other legacy code
 * pages (ISO-8859-6, Mac Arabic, GBK, …) are deliberately not guessed: a wrong guess silently
 * produces plausible-looking garbage, so the server refuses such files (`encoding_unreadable`
 * when the decoded text turns out unreadable) and asks for UTF-8.
 */

/** The encodings `detectTextEncoding` can report; each is a valid `TextDecoder` label. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1256';

/**
 * Returns the length of the UTF-8 sequence starting at `bytes[index]` when it is well formed,
 * 0 when it is malformed, and -1 when it is a valid prefix cut by the end of the sample.
 * Well formed per the Unicode Standard, Table 3-7: no overlong forms, no surrogates
 * (ED A0–BF), nothing above U+10FFFF (F4 90+, F5–FF), no stray continuation bytes.
 */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  if (lead < 0x80) return 1;
  let length: number;
  let secondMin = 0x80;
  let secondMax = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) secondMin = 0xa0;
    if (lead === 0xed) secondMax = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) secondMin = 0x90;
    if (lead === 0xf4) secondMax = 0x8f;
  } else return 0;
  for (let offset = 1; offset < length; offset += 1) {
    const position = index + offset;
    if (position >= bytes.length) return -1;
    const byte = bytes[position] ?? 0;
    const [min, max] = offset === 1 ? [secondMin, secondMax] : [0x80, 0xbf];
    if (byte < min || byte > max) return 0;
  }
  return length;
}

/**
 * Returns true when `bytes` is well-formed UTF-8, except that the last sequence may be cut
 * short by the end of the sample (the server reads only the first few kilobytes).
 */
function isUtf8(bytes: Uint8Array): boolean {
  let index = 0;
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index);
    if (length === 0) return false;
    if (length === -1) return true;
    index += length;
  }
  return true;
}

/**
 * UTF-16 without a BOM, recognised by its high bytes: text of Karvan's languages in UTF-16 has
 * 0x00 (Latin letters, digits, commas, line breaks) or 0x06 (the Arabic block, U+0600–U+06FF)
 * as the high byte of nearly every code unit, bytes that almost never occur in UTF-8 or
 * Windows-1256 text. Returns the byte order when at least half the code units' high bytes are
 * 0x00/0x06 and the low bytes contain almost no 0x00 (so that the order is unambiguous).
 */
function detectUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.floor(bytes.length / 2);
  if (units < 2) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  let evenZero = 0;
  let oddZero = 0;
  for (let unit = 0; unit < units; unit += 1) {
    const even = bytes[2 * unit] ?? 0;
    const odd = bytes[2 * unit + 1] ?? 0;
    if (even === 0x00 || even === 0x06) evenHigh += 1;
    if (odd === 0x00 || odd === 0x06) oddHigh += 1;
    if (even === 0x00) evenZero += 1;
    if (odd === 0x00) oddZero += 1;
  }
  if (oddHigh * 2 >= units && evenZero * 10 <= units) return 'utf-16le';
  if (evenHigh * 2 >= units && oddZero * 10 <= units) return 'utf-16be';
  return null;
}

/**
 * Returns the encoding of a text file from a sample of its first bytes (a few KiB suffice):
 *
 * 1. A byte order mark decides: EF BB BF → 'utf-8-bom', FF FE → 'utf-16le', FE FF → 'utf-16be'.
 * 2. UTF-16 without BOM, when the high bytes are clearly 0x00/0x06 (see above).
 * 3. Well-formed UTF-8 (pure ASCII and the empty sample included) → 'utf-8'; a multi-byte
 *    sequence cut by the end of the sample is tolerated.
 * 4. Anything else → 'windows-1256', the only legacy code page accepted. Every byte is defined
 *    in it (WHATWG Encoding Standard), so decoding never fails; the caller should still check
 *    the decoded text (e.g. for control characters) before trusting it.
 *
 * Decode with `new TextDecoder(name === 'utf-8-bom' ? 'utf-8' : name)`; the UTF-8 and UTF-16
 * decoders strip the BOM by default.
 */
export function detectTextEncoding(sample: Uint8Array): TextEncodingName {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const utf16 = detectUtf16WithoutBom(sample);
  if (utf16 !== null) return utf16;
  return isUtf8(sample) ? 'utf-8' : 'windows-1256';
}
