import { describe, expect, it } from 'vitest';
import { checkPositiveDecimal, invertRate } from './decimal.ts';

const money = { maxFractionDigits: 4, maxIntegerDigits: 22 };

describe('checkPositiveDecimal', () => {
  it('accepts positive amounts within the limits', () => {
    expect(checkPositiveDecimal('1250000', money)).toBeNull();
    expect(checkPositiveDecimal('0.0001', money)).toBeNull();
    expect(checkPositiveDecimal('1234567890123456789012', money)).toBeNull();
  });
  it('names what is wrong', () => {
    expect(checkPositiveDecimal('-5', money)).toBe('negative');
    expect(checkPositiveDecimal('0', money)).toBe('zero');
    expect(checkPositiveDecimal('1.23456', money)).toBe('fraction');
    expect(checkPositiveDecimal('12345678901234567890123', money)).toBe('integer');
  });
});

describe('invertRate', () => {
  it('turns rials per dollar into dollars per rial and back', () => {
    expect(invertRate('620000', 12)).toBe('0.000001612903');
    expect(invertRate('0.000001612903', 2)).toBe('620000.09');
    expect(invertRate('0.25', 4)).toBe('4');
  });
  it('refuses what has no inverse at that precision', () => {
    expect(invertRate('0', 4)).toBeNull();
    expect(invertRate('abc', 4)).toBeNull();
    expect(invertRate('1000000000000000', 12)).toBeNull();
  });
});
