import { describe, expect, it } from 'vitest';
import { attachmentFor } from '../../platform/attachment.ts';
import { utcStamp, watermarkLines, watermarkText } from './watermark-text.ts';

const viewer = {
  userId: 'u',
  name: 'شهره کاظمی',
  email: 'shohreh@example.com',
  organizationNames: ['华信矿业', 'Kerman Mining'],
};
// 2024-03-20 00:00 UTC is 1 Farvardin 1403 (Nowruz).
const nowruz = new Date('2024-03-20T00:00:00Z');

describe('watermarkLines', () => {
  it('names the viewer, every organisation, the e-mail and the UTC time', () => {
    expect(watermarkLines(viewer, nowruz, 'en')).toEqual([
      'شهره کاظمی',
      '华信矿业 · Kerman Mining',
      'shohreh@example.com',
      '2024-03-20 00:00 UTC',
    ]);
  });

  it('adds the Solar Hijri date for Persian readers', () => {
    const lines = watermarkLines(viewer, nowruz, 'fa');
    expect(lines.at(-1)).toBe('2024-03-20 00:00 UTC · ۱ فروردین ۱۴۰۳');
  });

  it('leaves out empty parts', () => {
    const system = { userId: null, name: 'Karvan', email: '', organizationNames: [] };
    expect(watermarkText(system, nowruz, 'zh')).toBe('Karvan · 2024-03-20 00:00 UTC');
    expect(utcStamp(new Date('2026-01-02T03:04:59Z'))).toBe('2026-01-02 03:04 UTC');
  });
});

describe('attachmentFor', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentFor('گزارش مالی (نهایی).pdf')).toBe(
      `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent('گزارش مالی (نهایی).pdf').replace('(', '%28').replace(')', '%29')}`,
    );
    expect(attachmentFor('Q3 "report".xlsx')).toBe(
      `attachment; filename="Q3-report.xlsx"; filename*=UTF-8''Q3%20-report-.xlsx`,
    );
  });
});
