import { z } from 'zod';
import { CURRENCY_CODES } from './currencies.ts';

/*
 * The zod schemas live apart from the arithmetic so that a bundle using only the money
 * functions (the web app) can leave zod's schema construction out.
 */

/** Zod schema of a supported currency code. */
export const ZCurrencyCode = z.enum(CURRENCY_CODES);

/**
 * Zod schema of Money in requests and responses: `{ amount, currency }`, strict, with
 * amount a decimal string (`-?\d+(\.\d+)?`, at most 40 characters: far beyond any real
 * amount, and a bound on bigint work). Amounts are not canonicalised by the schema; call
 * `createMoney` to canonicalise.
 */
export const ZMoney = z.strictObject({
  amount: z
    .string()
    .max(40)
    .regex(/^-?\d+(\.\d+)?$/),
  currency: ZCurrencyCode,
});
