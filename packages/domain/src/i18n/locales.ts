/**
 * The four languages of Karvan (DESIGN.md): Persian, Arabic, Chinese (Simplified) and English.
 */

/** The supported UI and content locales, in the order the product lists them. */
export const LOCALES = ['fa', 'ar', 'zh', 'en'] as const;

/** One of the supported locales: 'fa' | 'ar' | 'zh' | 'en'. */
export type Locale = (typeof LOCALES)[number];

/** The locale used when nothing better is known (Accept-Language absent or unsupported). */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The BCP 47 tag handed to `Intl` for each locale. Region subtags are chosen on purpose:
 * 'fa-IR' (Iranian Persian; the users are in Iran), 'zh-CN' (Simplified Chinese, mainland
 * conventions), plain 'ar' and 'en' (no single Arabic-speaking or English-speaking country is
 * the audience). Numbering systems and calendars are pinned separately, so a CLDR change in
 * the default for a region cannot silently change what users see.
 */
export const INTL_LOCALE_TAGS: Readonly<Record<Locale, string>> = {
  fa: 'fa-IR',
  ar: 'ar',
  zh: 'zh-CN',
  en: 'en',
};

const RTL_LOCALES: ReadonlySet<Locale> = new Set<Locale>(['fa', 'ar']);

/** Returns true when `x` is one of `LOCALES`; a type guard for values read from requests. */
export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/**
 * Returns true for the right-to-left locales (fa, ar), whose content and layout need
 * `dir="rtl"` (CONVENTIONS.md rule 9).
 */
export function isRtlLocale(locale: Locale): boolean {
  return RTL_LOCALES.has(locale);
}
