import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money.ts';
import type { Money } from './money.ts';
import { MoneyError } from './money-error.ts';

type Samples = Record<string, { formatted_1234567_89: string }>;
const url = new URL('../../../../data/currencies.json', import.meta.url);
const data = JSON.parse(readFileSync(url, 'utf8')) as Record<string, { intl_samples: Samples }>;
const sample = (code: string, tag: string): string => {
  const value = data[code]?.intl_samples[tag]?.formatted_1234567_89;
  if (value === undefined) throw new Error(`no sample ${code} ${tag}`);
  return value;
};

const money = (amount: string, currency: Money['currency']): Money => ({ amount, currency });
const LRM = '\u200E';

describe('formatMoney, non-Iranian currencies (Intl, as recorded in data/currencies.json)', () => {
  it('fa: Persian digits, matching the fa-IR samples', () => {
    expect(formatMoney(money('1234567.89', 'USD'), 'fa')).toBe(sample('USD', 'fa-IR'));
    expect(formatMoney(money('1234567.89', 'CNY'), 'fa')).toBe(sample('CNY', 'fa-IR'));
    expect(formatMoney(money('1234567.89', 'AED'), 'fa')).toBe(sample('AED', 'fa-IR'));
  });

  it('ar: Latin digits by default (ar-AE sample), Arabic-Indic on request (ar-SA sample)', () => {
    expect(formatMoney(money('1234567.89', 'USD'), 'ar')).toBe(sample('USD', 'ar-AE'));
    expect(formatMoney(money('1234567.89', 'CNY'), 'ar', { numberingSystem: 'arab' })).toBe(
      sample('CNY', 'ar-SA'),
    );
  });

  it('zh and en match the zh-CN and en-US samples', () => {
    expect(formatMoney(money('1234567.89', 'CNY'), 'zh')).toBe(sample('CNY', 'zh-CN'));
    expect(formatMoney(money('1234567.89', 'USD'), 'zh')).toBe(sample('USD', 'zh-CN'));
    expect(formatMoney(money('1234567.89', 'USD'), 'en')).toBe(sample('USD', 'en-US'));
    expect(formatMoney(money('1234567.89', 'AED'), 'en')).toBe(sample('AED', 'en-US'));
  });

  it('rounds exactly, half away from zero, from the decimal string (no double involved)', () => {
    // 1.005 is 1.00499999999999989… as a double, which rounds down
    expect(formatMoney(money('1.005', 'USD'), 'en')).toBe('$1.01');
    expect(formatMoney(money('12345678901234567.89', 'USD'), 'en')).toBe('$12,345,678,901,234,567.89');
  });

  it('ignores iranianDisplay for non-IRR money and honours currencyDisplay', () => {
    expect(formatMoney(money('10', 'USD'), 'en', { iranianDisplay: 'toman' })).toBe('$10.00');
    expect(formatMoney(money('10', 'USD'), 'en', { currencyDisplay: 'code' })).toBe('USD\u00A010.00'); // Intl puts a NO-BREAK SPACE after the code
  });
});

describe('formatMoney, IRR as rials', () => {
  it('rounds to whole rials and writes number then unit', () => {
    expect(formatMoney(money('1234567.89', 'IRR'), 'fa')).toBe('۱٬۲۳۴٬۵۶۸ ریال');
    expect(formatMoney(money('1234567.89', 'IRR'), 'ar')).toBe('1,234,568 ريال إيراني');
    expect(formatMoney(money('1234567.89', 'IRR'), 'zh')).toBe('1,234,568伊朗里亚尔');
    expect(formatMoney(money('1234567.89', 'IRR'), 'en')).toBe('1,234,568 Iranian rials');
  });

  it('shows the real page amount "151,825,000,000 Rials" (economiccity.ir) in each locale', () => {
    const amount = money('151825000000', 'IRR');
    expect(formatMoney(amount, 'en', { iranianDisplay: 'rial' })).toBe('151,825,000,000 Iranian rials');
    expect(formatMoney(amount, 'fa', { iranianDisplay: 'rial' })).toBe('۱۵۱٬۸۲۵٬۰۰۰٬۰۰۰ ریال');
  });

  it('gives the Intl code/symbol forms on request, as recorded in data/currencies.json', () => {
    expect(formatMoney(money('1234567.89', 'IRR'), 'en', { currencyDisplay: 'code' })).toBe(
      sample('IRR', 'en-US'),
    );
    expect(formatMoney(money('1234567.89', 'IRR'), 'fa', { currencyDisplay: 'symbol' })).toBe(
      sample('IRR', 'fa-IR'),
    );
  });

  it('singular English name for one rial, sign for negatives', () => {
    expect(formatMoney(money('1', 'IRR'), 'en')).toBe('1 Iranian rial');
    expect(formatMoney(money('-10', 'IRR'), 'fa')).toBe(`${LRM}\u2212۱۰ ریال`);
  });
});

describe('formatMoney, IRR as tomans (1 toman = 10 rials)', () => {
  it('divides by 10 and labels the unit per locale', () => {
    const amount = money('1234567.89', 'IRR'); // 1,234,568 rials after rounding
    expect(formatMoney(amount, 'fa', { iranianDisplay: 'toman' })).toBe('۱۲۳٬۴۵۶٫۸ تومان');
    expect(formatMoney(amount, 'ar', { iranianDisplay: 'toman' })).toBe('123,456.8 تومان');
    expect(formatMoney(amount, 'zh', { iranianDisplay: 'toman' })).toBe('123,456.8土曼');
    expect(formatMoney(amount, 'en', { iranianDisplay: 'toman' })).toBe('123,456.8 tomans');
  });

  it('shows whole tomans without decimals: 151,825,000,000 rials = 15,182,500,000 tomans', () => {
    expect(formatMoney(money('151825000000', 'IRR'), 'fa', { iranianDisplay: 'toman' })).toBe(
      '۱۵٬۱۸۲٬۵۰۰٬۰۰۰ تومان',
    );
    expect(formatMoney(money('151825000000', 'IRR'), 'en', { iranianDisplay: 'toman' })).toBe(
      '15,182,500,000 tomans',
    );
  });

  it('uses the English singular for exactly one toman', () => {
    expect(formatMoney(money('10', 'IRR'), 'en', { iranianDisplay: 'toman' })).toBe('1 toman');
    expect(formatMoney(money('15', 'IRR'), 'en', { iranianDisplay: 'toman' })).toBe('1.5 tomans');
  });

  it('never uses a toman currency code (there is none)', () => {
    for (const locale of ['fa', 'ar', 'zh', 'en'] as const) {
      const text = formatMoney(money('1000', 'IRR'), locale, {
        iranianDisplay: 'toman',
        currencyDisplay: 'code',
      });
      expect(text).not.toMatch(/IRR|IRT/);
    }
  });
});

describe('formatMoney errors', () => {
  it('throws MoneyError for a malformed amount or currency', () => {
    expect(() => formatMoney(money('1,000', 'USD'), 'en')).toThrow(MoneyError);
    expect(() => formatMoney({ amount: '1', currency: 'EUR' } as unknown as Money, 'en')).toThrow(MoneyError);
  });
});
