import {
  type FormatNumberOptions,
  formatDate,
  formatDateWithGregorian,
  formatMoney,
  formatNumber,
  isCurrencyCode,
} from '@karvan/domain';
import { useMemo } from 'react';
import { type DisplayPreferences, usePreferences } from './preferences.ts';

export type DateInput = string | number | Date;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/**
 * The reader's own time zone, for times of day (sessions, audit entries, mail): the domain
 * default per locale (Tehran for fa, UTC for ar/en) suits calendar dates, not clock times.
 */
function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Formatters bound to the UI locale and the user's calendar and rial/toman choice. */
export interface Formatters {
  /** A date in the user's calendar (Solar Hijri for Persian users by default). */
  date: (value: DateInput) => string;
  /** A date and time of day in the user's calendar and the browser's time zone. */
  dateTime: (value: DateInput) => string;
  /**
   * A date that matters across the border (deadlines, expiry, signatures): in the Solar
   * Hijri calendar with the Gregorian date beside it, or just Gregorian.
   */
  dateWithGregorian: (value: DateInput) => string;
  /** A number in the locale's digits and separators (Persian digits for fa). */
  number: (value: number | string, options?: FormatNumberOptions) => string;
  /** A money amount (decimal string or number); IRR follows the user's rial/toman choice. */
  money: (amount: string | number, currency: string) => string;
}

/** Builds the formatters for explicit preferences (the settings page previews unsaved ones). */
export function createFormatters(preferences: DisplayPreferences): Formatters {
  const { locale, calendar, currencyDisplay } = preferences;
  const timeZone = browserTimeZone();
  const safe = (format: () => string, fallback: string) => {
    try {
      return format();
    } catch {
      // An invalid date or amount from the server must not take the page down.
      return fallback;
    }
  };
  return {
    date: (value) => safe(() => formatDate(toDate(value), locale, { calendar }), String(value)),
    dateTime: (value) =>
      safe(
        () =>
          formatDate(toDate(value), locale, { calendar, withTime: true, ...(timeZone ? { timeZone } : {}) }),
        String(value),
      ),
    dateWithGregorian: (value) =>
      safe(() => formatDateWithGregorian(toDate(value), locale, calendar), String(value)),
    number: (value, options) => safe(() => formatNumber(value, locale, options), String(value)),
    money: (amount, currency) => {
      const text = typeof amount === 'number' ? String(amount) : amount;
      if (!isCurrencyCode(currency)) {
        return `${safe(() => formatNumber(text, locale), text)} ${currency}`;
      }
      return safe(
        () => formatMoney({ amount: text, currency }, locale, { iranianDisplay: currencyDisplay }),
        `${text} ${currency}`,
      );
    },
  };
}

/** Formatters for the current user. */
export function useFormat(): Formatters {
  const { locale, calendar, currencyDisplay } = usePreferences();
  return useMemo(
    () => createFormatters({ locale, calendar, currencyDisplay }),
    [locale, calendar, currencyDisplay],
  );
}
