/**
 * Text engine: one search normalisation for fa/ar/zh/en, word segmentation, detection of
 * unsafe characters in user input, and detection of the encoding of uploaded text files.
 * Imported as `@karvan/domain/text`.
 */
export { foldDigits } from './digits.ts';
export { detectTextEncoding, type TextEncodingName } from './encoding.ts';
export { normalizeForSearch } from './normalize-for-search.ts';
export { toSearchIndexText, toSearchText } from './search-text.ts';
export { segmentWords } from './segment-words.ts';
export {
  findUnsafeCharacters,
  hasUnsafeCharacters,
  type UnsafeCharacter,
  type UnsafeCharacterKind,
} from './unsafe-characters.ts';
