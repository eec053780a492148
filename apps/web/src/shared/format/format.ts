import { formatDate, formatDateWithGregorian, formatMoney, formatNumber } from '@karvan/domain';
import { useMemo } from 'react';
import { type DisplayPreferences, usePreferences } from './preferences.ts';

export type DateInput = string | number | Date;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** Formatters bound to the UI locale and the user's calendar and rial/toman choice. */
export interface Formatters {
  /** A date in the user's calendar (Solar Hijri for Persian users by default). */
  date: (value: DateInput) => string;
  /** A date and time in the user's calendar. */
  dateTime: (value: DateInput) => string;
  /**
   * A date that matters across the border (deadlines, signatures, expiry): in the Solar
   * Hijri calendar with the Gregorian date beside it, or just Gregorian.
   */
  dateWithGregorian: (value: DateInput) => string;
  /** A number in the locale's digits and separators. */
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A money amount; IRR follows the user's rial/toman choice. */
  money: (amount: string | number, currency: string) => string;
}

/** Builds the formatters for explicit preferences (the settings page previews unsaved ones). */
export function createFormatters(preferences: DisplayPreferences): Formatters {
  const { locale, calendar, currencyDisplay } = preferences;
  return {
    date: (value) => formatDate(toDate(value), locale, { calendar }),
    dateTime: (value) => formatDate(toDate(value), locale, { calendar, time: true }),
    dateWithGregorian: (value) =>
      calendar === 'persian'
        ? formatDateWithGregorian(toDate(value), locale)
        : formatDate(toDate(value), locale, { calendar }),
    number: (value, options) => formatNumber(value, locale, options),
    money: (amount, currency) => formatMoney({ amount: String(amount), currency }, locale, { currencyDisplay }),
  };
}

/** Formatters for the current user. */
export function useFormat(): Formatters {
  const preferences = usePreferences();
  const { locale, calendar, currencyDisplay } = preferences;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the three fields are the whole input
  return useMemo(() => createFormatters(preferences), [locale, calendar, currencyDisplay]);
}
