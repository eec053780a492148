import type { Locale } from '../i18n/locales.ts';

/**
 * Digit sets Karvan displays (CLDR numbering systems): 'latn' 0123456789, 'arab' ٠١٢٣٤٥٦٧٨٩
 * (Arabic-Indic), 'arabext' ۰۱۲۳۴۵۶۷۸۹ (Extended Arabic-Indic, Persian).
 */
export type NumberingSystem = 'latn' | 'arab' | 'arabext';

/**
 * The digits each locale shows unless the user chose otherwise, pinned here rather than
 * left to CLDR so an ICU upgrade cannot change them silently.
 *
 * - fa → 'arabext' (Persian digits), the CLDR default for fa and fa-IR.
 * - ar → 'latn'. Node 20 (ICU 78.2, CLDR 48) already formats plain 'ar' with Latin digits
 *   (data/intl_calendar_digits.json: 'ar' → "1,234,567.89", 'ar-EG'/'ar-SA' → Arabic-Indic),
 *   as the Gulf (ar-AE) does. Arabic-Indic ٤٥٦ look unlike Persian ۴۵۶ for the same values,
 *   and fa and ar numbers sit side by side on Karvan pages; Latin digits avoid that trap.
 *   Readers who prefer ٠١٢ (Iraq, Egypt, Saudi Arabia) pass numberingSystem 'arab'.
 * - zh, en → 'latn'.
 */
export const DEFAULT_NUMBERING_SYSTEMS: Readonly<Record<Locale, NumberingSystem>> = {
  fa: 'arabext',
  ar: 'latn',
  zh: 'latn',
  en: 'latn',
};
