import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';

/**
 * Language subtags that mean one of our locales although they are not its two-letter code:
 * ISO 639-2/3 codes for Persian ('fas', 'per', 'pes' Iranian Persian, 'prs' Dari), Arabic
 * ('ara', 'arb' Standard Arabic), Chinese ('zho', 'chi', 'cmn' Mandarin) and English ('eng').
 */
const LANGUAGE_ALIASES: Readonly<Record<string, Locale>> = {
  fas: 'fa',
  per: 'fa',
  pes: 'fa',
  prs: 'fa',
  ara: 'ar',
  arb: 'ar',
  zho: 'zh',
  chi: 'zh',
  cmn: 'zh',
  eng: 'en',
};

const QUALITY_PATTERN = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i;
const LANGUAGE_RANGE_PATTERN = /^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/i;

/** Maps one language range ("fa-IR", "zh-Hans-CN", "*") to a locale, or undefined. */
function matchLocale(range: string): Locale | undefined {
  const language = range.split('-')[0]?.toLowerCase() ?? '';
  if (isLocale(language)) return language;
  return LANGUAGE_ALIASES[language];
}

/**
 * Returns the supported locale the client prefers most, from an HTTP `Accept-Language` header
 * (RFC 9110 §12.5.4): ranges are ordered by their q-value (default 1, ties keep header
 * order), q=0 means "not acceptable", and each range is matched on its primary language
 * subtag, so 'fa-IR' → fa, 'zh-CN', 'zh-Hans', 'zh-TW' → zh (the only Chinese we have),
 * 'ar-SA' → ar, 'en-GB' → en. Malformed entries are skipped, not fatal. Returns 'en' when
 * the header is absent, empty, only "*", or names no supported language.
 */
export function negotiateLocale(acceptLanguageHeader: string | null | undefined): Locale {
  if (acceptLanguageHeader === null || acceptLanguageHeader === undefined) return DEFAULT_LOCALE;
  const candidates: { locale: Locale; quality: number; order: number }[] = [];
  const entries = acceptLanguageHeader.split(',');
  for (const [order, entry] of entries.entries()) {
    const [rangePart, ...parameters] = entry.split(';').map((part) => part.trim());
    if (rangePart === undefined || !LANGUAGE_RANGE_PATTERN.test(rangePart)) continue;
    let quality = 1;
    let isValid = true;
    for (const parameter of parameters) {
      if (QUALITY_PATTERN.test(parameter)) quality = Number(parameter.slice(2));
      else if (parameter.toLowerCase().startsWith('q=')) isValid = false;
    }
    if (!isValid || quality === 0) continue;
    const locale = matchLocale(rangePart);
    if (locale !== undefined) candidates.push({ locale, quality, order });
  }
  candidates.sort((a, b) => b.quality - a.quality || a.order - b.order);
  return candidates[0]?.locale ?? DEFAULT_LOCALE;
}
