import { describe, expect, it } from 'vitest';
import { LOCALIZED_TEXT_ISSUES, makeLocalizedTextSchema, ZLocalizedText } from './localized-text-schema.ts';

function issueMessages(input: unknown): string[] {
  const result = ZLocalizedText.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('ZLocalizedText', () => {
  it('accepts any non-empty subset of the four languages and trims each text', () => {
    expect(ZLocalizedText.parse({ fa: '  معدن مس  ' })).toEqual({ fa: 'معدن مس' });
    expect(ZLocalizedText.parse({ zh: '铜矿', en: 'Copper mine' })).toEqual({
      zh: '铜矿',
      en: 'Copper mine',
    });
  });

  it('keeps ZWNJ inside Persian text', () => {
    expect(ZLocalizedText.parse({ fa: 'سنگ‌آهن' })).toEqual({ fa: 'سنگ\u200Cآهن' });
  });

  it('requires at least one language', () => {
    expect(issueMessages({})).toEqual([LOCALIZED_TEXT_ISSUES.noLanguage]);
  });

  it('rejects unknown keys (strict), including locale variants', () => {
    expect(ZLocalizedText.safeParse({ en: 'x', de: 'y' }).success).toBe(false);
    expect(ZLocalizedText.safeParse({ 'fa-IR': 'x' }).success).toBe(false);
  });

  it('rejects blank and too long texts (500 characters after trimming is the limit)', () => {
    expect(ZLocalizedText.safeParse({ en: '' }).success).toBe(false);
    expect(ZLocalizedText.safeParse({ en: '   ', fa: 'مس' }).success).toBe(false);
    expect(ZLocalizedText.safeParse({ en: 'a'.repeat(500) }).success).toBe(true);
    expect(ZLocalizedText.safeParse({ en: ` ${'a'.repeat(500)} ` }).success).toBe(true);
    expect(ZLocalizedText.safeParse({ en: 'a'.repeat(501) }).success).toBe(false);
  });

  it('rejects a right-to-left override with the unsafe-characters issue', () => {
    expect(issueMessages({ en: 'invoice\u202Egpj.exe' })).toEqual([LOCALIZED_TEXT_ISSUES.unsafeCharacters]);
    expect(issueMessages({ fa: 'شرکت\u0000' })).toEqual([LOCALIZED_TEXT_ISSUES.unsafeCharacters]);
  });

  it('rejects non-string values', () => {
    expect(ZLocalizedText.safeParse({ en: 5 }).success).toBe(false);
    expect(ZLocalizedText.safeParse(null).success).toBe(false);
    expect(ZLocalizedText.safeParse('text').success).toBe(false);
  });
});

describe('makeLocalizedTextSchema', () => {
  it('applies the given maximum length', () => {
    const ZDescription = makeLocalizedTextSchema({ maxLength: 5000 });
    expect(ZDescription.safeParse({ fa: 'م'.repeat(5000) }).success).toBe(true);
    expect(ZDescription.safeParse({ fa: 'م'.repeat(5001) }).success).toBe(false);
    const ZShort = makeLocalizedTextSchema({ maxLength: 3 });
    expect(ZShort.safeParse({ zh: '松贡铜矿' }).success).toBe(false);
  });

  it('applies a minimum length when given', () => {
    const ZName = makeLocalizedTextSchema({ maxLength: 100, minLength: 2 });
    expect(ZName.safeParse({ en: 'A' }).success).toBe(false);
    expect(ZName.safeParse({ en: 'AB' }).success).toBe(true);
  });
});
