import { describe, expect, it } from 'vitest';
import { convertMoney, type ExchangeRate, findExchangeRate } from './convert-money.ts';
import { MoneyError } from './money-error.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

// Illustrative rates for the tests, not market data.
const rates: ExchangeRate[] = [
  { from: 'USD', to: 'IRR', rate: '420000', validFrom: day('2024-01-01') },
  { from: 'USD', to: 'IRR', rate: '600000', validFrom: day('2024-07-01') },
  { from: 'USD', to: 'IRR', rate: '900000', validFrom: day('2025-01-01') },
  { from: 'CNY', to: 'USD', rate: '0.14', validFrom: day('2024-01-01') },
  { from: 'USD', to: 'AED', rate: '3.6725', validFrom: day('2020-01-01') },
];

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof MoneyError ? error.code : `not a MoneyError: ${String(error)}`;
  }
  return undefined;
}

describe('findExchangeRate', () => {
  it('uses the latest rate whose validFrom is not after the date', () => {
    expect(findExchangeRate(rates, 'USD', 'IRR', day('2024-06-30'))?.rate.rate).toBe('420000');
    expect(findExchangeRate(rates, 'USD', 'IRR', day('2024-07-01'))?.rate.rate).toBe('600000');
    expect(findExchangeRate(rates, 'USD', 'IRR', day('2026-01-01'))?.rate.rate).toBe('900000');
  });

  it('does not depend on the order of the table', () => {
    const reversed = [...rates].reverse();
    expect(findExchangeRate(reversed, 'USD', 'IRR', day('2024-12-31'))?.rate.rate).toBe('600000');
  });

  it('falls back to the opposite pair, marked as inverse', () => {
    expect(findExchangeRate(rates, 'IRR', 'USD', day('2024-08-01'))).toEqual({
      rate: rates[1],
      isInverse: true,
    });
  });

  it('prefers a direct rate over an inverse one', () => {
    const both: ExchangeRate[] = [
      { from: 'CNY', to: 'USD', rate: '0.14', validFrom: day('2024-01-01') },
      { from: 'USD', to: 'CNY', rate: '7.2', validFrom: day('2024-06-01') },
    ];
    expect(findExchangeRate(both, 'CNY', 'USD', day('2024-12-01'))).toEqual({
      rate: both[0],
      isInverse: false,
    });
    expect(findExchangeRate(both, 'USD', 'CNY', day('2024-03-01'))).toEqual({
      rate: both[0],
      isInverse: true,
    });
  });

  it('returns null before the first rate and for unknown pairs', () => {
    expect(findExchangeRate(rates, 'USD', 'IRR', day('2023-12-31'))).toBeNull();
    expect(findExchangeRate(rates, 'CNY', 'AED', day('2024-12-31'))).toBeNull();
  });

  it('rejects two different rates with the same validFrom, accepts exact duplicates', () => {
    const clash: ExchangeRate[] = [
      { from: 'USD', to: 'IRR', rate: '420000', validFrom: day('2024-01-01') },
      { from: 'USD', to: 'IRR', rate: '430000', validFrom: day('2024-01-01') },
    ];
    expect(codeOf(() => findExchangeRate(clash, 'USD', 'IRR', day('2024-02-01')))).toBe('AMBIGUOUS_RATE');
    const duplicate = [clash[0], { ...clash[0], rate: '420000.0' }] as ExchangeRate[];
    expect(findExchangeRate(duplicate, 'USD', 'IRR', day('2024-02-01'))?.rate.rate).toBe('420000');
  });

  it('rejects zero, negative or malformed rates', () => {
    for (const rate of ['0', '-1', '1,000', 'abc']) {
      const table: ExchangeRate[] = [{ from: 'USD', to: 'IRR', rate, validFrom: day('2024-01-01') }];
      expect(
        codeOf(() => findExchangeRate(table, 'USD', 'IRR', day('2024-02-01'))),
        rate,
      ).toBe('INVALID_RATE');
    }
  });
});

describe('convertMoney', () => {
  it('multiplies by a direct rate: 1,000 USD at 600,000 = 600,000,000 IRR', () => {
    expect(convertMoney({ amount: '1000', currency: 'USD' }, 'IRR', rates, day('2024-08-01'))).toEqual({
      amount: '600000000',
      currency: 'IRR',
    });
  });

  it('uses the rate valid at the date, not the newest', () => {
    expect(convertMoney({ amount: '1', currency: 'USD' }, 'IRR', rates, day('2024-03-01')).amount).toBe(
      '420000',
    );
    expect(convertMoney({ amount: '1', currency: 'USD' }, 'IRR', rates, day('2025-03-01')).amount).toBe(
      '900000',
    );
  });

  it('divides by an inverse rate and rounds to the target currency: 1,000,000 IRR / 420,000 = 2.38 USD', () => {
    // 1,000,000 / 420,000 = 2.380952… → 2.38
    expect(convertMoney({ amount: '1000000', currency: 'IRR' }, 'USD', rates, day('2024-03-01'))).toEqual({
      amount: '2.38',
      currency: 'USD',
    });
  });

  it('rounds the product to the target currency digits: 99.99 USD × 3.6725 = 367.213275 → 367.21 AED', () => {
    expect(convertMoney({ amount: '99.99', currency: 'USD' }, 'AED', rates, day('2024-03-01')).amount).toBe(
      '367.21',
    );
    // and to 0 digits for IRR: 0.0000011 × 420,000 = 0.462 → 0; 0.0000012 × 420,000 = 0.504 → 1
    expect(
      convertMoney({ amount: '0.0000011', currency: 'USD' }, 'IRR', rates, day('2024-03-01')).amount,
    ).toBe('0');
    expect(
      convertMoney({ amount: '0.0000012', currency: 'USD' }, 'IRR', rates, day('2024-03-01')).amount,
    ).toBe('1');
  });

  it('takes a scale and rounding mode', () => {
    expect(
      convertMoney({ amount: '1000000', currency: 'IRR' }, 'USD', rates, day('2024-03-01'), { scale: 6 })
        .amount,
    ).toBe('2.380952');
    expect(
      convertMoney({ amount: '1000000', currency: 'IRR' }, 'USD', rates, day('2024-03-01'), {
        rounding: 'ceil',
      }).amount,
    ).toBe('2.39');
  });

  it('converts CNY to USD directly and USD to CNY through the inverse', () => {
    expect(convertMoney({ amount: '100', currency: 'CNY' }, 'USD', rates, day('2024-03-01')).amount).toBe(
      '14',
    );
    expect(convertMoney({ amount: '14', currency: 'USD' }, 'CNY', rates, day('2024-03-01')).amount).toBe(
      '100',
    );
  });

  it('returns the same currency rounded, without needing a rate', () => {
    expect(convertMoney({ amount: '15.375', currency: 'USD' }, 'USD', [], day('2024-03-01'))).toEqual({
      amount: '15.38',
      currency: 'USD',
    });
  });

  it('throws RATE_NOT_FOUND with both directions named when no rate applies', () => {
    const action = () => convertMoney({ amount: '1', currency: 'CNY' }, 'IRR', rates, day('2024-03-01'));
    expect(codeOf(action)).toBe('RATE_NOT_FOUND');
    expect(action).toThrow('no CNY→IRR or IRR→CNY rate valid at 2024-03-01T00:00:00.000Z');
    expect(
      codeOf(() => convertMoney({ amount: '1', currency: 'USD' }, 'IRR', rates, day('2023-01-01'))),
    ).toBe('RATE_NOT_FOUND');
  });

  it('rejects an invalid date and a malformed amount', () => {
    expect(() => convertMoney({ amount: '1', currency: 'USD' }, 'IRR', rates, new Date(Number.NaN))).toThrow(
      RangeError,
    );
    expect(
      codeOf(() => convertMoney({ amount: '1.', currency: 'USD' }, 'IRR', rates, day('2024-03-01'))),
    ).toBe('INVALID_AMOUNT');
  });
});
