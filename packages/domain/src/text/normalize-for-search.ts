import { foldDigits } from './digits.ts';

/**
 * Search folding for fa/ar/zh/en text: the one normalisation applied both when a record is
 * indexed and when a query is typed (DESIGN.md, decision 4).
 *
 * Reference data: data/text/text_normalization_chars.csv (hazm 0.10.0 translation table,
 * persian-tools 4.0.4 `toPersianChars`, plus the editorial rows marked as such there).
 */

/**
 * Letter folding, one entry per `letter` row of text_normalization_chars.csv.
 * Applied after NFKC, so Arabic presentation forms (ﻙ, ﯼ, ﻻ …) have already become the
 * base letters listed here.
 */
const LETTER_FOLDING: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي ARABIC YEH → ی FARSI YEH (hazm + persian-tools)
  '\u0649': '\u06CC', // ى ALEF MAKSURA → ی (hazm + persian-tools)
  '\u0626': '\u06CC', // ئ YEH WITH HAMZA ABOVE → ی (editorial row)
  '\u0643': '\u06A9', // ك ARABIC KAF → ک KEHEH (hazm + persian-tools)
  '\u0629': '\u0647', // ة TEH MARBUTA → ه HEH (the csv leaves this "per field"; we fold, see below)
  '\u06C0': '\u0647', // ۀ HEH WITH YEH ABOVE → ه (editorial row)
  '\u0623': '\u0627', // أ ALEF WITH HAMZA ABOVE → ا (editorial row)
  '\u0625': '\u0627', // إ ALEF WITH HAMZA BELOW → ا (editorial row)
  '\u0622': '\u0627', // آ ALEF WITH MADDA → ا (Karvan brief; not in the csv)
  '\u0671': '\u0627', // ٱ ALEF WASLA → ا (Karvan brief; not in the csv)
  '\u0624': '\u0648', // ؤ WAW WITH HAMZA ABOVE → و (editorial row)
};

/**
 * Arabic punctuation → ASCII, the `punct` rows of the csv. Mapping ٫ to "." makes "۲٫۵"
 * and "2.5" the same search token; ٬ and ، become "," and are then dropped between digit
 * groups (see THOUSANDS_SEPARATOR) or by word segmentation.
 */
const PUNCTUATION_FOLDING: Readonly<Record<string, string>> = {
  '\u066B': '.', // ٫ ARABIC DECIMAL SEPARATOR
  '\u066C': ',', // ٬ ARABIC THOUSANDS SEPARATOR
  '\u060C': ',', // ، ARABIC COMMA
  '\u061B': ';', // ؛ ARABIC SEMICOLON
  '\u061F': '?', // ؟ ARABIC QUESTION MARK
  '\u066A': '%', // ٪ ARABIC PERCENT SIGN
};

const FOLDED_CHARACTER_PATTERN = new RegExp(
  `[${Object.keys(LETTER_FOLDING).join('')}${Object.keys(PUNCTUATION_FOLDING).join('')}]`,
  'g',
);

/**
 * U+FDFD ARABIC LIGATURE BISMILLAH has no compatibility decomposition, so NFKC leaves it
 * alone; hazm's `unicodes_replacement` spells it out (test case in
 * text_normalization_test_cases.json). Its neighbours U+FDFA/U+FDFB are expanded by NFKC.
 */
const BISMILLAH_LIGATURE = /\uFDFD/g;
const BISMILLAH_TEXT = 'بسم الله الرحمن الرحیم';

/** Tatweel (kashida) only stretches a letter: remove (hazm `extra_space_patterns`). */
const TATWEEL = /\u0640/g;

/**
 * Word-separating invisibles: ZWNJ (U+200C, Persian nim-fasele) and ZERO WIDTH SPACE
 * (U+200B, sometimes typed instead of ZWNJ) become a space. See ZWNJ decision below.
 */
const INVISIBLE_SEPARATORS = /[\u200B\u200C]/g;

/**
 * Every other format character (ZWJ, LRM, RLM, ALM, bidi embeddings/overrides/isolates,
 * BOM, soft hyphen, Arabic number signs, tags …) is invisible and carries no searchable
 * meaning: remove. Control characters other than whitespace are removed too.
 */
const FORMAT_AND_CONTROL_CHARACTERS = /[\p{Cf}\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/gu;

/**
 * Combining marks removed after NFD: Latin/Greek/Cyrillic diacritics (é → e) and Arabic
 * harakat, superscript alef and Quranic annotation marks (hazm `diacritics_patterns` and
 * `specials_chars_patterns`). Hamza above/below (U+0654/U+0655) and madda (U+0653) are in
 * this range, which also folds decomposed hamza sequences such as "هٔ" → "ه".
 * Deliberately a list of blocks rather than all of \p{Mn}: that would also strip Japanese
 * dakuten, Thai vowels and Devanagari signs, which change the word.
 */
const REMOVED_COMBINING_MARKS =
  /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u08D3-\u08E1\u08E3-\u08FF]/g;

/** A comma between a digit and a group of exactly three digits is a thousands separator. */
const THOUSANDS_SEPARATOR = /(?<=\d),(?=\d{3}(?!\d))/g;

/**
 * Persian text often omits the space between a number and a word ("۹کیلومتر"); Unicode
 * word segmentation would then keep "9کیلومتر" as one token. Split digit/Arabic-letter
 * boundaries only: Latin tokens like "H2O" or "5G" stay intact.
 */
const DIGIT_BEFORE_ARABIC_LETTER = /(?<=\d)(?=\p{sc=Arabic})(?=\p{L})/gu;
const ARABIC_LETTER_BEFORE_DIGIT = /(?<=\p{sc=Arabic})(?<=\p{L})(?=\d)/gu;

const WHITESPACE_RUN = /\s+/g;

/**
 * Persian inflectional affixes that are written joined, with a ZWNJ, or with a space:
 * "میروم" / "می‌روم" / "می روم", "بزرگتر" / "بزرگ‌تر" / "بزرگ تر", "خانهها" / "خانه‌ها" /
 * "خانه ها". When such an affix stands as its own token next to an Arabic-script word we
 * glue it on, so all three spellings fold to the joined form.
 *
 * Deliberately short. Left out on purpose:
 * - "هم" ("also") and "بی": standalone words too ("او هم رفت"; Arabic "بي" = "in me"), and
 *   gluing them would hide the next word from a one-word query.
 * - "ای": Arabic "أي" ("which/any") folds to "ای" and is very common.
 */
const JOINED_PREFIXES: ReadonlySet<string> = new Set(['می', 'نمی']);
const JOINED_SUFFIXES: ReadonlySet<string> = new Set([
  'ها',
  'های',
  'هایی',
  'هایم',
  'هایت',
  'هایش',
  'هایمان',
  'هایتان',
  'هایشان',
  'تر',
  'ترین',
]);

const STARTS_WITH_ARABIC_LETTER = /^(?=\p{sc=Arabic})\p{L}/u;
const ENDS_WITH_ARABIC_LETTER = /(?=\p{sc=Arabic})\p{L}$/u;
const TRAILING_PUNCTUATION = /^(.*?)[^\p{L}\p{N}]+$/u;

function foldCharacter(character: string): string {
  return LETTER_FOLDING[character] ?? PUNCTUATION_FOLDING[character] ?? character;
}

function joinPersianAffixes(text: string): string {
  if (text === '') return text;
  const tokens = text.split(' ');
  const joined: string[] = [];
  let pendingPrefix = '';
  for (const token of tokens) {
    const previous = joined.at(-1);
    // A suffix may carry trailing punctuation: "خانه ها،" → "خانهها،".
    const suffix = TRAILING_PUNCTUATION.exec(token)?.[1] ?? token;
    if (
      pendingPrefix === '' &&
      previous !== undefined &&
      JOINED_SUFFIXES.has(suffix) &&
      ENDS_WITH_ARABIC_LETTER.test(previous)
    ) {
      joined[joined.length - 1] = previous + token;
      continue;
    }
    if (pendingPrefix !== '') {
      if (STARTS_WITH_ARABIC_LETTER.test(token)) {
        joined.push(pendingPrefix + token);
        pendingPrefix = '';
        continue;
      }
      joined.push(pendingPrefix);
      pendingPrefix = '';
    }
    if (JOINED_PREFIXES.has(token)) {
      pendingPrefix = token;
      continue;
    }
    joined.push(token);
  }
  if (pendingPrefix !== '') joined.push(pendingPrefix);
  return joined.join(' ');
}

/**
 * Folds `s` to the canonical search form shared by indexing and querying, so that the
 * spellings users really type for one word compare equal. Steps, in order:
 *
 * 1. U+FDFD (﷽) spelled out as hazm does, then Unicode NFKC (presentation forms, ligatures,
 *    fullwidth Latin and digits, compatibility spaces).
 * 2. Letters: Arabic yeh ي, alef maksura ى and yeh-with-hamza ئ → Persian yeh ی; Arabic kaf
 *    ك → ک; teh marbuta ة and ۀ → ه; hamza forms أ إ آ ٱ → ا and ؤ → و; Arabic punctuation
 *    ٫ ٬ ، ؛ ؟ ٪ → . , , ; ? %. Teh marbuta is folded although the csv leaves it "per field":
 *    a search match across شركة/شرکه is worth more than the rare pair it conflates.
 * 3. Lowercase (locale-independent `toLowerCase`).
 * 4. Tatweel removed; ZWNJ and ZERO WIDTH SPACE → space; ZWJ, LRM, RLM, ALM, bidi
 *    controls, BOM, soft hyphen and other invisible format/control characters removed.
 * 5. NFD, harakat and Latin diacritics removed (مِس → مس, é → e), NFC again.
 * 6. Persian, Arabic-Indic and fullwidth digits → ASCII; "," between digit groups of three
 *    removed ("۱٬۲۳۴" → "1234"); a space inserted between a digit and an Arabic-script letter.
 * 7. Whitespace collapsed to single spaces and trimmed.
 * 8. Persian affixes می/نمی and ها/های/…/تر/ترین glued to the neighbouring word.
 *
 * ZWNJ decision: ZWNJ becomes a word break (a space), not nothing. Users who cannot type a
 * ZWNJ type a space, so "سنگ‌آهن" and "سنگ آهن" (the commonest pair) then fold to the same
 * tokens; for the verb/plural/comparative affixes, step 8 also brings the fully joined spelling
 * ("میروم", "بزرگتر") to the same form. A compound typed fully joined ("سنگآهن") still differs
 * from the spaced form; `toSearchIndexText` covers that direction by indexing the joined pair.
 *
 * Punctuation is kept (word segmentation drops it later); the result is meant for matching,
 * never for display.
 */
export function normalizeForSearch(s: string): string {
  let text = s.replace(BISMILLAH_LIGATURE, BISMILLAH_TEXT).normalize('NFKC');
  text = text.replace(FOLDED_CHARACTER_PATTERN, foldCharacter).toLowerCase();
  text = text
    .replace(TATWEEL, '')
    .replace(INVISIBLE_SEPARATORS, ' ')
    .replace(FORMAT_AND_CONTROL_CHARACTERS, '');
  text = text.normalize('NFD').replace(REMOVED_COMBINING_MARKS, '').normalize('NFC');
  text = foldDigits(text)
    .replace(THOUSANDS_SEPARATOR, '')
    .replace(DIGIT_BEFORE_ARABIC_LETTER, ' ')
    .replace(ARABIC_LETTER_BEFORE_DIGIT, ' ');
  text = text.replace(WHITESPACE_RUN, ' ').trim();
  return joinPersianAffixes(text);
}
