/**
 * Locales, multilingual text and its fallback, Accept-Language negotiation, and the zod
 * schema for localized text. Exported from `@karvan/domain`.
 */

export { DEFAULT_LOCALE, INTL_LOCALE_TAGS, isLocale, isRtlLocale, LOCALES, type Locale } from './locales.ts';
export {
  FALLBACK_CHAINS,
  type LocalizedText,
  type PickedText,
  pickLocalizedText,
} from './localized-text.ts';
export {
  LOCALIZED_TEXT_ISSUES,
  type LocalizedTextSchemaOptions,
  makeLocalizedTextSchema,
  ZLocalizedText,
} from './localized-text-schema.ts';
export { negotiateLocale } from './negotiate-locale.ts';
