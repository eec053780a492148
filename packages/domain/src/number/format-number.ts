import { INTL_LOCALE_TAGS, type Locale } from '../i18n/locales.ts';
import { DEFAULT_NUMBERING_SYSTEMS, type NumberingSystem } from './numbering-system.ts';

/** `Intl.NumberFormatOptions` with the numbering system restricted to the ones we show. */
export type FormatNumberOptions = Omit<Intl.NumberFormatOptions, 'numberingSystem'> & {
  readonly numberingSystem?: NumberingSystem;
};

const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

/** Formatters are costly to build and formatting tables reuse a handful of option sets. */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Returns a cached `Intl.NumberFormat` for `locale` (mapped through `INTL_LOCALE_TAGS`) with
 * the locale's default numbering system unless `options.numberingSystem` overrides it.
 * Shared with money formatting; not part of the public API.
 */
export function getNumberFormat(locale: Locale, options: FormatNumberOptions = {}): Intl.NumberFormat {
  const resolved = {
    ...options,
    numberingSystem: options.numberingSystem ?? DEFAULT_NUMBERING_SYSTEMS[locale],
  };
  const key = `${locale}|${JSON.stringify(resolved)}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(INTL_LOCALE_TAGS[locale], resolved);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Returns `n` formatted for `locale` with `Intl.NumberFormat`: fa with Persian digits and
 * separators (۱٬۲۳۴٫۵), ar/zh/en with Latin digits (see `DEFAULT_NUMBERING_SYSTEMS`;
 * override with `numberingSystem`). `n` may be a number, a bigint, or a decimal string such
 * as a `Money.amount` ("-1234.5"), which Intl formats exactly, without going through a
 * double. Other options are passed to Intl unchanged (style, fraction digits, …).
 * Throws RangeError for a string that is not a plain decimal (use `parseDecimalString` first).
 */
export function formatNumber(
  n: number | bigint | string,
  locale: Locale,
  options: FormatNumberOptions = {},
): string {
  if (typeof n === 'string' && !DECIMAL_STRING.test(n)) {
    throw new RangeError(`formatNumber expects a decimal string like "-1234.5", got ${JSON.stringify(n)}`);
  }
  return getNumberFormat(locale, options).format(n as number | bigint | `${number}`);
}
