import { normalizeForSearch } from '../text/normalize-for-search.ts';

/** Everything but letters, combining marks and digits, after search folding. */
const NON_KEY_CHARACTERS = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * Returns the comparison key of a header, code, label or reference name typed in an import
 * file: `normalizeForSearch` (NFKC, so full-width "（" and "Ａ" become ASCII; case; Arabic
 * yeh/kaf/teh marbuta/hamza forms folded to Persian; ZWNJ, BOM and bidi marks dropped; Persian,
 * Arabic-Indic and full-width digits → ASCII), then every character that is not a letter, mark
 * or digit removed — spaces, underscores, hyphens, slashes, dots and brackets alike.
 *
 * Examples: "title_fa", "Title FA" and "TITLE-FA" → "titlefa"; "عنوان (فارسی)" and
 * "عنوان（فارسي）" → "عنوانفارسی"; "BOT / PPP" and "bot-ppp" → "botppp"; "IR-۰۷" → "ir07".
 * Removing all punctuation is safe here because these keys name things from short, closed
 * lists; the tests check that no two entries of one list fold to the same key.
 */
export function foldImportKey(s: string): string {
  return normalizeForSearch(s).replace(NON_KEY_CHARACTERS, '');
}

/** A key folded from two different values: refuse to guess. */
const AMBIGUOUS = Symbol('ambiguous');

/**
 * A map from folded keys to values, built once per import so each cell resolves in O(1).
 * A key that two different values claim is remembered as ambiguous and resolves to nothing,
 * so "whichever came first" never silently decides what a row means.
 */
export class FoldedKeyIndex<Value> {
  readonly #entries = new Map<string, Value | typeof AMBIGUOUS>();

  /** Adds `key` (already folded) for `value`; empty keys are ignored. */
  addFolded(key: string, value: Value): void {
    if (key === '') return;
    const existing = this.#entries.get(key);
    if (existing === undefined) this.#entries.set(key, value);
    else if (existing !== value) this.#entries.set(key, AMBIGUOUS);
  }

  /** Adds `foldImportKey(text)` for `value`. */
  add(text: string, value: Value): void {
    this.addFolded(foldImportKey(text), value);
  }

  /** Returns the value of an already folded key, or null when unknown or ambiguous. */
  getFolded(key: string): Value | null {
    const value = this.#entries.get(key);
    return value === undefined || value === AMBIGUOUS ? null : value;
  }

  /** Returns the value whose key folds like `text`, or null when unknown or ambiguous. */
  get(text: string): Value | null {
    return this.getFolded(foldImportKey(text));
  }

  /** Returns the folded keys that two different values claim, in insertion order. */
  ambiguousKeys(): string[] {
    return [...this.#entries].filter(([, value]) => value === AMBIGUOUS).map(([key]) => key);
  }

  /** Returns true when two different values fold to the key of `text`. */
  isAmbiguous(text: string): boolean {
    return this.#entries.get(foldImportKey(text)) === AMBIGUOUS;
  }
}
