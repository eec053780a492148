import { describe, expect, it } from 'vitest';
import {
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

describe('decimal strings', () => {
  it('adds without binary floating error: 0.1 + 0.2 = 0.3 (a double gives 0.30000000000000004)', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addDecimalStrings('0.1', '0.2')).toBe('0.3');
  });

  it('adds and subtracts with different scales and signs', () => {
    expect(addDecimalStrings('1234.5', '-0.25')).toBe('1234.25');
    expect(subtractDecimalStrings('10', '10.00')).toBe('0');
    expect(subtractDecimalStrings('0.05', '1')).toBe('-0.95');
    expect(addDecimalStrings('-0.5', '-0.5')).toBe('-1');
  });

  it('keeps every digit of rial-scale sums (beyond 2^53)', () => {
    // 9,007,199,254,740,993 is 2^53 + 1, not representable as a double
    expect(addDecimalStrings('9007199254740992', '1')).toBe('9007199254740993');
    expect(addDecimalStrings('151825000000000000000', '0.01')).toBe('151825000000000000000.01');
  });

  it('multiplies exactly: 10.25 × 1.5 = 15.375; 1.1 × 1.1 = 1.21; 0.09 × 1000 = 90', () => {
    expect(multiplyDecimalStrings('10.25', '1.5')).toBe('15.375');
    expect(multiplyDecimalStrings('1.1', '1.1')).toBe('1.21');
    expect(multiplyDecimalStrings('0.09', '1000')).toBe('90');
    expect(multiplyDecimalStrings('-2', '0.5')).toBe('-1');
    expect(multiplyDecimalStrings('0', '-3')).toBe('0');
  });

  it('divides to a scale, rounding once from the exact quotient', () => {
    expect(divideDecimalStrings('1', '3', 4)).toBe('0.3333');
    expect(divideDecimalStrings('2', '3', 4)).toBe('0.6667');
    expect(divideDecimalStrings('-2', '3', 4)).toBe('-0.6667');
    expect(divideDecimalStrings('1000000', '420000', 2)).toBe('2.38'); // 2.380952…
    expect(divideDecimalStrings('1', '8', 2, 'halfEven')).toBe('0.12'); // 0.125 → even
    expect(divideDecimalStrings('1', '8', 2, 'halfExpand')).toBe('0.13');
    expect(divideDecimalStrings('1.5', '-0.5', 0)).toBe('-3');
    expect(divideDecimalStrings('10', '4', 0, 'halfEven')).toBe('2'); // 2.5 → even
  });

  it('refuses division by zero', () => {
    expect(() => divideDecimalStrings('1', '0', 2)).toThrow(RangeError);
    expect(() => divideDecimalStrings('1', '0.000', 2)).toThrow(RangeError);
  });

  const roundingTable: [string, RoundingMode, string][] = [
    ['2.5', 'halfExpand', '3'],
    ['-2.5', 'halfExpand', '-3'],
    ['2.5', 'halfEven', '2'],
    ['3.5', 'halfEven', '4'],
    ['-2.5', 'halfEven', '-2'],
    ['2.51', 'halfEven', '3'],
    ['2.9', 'trunc', '2'],
    ['-2.9', 'trunc', '-2'],
    ['-2.1', 'floor', '-3'],
    ['2.9', 'floor', '2'],
    ['2.1', 'ceil', '3'],
    ['-2.9', 'ceil', '-2'],
    ['2.4', 'halfExpand', '2'],
    ['-0.4', 'halfExpand', '0'],
  ];
  it.each(roundingTable)('rounds %s with %s to %s', (value, mode, expected) => {
    expect(roundDecimalString(value, 0, mode)).toBe(expected);
  });

  it('rounds to a scale and leaves shorter values alone', () => {
    expect(roundDecimalString('15.375', 2)).toBe('15.38');
    expect(roundDecimalString('15.3', 2)).toBe('15.3');
    expect(roundDecimalString('1234567.89', 0)).toBe('1234568');
    expect(roundDecimalString('0.005', 2)).toBe('0.01');
    expect(roundDecimalString('-0.004', 2)).toBe('0');
  });

  it('compares exactly', () => {
    expect(compareDecimalStrings('1.10', '1.1')).toBe(0);
    expect(compareDecimalStrings('-1', '0.5')).toBe(-1);
    expect(compareDecimalStrings('10', '9.999999999999999999')).toBe(1);
  });

  it('canonicalises', () => {
    expect(canonicalizeDecimalString('007.50')).toBe('7.5');
    expect(canonicalizeDecimalString('-0.0')).toBe('0');
    expect(canonicalizeDecimalString('-0.010')).toBe('-0.01');
  });

  it('accepts only plain decimal strings', () => {
    for (const s of ['0', '-1234.5', '1.000', '0007']) expect(isDecimalString(s), s).toBe(true);
    for (const s of ['', '-', '1.', '.5', '+1', '1e5', '1,000', '۱۲', ' 1', 'NaN', '1'.repeat(201)]) {
      expect(isDecimalString(s), s).toBe(false);
    }
    expect(() => addDecimalStrings('1,000', '1')).toThrow(RangeError);
  });

  it('rejects invalid scales', () => {
    expect(() => roundDecimalString('1', -1)).toThrow(RangeError);
    expect(() => roundDecimalString('1', 1.5)).toThrow(RangeError);
  });
});
