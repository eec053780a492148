import type { Locale } from '../i18n/locales.ts';

/**
 * The currencies Karvan handles, from data/currencies.json (ISO 4217 List One published
 * 2024-06-25 via currency-codes@2.2.0; CLDR 48 fraction digits and display names).
 * Adding one (EUR is the likely next) means adding its row here from the same sources.
 */
export const CURRENCY_CODES = ['IRR', 'CNY', 'USD', 'AED'] as const;

/** An ISO 4217 alphabetic code Karvan supports. */
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** Reference data of one currency. */
export type CurrencyInfo = {
  readonly code: CurrencyCode;
  /** ISO 4217 numeric code. */
  readonly numericCode: string;
  /** ISO 4217 minor units (IRR: 2, although no rial fraction circulates). */
  readonly isoMinorUnits: number;
  /**
   * CLDR fraction digits (IRR: 0): the digits Intl shows and the scale `roundMoney`
   * rounds to. Karvan follows CLDR here because no one prices in fractions of a rial.
   */
  readonly fractionDigits: number;
  /** CLDR display names. */
  readonly names: Readonly<Record<Locale, string>>;
};

/** Reference data of every supported currency, keyed by code. */
export const CURRENCIES: Readonly<Record<CurrencyCode, CurrencyInfo>> = {
  IRR: {
    code: 'IRR',
    numericCode: '364',
    isoMinorUnits: 2,
    fractionDigits: 0,
    names: { en: 'Iranian Rial', fa: 'ریال ایران', ar: 'ريال إيراني', zh: '伊朗里亚尔' },
  },
  CNY: {
    code: 'CNY',
    numericCode: '156',
    isoMinorUnits: 2,
    fractionDigits: 2,
    names: { en: 'Chinese Yuan', fa: 'یوآن چین', ar: 'يوان صيني', zh: '人民币' },
  },
  USD: {
    code: 'USD',
    numericCode: '840',
    isoMinorUnits: 2,
    fractionDigits: 2,
    names: { en: 'US Dollar', fa: 'دلار آمریکا', ar: 'دولار أمريكي', zh: '美元' },
  },
  AED: {
    code: 'AED',
    numericCode: '784',
    isoMinorUnits: 2,
    fractionDigits: 2,
    names: {
      en: 'United Arab Emirates Dirham',
      fa: 'درهم امارات متحدهٔ عربی',
      ar: 'درهم إماراتي',
      zh: '阿联酋迪拉姆',
    },
  },
};

/** Returns true when `x` is a supported currency code; a type guard for request data. */
export function isCurrencyCode(x: unknown): x is CurrencyCode {
  return typeof x === 'string' && (CURRENCY_CODES as readonly string[]).includes(x);
}
