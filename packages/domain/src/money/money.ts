import { CURRENCIES, type CurrencyCode, isCurrencyCode } from './currencies.ts';
import {
  addDecimalStrings,
  canonicalizeDecimalString,
  compareDecimalStrings,
  isDecimalString,
  multiplyDecimalStrings,
  type RoundingMode,
  roundDecimalString,
  subtractDecimalStrings,
} from './decimal.ts';
import { MoneyError } from './money-error.ts';

/**
 * An amount of money: an exact decimal string (`-?\d+(\.\d+)?`, e.g. "-1234.5") and an
 * ISO 4217 currency (DESIGN.md decision 5). The amount is never a JavaScript number, so
 * rial amounts in the trillions and sums of cents stay exact. Functions here return
 * amounts in canonical form (no leading zeros, no trailing fractional zeros).
 */
export type Money = { readonly amount: string; readonly currency: CurrencyCode };

/** Options for rounding money: scale defaults to the currency's CLDR fraction digits. */
export type RoundMoneyOptions = { readonly scale?: number; readonly rounding?: RoundingMode };

function assertAmount(amount: string, what = 'amount'): void {
  if (typeof amount !== 'string' || !isDecimalString(amount)) {
    throw new MoneyError(
      'INVALID_AMOUNT',
      `${what} must be a decimal string like "-1234.5", got ${JSON.stringify(amount)}`,
    );
  }
}

function assertMoney(money: Money): void {
  if (!isCurrencyCode(money.currency)) {
    throw new MoneyError('UNKNOWN_CURRENCY', `unsupported currency ${JSON.stringify(money.currency)}`);
  }
  assertAmount(money.amount);
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new MoneyError(
      'CURRENCY_MISMATCH',
      `cannot combine ${a.currency} with ${b.currency}; convert first`,
    );
  }
}

/**
 * Returns a validated Money with the amount in canonical form; throws MoneyError
 * INVALID_AMOUNT or UNKNOWN_CURRENCY. For localized user input ("۱٬۲۳۴٫۵") call
 * `parseDecimalString` first.
 */
export function createMoney(amount: string, currency: CurrencyCode): Money {
  const money = { amount, currency };
  assertMoney(money);
  return { amount: canonicalizeDecimalString(amount), currency };
}

/** Returns a + b, exactly; throws MoneyError CURRENCY_MISMATCH when currencies differ. */
export function addMoney(a: Money, b: Money): Money {
  assertMoney(a);
  assertMoney(b);
  assertSameCurrency(a, b);
  return { amount: addDecimalStrings(a.amount, b.amount), currency: a.currency };
}

/** Returns a − b, exactly; throws MoneyError CURRENCY_MISMATCH when currencies differ. */
export function subtractMoney(a: Money, b: Money): Money {
  assertMoney(a);
  assertMoney(b);
  assertSameCurrency(a, b);
  return { amount: subtractDecimalStrings(a.amount, b.amount), currency: a.currency };
}

/**
 * Returns money × factor exactly, e.g. a unit price times a quantity or a tax rate
 * ("0.09"). The factor is a decimal string, never a float, so "0.1" means one tenth.
 * The product is NOT rounded (10.25 USD × 1.5 = 15.375 USD): round once, at the end of a
 * computation, with `roundMoney`.
 */
export function multiplyMoney(money: Money, factor: string): Money {
  assertMoney(money);
  assertAmount(factor, 'factor');
  return { amount: multiplyDecimalStrings(money.amount, factor), currency: money.currency };
}

/**
 * Returns money rounded to `scale` fractional digits (default: the currency's CLDR
 * fraction digits, 0 for IRR and 2 for CNY/USD/AED) with `rounding` (default
 * 'halfExpand', half away from zero): 15.375 USD → 15.38 USD, 1234.5 IRR → 1235 IRR.
 */
export function roundMoney(money: Money, options: RoundMoneyOptions = {}): Money {
  assertMoney(money);
  const scale = options.scale ?? CURRENCIES[money.currency].fractionDigits;
  return { amount: roundDecimalString(money.amount, scale, options.rounding), currency: money.currency };
}

/** Returns -1, 0 or 1 comparing a with b exactly; throws CURRENCY_MISMATCH across currencies. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertMoney(a);
  assertMoney(b);
  assertSameCurrency(a, b);
  return compareDecimalStrings(a.amount, b.amount);
}
