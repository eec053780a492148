/**
 * Text engine: one search normalisation for fa/ar/zh/en, word segmentation, and detection
 * of unsafe characters in user input. Imported as `@karvan/domain/text`.
 */
export { foldDigits } from './digits.ts';
export { normalizeForSearch } from './normalize-for-search.ts';
export { toSearchIndexText, toSearchText } from './search-text.ts';
export { segmentWords } from './segment-words.ts';
export {
  findUnsafeCharacters,
  hasUnsafeCharacters,
  type UnsafeCharacter,
  type UnsafeCharacterKind,
} from './unsafe-characters.ts';
