import { describe, expect, it } from 'vitest';
import { foldDigits } from './digits.ts';

describe('foldDigits', () => {
  it('folds Persian (Extended Arabic-Indic) digits U+06F0–U+06F9', () => {
    expect(foldDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('folds Arabic-Indic digits U+0660–U+0669', () => {
    expect(foldDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });

  it('folds fullwidth digits typed by Chinese input methods', () => {
    expect(foldDigits('２０２４年')).toBe('2024年');
  });

  it('makes the three spellings of the year 1403 equal', () => {
    expect(foldDigits('۱۴۰۳')).toBe('1403');
    expect(foldDigits('١٤٠٣')).toBe('1403');
    expect(foldDigits('1403')).toBe('1403');
  });

  it('folds mixed digit sets inside one string and keeps everything else', () => {
    // persian-tools digits.spec.ts input "۸۹123۴۵"; the Arabic-Indic 4 (٤) and Persian 4 (۴) differ.
    expect(foldDigits('۸۹123۴۵')).toBe('8912345');
    expect(foldDigits('٤ و ۴')).toBe('4 و 4');
    expect(foldDigits('سال ۱۴۰۳ هجری')).toBe('سال 1403 هجری');
  });

  it('leaves the Arabic decimal and thousands separators alone (number parsing owns them)', () => {
    expect(foldDigits('۱٬۲۳۴٫۵')).toBe('1٬234٫5');
  });

  it('returns the empty string unchanged', () => {
    expect(foldDigits('')).toBe('');
  });
});
