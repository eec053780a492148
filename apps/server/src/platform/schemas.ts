import { findUnsafeCharacters } from '@karvan/domain';
import { z } from 'zod';

/** Refuses bidi overrides and control characters (a name must show what it says). */
export const refuseUnsafeCharacters = (value: string) => findUnsafeCharacters(value).length === 0;
/** The issue a `.refine(refuseUnsafeCharacters, unsafe)` reports (see validation-messages.ts). */
export const unsafe = { params: { code: 'unsafe_characters' } };

/** ISO 3166-1 alpha-2, upper-cased. */
export const ZCountryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/)
  .transform((v) => v.toUpperCase());

/** ISO 3166-2 (IR-08, CN-BJ), upper-cased. */
export const ZProvinceCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/)
  .transform((v) => v.toUpperCase());

/** ISO 4217, upper-cased. */
export const ZCurrencyCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/)
  .transform((v) => v.toUpperCase());

/** A person's or a thing's display name. */
export const ZPersonName = z.string().trim().min(1).max(200).refine(refuseUnsafeCharacters, unsafe);

/** An e-mail address, stored and compared lower-cased. */
export const ZEmail = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());

export const ZPassword = z.string().min(10).max(256);

/** Query parameter for cursor pagination. */
export const ZCursorQuery = z.object({ cursor: z.string().max(200).optional() });

export const ZListOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Encodes an opaque cursor for keyset pagination. */
export const encodeCursor = (values: Array<string | number>): string =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

/** Decodes a cursor, or null when it was tampered with. */
export function decodeCursor(cursor: string | undefined): Array<string | number> | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(value) ? (value as Array<string | number>) : null;
  } catch {
    return null;
  }
}

/**
 * `{ fa?, ar?, zh?, en? }` at the API edge: each part trimmed, bounded and free of bidi
 * overrides; at least one language given; no other keys.
 */
export function makeZLocalizedText(maxLength: number) {
  const part = z.string().trim().min(1).max(maxLength).refine(refuseUnsafeCharacters, unsafe).optional();
  return z
    .strictObject({ fa: part, ar: part, zh: part, en: part })
    .refine((value) => Object.values(value).some(Boolean), { params: { code: 'localized_text_empty' } });
}

/** The same shape in responses (already clean). */
export const ZLocalizedTextOut = z
  .object({
    fa: z.string().optional(),
    ar: z.string().optional(),
    zh: z.string().optional(),
    en: z.string().optional(),
  })
  .meta({ id: 'LocalizedText' });
