import type { Locale } from './locales.ts';

/**
 * Multilingual text, the one shape used everywhere (DESIGN.md decision 3): any subset of
 * the four languages. Provenance (source language, machine-translated or not) travels beside
 * it, not inside it.
 */
export type LocalizedText = Partial<Record<Locale, string>>;

/**
 * For each display locale, the order in which languages are tried when the text lacks the
 * display language. Every chain lists all four locales, starting with its own.
 *
 * - fa → fa, en, ar, zh and ar → ar, en, fa, zh: a Persian reader can sound out Arabic
 *   script but understands English far better in business text (Persian and Arabic share a
 *   script, not a language; Karvan's Iranian users work with foreign partners in English);
 *   likewise for Arabic readers and Persian. The other Arabic-script language comes next
 *   because names and places remain readable in it. This deliberately differs from the
 *   brief's first idea (fa → fa, ar, …): script is not comprehension.
 * - zh → zh, en, fa, ar: English is the Chinese partners' working language with Iran; after
 *   it, Persian comes before Arabic because most Karvan content is written in Persian first.
 * - en → en, zh, fa, ar: an English reader reads none of the others; Chinese first because
 *   Chinese organisations write their own profiles, then Persian, the main source language.
 *
 * Change the order here, in one place; `pickLocalizedText` marks every fallback so the UI can
 * say "shown in English" and set `lang`/`dir` from the language actually shown.
 */
export const FALLBACK_CHAINS: Readonly<Record<Locale, readonly Locale[]>> = {
  fa: ['fa', 'en', 'ar', 'zh'],
  ar: ['ar', 'en', 'fa', 'zh'],
  zh: ['zh', 'en', 'fa', 'ar'],
  en: ['en', 'zh', 'fa', 'ar'],
};

/** The text chosen for display, its language, and whether it is not the requested one. */
export type PickedText = {
  readonly text: string;
  readonly locale: Locale;
  readonly isFallback: boolean;
};

/**
 * Returns the first language along `FALLBACK_CHAINS[locale]` whose text is present and not
 * blank, with `isFallback` true when that is not `locale` itself; returns null when the
 * text has no non-blank language at all (also for null/undefined text). The text is
 * returned as stored (not trimmed): blankness is only used to skip empty entries.
 */
export function pickLocalizedText(text: LocalizedText | null | undefined, locale: Locale): PickedText | null {
  if (text === null || text === undefined) return null;
  for (const candidate of FALLBACK_CHAINS[locale]) {
    const value = text[candidate];
    if (value !== undefined && value.trim() !== '') {
      return { text: value, locale: candidate, isFallback: candidate !== locale };
    }
  }
  return null;
}
