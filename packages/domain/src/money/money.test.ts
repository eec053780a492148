import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENCIES, CURRENCY_CODES, isCurrencyCode } from './currencies.ts';
import {
  addMoney,
  compareMoney,
  createMoney,
  type Money,
  multiplyMoney,
  roundMoney,
  subtractMoney,
} from './money.ts';
import { MoneyError } from './money-error.ts';
import { ZMoney } from './money-schema.ts';

type CurrencyRecord = {
  iso4217: { alphabetic: string; numeric: string; minor_units: number };
  cldr48_fraction_digits: number;
  display_names_cldr: Record<string, string>;
};
const url = new URL('../../../../data/currencies.json', import.meta.url);
const currencyData = JSON.parse(readFileSync(url, 'utf8')) as Record<string, CurrencyRecord>;

const usd = (amount: string): Money => ({ amount, currency: 'USD' });
const irr = (amount: string): Money => ({ amount, currency: 'IRR' });

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof MoneyError ? error.code : `not a MoneyError: ${String(error)}`;
  }
  return undefined;
}

describe('CURRENCIES', () => {
  it('matches data/currencies.json (ISO codes and minor units, CLDR digits and names)', () => {
    expect(CURRENCY_CODES).toEqual(['IRR', 'CNY', 'USD', 'AED']);
    for (const code of CURRENCY_CODES) {
      const record = currencyData[code];
      expect(record, code).toBeDefined();
      const info = CURRENCIES[code];
      expect(info.code).toBe(record?.iso4217.alphabetic);
      expect(info.numericCode).toBe(record?.iso4217.numeric);
      expect(info.isoMinorUnits).toBe(record?.iso4217.minor_units);
      expect(info.fractionDigits).toBe(record?.cldr48_fraction_digits);
      expect(info.names).toEqual(record?.display_names_cldr);
    }
  });

  it('IRR has 0 fraction digits (CLDR) although ISO lists 2 minor units', () => {
    expect(CURRENCIES.IRR.fractionDigits).toBe(0);
    expect(CURRENCIES.IRR.isoMinorUnits).toBe(2);
  });

  it('isCurrencyCode accepts only supported codes', () => {
    expect(isCurrencyCode('IRR')).toBe(true);
    expect(isCurrencyCode('irr')).toBe(false);
    expect(isCurrencyCode('EUR')).toBe(false);
    expect(isCurrencyCode('IRT')).toBe(false);
  });
});

describe('money arithmetic', () => {
  it('createMoney canonicalises and validates', () => {
    expect(createMoney('0010.50', 'USD')).toEqual(usd('10.5'));
    expect(codeOf(() => createMoney('1,000', 'USD'))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => createMoney('10', 'EUR' as never))).toBe('UNKNOWN_CURRENCY');
  });

  it('adds and subtracts exactly in one currency', () => {
    expect(addMoney(usd('0.1'), usd('0.2'))).toEqual(usd('0.3'));
    expect(subtractMoney(irr('151825000000'), irr('825000000'))).toEqual(irr('151000000000'));
  });

  it('refuses to mix currencies', () => {
    expect(codeOf(() => addMoney(usd('1'), irr('1')))).toBe('CURRENCY_MISMATCH');
    expect(codeOf(() => compareMoney(usd('1'), irr('1')))).toBe('CURRENCY_MISMATCH');
  });

  it('multiplies by a decimal-string factor exactly, without rounding', () => {
    expect(multiplyMoney(usd('10.25'), '1.5')).toEqual(usd('15.375'));
    // 9 % VAT on 1,234,567 rials = 111,111.03 rials, before rounding
    expect(multiplyMoney(irr('1234567'), '0.09')).toEqual(irr('111111.03'));
    expect(codeOf(() => multiplyMoney(usd('1'), '1e3'))).toBe('INVALID_AMOUNT');
  });

  it('rounds to the currency digits by default (half away from zero)', () => {
    expect(roundMoney(usd('15.375'))).toEqual(usd('15.38'));
    expect(roundMoney(irr('111111.03'))).toEqual(irr('111111'));
    expect(roundMoney(irr('1234.5'))).toEqual(irr('1235'));
    expect(roundMoney(irr('-1234.5'))).toEqual(irr('-1235'));
    expect(roundMoney(usd('0.125'), { rounding: 'halfEven' })).toEqual(usd('0.12'));
    expect(roundMoney(irr('1234567'), { scale: 0 })).toEqual(irr('1234567'));
    expect(roundMoney(usd('1.23456'), { scale: 4 })).toEqual(usd('1.2346'));
  });

  it('compares exactly', () => {
    expect(compareMoney(usd('1.10'), usd('1.1'))).toBe(0);
    expect(compareMoney(usd('1.09'), usd('1.1'))).toBe(-1);
  });
});

describe('ZMoney', () => {
  it('accepts { amount, currency } with a decimal string amount', () => {
    expect(ZMoney.parse({ amount: '-1234.5', currency: 'IRR' })).toEqual({
      amount: '-1234.5',
      currency: 'IRR',
    });
  });

  it('rejects numbers, localized strings, unknown currencies and extra keys', () => {
    expect(ZMoney.safeParse({ amount: 1234.5, currency: 'USD' }).success).toBe(false);
    expect(ZMoney.safeParse({ amount: '۱۲۳', currency: 'USD' }).success).toBe(false);
    expect(ZMoney.safeParse({ amount: '1,000', currency: 'USD' }).success).toBe(false);
    expect(ZMoney.safeParse({ amount: '10', currency: 'IRT' }).success).toBe(false);
    expect(ZMoney.safeParse({ amount: '10', currency: 'USD', note: 'x' }).success).toBe(false);
    expect(ZMoney.safeParse({ amount: '1'.repeat(41), currency: 'USD' }).success).toBe(false);
  });
});
