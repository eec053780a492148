import { describe, expect, it } from 'vitest';
import { normaliseOneTimeCode, toAsciiDigits } from './digits.ts';

describe('toAsciiDigits', () => {
  it('folds Persian and Arabic-Indic digits and keeps the rest', () => {
    expect(toAsciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toAsciiDigits('کد ۱۲-ab')).toBe('کد 12-ab');
  });
});

describe('normaliseOneTimeCode', () => {
  it('keeps leading zeros and drops spaces', () => {
    expect(normaliseOneTimeCode('۰۱۲ ۳۴۵')).toBe('012345');
    expect(normaliseOneTimeCode('٠٤٥ ٦٧٨')).toBe('045678');
  });
});
