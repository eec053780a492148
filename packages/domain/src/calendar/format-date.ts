import { INTL_LOCALE_TAGS, type Locale } from '../i18n/locales.ts';
import { DEFAULT_NUMBERING_SYSTEMS, type NumberingSystem } from '../number/numbering-system.ts';

/**
 * Date display (DESIGN.md decision 6): instants are stored in UTC and shown in the Solar
 * Hijri (persian) calendar for Persian, Gregorian otherwise, all through `Intl` (ICU's
 * arithmetic Persian calendar). Reference output of Node 20 (ICU 78.2, CLDR 48):
 * data/intl_calendar_digits.json.
 */

/** The calendars Karvan shows: Solar Hijri ('persian') or 'gregorian'. */
export type CalendarSystem = 'persian' | 'gregorian';

/** Length of the date: fa short "۱۴۰۳/۱/۱", medium/long "۱ فروردین ۱۴۰۳"; en "3/20/24", "Mar 20, 2024", "March 20, 2024". */
export type DateStyle = 'short' | 'medium' | 'long';

/** Options of `formatDate`. */
export type FormatDateOptions = {
  /** Calendar; default `defaultCalendarFor(locale)`. */
  readonly calendar?: CalendarSystem;
  /** Date length; default 'medium'. */
  readonly style?: DateStyle;
  /** Append the time of day (hours and minutes, Intl timeStyle 'short'); default false. */
  readonly withTime?: boolean;
  /** IANA time zone the date (and time) is shown in; default `defaultTimeZoneFor(locale)`. */
  readonly timeZone?: string;
  /** Digits; default per locale (`DEFAULT_NUMBERING_SYSTEMS`: Persian for fa, Latin otherwise). */
  readonly numberingSystem?: NumberingSystem;
};

/** A calendar date as numbers: month 1–12 (Farvardin = 1 in the persian calendar). */
export type CalendarDateParts = { readonly year: number; readonly month: number; readonly day: number };

const INTL_CALENDAR: Readonly<Record<CalendarSystem, string>> = { persian: 'persian', gregorian: 'gregory' };

/**
 * The zone a date is shown in when the caller does not say: where each locale's readers
 * mostly are. fa → Asia/Tehran (UTC+3:30, no DST since 2022) and zh → Asia/Shanghai
 * (UTC+8); ar and en readers are spread over many zones, so UTC. Dates stored as UTC
 * midnight (deadlines, contract dates) keep their calendar day in all three, since both
 * offsets are positive and under 24 h. Times of day (meetings, audit entries) should pass
 * the zone of the event or of the user explicitly, and say which zone it is.
 */
const DEFAULT_TIME_ZONES: Readonly<Record<Locale, string>> = {
  fa: 'Asia/Tehran',
  ar: 'UTC',
  zh: 'Asia/Shanghai',
  en: 'UTC',
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function getDateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(tag, options);
    dateFormats.set(key, format);
  }
  return format;
}

function assertValidDate(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime()))
    throw new RangeError('date must be a valid Date');
}

/**
 * Returns the calendar a locale shows by default: 'persian' for fa (CLDR 48 calendar
 * preference for IR puts persian first), 'gregorian' for ar, zh and en. A user setting
 * (`calendar` in the user profile) overrides it.
 */
export function defaultCalendarFor(locale: Locale): CalendarSystem {
  return locale === 'fa' ? 'persian' : 'gregorian';
}

/**
 * Returns the IANA time zone dates are shown in for `locale` when none is given:
 * 'Asia/Tehran' for fa, 'Asia/Shanghai' for zh, 'UTC' for ar and en (reasons above).
 */
export function defaultTimeZoneFor(locale: Locale): string {
  return DEFAULT_TIME_ZONES[locale];
}

/**
 * Returns `date` formatted for `locale` with Intl.DateTimeFormat in the chosen calendar,
 * style and time zone. Examples for 2024-03-20T00:00Z: fa persian medium
 * "۱ فروردین ۱۴۰۳", fa persian short "۱۴۰۳/۱/۱", fa gregorian "۲۰ مارس ۲۰۲۴", zh
 * "2024年3月20日", ar "20‏/03‏/2024" (Latin digits by decision, see
 * `DEFAULT_NUMBERING_SYSTEMS`), en "Mar 20, 2024". Any locale may use either calendar
 * (en persian: "Farvardin 1, 1403 AP"). Throws RangeError for an invalid Date or time zone.
 */
export function formatDate(date: Date, locale: Locale, options: FormatDateOptions = {}): string {
  assertValidDate(date);
  const calendar = options.calendar ?? defaultCalendarFor(locale);
  const intlOptions: Intl.DateTimeFormatOptions = {
    calendar: INTL_CALENDAR[calendar],
    numberingSystem: options.numberingSystem ?? DEFAULT_NUMBERING_SYSTEMS[locale],
    timeZone: options.timeZone ?? defaultTimeZoneFor(locale),
    dateStyle: options.style ?? 'medium',
    ...(options.withTime === true ? { timeStyle: 'short' as const } : {}),
  };
  return getDateTimeFormat(INTL_LOCALE_TAGS[locale], intlOptions).format(date);
}

/**
 * Returns the year, month and day of `date` in `calendar` as seen in `timeZone` (default
 * 'UTC'), e.g. 2024-03-20T00:00Z → persian { year: 1403, month: 1, day: 1 }. For logic
 * that needs Solar Hijri numbers (fiscal years, which start on 1 Farvardin), not display.
 */
export function getCalendarDateParts(
  date: Date,
  calendar: CalendarSystem,
  timeZone = 'UTC',
): CalendarDateParts {
  assertValidDate(date);
  const parts = getDateTimeFormat('en', {
    calendar: INTL_CALENDAR[calendar],
    numberingSystem: 'latn',
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const read = (type: 'year' | 'month' | 'day'): number =>
    Number(parts.find((part) => part.type === type)?.value);
  return { year: read('year'), month: read('month'), day: read('day') };
}

/**
 * Returns the Gregorian date of `date` in `timeZone` (default 'UTC') as ISO 8601
 * "YYYY-MM-DD" with Latin digits, whatever the locale: the unambiguous form shown beside a
 * Solar Hijri date for foreign partners, and the form of date-only API fields.
 */
export function formatIsoDate(date: Date, timeZone = 'UTC'): string {
  const { year, month, day } = getCalendarDateParts(date, 'gregorian', timeZone);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Returns the date in `calendar` followed, when that calendar is persian, by the Gregorian
 * date in ISO form in parentheses, computed in the same time zone so both name the same day:
 * 2024-03-20 in fa → "۱ فروردین ۱۴۰۳ (2024-03-20)". With 'gregorian' it is just
 * `formatDate`. Options as for `formatDate` (the calendar is the third argument; default
 * `defaultCalendarFor(locale)`).
 */
export function formatDateWithGregorian(
  date: Date,
  locale: Locale,
  calendar: CalendarSystem = defaultCalendarFor(locale),
  options: Omit<FormatDateOptions, 'calendar'> = {},
): string {
  const shown = formatDate(date, locale, { ...options, calendar });
  if (calendar === 'gregorian') return shown;
  const timeZone = options.timeZone ?? defaultTimeZoneFor(locale);
  return `${shown} (${formatIsoDate(date, timeZone)})`;
}
