import { normalizeForSearch } from './normalize-for-search.ts';
import { DEFAULT_SEGMENTATION_LOCALE, getWordSegmenter, segmentWords } from './segment-words.ts';

/**
 * Builds the strings the server hands to PostgreSQL full-text search with the `simple`
 * configuration: `to_tsvector('simple', …)` for records and `plainto_tsquery('simple', …)`
 * for queries. PostgreSQL's own parser only splits on spaces and punctuation, so the
 * segmentation (Chinese) and folding (fa/ar) must happen here, identically on both sides.
 */

const ARABIC_SCRIPT_WORD = /^[\p{sc=Arabic}\p{N}]*\p{sc=Arabic}[\p{sc=Arabic}\p{N}]*$/u;
const HAN_WORD = /^\p{sc=Han}{2,}$/u;
const WHITESPACE_ONLY = /^\s+$/;

/**
 * Returns the canonical search text of `s`: `normalizeForSearch`, then `segmentWords`,
 * joined with single spaces. Use it for queries, and for documents when no extra recall is
 * wanted. Examples: "铜矿开采" and "铜矿 开采" → "铜 矿 开采"; "كرمان" → "کرمان";
 * "می‌روم", "میروم" and "می روم" → "میروم"; "۱۴۰۳" → "1403".
 *
 * Since `plainto_tsquery` ANDs its terms, a query matches a record exactly when every query
 * token is one of the record's tokens.
 */
export function toSearchText(s: string): string {
  return segmentWords(normalizeForSearch(s)).join(' ');
}

/**
 * Returns `toSearchText(s)` followed by extra index-only tokens that raise recall without
 * changing the canonical tokens (so ranking positions stay those of `toSearchText`):
 *
 * - for two Arabic-script words separated only by whitespace (a space or a ZWNJ in the
 *   source), their concatenation: a record "سنگ آهن" or "سنگ‌آهن" also holds "سنگآهن", so
 *   the fully joined query "سنگآهن" finds it (the canonical form cannot: it has no way to
 *   know where a joined compound splits);
 * - for a Chinese word of two or more Han characters, each character: ICU's dictionary may
 *   cut "中国铜矿石" as "中国 铜 矿石" while the query "铜矿" becomes "铜 矿"; with the
 *   characters indexed, the record still holds "矿".
 *
 * Use it only for `to_tsvector`; never for queries, since `plainto_tsquery` ANDs terms and
 * the extra tokens would then be required. Indexing with plain `toSearchText` stays correct,
 * only with less recall.
 */
export function toSearchIndexText(s: string): string {
  const normalized = normalizeForSearch(s);
  const words: string[] = [];
  const extras = new Set<string>();
  let previousWord: string | undefined;
  let onlyWhitespaceSincePrevious = true;
  for (const segment of getWordSegmenter(DEFAULT_SEGMENTATION_LOCALE).segment(normalized)) {
    if (segment.isWordLike !== true) {
      if (!WHITESPACE_ONLY.test(segment.segment)) onlyWhitespaceSincePrevious = false;
      continue;
    }
    const word = segment.segment;
    words.push(word);
    if (
      previousWord !== undefined &&
      onlyWhitespaceSincePrevious &&
      ARABIC_SCRIPT_WORD.test(previousWord) &&
      ARABIC_SCRIPT_WORD.test(word)
    ) {
      extras.add(previousWord + word);
    }
    if (HAN_WORD.test(word)) {
      for (const character of word) extras.add(character);
    }
    previousWord = word;
    onlyWhitespaceSincePrevious = true;
  }
  for (const word of words) extras.delete(word);
  return [...words, ...extras].join(' ');
}
