import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defaultCalendarFor,
  defaultTimeZoneFor,
  formatDate,
  formatDateWithGregorian,
  formatIsoDate,
  getCalendarDateParts,
} from './format-date.ts';

/**
 * Known conversions (Nowruz, 1 Farvardin, falls on the day of the March equinox when it is
 * before noon Tehran time, else the next day):
 * - 2023-03-21 = 1 Farvardin 1402
 * - 2024-03-20 = 1 Farvardin 1403 (Wednesday)
 * - 2025-03-20 = 30 Esfand 1403 (1403 is a leap year)
 * - 2025-03-21 = 1 Farvardin 1404 (Friday), recorded in data/intl_calendar_digits.json
 * Every test passes an explicit instant, and every check that depends on a zone names it,
 * so the results do not depend on the machine's TZ.
 */
const utc = (iso: string): Date => new Date(iso);

type DateSample = {
  locale_requested: string;
  options: { timeZone: string; dateStyle?: string };
  output: string;
};
const url = new URL('../../../../data/intl_calendar_digits.json', import.meta.url);
const recorded = JSON.parse(readFileSync(url, 'utf8')) as {
  reference_instant_utc: string;
  date_samples: DateSample[];
};

describe('getCalendarDateParts: Solar Hijri conversions', () => {
  it.each([
    ['2023-03-21T00:00:00Z', { year: 1402, month: 1, day: 1 }],
    ['2024-03-20T00:00:00Z', { year: 1403, month: 1, day: 1 }],
    ['2024-03-19T00:00:00Z', { year: 1402, month: 12, day: 29 }],
    ['2025-03-20T00:00:00Z', { year: 1403, month: 12, day: 30 }],
    ['2025-03-21T00:00:00Z', { year: 1404, month: 1, day: 1 }],
    // Months 1–6 have 31 days: 1 Mehr is day 6 × 31 + 1 = 187 of the year, i.e. 186 days
    // after 2024-03-20, which is 2024-09-22.
    ['2024-09-21T00:00:00Z', { year: 1403, month: 6, day: 31 }],
    ['2024-09-22T00:00:00Z', { year: 1403, month: 7, day: 1 }],
  ])('%s is %o in the persian calendar', (iso, expected) => {
    expect(getCalendarDateParts(utc(iso), 'persian')).toEqual(expected);
  });

  it('gives Gregorian parts too', () => {
    expect(getCalendarDateParts(utc('2024-03-20T00:00:00Z'), 'gregorian')).toEqual({
      year: 2024,
      month: 3,
      day: 20,
    });
  });

  it('depends on the time zone near midnight: 2024-03-19T21:00Z is already 1 Farvardin in Tehran', () => {
    const instant = utc('2024-03-19T21:00:00Z'); // 00:30 on 20 March in Tehran (UTC+3:30)
    expect(getCalendarDateParts(instant, 'persian', 'Asia/Tehran')).toEqual({ year: 1403, month: 1, day: 1 });
    expect(getCalendarDateParts(instant, 'persian', 'UTC')).toEqual({ year: 1402, month: 12, day: 29 });
  });
});

describe('formatDate', () => {
  const nowruz1403 = utc('2024-03-20T00:00:00Z');

  it('fa defaults to the persian calendar with Persian digits', () => {
    expect(formatDate(nowruz1403, 'fa')).toBe('۱ فروردین ۱۴۰۳');
    expect(formatDate(nowruz1403, 'fa', { style: 'short' })).toBe('۱۴۰۳/۱/۱');
    expect(formatDate(nowruz1403, 'fa', { style: 'long' })).toBe('۱ فروردین ۱۴۰۳');
  });

  it('reproduces the recorded Node 20 outputs for 2025-03-21 (data/intl_calendar_digits.json)', () => {
    const instant = utc(recorded.reference_instant_utc);
    const find = (tag: string, style?: string): string => {
      const sample = recorded.date_samples.find(
        (s) => s.locale_requested === tag && s.options.dateStyle === style,
      );
      if (sample === undefined) throw new Error(`no sample ${tag} ${style}`);
      return sample.output;
    };
    expect(formatDate(instant, 'fa', { style: 'short' })).toBe(find('fa-IR-u-ca-persian'));
    expect(formatDate(instant, 'fa', { style: 'long' })).toBe(find('fa-IR', 'long'));
    expect(formatDate(instant, 'fa', { style: 'short', numberingSystem: 'latn' })).toBe(
      find('fa-IR-u-nu-latn-ca-persian'),
    );
  });

  it('fa with the Gregorian calendar keeps Persian digits and month names', () => {
    expect(formatDate(nowruz1403, 'fa', { calendar: 'gregorian' })).toBe('۲۰ مارس ۲۰۲۴');
  });

  it('zh shows the Chinese Gregorian date', () => {
    expect(formatDate(nowruz1403, 'zh')).toBe('2024年3月20日');
    expect(formatDate(nowruz1403, 'zh', { style: 'short' })).toBe('2024/3/20');
  });

  it('ar shows the Gregorian date with Latin digits by default, Arabic-Indic on request', () => {
    expect(formatDate(nowruz1403, 'ar', { style: 'long' })).toBe('20 مارس 2024');
    expect(formatDate(nowruz1403, 'ar', { style: 'long', numberingSystem: 'arab' })).toBe('٢٠ مارس ٢٠٢٤');
  });

  it('en shows the Gregorian date; en with persian shows the Solar Hijri date in English', () => {
    expect(formatDate(nowruz1403, 'en')).toBe('Mar 20, 2024');
    expect(formatDate(nowruz1403, 'en', { style: 'long' })).toBe('March 20, 2024');
    expect(formatDate(nowruz1403, 'en', { calendar: 'persian', style: 'long' })).toBe('Farvardin 1, 1403 AP');
  });

  it('appends the time in the chosen zone: 2025-03-21T12:00Z is 15:30 in Tehran', () => {
    const instant = utc('2025-03-21T12:00:00Z');
    expect(formatDate(instant, 'fa', { withTime: true })).toBe('۱ فروردین ۱۴۰۴، ۱۵:۳۰');
    expect(formatDate(instant, 'zh', { withTime: true })).toBe('2025年3月21日 20:00');
    // ICU versions differ on the space before PM (U+0020 or U+202F): accept either.
    expect(formatDate(instant, 'en', { withTime: true })).toMatch(/^Mar 21, 2025, 12:00\sPM$/u);
    expect(formatDate(instant, 'en', { withTime: true, timeZone: 'Asia/Tehran' })).toMatch(
      /^Mar 21, 2025, 3:30\sPM$/u,
    );
  });

  it('uses the locale default zone for the day: 2024-03-19T21:00Z is 1 Farvardin for fa, 19 March in en', () => {
    const instant = utc('2024-03-19T21:00:00Z');
    expect(formatDate(instant, 'fa')).toBe('۱ فروردین ۱۴۰۳');
    expect(formatDate(instant, 'fa', { timeZone: 'UTC' })).toBe('۲۹ اسفند ۱۴۰۲');
    expect(formatDate(instant, 'en')).toBe('Mar 19, 2024');
  });

  it('rejects invalid dates and zones', () => {
    expect(() => formatDate(new Date(Number.NaN), 'fa')).toThrow(RangeError);
    expect(() => formatDate(nowruz1403, 'fa', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('formatDateWithGregorian', () => {
  it('fa persian: "۱ فروردین ۱۴۰۳ (2024-03-20)"', () => {
    expect(formatDateWithGregorian(utc('2024-03-20T00:00:00Z'), 'fa', 'persian')).toBe(
      '۱ فروردین ۱۴۰۳ (2024-03-20)',
    );
    expect(formatDateWithGregorian(utc('2025-03-21T00:00:00Z'), 'fa')).toBe('۱ فروردین ۱۴۰۴ (2025-03-21)');
    expect(formatDateWithGregorian(utc('2025-03-20T00:00:00Z'), 'fa')).toBe('۳۰ اسفند ۱۴۰۳ (2025-03-20)');
  });

  it('names the same day on both sides, in the same zone', () => {
    const instant = utc('2024-03-19T21:00:00Z');
    expect(formatDateWithGregorian(instant, 'fa', 'persian')).toBe('۱ فروردین ۱۴۰۳ (2024-03-20)');
    expect(formatDateWithGregorian(instant, 'fa', 'persian', { timeZone: 'UTC' })).toBe(
      '۲۹ اسفند ۱۴۰۲ (2024-03-19)',
    );
  });

  it('other locales with persian also get the ISO date', () => {
    expect(formatDateWithGregorian(utc('2024-03-20T00:00:00Z'), 'en', 'persian', { style: 'long' })).toBe(
      'Farvardin 1, 1403 AP (2024-03-20)',
    );
  });

  it('gregorian: just the formatted date, nothing appended', () => {
    expect(formatDateWithGregorian(utc('2024-03-20T00:00:00Z'), 'zh', 'gregorian')).toBe('2024年3月20日');
    expect(formatDateWithGregorian(utc('2024-03-20T00:00:00Z'), 'en')).toBe('Mar 20, 2024');
  });
});

describe('formatIsoDate', () => {
  it('formats the Gregorian date in a zone as YYYY-MM-DD', () => {
    expect(formatIsoDate(utc('2024-03-20T00:00:00Z'))).toBe('2024-03-20');
    expect(formatIsoDate(utc('2024-03-19T21:00:00Z'), 'Asia/Tehran')).toBe('2024-03-20');
    expect(formatIsoDate(utc('0999-01-05T00:00:00Z'))).toBe('0999-01-05');
  });
});

describe('defaults', () => {
  it('defaultCalendarFor: persian for fa only', () => {
    expect(defaultCalendarFor('fa')).toBe('persian');
    expect(defaultCalendarFor('ar')).toBe('gregorian');
    expect(defaultCalendarFor('zh')).toBe('gregorian');
    expect(defaultCalendarFor('en')).toBe('gregorian');
  });

  it('defaultTimeZoneFor: Tehran for fa, Shanghai for zh, UTC for ar and en', () => {
    expect(defaultTimeZoneFor('fa')).toBe('Asia/Tehran');
    expect(defaultTimeZoneFor('zh')).toBe('Asia/Shanghai');
    expect(defaultTimeZoneFor('ar')).toBe('UTC');
    expect(defaultTimeZoneFor('en')).toBe('UTC');
  });
});
