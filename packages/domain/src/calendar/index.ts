/**
 * Date display in the Solar Hijri (persian) and Gregorian calendars through Intl.
 * Imported as `@karvan/domain/calendar`.
 */
export {
  type CalendarDateParts,
  type CalendarSystem,
  type DateStyle,
  defaultCalendarFor,
  defaultTimeZoneFor,
  type FormatDateOptions,
  formatDate,
  formatDateWithGregorian,
  formatIsoDate,
  getCalendarDateParts,
} from './format-date.ts';
