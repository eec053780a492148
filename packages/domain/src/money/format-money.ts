import type { Locale } from '../i18n/locales.ts';
import { getNumberFormat } from '../number/format-number.ts';
import type { NumberingSystem } from '../number/numbering-system.ts';
import { CURRENCIES, isCurrencyCode } from './currencies.ts';
import { divideDecimalStrings, isDecimalString, roundDecimalString } from './decimal.ts';
import type { Money } from './money.ts';
import { MoneyError } from './money-error.ts';

/**
 * How Iranian amounts are shown: 'rial', the legal unit and the only ISO 4217 code (IRR), or
 * 'toman', the unit of everyday prices: 1 toman = 10 rials (data/currencies.json,
 * `_note_rial_toman`). The 2020 and 2025 redenomination bills (toman or new rial = 10,000
 * rials) had not taken effect when that note was written; if one does, this is where the
 * factor changes.
 */
export type IranianCurrencyDisplay = 'rial' | 'toman';

/** Options of `formatMoney`. */
export type FormatMoneyOptions = {
  /** IRR only: show rials or tomans; default 'rial'. Ignored for other currencies. */
  readonly iranianDisplay?: IranianCurrencyDisplay;
  /**
   * How to show the currency: Intl's 'symbol' ($, CN¥), 'narrowSymbol', 'code' (USD) or
   * 'name' (US dollars). Default 'symbol' for CNY/USD/AED and 'name' for IRR rials; ignored
   * for tomans, which have no code or symbol.
   */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /** Digits to use; default per locale (`DEFAULT_NUMBERING_SYSTEMS`). */
  readonly numberingSystem?: NumberingSystem;
};

/** Rials per toman in everyday Iranian usage. */
const RIALS_PER_TOMAN = '10';

/**
 * The toman's name per locale. fa/ar: تومان, as written in Iran and in Arabic. zh: 土曼, the
 * name Xinhua used (2020-05-05 "伊朗官方货币变更为土曼", cited by zh.wikipedia "伊朗土曼").
 * en: "toman", with the English plural "tomans" chosen by Intl.PluralRules.
 */
const TOMAN_LABELS: Readonly<Record<Exclude<Locale, 'en'>, string>> = {
  fa: 'تومان',
  ar: 'تومان',
  zh: '土曼',
};

/**
 * fa rials are labelled "ریال", the everyday word, instead of CLDR's "ریال ایران" (Iranian
 * rial), which is redundant for Iranian readers. Other locales keep CLDR's name.
 */
const PERSIAN_RIAL_LABEL = 'ریال';

function labelTomans(locale: Locale, amount: string): string {
  if (locale !== 'en') return TOMAN_LABELS[locale];
  const plural = new Intl.PluralRules('en', { maximumFractionDigits: 1 }).select(Number(amount));
  return plural === 'one' ? 'toman' : 'tomans';
}

function formatWithLabel(
  amount: string,
  locale: Locale,
  fractionDigits: number,
  numberingSystem: NumberingSystem | undefined,
  label: string | undefined,
): string {
  const formatter = getNumberFormat(locale, {
    style: 'currency',
    currency: 'IRR',
    currencyDisplay: 'name',
    minimumFractionDigits: 0,
    maximumFractionDigits: fractionDigits,
    ...(numberingSystem === undefined ? {} : { numberingSystem }),
  });
  // The 'name' pattern places the unit after the number with the locale's spacing
  // ("۱۲۳ ریال ایران", "123伊朗里亚尔"); only the unit's text is swapped.
  return formatter
    .formatToParts(amount as `${number}`)
    .map((part) => (part.type === 'currency' && label !== undefined ? label : part.value))
    .join('');
}

/**
 * Returns `money` formatted for `locale` with Intl.NumberFormat, exactly (the decimal string
 * is formatted without going through a double; rounding to the currency's CLDR digits is
 * half away from zero).
 *
 * - CNY, USD, AED: Intl currency format, e.g. en "$1,234,567.89", zh "US$1,234,567.89",
 *   fa "‎$۱٬۲۳۴٬۵۶۷٫۸۹".
 * - IRR as rials (default): rounded to whole rials, number then unit: fa "۱٬۲۳۴٬۵۶۸ ریال",
 *   ar "1,234,568 ريال إيراني", zh "1,234,568伊朗里亚尔", en "1,234,568 Iranian rials";
 *   `currencyDisplay: 'code'` gives Intl's "IRR 1,234,568".
 * - IRR as tomans: whole rials ÷ 10, shown with up to one decimal so no rial is lost:
 *   fa "۱۲۳٬۴۵۶٫۸ تومان", ar "123,456.8 تومان", zh "123,456.8土曼", en "123,456.8 tomans".
 *
 * Throws MoneyError INVALID_AMOUNT / UNKNOWN_CURRENCY for malformed money.
 */
export function formatMoney(money: Money, locale: Locale, options: FormatMoneyOptions = {}): string {
  if (!isCurrencyCode(money.currency)) {
    throw new MoneyError('UNKNOWN_CURRENCY', `unsupported currency ${JSON.stringify(money.currency)}`);
  }
  if (!isDecimalString(money.amount)) {
    throw new MoneyError(
      'INVALID_AMOUNT',
      `amount must be a decimal string, got ${JSON.stringify(money.amount)}`,
    );
  }
  const { numberingSystem } = options;
  if (money.currency !== 'IRR') {
    return getNumberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      currencyDisplay: options.currencyDisplay ?? 'symbol',
      ...(numberingSystem === undefined ? {} : { numberingSystem }),
    }).format(money.amount as `${number}`);
  }

  const rials = roundDecimalString(money.amount, CURRENCIES.IRR.fractionDigits);
  if ((options.iranianDisplay ?? 'rial') === 'toman') {
    const tomans = divideDecimalStrings(rials, RIALS_PER_TOMAN, 1);
    return formatWithLabel(tomans, locale, 1, numberingSystem, labelTomans(locale, tomans));
  }
  const currencyDisplay = options.currencyDisplay ?? 'name';
  if (currencyDisplay !== 'name') {
    return getNumberFormat(locale, {
      style: 'currency',
      currency: 'IRR',
      currencyDisplay,
      ...(numberingSystem === undefined ? {} : { numberingSystem }),
    }).format(rials as `${number}`);
  }
  return formatWithLabel(rials, locale, 0, numberingSystem, locale === 'fa' ? PERSIAN_RIAL_LABEL : undefined);
}
