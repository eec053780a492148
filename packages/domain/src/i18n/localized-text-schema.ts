import { z } from 'zod';
import { findUnsafeCharacters } from '../text/unsafe-characters.ts';
import { LOCALES, type Locale } from './locales.ts';
import type { LocalizedText } from './localized-text.ts';

/**
 * Stable issue messages of the localized-text schemas; the server's error registry maps
 * them to messages in the caller's language (CONVENTIONS.md rule 6). Length violations use
 * zod's own issue codes `too_small` / `too_big`.
 */
export const LOCALIZED_TEXT_ISSUES = {
  unsafeCharacters: 'localized_text.unsafe_characters',
  noLanguage: 'localized_text.no_language',
} as const;

/** Options of `makeLocalizedTextSchema`. */
export type LocalizedTextSchemaOptions = {
  /** Maximum length of each language's text after trimming, in UTF-16 code units. */
  readonly maxLength: number;
  /** Minimum length after trimming; default 1, so "" and "   " are rejected, not stored. */
  readonly minLength?: number;
};

/**
 * Returns a zod schema for `LocalizedText` input: an object with optional `fa`, `ar`, `zh`,
 * `en` strings and no other key (strict), each trimmed, then `minLength`..`maxLength`
 * long (UTF-16 code units, i.e. `String.prototype.length`), free of the characters
 * `findUnsafeCharacters` flags (bidi overrides, control characters; ZWNJ is fine), and with
 * at least one language present. A blank language is an error rather than "absent": the
 * client should omit the key.
 */
export function makeLocalizedTextSchema(options: LocalizedTextSchemaOptions) {
  const { maxLength, minLength = 1 } = options;
  const field = z
    .string()
    .trim()
    .min(minLength)
    .max(maxLength)
    .refine((value) => findUnsafeCharacters(value).length === 0, {
      message: LOCALIZED_TEXT_ISSUES.unsafeCharacters,
    });
  return z
    .strictObject({ fa: field.optional(), ar: field.optional(), zh: field.optional(), en: field.optional() })
    .refine((value: LocalizedText) => LOCALES.some((locale: Locale) => value[locale] !== undefined), {
      message: LOCALIZED_TEXT_ISSUES.noLanguage,
    });
}

/**
 * The default localized-text schema: each language trimmed, 1..500 characters, no unsafe
 * characters, at least one language. Titles and names use this; long descriptions build
 * their own with `makeLocalizedTextSchema({ maxLength })`.
 */
export const ZLocalizedText = makeLocalizedTextSchema({ maxLength: 500 });
