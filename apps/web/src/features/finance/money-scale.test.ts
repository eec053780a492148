import { describe, expect, it } from 'vitest';
import { chooseScale, currencyFactor, toAmountString } from './money-scale.ts';

describe('toAmountString', () => {
  it('rounds to whole units without exponent notation', () => {
    expect(toAmountString(1234.6)).toBe('1235');
    expect(toAmountString(-2.5e21)).toBe('-2500000000000000000000');
    expect(toAmountString(-0.2)).toBe('0');
    expect(toAmountString(Number.NaN)).toBe('0');
  });
});

describe('currencyFactor', () => {
  it('divides rials by 10 only for toman readers', () => {
    expect(currencyFactor('IRR', 'toman')).toBe(10);
    expect(currencyFactor('IRR', 'rial')).toBe(1);
    expect(currencyFactor('USD', 'toman')).toBe(1);
  });
});

describe('chooseScale', () => {
  it('picks the unit that keeps the largest value readable', () => {
    expect(chooseScale([1.8e9, -3e8]).name).toBe('million');
    expect(chooseScale([1.2e10]).name).toBe('million');
    expect(chooseScale([5e13]).name).toBe('billion');
    expect(chooseScale([120_000]).name).toBe('thousand');
    expect(chooseScale([95_000, Number.NaN]).name).toBe('one');
  });
});
