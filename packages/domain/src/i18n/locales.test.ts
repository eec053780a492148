import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, INTL_LOCALE_TAGS, isLocale, isRtlLocale, LOCALES } from './locales.ts';

describe('LOCALES and isLocale', () => {
  it('lists fa, ar, zh, en', () => {
    expect(LOCALES).toEqual(['fa', 'ar', 'zh', 'en']);
    expect(DEFAULT_LOCALE).toBe('en');
  });

  it('accepts exactly the four codes', () => {
    for (const locale of LOCALES) expect(isLocale(locale)).toBe(true);
    for (const other of ['FA', 'fa-IR', 'zh-CN', 'de', '', null, undefined, 1, {}])
      expect(isLocale(other)).toBe(false);
  });
});

describe('isRtlLocale', () => {
  it('is true for fa and ar only', () => {
    expect(LOCALES.filter(isRtlLocale)).toEqual(['fa', 'ar']);
  });
});

describe('INTL_LOCALE_TAGS', () => {
  it('are tags Node Intl supports without falling back to another language', () => {
    for (const locale of LOCALES) {
      const tag = INTL_LOCALE_TAGS[locale];
      expect(Intl.NumberFormat.supportedLocalesOf([tag])).toEqual([tag]);
      expect(new Intl.DateTimeFormat(tag).resolvedOptions().locale.startsWith(locale)).toBe(true);
    }
  });
});
