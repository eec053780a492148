import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number.ts';
import { parseDecimalString } from './parse-localized-number.ts';

type NumberSample = { locale: string; output_1234567_89: string; numberingSystem: string };
const url = new URL('../../../../data/intl_calendar_digits.json', import.meta.url);
const samples = (JSON.parse(readFileSync(url, 'utf8')) as { number_samples: NumberSample[] }).number_samples;
const sampleFor = (tag: string): string => {
  const sample = samples.find((s) => s.locale === tag);
  if (sample === undefined) throw new Error(`no sample for ${tag}`);
  return sample.output_1234567_89;
};

describe('formatNumber', () => {
  it('fa: Persian digits with ٬ and ٫, as recorded for fa-IR in data/intl_calendar_digits.json', () => {
    expect(formatNumber(1234567.89, 'fa')).toBe(sampleFor('fa-IR'));
    expect(formatNumber(1234567.89, 'fa')).toBe('۱٬۲۳۴٬۵۶۷٫۸۹');
  });

  it('ar: Latin digits by decision (same as the recorded plain "ar" sample)', () => {
    expect(formatNumber(1234567.89, 'ar')).toBe(sampleFor('ar'));
    expect(formatNumber(1234567.89, 'ar')).toBe('1,234,567.89');
  });

  it('ar with numberingSystem "arab": Arabic-Indic digits, as recorded for ar-EG', () => {
    expect(formatNumber(1234567.89, 'ar', { numberingSystem: 'arab' })).toBe(sampleFor('ar-EG'));
  });

  it('zh and en: Latin digits', () => {
    expect(formatNumber(1234567.89, 'zh')).toBe(sampleFor('zh-CN'));
    expect(formatNumber(1234567.89, 'en')).toBe(sampleFor('en-US'));
  });

  it('fa with numberingSystem "latn": Latin digits, as recorded for fa-IR-u-nu-latn', () => {
    expect(formatNumber(1234567.89, 'fa', { numberingSystem: 'latn' })).toBe(sampleFor('fa-IR-u-nu-latn'));
  });

  it('formats decimal strings exactly, beyond double precision', () => {
    expect(formatNumber('12345678901234567890.5', 'en', { maximumFractionDigits: 1 })).toBe(
      '12,345,678,901,234,567,890.5',
    );
    expect(formatNumber('-1234.5', 'fa')).toBe('\u200E\u2212۱٬۲۳۴٫۵');
  });

  it('formats bigints', () => {
    expect(formatNumber(151825000000n, 'en')).toBe('151,825,000,000');
  });

  it('passes Intl options through (percent, fraction digits)', () => {
    expect(formatNumber(0.1015, 'en', { style: 'percent', minimumFractionDigits: 2 })).toBe('10.15%');
    expect(formatNumber(2.5, 'en', { minimumFractionDigits: 2 })).toBe('2.50');
  });

  it('round-trips through parseDecimalString in every locale', () => {
    for (const locale of ['fa', 'ar', 'zh', 'en'] as const) {
      const formatted = formatNumber('-9876543.21', locale);
      expect(parseDecimalString(formatted), formatted).toBe('-9876543.21');
    }
  });

  it('rejects non-decimal strings instead of printing NaN', () => {
    expect(() => formatNumber('12abc', 'en')).toThrow(RangeError);
    expect(() => formatNumber('1e5', 'en')).toThrow(RangeError);
  });
});
