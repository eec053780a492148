/**
 * Stable codes of money errors, for the server's error registry:
 * - INVALID_AMOUNT: an amount or factor is not a decimal string;
 * - UNKNOWN_CURRENCY: a currency code Karvan does not support;
 * - CURRENCY_MISMATCH: adding/subtracting/comparing two different currencies;
 * - INVALID_RATE: a rate in the table is not a positive decimal string;
 * - RATE_NOT_FOUND: no rate for the pair (either direction) valid at the date;
 * - AMBIGUOUS_RATE: two different rates for the same pair and the same validFrom.
 */
export type MoneyErrorCode =
  | 'INVALID_AMOUNT'
  | 'UNKNOWN_CURRENCY'
  | 'CURRENCY_MISMATCH'
  | 'INVALID_RATE'
  | 'RATE_NOT_FOUND'
  | 'AMBIGUOUS_RATE';

/** Error thrown by the money functions; `code` is stable, `message` is for developers. */
export class MoneyError extends Error {
  readonly code: MoneyErrorCode;

  constructor(code: MoneyErrorCode, message: string) {
    super(message);
    this.name = 'MoneyError';
    this.code = code;
  }
}
