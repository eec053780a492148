import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldDigits } from './digits.ts';
import { normalizeForSearch } from './normalize-for-search.ts';
import { toSearchText } from './search-text.ts';

/**
 * The 65 hazm / persian-tools cases of data/text/text_normalization_test_cases.json.
 *
 * Those libraries FORMAT text for display (insert ZWNJ, use Persian digits, «» quotes);
 * we FOLD text for search. So for most cases the property that matters is equivalence:
 * the library's input and its expected output must fold to the same search text. Cases
 * whose transformation is not a search folding are listed in NOT_SEARCH_FOLDING with the
 * reason, and a test checks that list is exact.
 */

type ReferenceCase = {
  library: string;
  function: string;
  input: string;
  expected: string | boolean;
  source: string;
  passes_on_4_0_4?: boolean;
};

const url = new URL('../../../../data/text/text_normalization_test_cases.json', import.meta.url);
const cases = (JSON.parse(readFileSync(url, 'utf8')) as { cases: ReferenceCase[] }).cases;

const keyOf = (c: ReferenceCase): string => `${c.function}: ${c.input}`;

/** Cases that do not describe a search folding, by name, with the reason. */
const NOT_SEARCH_FOLDING: ReadonlyMap<string, string> = new Map([
  ['isPersian: این یک متن فارسی است؟', 'script classifier (boolean), not a normalisation'],
  ['isPersian: هل هذا نص فارسي؟', 'script classifier (boolean), not a normalisation'],
  ['isPersian: 这是波斯文字吗?', 'script classifier (boolean), not a normalisation'],
  ['isPersian: ', 'script classifier (boolean), not a normalisation'],
  ['isArabic: این یک متن فارسی است؟', 'script classifier (boolean), not a normalisation'],
  ['isArabic: هل هذا نص فارسي؟', 'script classifier (boolean), not a normalisation'],
  ['isArabic: Lorem Ipsum Test', 'script classifier (boolean), not a normalisation'],
  ['isArabic: ', 'script classifier (boolean), not a normalisation'],
  [
    'normalize: اِعلاممممم کَرد : « زمین لرزه ای به بُزرگیِ 6 دهم ریشتر ...»',
    'hazm also collapses repeated letters (اعلاممممم → اعلام): a spelling correction, not folding; the rest of the sentence is checked below',
  ],
  [
    'remove_specials_chars: پیامبر اکرم ﷺ',
    'hazm deletes ﷺ; we keep its NFKC expansion "صلى الله عليه وسلم" so the words stay searchable',
  ],
]);

const foldingCases = cases.filter((c) => !NOT_SEARCH_FOLDING.has(keyOf(c)));

describe('hazm / persian-tools reference cases (data/text/text_normalization_test_cases.json)', () => {
  it('has the 65 cases, of which 4 halfSpace cases fail on persian-tools 4.0.4 itself', () => {
    expect(cases).toHaveLength(65);
    expect(cases.filter((c) => c.passes_on_4_0_4 === false).map((c) => c.function)).toEqual([
      'halfSpace',
      'halfSpace',
      'halfSpace',
      'halfSpace',
    ]);
  });

  it('every case named in NOT_SEARCH_FOLDING exists (the exclusion list is not stale)', () => {
    const keys = new Set(cases.map(keyOf));
    for (const key of NOT_SEARCH_FOLDING.keys()) expect(keys.has(key), key).toBe(true);
    expect(foldingCases).toHaveLength(65 - NOT_SEARCH_FOLDING.size);
  });

  const digitCases = foldingCases.filter((c) => c.function.startsWith('digits'));
  it.each(digitCases.map((c) => [c.function, c.input, c]))(
    '%s(%s): input and expected fold to the same ASCII digits',
    (_f, _i, c) => {
      expect(typeof c.expected).toBe('string');
      const folded = foldDigits(c.input);
      expect(folded).toBe(foldDigits(String(c.expected)));
      expect(folded).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
    },
  );

  const exactCases = foldingCases.filter((c) =>
    ['toPersianChars', 'remove_diacritics', 'correct_spacing'].includes(c.function),
  );
  it.each(exactCases.map((c) => [c.function, c.input, c]))(
    '%s(%s): normalizeForSearch(input) = normalizeForSearch(expected)',
    (_f, _i, c) => {
      expect(normalizeForSearch(c.input)).toBe(normalizeForSearch(String(c.expected)));
    },
  );

  it('toPersianChars and remove_diacritics outputs are already in folded form', () => {
    for (const c of foldingCases.filter((x) =>
      ['toPersianChars', 'remove_diacritics'].includes(x.function),
    )) {
      expect(normalizeForSearch(c.input), keyOf(c)).toBe(c.expected);
    }
  });

  // halfSpace (persian-tools) and seperate_mi (hazm) produce display text with ZWNJ, which
  // normalizeForSearch deliberately never outputs. What search needs is that the spaced,
  // ZWNJ and joined spellings fold alike; this includes the 4 cases 4.0.4 itself fails.
  const equivalenceCases = foldingCases.filter((c) =>
    ['halfSpace', 'seperate_mi', 'persian_style', 'persian_number', 'unicodes_replacement'].includes(
      c.function,
    ),
  );
  it.each(equivalenceCases.map((c) => [c.function, c.input, c]))(
    '%s(%s): input and expected give the same search text',
    (_f, _i, c) => {
      expect(toSearchText(c.input)).toBe(toSearchText(String(c.expected)));
    },
  );

  it('every remaining case is checked by one of the groups above', () => {
    const checked = new Set([...digitCases, ...exactCases, ...equivalenceCases]);
    expect(foldingCases.filter((c) => !checked.has(c))).toEqual([]);
  });

  it('excluded hazm normalize case: all but the letter elongation folds alike', () => {
    const input = 'اِعلاممممم کَرد : « زمین لرزه ای به بُزرگیِ 6 دهم ریشتر ...»';
    const expected = 'اعلام کرد: «زمین‌لرزه‌ای به بزرگی ۶ دهم ریشتر …»';
    expect(toSearchText(input)).not.toBe(toSearchText(expected));
    expect(toSearchText(input.replace('اِعلاممممم', 'اِعلام'))).toBe(toSearchText(expected));
  });

  it('excluded remove_specials_chars case: ﷺ is expanded, not deleted', () => {
    expect(normalizeForSearch('پیامبر اکرم ﷺ')).toBe('پیامبر اکرم صلی الله علیه وسلم');
  });

  it('folding erases the yeh difference the isPersian/isArabic classifiers rely on: run them on raw text', () => {
    expect(normalizeForSearch('هل هذا نص فارسي؟')).toBe('هل هذا نص فارسی?');
  });
});
