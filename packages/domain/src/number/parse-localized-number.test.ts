import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDecimalString, parseLocalizedNumber } from './parse-localized-number.ts';

type RealWorldNumber = { input: string; meaning: string; source: string };
const url = new URL('../../../../data/text/text_normalization_test_cases.json', import.meta.url);
const realWorld = (JSON.parse(readFileSync(url, 'utf8')) as { real_world_number_strings: RealWorldNumber[] })
  .real_world_number_strings;

describe('parseDecimalString', () => {
  it('parses ASCII, Persian and Arabic-Indic digits to the same canonical string', () => {
    expect(parseDecimalString('1403')).toBe('1403');
    expect(parseDecimalString('۱۴۰۳')).toBe('1403');
    expect(parseDecimalString('١٤٠٣')).toBe('1403');
    expect(parseDecimalString('۱4٠3')).toBe('1403');
    expect(parseDecimalString('１２３')).toBe('123');
  });

  it('accepts . ٫ and a single / as decimal separator', () => {
    expect(parseDecimalString('2.5')).toBe('2.5');
    expect(parseDecimalString('۲٫۵')).toBe('2.5');
    expect(parseDecimalString('۲/۵')).toBe('2.5');
    expect(parseDecimalString('٢٫٥')).toBe('2.5');
    expect(parseDecimalString('.5')).toBe('0.5');
    expect(parseDecimalString('٫۵')).toBe('0.5');
  });

  it('accepts thousands separators , ٬ ، and spaces in valid groups of three', () => {
    expect(parseDecimalString('1,234,567')).toBe('1234567');
    expect(parseDecimalString('۱٬۲۳۴٬۵۶۷')).toBe('1234567');
    expect(parseDecimalString('۱،۲۳۴،۵۶۷')).toBe('1234567');
    expect(parseDecimalString('1 234 567')).toBe('1234567');
    expect(parseDecimalString('1\u2009234\u2009567')).toBe('1234567');
    expect(parseDecimalString('1\u202F234.5')).toBe('1234.5');
    expect(parseDecimalString('۱٬۲۳۴٬۵۶۷٫۸۹')).toBe('1234567.89');
  });

  it('reads Intl output back exactly (fa, ar-EG, ar-SA, en)', () => {
    const value = -1234567.89;
    for (const tag of ['fa-IR', 'ar-EG', 'ar-SA', 'ar', 'en', 'zh-CN']) {
      const formatted = new Intl.NumberFormat(tag).format(value);
      expect(parseDecimalString(formatted), `${tag}: ${formatted}`).toBe('-1234567.89');
    }
  });

  it('accepts leading signs: + - and the Persian/Unicode minus forms, with LRM/RLM/ALM marks', () => {
    expect(parseDecimalString('+5')).toBe('5');
    expect(parseDecimalString('-5')).toBe('-5');
    expect(parseDecimalString('\u2212۵')).toBe('-5');
    expect(parseDecimalString('\u2013 ۵')).toBe('-5');
    expect(parseDecimalString('\u200E\u2212۱۲٫۵')).toBe('-12.5');
    expect(parseDecimalString('\u061C-٥')).toBe('-5');
    expect(parseDecimalString('－３')).toBe('-3');
  });

  it('canonicalises: no leading zeros, no trailing fractional zeros, no negative zero', () => {
    expect(parseDecimalString('007')).toBe('7');
    expect(parseDecimalString('1.500')).toBe('1.5');
    expect(parseDecimalString('10.0')).toBe('10');
    expect(parseDecimalString('-0')).toBe('0');
    expect(parseDecimalString('-0.000')).toBe('0');
    expect(parseDecimalString('  -1,234.50  ')).toBe('-1234.5');
    expect(parseDecimalString('0.05')).toBe('0.05');
  });

  it('keeps every digit of very long numbers (exact, no float)', () => {
    expect(parseDecimalString('12,345,678,901,234,567,890.123456789')).toBe('12345678901234567890.123456789');
  });

  it('parses the real number strings from published opportunity pages', () => {
    const byInput = new Map(realWorld.map((r) => [r.input, r]));
    expect(byInput.size).toBe(3);
    // "4,802,072/54" — slash as decimal separator after comma grouping: 4802072.54
    expect(parseDecimalString('4,802,072/54')).toBe('4802072.54');
    // "10/15%" — the page says "equal to 10.15%"; the percent sign is not part of a number
    expect(parseDecimalString('10/15%')).toBeNull();
    expect(parseDecimalString('10/15')).toBe('10.15');
    // "151,825,000,000 Rials" — the unit is not part of a number
    expect(parseDecimalString('151,825,000,000 Rials')).toBeNull();
    expect(parseDecimalString('151,825,000,000')).toBe('151825000000');
  });

  it('rejects garbage with null', () => {
    for (const input of [
      '',
      '   ',
      '-',
      '+',
      '.',
      '/',
      '12abc',
      'abc',
      '1.2.3',
      '1.2/3',
      '1403/01/15',
      '۱۴۰۳/۱/۱',
      '/5',
      '5/',
      '5.',
      '1,5',
      '1,23',
      '12,3456',
      '1234,567',
      '1,234 567',
      ',123',
      '123,',
      '1,234.5,6',
      '1e5',
      '0x10',
      'NaN',
      'Infinity',
      '--5',
      '+-5',
      '5-',
      '۱۲۳-',
      '10%',
      '1.2 3',
      '١٢٣ ريال',
    ]) {
      expect(parseDecimalString(input), JSON.stringify(input)).toBeNull();
    }
  });
});

describe('parseLocalizedNumber', () => {
  it('returns the number for valid input', () => {
    expect(parseLocalizedNumber('۲/۵')).toBe(2.5);
    expect(parseLocalizedNumber('−۱٬۲۳۴٫۵')).toBe(-1234.5);
    expect(parseLocalizedNumber('١٤٠٣')).toBe(1403);
    expect(parseLocalizedNumber('4,802,072/54')).toBe(4802072.54);
  });

  it('returns null for garbage', () => {
    expect(parseLocalizedNumber('12abc')).toBeNull();
    expect(parseLocalizedNumber('')).toBeNull();
    expect(parseLocalizedNumber('1.2.3')).toBeNull();
  });

  it('returns null instead of Infinity for a number beyond the double range', () => {
    expect(parseLocalizedNumber('9'.repeat(400))).toBeNull();
    expect(parseDecimalString('9'.repeat(400))).toBe('9'.repeat(400));
  });

  it('returns 0, not -0, for negative zero', () => {
    expect(Object.is(parseLocalizedNumber('-0'), 0)).toBe(true);
  });
});
