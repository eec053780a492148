/**
 * Money: exact decimal amounts with an ISO 4217 currency, dated conversions and display
 * (rial or toman for IRR). Imported as `@karvan/domain/money`.
 */
export {
  convertMoney,
  type ExchangeRate,
  type ExchangeRateMatch,
  findExchangeRate,
} from './convert-money.ts';
export {
  CURRENCIES,
  CURRENCY_CODES,
  type CurrencyCode,
  type CurrencyInfo,
  isCurrencyCode,
} from './currencies.ts';
export {
  addDecimalStrings,
  canonicalizeDecimalString,
  compareDecimalStrings,
  divideDecimalStrings,
  isDecimalString,
  multiplyDecimalStrings,
  type RoundingMode,
  roundDecimalString,
  subtractDecimalStrings,
} from './decimal.ts';
export {
  type FormatMoneyOptions,
  formatMoney,
  type IranianCurrencyDisplay,
} from './format-money.ts';
export {
  addMoney,
  compareMoney,
  createMoney,
  type Money,
  multiplyMoney,
  type RoundMoneyOptions,
  roundMoney,
  subtractMoney,
} from './money.ts';
export { MoneyError, type MoneyErrorCode } from './money-error.ts';
export { ZCurrencyCode, ZMoney } from './money-schema.ts';
