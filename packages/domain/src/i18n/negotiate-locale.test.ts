import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate-locale.ts';

describe('negotiateLocale', () => {
  it('maps region and script variants to the language', () => {
    expect(negotiateLocale('fa-IR')).toBe('fa');
    expect(negotiateLocale('zh-CN')).toBe('zh');
    expect(negotiateLocale('zh-Hans')).toBe('zh');
    expect(negotiateLocale('zh-Hant-TW')).toBe('zh');
    expect(negotiateLocale('ar-SA')).toBe('ar');
    expect(negotiateLocale('en-GB')).toBe('en');
    expect(negotiateLocale('FA-ir')).toBe('fa');
  });

  it('orders by q-value, not by position', () => {
    expect(negotiateLocale('en;q=0.5, fa-IR;q=0.9')).toBe('fa');
    expect(negotiateLocale('de-DE, zh-CN;q=0.8, en;q=0.7')).toBe('zh');
    // A typical Chrome header from Iran
    expect(negotiateLocale('fa-IR,fa;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('fa');
  });

  it('keeps header order between equal q-values', () => {
    expect(negotiateLocale('ar, fa')).toBe('ar');
    expect(negotiateLocale('fa;q=0.8, ar;q=0.8')).toBe('fa');
  });

  it('treats q=0 as not acceptable', () => {
    expect(negotiateLocale('fa;q=0, ar;q=0.1')).toBe('ar');
    expect(negotiateLocale('zh;q=0')).toBe('en');
  });

  it('accepts ISO 639-2/3 aliases', () => {
    expect(negotiateLocale('fas')).toBe('fa');
    expect(negotiateLocale('prs-AF')).toBe('fa');
    expect(negotiateLocale('cmn-Hans-CN')).toBe('zh');
  });

  it('defaults to en for absent, empty, wildcard-only, unsupported or malformed headers', () => {
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale(null)).toBe('en');
    expect(negotiateLocale('')).toBe('en');
    expect(negotiateLocale('*')).toBe('en');
    expect(negotiateLocale('de-DE, fr;q=0.9')).toBe('en');
    expect(negotiateLocale(';;;,,,q=1')).toBe('en');
  });

  it('skips a malformed entry but still uses the others', () => {
    expect(negotiateLocale('fa;q=abc, zh;q=0.3')).toBe('zh');
    expect(negotiateLocale('fa;q=2, ar;q=0.3')).toBe('ar');
    expect(negotiateLocale('@@, ar')).toBe('ar');
  });
});
