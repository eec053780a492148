import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../shared/format/format.ts';
import { fileTypeLabel, formatBytes, formatIndex } from './labels.ts';

const en = createFormatters({ locale: 'en', calendar: 'gregorian', currencyDisplay: 'rial' });
const fa = createFormatters({ locale: 'fa', calendar: 'persian', currencyDisplay: 'rial' });

describe('formatBytes', () => {
  it('picks kB, MB or GB', () => {
    expect(formatBytes(en, 500)).toBe('1 kB');
    expect(formatBytes(en, 1536 * 1024)).toBe('1.5 MB');
    expect(formatBytes(en, 2 * 1024 ** 3)).toBe('2 GB');
  });

  it('writes Persian digits for fa', () => {
    expect(formatBytes(fa, 3 * 1024 * 1024)).toMatch(/۳/);
  });
});

describe('formatIndex', () => {
  it('keeps the dots and localises the digits', () => {
    expect(formatIndex(en, '1.10.2')).toBe('1.10.2');
    expect(formatIndex(fa, '1.10.2')).toBe('۱.۱۰.۲');
  });
});

describe('fileTypeLabel', () => {
  it('shows the extension in capitals', () => {
    expect(fileTypeLabel('plan.final.pdf')).toBe('PDF');
    expect(fileTypeLabel('README')).toBe('—');
    expect(fileTypeLabel('.env')).toBe('—');
  });
});
