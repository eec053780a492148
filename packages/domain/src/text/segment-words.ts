/**
 * Word segmentation through `Intl.Segmenter` (ICU, UAX #29 word boundaries plus ICU's
 * dictionary for Chinese and Japanese), so Chinese, which is written without spaces, is
 * split into words the same way whether or not the writer put spaces in.
 */

/**
 * Segmentation does not depend on the locale for fa/ar/zh/en in ICU 78 (checked: identical
 * output for "en", "zh", "fa"), but `Intl.Segmenter` with no locale falls back to the
 * process's default locale; a fixed default keeps the function pure and the index stable.
 */
export const DEFAULT_SEGMENTATION_LOCALE = 'en';

/** One segmenter per locale: constructing an ICU break iterator is the expensive part. */
const segmenters = new Map<string, Intl.Segmenter>();

/** Returns the cached word segmenter for `locale` (internal to the text module). */
export function getWordSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * Returns the words of `s` in order: the `Intl.Segmenter` word segments whose `isWordLike`
 * is true (letters, numbers, ideographs), dropping spaces, punctuation and symbols.
 * "铜矿开采" and "铜矿 开采" both give ["铜", "矿", "开采"] with Node 20's ICU dictionary.
 *
 * `locale` is a BCP 47 tag handed to `Intl.Segmenter`; it defaults to "en" (see above).
 */
export function segmentWords(s: string, locale: string = DEFAULT_SEGMENTATION_LOCALE): string[] {
  const words: string[] = [];
  for (const segment of getWordSegmenter(locale).segment(s)) {
    if (segment.isWordLike === true) words.push(segment.segment);
  }
  return words;
}
