import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales.ts';
import { FALLBACK_CHAINS, pickLocalizedText } from './localized-text.ts';

const title = {
  fa: 'معدن مس سونگون',
  ar: 'منجم نحاس سونغون',
  zh: '松贡铜矿',
  en: 'Sungun copper mine',
};

describe('FALLBACK_CHAINS', () => {
  it('starts each chain with its own locale and lists every locale exactly once', () => {
    for (const locale of LOCALES) {
      const chain = FALLBACK_CHAINS[locale];
      expect(chain[0]).toBe(locale);
      expect([...chain].sort()).toEqual([...LOCALES].sort());
    }
  });

  it('puts English second for fa, ar and zh (comprehension over shared script)', () => {
    expect(FALLBACK_CHAINS.fa[1]).toBe('en');
    expect(FALLBACK_CHAINS.ar[1]).toBe('en');
    expect(FALLBACK_CHAINS.zh[1]).toBe('en');
  });
});

describe('pickLocalizedText', () => {
  it('returns the requested language when present, not marked as fallback', () => {
    for (const locale of LOCALES) {
      expect(pickLocalizedText(title, locale)).toEqual({ text: title[locale], locale, isFallback: false });
    }
  });

  it('follows the chain and marks the fallback', () => {
    expect(pickLocalizedText({ fa: title.fa, zh: title.zh }, 'en')).toEqual({
      text: title.zh,
      locale: 'zh',
      isFallback: true,
    });
    expect(pickLocalizedText({ ar: title.ar, zh: title.zh }, 'fa')).toEqual({
      text: title.ar,
      locale: 'ar',
      isFallback: true,
    });
    expect(pickLocalizedText({ fa: title.fa, en: title.en }, 'ar')).toEqual({
      text: title.en,
      locale: 'en',
      isFallback: true,
    });
    expect(pickLocalizedText({ fa: title.fa }, 'zh')).toEqual({
      text: title.fa,
      locale: 'fa',
      isFallback: true,
    });
  });

  it('skips blank entries', () => {
    expect(pickLocalizedText({ en: '   ', fa: title.fa }, 'en')).toEqual({
      text: title.fa,
      locale: 'fa',
      isFallback: true,
    });
  });

  it('returns null when no language has text', () => {
    expect(pickLocalizedText({}, 'fa')).toBeNull();
    expect(pickLocalizedText({ en: '' }, 'en')).toBeNull();
    expect(pickLocalizedText(null, 'en')).toBeNull();
    expect(pickLocalizedText(undefined, 'en')).toBeNull();
  });
});
