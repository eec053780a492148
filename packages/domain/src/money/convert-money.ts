import { CURRENCIES, type CurrencyCode, isCurrencyCode } from './currencies.ts';
import {
  compareDecimalStrings,
  divideDecimalStrings,
  isDecimalString,
  multiplyDecimalStrings,
  roundDecimalString,
} from './decimal.ts';
import type { Money, RoundMoneyOptions } from './money.ts';
import { MoneyError } from './money-error.ts';

/**
 * One row of a dated exchange-rate table: from `validFrom` on (until a later row for the
 * same pair), 1 unit of `from` = `rate` units of `to`. Example: { from: 'USD', to: 'IRR',
 * rate: '420000', validFrom } means 1 USD = 420,000 IRR. The rate is a decimal string.
 */
export type ExchangeRate = {
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  readonly rate: string;
  readonly validFrom: Date;
};

/** The table row used for a conversion, and whether it was applied inverted (to → from). */
export type ExchangeRateMatch = { readonly rate: ExchangeRate; readonly isInverse: boolean };

function assertValidDate(date: Date, what: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`${what} must be a valid Date`);
  }
}

/** The row of `from → to` with the latest validFrom ≤ date, or undefined. */
function findLatest(
  rateTable: readonly ExchangeRate[],
  from: CurrencyCode,
  to: CurrencyCode,
  date: Date,
): ExchangeRate | undefined {
  let latest: ExchangeRate | undefined;
  for (const row of rateTable) {
    if (row.from !== from || row.to !== to) continue;
    assertValidDate(row.validFrom, `validFrom of the ${from}→${to} rate`);
    if (!isDecimalString(row.rate) || compareDecimalStrings(row.rate, '0') <= 0) {
      throw new MoneyError(
        'INVALID_RATE',
        `rate ${from}→${to} must be a positive decimal string, got ${JSON.stringify(row.rate)}`,
      );
    }
    if (row.validFrom.getTime() > date.getTime()) continue;
    if (latest === undefined || row.validFrom.getTime() > latest.validFrom.getTime()) {
      latest = row;
    } else if (
      row.validFrom.getTime() === latest.validFrom.getTime() &&
      compareDecimalStrings(row.rate, latest.rate) !== 0
    ) {
      throw new MoneyError(
        'AMBIGUOUS_RATE',
        `two different ${from}→${to} rates valid from ${row.validFrom.toISOString()}: ${latest.rate} and ${row.rate}`,
      );
    }
  }
  return latest;
}

/**
 * Returns the table row that converts `from` → `to` at `date`: the direct pair's row with
 * the latest `validFrom` not after `date`; only when the direct pair has no such row, the
 * opposite pair's latest row, marked `isInverse`. Returns null when neither exists.
 * A direct rate always wins over an inverse one, even an older direct rate, so the
 * quoted direction of a published rate is respected. Throws MoneyError INVALID_RATE on a
 * non-positive or malformed rate of the pair, AMBIGUOUS_RATE on two different rates with
 * the same validFrom.
 */
export function findExchangeRate(
  rateTable: readonly ExchangeRate[],
  from: CurrencyCode,
  to: CurrencyCode,
  date: Date,
): ExchangeRateMatch | null {
  assertValidDate(date, 'date');
  const direct = findLatest(rateTable, from, to, date);
  if (direct !== undefined) return { rate: direct, isInverse: false };
  const inverse = findLatest(rateTable, to, from, date);
  if (inverse !== undefined) return { rate: inverse, isInverse: true };
  return null;
}

/**
 * Returns `money` converted to currency `to` at the rate valid at `date` (see
 * `findExchangeRate`): amount × rate for a direct rate, amount ÷ rate for an inverse one.
 * The result is rounded once, from the exact value, to `options.scale` fractional digits
 * (default: the target currency's CLDR fraction digits, 0 for IRR) with `options.rounding`
 * (default 'halfExpand'), so every result has the same form. Same currency: no rate is
 * looked up; the amount is only rounded like any other result.
 * Throws MoneyError RATE_NOT_FOUND when no rate for the pair is valid at `date`.
 */
export function convertMoney(
  money: Money,
  to: CurrencyCode,
  rateTable: readonly ExchangeRate[],
  date: Date,
  options: RoundMoneyOptions = {},
): Money {
  if (!isCurrencyCode(money.currency)) {
    throw new MoneyError('UNKNOWN_CURRENCY', `unsupported currency ${JSON.stringify(money.currency)}`);
  }
  if (!isCurrencyCode(to))
    throw new MoneyError('UNKNOWN_CURRENCY', `unsupported currency ${JSON.stringify(to)}`);
  if (!isDecimalString(money.amount)) {
    throw new MoneyError(
      'INVALID_AMOUNT',
      `amount must be a decimal string, got ${JSON.stringify(money.amount)}`,
    );
  }
  const scale = options.scale ?? CURRENCIES[to].fractionDigits;
  if (money.currency === to) {
    return { amount: roundDecimalString(money.amount, scale, options.rounding), currency: to };
  }
  assertValidDate(date, 'date');
  const match = findExchangeRate(rateTable, money.currency, to, date);
  if (match === null) {
    throw new MoneyError(
      'RATE_NOT_FOUND',
      `no ${money.currency}→${to} or ${to}→${money.currency} rate valid at ${date.toISOString()}`,
    );
  }
  const amount = match.isInverse
    ? divideDecimalStrings(money.amount, match.rate.rate, scale, options.rounding)
    : roundDecimalString(multiplyDecimalStrings(money.amount, match.rate.rate), scale, options.rounding);
  return { amount, currency: to };
}
